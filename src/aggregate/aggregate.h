// Folds extracted records into what the report shows: programs, agencies,
// agency pairs, cited documents and sources for a span of time, figures per
// period and the change against the period before.
//
// An article belongs to the period of its event date (else its published
// date). A program is active in a period when its covered span overlaps it
// or one of its reported actions falls in it.
#pragma once

#include <cstdint>
#include <memory>
#include <string>
#include <vector>

#include "aggregate/period.h"
#include "model/diagnostic.h"
#include "model/record.h"

namespace coordreport {

// One reported action of a program. The name is an index into
// Report::action_names: a handful of names ("ký kết", "sơ kết", …) are
// shared by up to 24 actions of each of tens of thousands of programs,
// where a pair of strings per action was the largest part of a national
// report.
struct ProgramAction {
  uint32_t name = 0;
  Date date;
};

struct ProgramRow {
  std::string instrument;
  std::vector<std::string> parties;
  std::string reference;
  std::string signed_on;
  std::vector<std::string> periods;  // covered labels
  std::vector<ProgramAction> actions;  // the latest ones, by date
  int articles = 0;                  // articles reporting it, all of them
  std::vector<std::string> sources;  // the first few of their ids
  std::string evidence;
};

struct AgencyRow {
  std::string name;
  int articles = 0;
  int mentions = 0;
  int programs = 0;
  std::vector<std::string> partners;
};

struct PairRow {
  std::string first, second;
  int programs = 0;
};

struct DocumentRow {
  std::string id, type, issuer, issued, issuing_body;
  int articles = 0;
  int mentions = 0;
  std::string first_cited, last_cited;
  int programs = 0;  // programs reported in the same articles
  std::vector<std::string> sources;
  std::string evidence;
};

struct SourceRow {
  std::string id, title, url, site, date;
  bool date_from_published = false;
  std::vector<std::string> agencies;
  std::vector<std::string> evidence;
};

struct CountRow {
  std::string what;
  long long total = 0;
  int articles = 0;
};

struct WarningRow {
  std::string origin;
  std::string message;
};

struct PeriodFigures {
  Period period;
  int articles = 0;
  int programs_active = 0;
  int programs_signed = 0;
  int documents = 0;
  int agencies = 0;
  int pairs = 0;
};

// The most parties the agency matrix shows (those with most programs).
constexpr size_t kMatrixAgencies = 300;

struct Report {
  Period span;                         // what the report covers
  std::vector<PeriodFigures> series;   // one per reported period, in order
  PeriodFigures current;               // the whole span
  PeriodFigures previous;              // the period before the span
  std::vector<ProgramRow> programs;    // active in the span
  std::vector<std::string> action_names;  // what ProgramAction::name indexes
  std::vector<AgencyRow> agencies;     // Vietnamese order
  std::vector<PairRow> pairs;          // most programs first
  std::vector<std::string> matrix_names;  // at most kMatrixAgencies, Vietnamese order
  std::vector<std::vector<int>> matrix;  // programs shared, by matrix_names
  long matrix_omitted = 0;               // parties left out of the matrix (fewest programs)
  std::vector<DocumentRow> documents;  // most cited first
  std::vector<CountRow> counts;
  std::vector<SourceRow> sources;      // by date
  std::vector<WarningRow> warnings;
  long records = 0;
  long undated = 0;
  long sources_left_out = 0;   // articles of the span beyond the Sources cap
  long warnings_left_out = 0;  // warnings beyond the Warnings cap
};

// What the log and the Warnings sheet say when the Sources list was cut;
// "" when it was not.
std::string SourcesLeftOutNote(const Report& report);

// `previous` is what the span is compared with (PreviousPeriod(span) for a
// single period; the same number of periods before a series).
// Folds records one at a time. Memory grows with the distinct agencies,
// documents, programs and days (or months) seen, not with the number of articles; the
// per-article Sources list is the exception and is capped (the most recent
// `max_sources` articles are kept; Report::sources_left_out counts the
// rest, which `coordreport extract` lists in full). Finish() may be called
// once: it hands the kept rows over to the report and frees the rest, so
// the report is written without the tallies beside it.
class Aggregator {
 public:
  struct Limits {
    // Sources rows: a quarter of one province is a few hundred articles; a
    // national series would be millions of rows no one reads in Excel, so
    // the sheet keeps the most recent ones and says so.
    size_t max_sources = 10000;
    size_t max_warnings = 10000;  // Warnings rows
  };
  Aggregator();
  explicit Aggregator(Limits limits);
  ~Aggregator();
  Aggregator(Aggregator&&) noexcept;

  // Only articles dated inside `keep` are kept for the Sources list (the
  // report's span when it is known before loading).
  void KeepSourcesWithin(const Period& keep);
  // Promises that Finish will only be asked about whole months (every
  // --by series, and a month, quarter, half or year --period), so the
  // per-day tallies can be kept per month: a thing's tallies stop growing
  // after a month each instead of a day each. Exact for whole months,
  // first and last days included. REQUIRES: called before the first Add.
  void TallyByMonth();
  void Add(const Record& record);
  void Add(const Diagnostic& diagnostic);

  // First and last article date seen; false when no article had a date.
  bool DateRange(Date* first, Date* last) const;
  long records() const;

  // Compacts the tallies, then reports. REQUIRES: periods is non-empty;
  // after TallyByMonth(), every period is whole months.
  // `previous` is what the span is
  // compared with (PreviousPeriod(span) for one period; as many periods
  // before a series).
  Report Finish(const Period& span, const Period& previous, const std::vector<Period>& periods);

 private:
  struct State;
  std::unique_ptr<State> state_;
};

// Convenience for tests and small inputs: an Aggregator over `records`.
Report BuildReport(const std::vector<Record>& records, const Period& span, const Period& previous,
                   const std::vector<Period>& periods, const std::vector<Diagnostic>& diagnostics);

}  // namespace coordreport
