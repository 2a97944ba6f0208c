#include "aggregate/lifecycle.h"

namespace coordreport {
namespace {

int QuarterIndex(const Date& d) { return d.year * 4 + (d.month - 1) / 3; }

// The last day of the month `months` after d's.
Date MonthsLater(const Date& d, int months) {
  const int m = d.year * 12 + (d.month - 1) + months;
  Date out{m / 12, m % 12 + 1, 0};
  out.day = DaysInMonth(out.year, out.month);
  return out;
}

}  // namespace

ProgramStatus StatusAt(const ProgramRow& row, const std::vector<std::string>& action_names, const Period& current) {
  const Date end = current.last;
  for (const ProgramAction& a : row.actions)
    if (action_names[a.name] == kClosingReview && a.date <= end) return ProgramStatus::kReviewed;
  if (auto period_end = ParseIsoDate(row.period_end)) {
    if (*period_end <= end) return ProgramStatus::kEnded;
    if (*period_end <= MonthsLater(end, 6)) return ProgramStatus::kEnding;
  }
  if (auto last = ParseIsoDate(row.last_activity); last && QuarterIndex(end) - QuarterIndex(*last) >= 4)
    return ProgramStatus::kSilent;
  auto in_current = [&current](const std::string& iso) {
    auto d = ParseIsoDate(iso);
    return d && Contains(current, *d);
  };
  if (in_current(row.first_activity) || in_current(row.signed_on)) return ProgramStatus::kNew;
  return ProgramStatus::kActive;
}

bool NeedsAttention(ProgramStatus status) { return AttentionRank(status) < 4; }

int AttentionRank(ProgramStatus status) {
  switch (status) {
    case ProgramStatus::kEnding: return 0;
    case ProgramStatus::kEnded: return 1;
    case ProgramStatus::kSilent: return 2;
    case ProgramStatus::kNew: return 3;
    default: return 4;
  }
}

}  // namespace coordreport
