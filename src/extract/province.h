// The province an article is about, when it says: agencies that do not
// write their place ("Sở Nội vụ", "Công an tỉnh") belong to it, so the
// report can tell the bodies of two provinces apart (aggregate/identity.h).
#pragma once

#include <string>
#include <string_view>
#include <vector>

#include "model/record.h"

namespace coordreport {

// The one province named by the agencies' names or, in `key` (an
// article's match key, may be empty), after "tỉnh"/"thành phố"; "" when
// none or more than one is named: a visit from another province leaves the
// article's own province to its site.
std::string ArticleProvince(std::string_view key, const std::vector<AgencyMention>& agencies);

}  // namespace coordreport
