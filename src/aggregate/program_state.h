// What the aggregator keeps per program mention group while it folds
// records (internal to aggregate/). A "facet" is what articles said of one
// program under one instrument, set of parties, number and period; the
// facets become programs at the end (program_identity.h).
#pragma once

#include <cstdint>
#include <map>
#include <string>
#include <vector>

#include "aggregate/aggregate.h"
#include "aggregate/tallies.h"

namespace coordreport {

// A program row shows its latest actions; a long-running program reviewed
// every month would otherwise carry hundreds.
constexpr size_t kMaxActions = 24;
// A program's list is trimmed back to kMaxActions when it reaches this.
constexpr size_t kActionsBeforeTrim = 32;

// One report of a program: its day, what was done (an index into the
// aggregator's action names; the name is "" when the article named no
// action), and the article's id (ids are short: no allocation).
struct ActionEntry {
  int32_t day;
  uint32_t action;
  std::string source;
};

// Sorts by day, then name; drops repeats and all but the latest kMaxActions.
void KeepLatestActions(std::vector<ActionEntry>& actions, const NameTable& names);

// What a program's row is made of, while records are folded: the rest of
// ProgramRow is filled in Finish (a national run holds tens of thousands
// of these, so they hold only what Add writes).
struct ProgramFacts {
  std::string instrument;
  std::vector<std::string> parties;  // identity keys until Finish names them
  std::string reference, signed_on, evidence;
  std::vector<std::string> sources;  // the first few article ids
};

struct ProgramState {
  ProgramFacts row;
  std::string period;                // the facet's covered period label, or ""
  DaySet days;                       // mentions (action dates, else article dates)
  std::vector<ActionEntry> actions;  // shown: the most recent kMaxActions
  DaySet signed_days;                // every signing, for the figures
  std::vector<uint32_t> periods;     // distinct covered periods, as period label indexes
  long articles = 0;                 // distinct articles reporting it
  long last_record = -1;             // the record that counted last: once per article
  Day first_day = 0;                 // exact day of its first report
  bool seen = false;                 // first_day is set
  // The URL of its latest report only: one per program, not one per
  // action (URLs are long, and a national run holds tens of thousands).
  Day latest_day = 0;
  std::string latest_source, latest_url;

  // Folds `other` (another facet of the same program) in.
  void Merge(ProgramState&& other, const NameTable& names);
};

// Programs (or facets) by key. Finish re-keys and merges them as nodes:
// a ProgramState is moved between maps without being copied or moved.
using ProgramMap = std::map<std::string, ProgramState>;

}  // namespace coordreport
