// Reporting periods: a month, quarter, half, year or explicit date range,
// parsed from the command line ("2024-Q4", "2024-H2", "2024-11", "2024",
// "2024-01-01..2024-06-30", "last-quarter", …), with the previous period
// for period-over-period change and series for --by.
#pragma once

#include <optional>
#include <string>
#include <string_view>
#include <vector>

#include "model/date.h"

namespace coordreport {

enum class Granularity { kMonth, kQuarter, kHalf, kYear, kRange };

struct Period {
  Granularity granularity = Granularity::kRange;
  Date first;  // inclusive, full dates
  Date last;   // inclusive
  std::string label;  // "2024-Q4", "2024-11", "2024-01-01..2024-06-30"

  friend bool operator==(const Period& a, const Period& b) { return a.first == b.first && a.last == b.last; }
};

// Absolute forms, or relative ones ("last-quarter", "last-month",
// "last-half", "last-year", "this-quarter", "this-month", "this-year")
// resolved against `today`. nullopt when `spec` is none of these.
std::optional<Period> ParsePeriod(std::string_view spec, const Date& today);
std::optional<Granularity> ParseGranularity(std::string_view name);  // month|quarter|half|year

Period PeriodContaining(Granularity g, const Date& d);  // REQUIRES: g != kRange
// The period just before: the previous quarter, or for a range the range of
// the same length ending the day before.
Period PreviousPeriod(const Period& p);
// Periods of granularity g from the one holding `from` to the one holding `to`.
std::vector<Period> Series(Granularity g, const Date& from, const Date& to);

// A date with an unknown day counts as its month's first day.
bool Contains(const Period& p, const Date& d);
bool Overlaps(const Period& p, const Date& first, const Date& last);

// The span a program's covered period label stands for: "2023-2025" is
// 2023-01-01..2025-12-31, "2025" the year. False for anything else.
bool CoveredSpan(std::string_view label, Date* first, Date* last);

// The period's label as it goes into a file name (no "/" or spaces).
std::string FileLabel(const Period& p);

}  // namespace coordreport
