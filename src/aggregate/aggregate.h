// Folds extracted records into what the report shows: programs, agencies,
// agency pairs, cited documents and sources for a span of time, figures per
// period and the change against the period before.
//
// An article belongs to the period of its event date (else its published
// date). A program is active in a period when its covered span overlaps it
// or one of its reported actions falls in it.
#pragma once

#include <cstdint>
#include <map>
#include <memory>
#include <string>
#include <vector>

#include "aggregate/period.h"
#include "extract/tables.h"
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
  std::string source;  // id of the article that reported it
};

// Where a program stands at the end of the report period (lifecycle.h).
enum class ProgramStatus {
  kReviewed,  // a tổng kết was reported
  kEnded,     // its period ended, and no tổng kết was reported
  kEnding,    // its period ends within the next two quarters
  kSilent,    // running, and no article for four quarters or more
  kNew,       // first reported (or signed) in the last period of the report
  kActive,
};

struct ProgramRow {
  std::string instrument;
  std::vector<std::string> parties;  // agencies' report names, Vietnamese order
  std::string reference;
  std::string signed_on;
  std::vector<std::string> periods;  // covered labels
  std::string period_start, period_end;  // ISO days the covered periods span; "" when none
  std::vector<ProgramAction> actions;  // the latest ones, by date
  int articles = 0;                  // articles reporting it, all of them
  std::vector<std::string> sources;  // the first few of their ids
  std::string evidence;
  // The latest report of it (up to the end of the span): day, what was
  // done ("" when the article named no action), and the article.
  std::string last_activity, last_action, last_source, last_url;
  std::string first_activity;  // ISO day of its first report
  ProgramStatus status = ProgramStatus::kActive;
};

struct AgencyRow {
  std::string name;  // the one name the report shows
  int articles = 0;
  int mentions = 0;
  int programs = 0;
  std::vector<std::string> partners;
  std::vector<std::string> other_names;  // how articles also wrote it
  std::string province;                  // "" for a national body or when unknown
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
  // What a director acts on: programs ending soon, ended without a tổng
  // kết, silent, and new, in that order (copies of their Programs rows).
  std::vector<ProgramRow> attention;
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
  std::vector<std::string> scope_warnings;  // a scope that matched nothing ("--agency: …")
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
// Restricts a report to one office's part of a shared archive.
struct ReportScope {
  // Programs with one of these agencies as a party (any name it is
  // written as, abbreviated or not, with or without its province).
  std::vector<std::string> agencies;
  std::string province;  // programs with a party of this province, its articles
  bool empty() const { return agencies.empty() && province.empty(); }
};

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
  // The tables agencies are identified with (built-in ones otherwise).
  // REQUIRES: tables outlive the aggregator; called before the first Add.
  void IdentifyWith(const DomainTables& tables);
  // Reports only `scope` (see ReportScope). REQUIRES: before the first Add.
  void Restrict(const ReportScope& scope);
  // Promises that Finish will only be asked about whole months (every
  // --by series, and a month, quarter, half or year --period), so the
  // per-day tallies can be kept per month: a thing's tallies stop growing
  // after a month each instead of a day each. Exact for whole months,
  // first and last days included. REQUIRES: called before the first Add.
  void TallyByMonth();
  void Add(const Record& record);
  void Add(const Diagnostic& diagnostic);

  // First and last article date seen; false when no article had a date.
  bool DateRange(Date* first, Date* last);
  long records() const;

  // Compacts the tallies, then reports. REQUIRES: periods is non-empty;
  // after TallyByMonth(), every period is whole months.
  // `previous` is what the span is
  // compared with (PreviousPeriod(span) for one period; as many periods
  // before a series).
  Report Finish(const Period& span, const Period& previous, const std::vector<Period>& periods);

 private:
  struct State;
  void FlushPending();
  static std::map<std::string, std::string> ResolveIdentities(State& s,
                                                              std::vector<std::pair<std::string, std::string>>& warnings);
  std::unique_ptr<State> state_;
};

// Convenience for tests and small inputs: an Aggregator over `records`.
Report BuildReport(const std::vector<Record>& records, const Period& span, const Period& previous,
                   const std::vector<Period>& periods, const std::vector<Diagnostic>& diagnostics);

}  // namespace coordreport
