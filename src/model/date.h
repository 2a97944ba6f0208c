// Calendar dates as the record schema writes them: "YYYY-MM-DD", or
// "YYYY-MM" when the day is unknown.
#pragma once

#include <optional>
#include <string>
#include <string_view>

namespace coordreport {

struct Date {
  int year = 0;
  int month = 0;
  int day = 0;  // 0: day unknown

  friend bool operator==(const Date&, const Date&) = default;
  friend auto operator<=>(const Date&, const Date&) = default;
};

bool IsValidDate(int year, int month, int day);  // day 0 allowed (month precision)
int DaysInMonth(int year, int month);

// "2024-11-19" or "2024-11"; nullopt for anything else or an impossible
// date (2024-02-31, year 0201). Accepted years: 1900..2100.
std::optional<Date> ParseIsoDate(std::string_view s);
std::string ToIso(const Date& d);

// Days since 1970-01-01 (day 0 counts as the 1st).
long DaysFromCivil(const Date& d);
Date CivilFromDays(long days);

}  // namespace coordreport
