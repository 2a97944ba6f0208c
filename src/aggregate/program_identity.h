// Which facets are one program (aggregate/, internal). A program is its
// instrument, its parties, its own number when known and its covered
// period: the same number is one program; the same parties and instrument
// with different periods are different programs (the old one's tổng kết
// and the new one's signing are two rows); a mention with neither number
// nor period joins the program it fits unambiguously (the only one of its
// parties, or the only one whose period holds its days), else stands alone
// with a warning.
#pragma once

#include <functional>
#include <map>
#include <string>
#include <utility>
#include <vector>

#include "aggregate/program_state.h"

namespace coordreport {

// REQUIRES: every facet's row.parties are sorted identity keys; facets are
// compacted. `period_span` gives a label's first and last day.
// Returns the programs, keyed in a stable order; `warnings` gets one line
// per mention left apart: (source id, message). Two facets of one number
// name the same bodies, so a party written without its province there is
// the one of the other facet that writes it: `same_agency` gets such keys
// (written without -> with), and the caller merges those agencies too.
ProgramMap IdentifyPrograms(
    ProgramMap&& facets, const NameTable& action_names,
    const std::function<bool(const std::string&, Day*, Day*)>& period_span,
    std::vector<std::pair<std::string, std::string>>& warnings, std::map<std::string, std::string>& same_agency);

}  // namespace coordreport
