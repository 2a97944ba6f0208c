// What the aggregator keeps per program mention group while it folds
// records (internal to aggregate/). A "facet" is what articles said of one
// program under one instrument, set of parties, number and period; the
// facets become programs at the end (program_identity.h).
#pragma once

#include <cstdint>
#include <map>
#include <string>
#include <string_view>
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
// action), and the article (a reference into the aggregator's SourceIds).
// 12 bytes: a national run keeps up to 32 for each of tens of thousands
// of programs, and a string per action was a third of a 1M run's memory.
struct ActionEntry {
  int32_t day;
  uint32_t action;
  uint32_t source;
};

// The ids of the articles that kept actions refer to, each stored once in
// one buffer. References are offsets, equal for equal ids (an article's
// actions are added together, and ids are unique once duplicates are
// dropped). Ids of trimmed actions stay until Compact rewrites the buffer
// with only the ids still referred to.
class SourceIds {
 public:
  // REQUIRES: the buffer stays below 2 GiB (a reference's top bit marks a
  // forwarded entry while compacting).
  uint32_t Add(std::string_view id);
  std::string_view Get(uint32_t ref) const;
  size_t bytes() const { return buffer_.size(); }
  // Keeps the ids `refs` yields (each a reference to rewrite in place).
  // `for_each_ref` calls its argument with every live reference.
  //
  // An entry once copied has its length word overwritten with its new
  // offset (top bit set): the next reference to it follows that, so no
  // table of moved entries is built. A std::map of them was a fifth of a
  // 1M run's peak, and grew with the corpus.
  template <typename ForEachRef>
  void Compact(const ForEachRef& for_each_ref) {
    std::string kept;
    for_each_ref([&](uint32_t& ref) {
      uint32_t word = LengthWord(ref);
      if (!(word & kForwarded)) {
        const std::string_view id = Get(ref);
        word = kForwarded | static_cast<uint32_t>(kept.size());
        AppendEntry(kept, id);
        SetLengthWord(ref, word);
      }
      ref = word & ~kForwarded;
    });
    buffer_ = std::move(kept);
    last_ = kNone;
  }

 private:
  static constexpr uint32_t kNone = UINT32_MAX;
  static constexpr uint32_t kForwarded = 0x80000000u;
  static void AppendEntry(std::string& buffer, std::string_view id);
  uint32_t LengthWord(uint32_t ref) const;
  void SetLengthWord(uint32_t ref, uint32_t word);
  std::string buffer_;  // per id: 4-byte length, then its bytes
  uint32_t last_ = kNone;  // the latest id added: an article adds its own many times in a row
};

// Sorts by day, then name, then article; drops repeats and all but the
// latest kMaxActions.
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
  // Takes a report on `day` from article `source` as the latest when it is
  // (ties: the smaller id, whatever the input order).
  void NoteLatest(Day day, const std::string& source, const std::string& url);
};

// The key of a facet in `out`: instrument, parties, number and period.
void FacetKey(const std::string& instrument, const std::vector<std::string>& parties, const std::string& reference,
              const std::string& period, std::string& out);

// Programs (or facets) by key. Finish re-keys and merges them as nodes:
// a ProgramState is moved between maps without being copied or moved.
using ProgramMap = std::map<std::string, ProgramState>;

}  // namespace coordreport
