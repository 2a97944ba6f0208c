// Agency names: a body from the gazetteer ("Ban Tuyên giáo") + a level
// ("Tỉnh ủy", "tỉnh") + optionally a place ("Huyện ủy Kỳ Sơn"), nested
// bodies ("Ban cán sự đảng UBND tỉnh"), list heads ("Ban Tuyên giáo các
// tỉnh, thành ủy khu vực Tây Nam Bộ"), and short forms ("Ban Tuyên giáo")
// resolved to the full name the same article uses.
#pragma once

#include <string>
#include <vector>

#include "extract/article_text.h"
#include "extract/lexicon.h"
#include "model/record.h"

namespace coordreport {

struct AgencySpan {
  size_t begin = 0;
  size_t end = 0;
  std::string name;  // canonical
};

struct AgencyFindings {
  std::vector<AgencySpan> spans;         // every resolved mention, text order
  std::vector<AgencyMention> agencies;   // per name, first-mention order
};

// Mentions inside `excluded` spans (document citations with their issuing
// body) are not agencies of the article.
AgencyFindings FindAgencies(const ArticleText& article, const Lexicon& lexicon,
                            const std::vector<Span>& excluded);

}  // namespace coordreport
