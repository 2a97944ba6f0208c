#include "extract/province.h"

#include <set>

#include "extract/places.h"
#include "normalize/text.h"

namespace coordreport {
namespace {

// Adds the province whose name starts at `pos` of `key`, if any; the city
// that bears a person's name only after its level, or when the match
// starts with it (`with_level`: "TP.HCM" is one of its variants).
void AddProvinceAt(std::string_view key, size_t pos, bool with_level, std::set<std::string>& found) {
  size_t length = 0;
  const Province* p = ProvinceAt(key.substr(pos), &length);
  if (p && (with_level || p->name != kPersonNamedCity || EndsWithCityLevel(key.substr(0, pos)))) found.insert(p->name);
}

// Provinces an agency's name holds, at any of its words.
void ProvincesInName(std::string_view key, std::set<std::string>& found) {
  for (size_t pos = 0; pos < key.size();) {
    AddProvinceAt(key, pos, false, found);
    const size_t space = key.find(' ', pos);
    if (space == std::string_view::npos) break;
    pos = space + 1;
  }
}

// Provinces a text names after "tỉnh", "thành phố" or "TP". One pass over
// the words starting with "t": three searches cost three scans of every
// article, each stopping at most words (Vietnamese starts many with "t").
void ProvincesAfterLevels(std::string_view key, std::set<std::string>& found) {
  static constexpr std::string_view kLevels[] = {"tỉnh ", "thành phố "};
  for (size_t pos = key.find('t'); pos != std::string_view::npos; pos = key.find('t', pos + 1)) {
    if (pos > 0 && key[pos - 1] != ' ') continue;
    const std::string_view rest = key.substr(pos);
    if (rest.starts_with("tp")) {
      AddProvinceAt(key, pos, true, found);
      continue;
    }
    for (std::string_view level : kLevels)
      if (rest.starts_with(level)) AddProvinceAt(key, pos + level.size(), false, found);
  }
}

}  // namespace

std::string ArticleProvince(std::string_view key, const std::vector<AgencyMention>& agencies) {
  std::set<std::string> found;
  for (const AgencyMention& a : agencies) ProvincesInName(MatchKey(a.name), found);
  ProvincesAfterLevels(key, found);
  return found.size() == 1 ? *found.begin() : "";
}

}  // namespace coordreport
