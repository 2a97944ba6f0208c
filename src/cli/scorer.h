// Scores extracted records against hand-made gold annotations: precision,
// recall and F1 per fact kind, event-date accuracy, and boilerplate leaks
// (documents the gold marks as appearing only in site boilerplate).
#pragma once

#include <map>
#include <string>
#include <vector>

#include "model/record.h"

namespace coordreport {

// One annotated article (tests/gold/<id>.json).
struct Gold {
  std::string id;
  std::string event_date;  // "" for none
  std::vector<std::string> references;
  std::vector<std::string> agencies;
  std::vector<std::pair<std::string, std::string>> pairs;  // coordination party pairs
  std::vector<std::string> periods;
  std::vector<std::string> not_references;  // in boilerplate only: must never be extracted
};

// Reads every *.json in `dir`. Throws std::runtime_error naming the file.
std::vector<Gold> LoadGold(const std::string& dir);

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
  std::map<std::string, KindScore> kinds;  // documents, agencies, pairs, periods
  long articles = 0, dates_correct = 0, leaks = 0;
  std::vector<std::string> mismatches;     // "id: kind: missing X" / "extra X"
  std::vector<std::string> unmatched;      // gold ids with no extracted record
  double DateAccuracy() const { return articles ? double(dates_correct) / articles : 1.0; }
};

// Scores `records` (matched to gold by id; records without gold are ignored).
Scores Score(const std::vector<Gold>& gold, const std::vector<Record>& records);

// The coordination party pairs of a record's programs, each pair sorted.
std::vector<std::pair<std::string, std::string>> PartyPairs(const Record& record);

}  // namespace coordreport
