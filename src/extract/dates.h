// Dates written in Vietnamese running text: "19/11/2024", "19-11-2024",
// "19.11.2024", "ngày 12 tháng 4 năm 2023", "Tháng 6/2023", "tháng 6 năm
// 2023", and day-month without a year ("25/2", "ngày 2-12") whose year the
// caller infers from context.
#pragma once

#include <string_view>
#include <vector>

#include "model/date.h"

namespace coordreport {

struct DateMention {
  size_t begin = 0;
  size_t end = 0;
  Date date;              // year 0 when the text gives none
  bool has_year = true;
};

// All valid date mentions in `key` (a MatchKey), in text order. Impossible
// dates (31/02/2024) are not dates and are skipped.
std::vector<DateMention> FindDates(std::string_view key);

// The date mention starting at `pos` (after optional "ngày "), if any.
bool ParseDateAt(std::string_view key, size_t pos, DateMention* out);

}  // namespace coordreport
