// The agencies of an article: the mentions the grammar reads
// (agency_grammar.h), and of those the mentions of one agency (full,
// short, abbreviated: "Viện KSND tỉnh", "Viện Kiểm sát nhân dân (VKSND)
// tỉnh") made one agency, shown by its fullest surface form.
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
  std::string name;           // the agency's name in this article (its fullest form)
  bool title_linked = false;  // right after a person's title: "Chủ tịch UBND tỉnh"
  // A group ("các tổ chức thành viên") or a bare place ("tỉnh Sơn La"): an
  // agency of the article only when it is a party of a program.
  bool weak = false;
  bool place = false;  // a bare place: "tỉnh Sơn La"
  // A group the article also names member by member ("Huyện ủy 3 huyện
  // biên giới: Ia Grai, Đức Cơ, Chư Prông"): the members.
  std::vector<std::string> members;
};

struct AgencyFindings {
  std::vector<AgencySpan> spans;        // every resolved mention, in text order (by begin)
  std::vector<AgencyMention> agencies;  // per agency (weak ones left out), first-mention order
};

// Mentions inside `excluded` spans (document citations with their issuing
// body) are not agencies of the article.
AgencyFindings FindAgencies(const ArticleText& article, const Lexicon& lexicon, const std::vector<Span>& excluded);

}  // namespace coordreport
