// Domain knowledge as data: document types, coordination instruments, and
// the word lists of the agency name grammar (heads, levels, the lower-case
// words names are made of, titles of people). Built-in tables come from
// shared/DOMAIN.md and the annotated real pages of shared/real (their
// development split); a user's config adds to them (see TablesWith), so
// nothing here is a literal scattered through the extractors.
#pragma once

#include <map>
#include <string>
#include <vector>

namespace coordreport {

// How a word that starts an agency name behaves (see agencies.cc).
enum class HeadKind {
  kBody,       // a generic body: "Ban", "Sở", "Hội", "Công an", "UBND"; needs a description or a level
  kComplete,   // a whole name by itself: "Tỉnh ủy", "Bộ Công an", a body from the user's config
  kStanding,   // acts for the agency it precedes: "Ban Thường trực", "Thường trực", "Lãnh đạo"
  kOwner,      // a body of the agency it precedes: "Ban Cán sự đảng", "Đảng ủy", "UBKT", "Chi nhánh"
};

struct AgencyHead {
  std::string phrase;  // as written (matched case-insensitively)
  HeadKind kind = HeadKind::kBody;
};

// A word that says at which level a body sits: "tỉnh", "Huyện ủy",
// "Trung ương", "cấp huyện"; places follow some of them ("huyện Kỳ Sơn").
struct AgencyLevel {
  std::string name;
  bool takes_place = false;  // "huyện Kỳ Sơn", "tỉnh Nghệ An", "Quận 7"
  bool plural = false;       // a list head's level: "các tỉnh, thành phố", "11 xã, phường"
  // Below the province a committee names no one body without its place:
  // "Thường trực Huyện ủy" in a provincial article means every district.
  bool needs_place = false;
};

struct DomainTables {
  // Document type abbreviation -> name: "NQ" -> "Nghị quyết".
  std::map<std::string, std::string> document_types;
  // Type words that introduce a citation, canonical display: "Nghị quyết".
  std::vector<std::string> document_type_words;
  // Coordination instruments, as the guidelines spell them: "chương trình
  // phối hợp", "thỏa thuận liên ngành", …
  std::vector<std::string> instruments;

  // The agency name grammar.
  std::vector<AgencyHead> heads;
  std::vector<AgencyLevel> levels;
  // Lower-case words and phrases that continue a name ("nhân dân", "xã
  // hội", "chính trị - xã hội", "biên phòng"); anything else lower case
  // ends it, unless a level follows within a few words.
  std::vector<std::string> name_words;
  // Compounds that continue a name when their first syllable is a capital
  // ("Dân vận", "Tổ chức", "Xây dựng"): written lower case they are
  // ordinary words ("tổ chức hội nghị"), so they are not name_words.
  std::vector<std::string> name_compounds;
  // Words a number or roman numeral continues: "Quân khu 9", "khu vực 52".
  std::vector<std::string> numbered_words;
  // Titles of people: the name after them is a person's, and an agency
  // right after one ("Chủ tịch UBND tỉnh") is where that person works.
  std::vector<std::string> person_titles;
  // Capitalized words that never continue a name ("Hội nghị", "Lễ").
  std::vector<std::string> name_stops;
  // Family names: a capitalized word after an agency that starts a
  // person's name, not a place.
  std::vector<std::string> surnames;
  // Groups named as one party: "các tổ chức chính trị - xã hội".
  std::vector<std::string> collectives;
  // Abbreviation -> words, to tell that two names are one agency
  // ("UBND tỉnh" and "Ủy ban nhân dân tỉnh"). Lower case.
  std::map<std::string, std::string> abbreviations;
  // The user's aliases: a name starting with the alias is shown with the
  // target instead ("BTG Tỉnh ủy" -> "Ban Tuyên giáo Tỉnh ủy").
  std::map<std::string, std::string> aliases;

  // Publishing site -> province ("baonghean.vn" -> "Nghệ An"): names that
  // stop at the provincial level ("Ban Tuyên giáo Tỉnh ủy") get the place
  // the site implies, so one archive can hold many provinces.
  std::map<std::string, std::string> site_provinces;
  // Bodies above every province, as match-key phrases: a name that starts
  // with a national head ("bộ công an", "ban tuyên giáo trung ương") or
  // holds a national word ("trung ương", "tối cao") never takes an
  // article's province, unless it names a local level too ("Hội Liên hiệp
  // Phụ nữ Việt Nam tỉnh"). Provincial heads that start like national ones
  // ("bộ chỉ huy quân sự tỉnh", "bộ đội biên phòng") are listed apart.
  std::vector<std::string> national_heads;
  std::vector<std::string> national_words;
  std::vector<std::string> provincial_heads;

  // Counted things for "04 Hội thảo", "187 điểm sáng": canonical lower case.
  std::vector<std::string> countables;
};

// The built-in tables.
DomainTables BuiltinTables();

}  // namespace coordreport
