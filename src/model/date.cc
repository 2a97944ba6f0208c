#include "model/date.h"

#include <chrono>
#include <cstdio>

namespace coordreport {

int DaysInMonth(int year, int month) {
  static constexpr int kDays[] = {31, 28, 31, 30, 31, 30, 31, 31, 30, 31, 30, 31};
  if (month == 2 && ((year % 4 == 0 && year % 100 != 0) || year % 400 == 0)) return 29;
  return kDays[month - 1];
}

bool IsValidDate(int year, int month, int day) {
  if (year < 1900 || year > 2100 || month < 1 || month > 12) return false;
  return day >= 0 && day <= DaysInMonth(year, month);
}

std::optional<Date> ParseIsoDate(std::string_view s) {
  auto digits = [&](size_t pos, size_t n, int* out) {
    if (pos + n > s.size()) return false;
    int v = 0;
    for (size_t i = pos; i < pos + n; ++i) {
      if (s[i] < '0' || s[i] > '9') return false;
      v = v * 10 + (s[i] - '0');
    }
    *out = v;
    return true;
  };
  Date d;
  if (s.size() != 7 && s.size() != 10) return std::nullopt;
  if (!digits(0, 4, &d.year) || s[4] != '-' || !digits(5, 2, &d.month)) return std::nullopt;
  if (s.size() == 10 && (s[7] != '-' || !digits(8, 2, &d.day) || d.day == 0)) return std::nullopt;
  if (!IsValidDate(d.year, d.month, d.day)) return std::nullopt;
  return d;
}

std::string ToIso(const Date& d) {
  char buf[32];
  if (d.day > 0)
    std::snprintf(buf, sizeof buf, "%04d-%02d-%02d", d.year, d.month, d.day);
  else
    std::snprintf(buf, sizeof buf, "%04d-%02d", d.year, d.month);
  return buf;
}

long DaysFromCivil(const Date& d) {
  using namespace std::chrono;
  sys_days days = year{d.year} / month{static_cast<unsigned>(d.month)} / day{static_cast<unsigned>(d.day > 0 ? d.day : 1)};
  return days.time_since_epoch().count();
}

Date CivilFromDays(long n) {
  using namespace std::chrono;
  year_month_day ymd{sys_days{days{n}}};
  return {static_cast<int>(ymd.year()), static_cast<int>(static_cast<unsigned>(ymd.month())),
          static_cast<int>(static_cast<unsigned>(ymd.day()))};
}

}  // namespace coordreport
