// Stated results: "04 Hội thảo … cấp Bộ", "187 điểm sáng", "10 tập thể và
// 29 cá nhân": a number, the counted thing (from the countables table) and
// an optional qualifier ("cấp Bộ", "cấp tỉnh").
#pragma once

#include <vector>

#include "extract/article_text.h"
#include "extract/lexicon.h"
#include "model/record.h"

namespace coordreport {

std::vector<Count> FindCounts(const ArticleText& article, const Lexicon& lexicon);

}  // namespace coordreport
