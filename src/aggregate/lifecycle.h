// Where a program stands at the end of a report: reviewed, ended without
// a review, ending soon, silent, new, or simply active. The rules are the
// quarterly review's questions (issue 16): a director acts on programs that
// end within two quarters or ended unreviewed, on programs nobody wrote
// about for four quarters, and takes note of new ones.
#pragma once

#include <string>
#include <vector>

#include "aggregate/aggregate.h"
#include "aggregate/period.h"

namespace coordreport {

// The review that closes a program.
inline constexpr const char* kClosingReview = "tổng kết";

// REQUIRES: `row`'s dates are ISO or ""; its actions index `action_names`;
// `current` is the report's last period (the span for one period).
ProgramStatus StatusAt(const ProgramRow& row, const std::vector<std::string>& action_names, const Period& current);

// Whether a program of this status belongs in the attention list.
bool NeedsAttention(ProgramStatus status);

// The attention list's order: ending, ended, silent, new.
int AttentionRank(ProgramStatus status);

}  // namespace coordreport
