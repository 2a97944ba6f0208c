#include "extract/province.h"

#include <set>

#include "extract/places.h"
#include "normalize/text.h"

namespace coordreport {
namespace {

// Provinces named right after one of `levels` in `key`, or (no levels)
// at any word of it.
void CollectProvinces(std::string_view key, std::set<std::string>& found, bool after_level_only) {
  // `with_level`: the match starts with its level ("TP.HCM" is a variant).
  auto try_at = [&](size_t pos, bool with_level = false) {
    size_t length = 0;
    const Province* p = ProvinceAt(key.substr(pos), &length);
    if (p && (with_level || p->name != kPersonNamedCity || EndsWithCityLevel(key.substr(0, pos)))) found.insert(p->name);
  };
  if (!after_level_only) {
    for (size_t pos = 0; pos < key.size();) {
      try_at(pos);
      const size_t space = key.find(' ', pos);
      if (space == std::string_view::npos) break;
      pos = space + 1;
    }
    return;
  }
  for (std::string_view level : {std::string_view("tỉnh "), std::string_view("thành phố ")})
    for (size_t pos = key.find(level); pos != std::string_view::npos; pos = key.find(level, pos + 1))
      if (pos == 0 || key[pos - 1] == ' ') try_at(pos + level.size());
  for (size_t pos = key.find("tp"); pos != std::string_view::npos; pos = key.find("tp", pos + 1))
    if (pos == 0 || key[pos - 1] == ' ') try_at(pos, true);
}

}  // namespace

std::string ArticleProvince(std::string_view key, const std::vector<AgencyMention>& agencies) {
  std::set<std::string> found;
  for (const AgencyMention& a : agencies) CollectProvinces(MatchKey(a.name), found, false);
  CollectProvinces(key, found, true);
  return found.size() == 1 ? *found.begin() : "";
}

}  // namespace coordreport
