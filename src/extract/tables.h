// Domain knowledge as data: document types and issuers, agency bodies and
// levels, aliases. Built-in tables come from shared/DOMAIN.md; a user's
// config adds to them (see LoadTablesConfig), so nothing here is a literal
// scattered through the extractors.
#pragma once

#include <map>
#include <string>
#include <vector>

namespace coordreport {

// An agency body ("Ban Tuyên giáo") and how it combines with what follows.
struct AgencyBody {
  std::string name;           // canonical display form
  bool takes_agency = false;  // "Ban Thường vụ" + an agency: "Ban Thường vụ Tỉnh ủy"
  bool takes_place = false;   // "Huyện ủy" + place: "Huyện ủy Kỳ Sơn"
  bool standalone = false;    // a full name alone ("Tỉnh ủy", "Học viện Chính trị quốc gia …")
  bool takes_numeral = false; // "Học viện Chính trị khu vực" + "IV"
  // A standing body that acts for the agency it qualifies: "Ban Thường vụ
  // Đảng ủy Khối …" signs for the Đảng ủy Khối, so it reports as that.
  // Not folded onto a bare committee ("Ban Thường vụ Tỉnh ủy" stays).
  bool acts_for_parent = false;
};

struct AgencyLevel {
  std::string name;          // as written (matched case-insensitively)
  bool takes_place = false;  // "huyện Kỳ Sơn", "tỉnh Nghệ An"
  // Below the province a level names no one agency without its place:
  // "Thường trực Huyện ủy" in a provincial article means every district.
  bool needs_place = false;
  std::string display;  // canonical form when not `name`: "Chi nhánh tỉnh" -> "tỉnh"

  const std::string& Display() const { return display.empty() ? name : display; }
};

struct DomainTables {
  // Document type abbreviation -> name: "NQ" -> "Nghị quyết".
  std::map<std::string, std::string> document_types;
  // Type words that introduce a citation, canonical display: "Nghị quyết".
  std::vector<std::string> document_type_words;
  // Coordination instruments: "chương trình phối hợp", …
  std::vector<std::string> instruments;
  std::vector<AgencyBody> bodies;
  std::vector<AgencyLevel> levels;
  // Alias (any case) -> canonical body or full agency name.
  std::map<std::string, std::string> aliases;
  // Head nouns of agency names outside the gazetteer: "Ban Dân tộc tỉnh",
  // "Ngân hàng Nông nghiệp và Phát triển nông thôn Chi nhánh tỉnh" are a
  // head + a capitalized description + a level.
  std::vector<std::string> generic_heads;
  // Family names: a capitalized word after an agency that starts a person's
  // name, not a place.
  std::vector<std::string> surnames;
  // Publishing site -> province ("baonghean.vn" -> "Nghệ An"): names that
  // stop at the provincial level ("Ban Tuyên giáo Tỉnh ủy") get the place
  // the site implies, so one archive can hold many provinces.
  std::map<std::string, std::string> site_provinces;
  // Counted things for "04 Hội thảo", "187 điểm sáng": canonical lower case.
  std::vector<std::string> countables;
};

// The built-in tables.
DomainTables BuiltinTables();

}  // namespace coordreport
