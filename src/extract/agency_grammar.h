// The agency grammar over words: a head ("Ban", "Sở", "UBND", "Đảng ủy",
// "Bộ Tư lệnh") + what describes it (capitalized words and the lower-case
// words names are made of: "Dân vận", "nhân dân", "chính trị - xã hội")
// + a level ("tỉnh", "Huyện ủy", "cấp huyện") + a place ("Kỳ Sơn", "Quận
// 7", "Bà Rịa - Vũng Tàu"). Lists that share a head or a tail are
// expanded ("Đảng ủy các phường A, B" -> two; "HĐND, UBND huyện X" ->
// two); groups named as one party are kept as written ("các tổ chức chính
// trị - xã hội"). Every mention as written; agencies.h makes agencies of
// them.
#pragma once

#include <string>
#include <utility>
#include <vector>

#include "extract/article_text.h"
#include "extract/lexicon.h"

namespace coordreport {

// One mention as the grammar reads it.
struct NameMention {
  size_t first = 0, last = 0;          // words [first, last) of ArticleText::words
  size_t begin_byte = 0, end_byte = 0;  // its bytes in ArticleText::text
  std::string display;         // as written, parenthesized abbreviations left out
  std::string tail;            // its level and place ("tỉnh Kỳ Anh"), "" when none
  bool has_level = false;
  bool ends_in_place = false;  // its last words are a place
  bool complete = false;       // a name by itself, not only a short form
  bool title_linked = false;
  bool weak = false;
  bool central = false;                           // a ministry ("Bộ Tư pháp"): never takes a list's level
  std::string alias;                              // a short name given in brackets: "(Ban CHPTKV)"
  bool place = false;                             // a bare place: "tỉnh Sơn La"
  bool head_only = false;                         // the head alone: "Công an"
  std::vector<std::pair<size_t, size_t>> parens;  // words left out of the display: "(MTTQ)"
};

struct NamedGroup {
  std::string key;
  std::vector<std::string> members;
};

struct AgencyMentions {
  std::vector<NameMention> mentions;  // text order
  // Groups whose members the article names ("Huyện ủy 3 huyện biên giới:
  // Ia Grai, Đức Cơ, Chư Prông"): the group's key and its members.
  std::vector<NamedGroup> groups;
};

// Every mention of an agency, a group or a bare place in the article;
// none starts inside `excluded` (document citations with their issuer).
AgencyMentions ReadAgencyMentions(const ArticleText& article, const Lexicon& lexicon,
                                  const std::vector<Span>& excluded);

}  // namespace coordreport
