// Scores extracted records against gold annotations by the rules of
// shared/real/GUIDELINES.md §13: references by canonical number, agencies
// by folded name or alias (a trailing place on either side tolerated,
// other named organisations neutral), coordination party pairs, programs
// found, event dates, periods and counts; plus boilerplate leaks.
#pragma once

#include <map>
#include <string>
#include <vector>

#include "cli/gold.h"
#include "model/record.h"

namespace coordreport {

struct KindScore {
  long gold = 0, found = 0, correct = 0;
  double Precision() const { return found ? double(correct) / found : 1.0; }
  double Recall() const { return gold ? double(correct) / gold : 1.0; }
  double F1() const {
    double p = Precision(), r = Recall();
    return p + r > 0 ? 2 * p * r / (p + r) : 0.0;
  }
};

struct Scores {
  // documents, agencies, pairs, periods, counts (counts only from gold that has them)
  std::map<std::string, KindScore> kinds;
  long articles = 0;
  long dates_scored = 0, dates_correct = 0;
  long programs_gold = 0, programs_found = 0;      // gold entries with >= 2 parties; found by the tool
  long programs_reported = 0, programs_right = 0;  // the tool's programs; sharing >= 2 parties with gold
  long leaks = 0;
  std::vector<std::string> mismatches;  // "id: kind: missing X" / "extra X"
  std::vector<std::string> unmatched;   // gold ids with no extracted record
  double DateAccuracy() const { return dates_scored ? double(dates_correct) / dates_scored : 1.0; }
  double ProgramsFound() const { return programs_gold ? double(programs_found) / programs_gold : 1.0; }
  double ProgramsRight() const { return programs_reported ? double(programs_right) / programs_reported : 1.0; }
};

// Scores `records` (matched to gold by id; records without gold are ignored).
Scores Score(const std::vector<Gold>& gold, const std::vector<Record>& records);

// The folded form names are compared in: NFC, modern tone placement, Đ,
// lower case, one dash kind without spaces around it, single spaces.
std::string NameKey(std::string_view name);

// Canonical form of a document number for comparison: no whitespace, one
// dash kind, lower case, no leading "số", no leading zeros of the number.
std::string ReferenceKey(std::string_view id);

}  // namespace coordreport
