// Who an agency is across articles. Articles name one body many ways
// ("Sở Nội vụ", "Sở Nội vụ tỉnh Thanh Hóa", "UBND tỉnh", "Ủy ban nhân dân
// tỉnh"); within an article the extractor already picked one name, and
// here the names of all articles meet. An agency is its body and level (the
// name's key without its province) and its province: the one the name
// writes, else the article's, else (for a national body) none. So one
// body is one agency in a report, and bodies of two provinces never merge.
#pragma once

#include <memory>
#include <string>
#include <string_view>
#include <unordered_map>
#include <vector>

#include "extract/tables.h"

namespace coordreport {

struct Lexicon;

// Where a place is not yet known: the article named none, and only the
// site it came from says, once other articles of that site have told.
constexpr char kSitePlace = '?';

struct AgencyIdentity {
  std::string body;      // key without the province: "sở nội vụ", "ban tuyên giáo tỉnh ủy"
  std::string place;     // canonical province, "" for national or unknown, or kSitePlace + site
  bool national = false;
  bool written_place = false;  // the name itself writes its province
  bool abbreviated = false;    // a word of the name is an abbreviation ("UBND")
};

// The key two names of one agency share across a report.
std::string IdentityKey(const std::string& body, const std::string& place);
// The parts of IdentityKey's result.
void SplitIdentityKey(std::string_view key, std::string* body, std::string* place);

class AgencyIdentifier {
 public:
  // REQUIRES: tables outlive the identifier.
  explicit AgencyIdentifier(const DomainTables& tables);
  ~AgencyIdentifier();

  // `name` as an article wrote it (or as the extractor canonicalized it);
  // `place` the article's province, kSitePlace + its site, or "".
  // Names are remembered, so each distinct name is analysed once.
  AgencyIdentity Identify(const std::string& name, const std::string& place);

 private:
  struct Parsed {
    std::string body;
    std::string written_place;
    bool national = false;
    bool abbreviated = false;
  };
  Parsed Parse(const std::string& name) const;

  const DomainTables& tables_;
  std::unique_ptr<Lexicon> lexicon_;
  std::vector<std::pair<std::string, std::string>> province_keys_;  // " key", canonical name
  std::unordered_map<std::string, Parsed> seen_;
};

// One way an agency was written, and how often.
struct AgencyForm {
  std::string name;
  long uses = 0;
  bool written_place = false;
  bool abbreviated = false;
};

// The name a report shows for an agency written as `forms`: a form that
// writes the province, else a spelled-out one, else the most used; then
// qualified by `place` (a canonical province, or "") when it does not write
// it ("Công an tỉnh" of Thanh Hóa -> "Công an tỉnh Thanh Hóa").
// REQUIRES: forms is not empty.
std::string CanonicalAgencyName(const std::vector<AgencyForm>& forms, const std::string& place);

// The name qualified by its province, as a reader of a multi-province
// archive needs it: "Sở Nội vụ" -> "Sở Nội vụ tỉnh Thanh Hóa".
std::string WithPlace(const std::string& name, const std::string& province);

}  // namespace coordreport
