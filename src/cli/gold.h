// Gold annotations, in the two formats the project scores against:
//   * its own (tests/gold/*/*.json: names, pairs, not_references), and
//   * the real corpus's (shared/real/gold/rNNN.json, GUIDELINES.md: agencies
//     with aliases, coordination entries, boilerplate references), whose
//     article text and manifest line live beside the gold folder.
// Both load into one Gold value; corrections (our disagreements with a
// gold file, each with its reason) are applied to the raw JSON first.
#pragma once

#include <map>
#include <set>
#include <string>
#include <vector>

namespace coordreport {

struct GoldAgency {
  std::string name;
  std::vector<std::string> aliases;
};

struct GoldCount {
  long long count = 0;
  std::string first_word;  // of `what`, lower case
};

struct Gold {
  std::string id;
  std::string event_date;  // "" for none
  std::vector<std::string> references;
  std::vector<std::string> not_references;        // in boilerplate only: never to be extracted
  std::vector<GoldAgency> agencies;               // the parties
  std::vector<GoldAgency> other_agencies;         // named, but no party: neither credited nor wrong
  std::vector<std::vector<std::string>> entries;  // each coordination entry's party names
  std::vector<std::string> periods;
  std::vector<GoldCount> counts;
  bool has_counts = false;  // the own format has none: counts are not scored
  // True for the real format: a page with no event date is not scored for
  // dates (the own format scores "" as the right answer).
  bool dates_only_when_known = false;

  // Real format only: the article and its manifest fields.
  std::string text_path;  // absolute or relative to the working directory
  std::string url, published;
};

// One disagreement with a gold file (tests/real/corrections.json).
struct GoldCorrection {
  std::string page, field, reason;
  std::string gold, proposed;  // JSON texts; "null" adds (gold) or removes (proposed)
};

// Reads a corrections file: a JSON array of {page, field, gold, proposed,
// reason}. Throws std::runtime_error naming the file and entry.
std::vector<GoldCorrection> LoadCorrections(const std::string& path);

// Reads every *.json in `dir` (sorted by name), applying `corrections`.
// For real-format files, the manifest-*.jsonl beside `dir` gives each
// page's URL and published date. Throws std::runtime_error naming the file
// (also for a correction whose gold value is not in its file).
std::vector<Gold> LoadGold(const std::string& dir, const std::vector<GoldCorrection>& corrections = {});

// Page ids, one per line ('#' starts a comment), for --only / --except.
std::set<std::string> LoadIdList(const std::string& path);

}  // namespace coordreport
