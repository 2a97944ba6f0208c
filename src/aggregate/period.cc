#include "aggregate/period.h"

#include <charconv>

namespace coordreport {
namespace {

bool ParseInt(std::string_view s, int* out) {
  if (s.empty()) return false;
  auto [p, ec] = std::from_chars(s.data(), s.data() + s.size(), *out);
  return ec == std::errc() && p == s.data() + s.size();
}

Date LastDay(int year, int month) { return {year, month, DaysInMonth(year, month)}; }

Period Make(Granularity g, int year, int index) {
  Period p;
  p.granularity = g;
  switch (g) {
    case Granularity::kMonth:
      p.first = {year, index, 1};
      p.last = LastDay(year, index);
      p.label = ToIso({year, index, 0});
      break;
    case Granularity::kQuarter:
      p.first = {year, 3 * index - 2, 1};
      p.last = LastDay(year, 3 * index);
      p.label = std::to_string(year) + "-Q" + std::to_string(index);
      break;
    case Granularity::kHalf:
      p.first = {year, 6 * index - 5, 1};
      p.last = LastDay(year, 6 * index);
      p.label = std::to_string(year) + "-H" + std::to_string(index);
      break;
    case Granularity::kYear:
    case Granularity::kRange:
      p.granularity = Granularity::kYear;
      p.first = {year, 1, 1};
      p.last = {year, 12, 31};
      p.label = std::to_string(year);
      break;
  }
  return p;
}

int IndexOf(Granularity g, int month) {
  switch (g) {
    case Granularity::kMonth: return month;
    case Granularity::kQuarter: return (month + 2) / 3;
    case Granularity::kHalf: return (month + 5) / 6;
    default: return 1;
  }
}

int PerYear(Granularity g) {
  switch (g) {
    case Granularity::kMonth: return 12;
    case Granularity::kQuarter: return 4;
    case Granularity::kHalf: return 2;
    default: return 1;
  }
}

Period Range(const Date& first, const Date& last) {
  Period p;
  p.granularity = Granularity::kRange;
  p.first = first;
  p.last = last;
  p.label = ToIso(first) + ".." + ToIso(last);
  return p;
}

}  // namespace

std::optional<Granularity> ParseGranularity(std::string_view name) {
  if (name == "month") return Granularity::kMonth;
  if (name == "quarter") return Granularity::kQuarter;
  if (name == "half") return Granularity::kHalf;
  if (name == "year") return Granularity::kYear;
  return std::nullopt;
}

Period PeriodContaining(Granularity g, const Date& d) { return Make(g, d.year, IndexOf(g, d.month)); }

std::optional<Period> ParsePeriod(std::string_view s, const Date& today) {
  if (s.substr(0, 5) == "last-" || s.substr(0, 5) == "this-") {
    auto g = ParseGranularity(s.substr(5));
    if (!g || !IsValidDate(today.year, today.month, today.day)) return std::nullopt;
    Period current = PeriodContaining(*g, today);
    return s[0] == 'l' ? PreviousPeriod(current) : current;
  }
  if (size_t dots = s.find(".."); dots != std::string_view::npos) {
    auto first = ParseIsoDate(s.substr(0, dots));
    auto last = ParseIsoDate(s.substr(dots + 2));
    if (!first || !last || first->day == 0 || last->day == 0 || *last < *first) return std::nullopt;
    return Range(*first, *last);
  }
  int year = 0, index = 0;
  if (s.size() == 4 && ParseInt(s, &year) && IsValidDate(year, 1, 1)) return Make(Granularity::kYear, year, 1);
  if (s.size() != 7 || s[4] != '-' || !ParseInt(s.substr(0, 4), &year) || !IsValidDate(year, 1, 1)) return std::nullopt;
  if ((s[5] == 'Q' || s[5] == 'q') && ParseInt(s.substr(6), &index) && index >= 1 && index <= 4)
    return Make(Granularity::kQuarter, year, index);
  if ((s[5] == 'H' || s[5] == 'h') && ParseInt(s.substr(6), &index) && index >= 1 && index <= 2)
    return Make(Granularity::kHalf, year, index);
  if (ParseInt(s.substr(5), &index) && index >= 1 && index <= 12) return Make(Granularity::kMonth, year, index);
  return std::nullopt;
}

Period PreviousPeriod(const Period& p) {
  if (p.granularity == Granularity::kRange) {
    long length = DaysFromCivil(p.last) - DaysFromCivil(p.first) + 1;
    long last = DaysFromCivil(p.first) - 1;
    return Range(CivilFromDays(last - length + 1), CivilFromDays(last));
  }
  int index = IndexOf(p.granularity, p.first.month);
  if (index > 1) return Make(p.granularity, p.first.year, index - 1);
  return Make(p.granularity, p.first.year - 1, PerYear(p.granularity));
}

std::vector<Period> Series(Granularity g, const Date& from, const Date& to) {
  std::vector<Period> out;
  if (to < from) return out;
  for (Period p = PeriodContaining(g, from); !(to < p.first); ) {
    out.push_back(p);
    Date next = CivilFromDays(DaysFromCivil(p.last) + 1);
    p = PeriodContaining(g, next);
  }
  return out;
}

bool Contains(const Period& p, const Date& d) {
  Date day = d;
  if (day.day == 0) day.day = 1;
  return !(day < p.first) && !(p.last < day);
}

bool Overlaps(const Period& p, const Date& first, const Date& last) { return !(last < p.first) && !(p.last < first); }

bool CoveredSpan(std::string_view label, Date* first, Date* last) {
  int a = 0, b = 0;
  if (label.size() == 4 && ParseInt(label, &a)) b = a;
  else if (label.size() == 9 && label[4] == '-' && ParseInt(label.substr(0, 4), &a) && ParseInt(label.substr(5), &b)) {}
  else return false;
  if (!IsValidDate(a, 1, 1) || !IsValidDate(b, 1, 1) || b < a) return false;
  *first = {a, 1, 1};
  *last = {b, 12, 31};
  return true;
}

std::string FileLabel(const Period& p) { return p.label; }

}  // namespace coordreport
