// Command-line parsing (CLI11) and the three commands. This is the one
// place that catches exceptions and turns them into exit codes.
#include "cli/commands.h"

#include <unicode/timezone.h>

#include <CLI/CLI.hpp>
#include <nlohmann/json.hpp>

#include <malloc.h>

#include <algorithm>
#include <chrono>
#include <cstdlib>
#include <filesystem>
#include <optional>
#include <fstream>
#include <future>
#include <iostream>
#include <map>
#include <memory>
#include <set>
#include <sstream>
#include <thread>

#include "aggregate/aggregate.h"
#include "aggregate/key_set.h"
#include "cli/config.h"
#include "cli/log.h"
#include "cli/pipeline.h"
#include "cli/stderr_capture.h"
#include "cli/gold.h"
#include "cli/scorer.h"
#include "extract/parallel.h"
#include "extract/places.h"
#include "model/record_json.h"
#include "model/text_util.h"
#include "normalize/text.h"
#include "render/atomic_file.h"
#include "render/output_lock.h"
#include "render/labels.h"
#include "render/markdown.h"
#include "render/workbook.h"

namespace coordreport {
namespace {

namespace fs = std::filesystem;

// A usage problem found after parsing (bad period, unknown language, …).
struct UsageError : std::runtime_error {
  using std::runtime_error::runtime_error;
};

struct CommonArgs {
  std::vector<std::string> inputs;
  std::string config;
  std::string log_format = "text";
  bool quiet = false;
  bool strict = false;
  int jobs = 0;
};

struct ReportArgs {
  std::string period, by, from, to, output, lang, format = "xlsx,md", templates, today, tz = "Asia/Ho_Chi_Minh";
  std::vector<std::string> agencies;  // --agency, repeatable
  std::string province;
};

// --province as the canonical name of a province or centrally-run city,
// however it is written ("Ha Tinh" aside: the diacritics are the name).
std::string CanonicalProvince(const std::string& written) {
  const std::string key = MatchKey(NormalizeText(written));
  size_t length = 0;
  const Province* p = ProvinceAt(key, &length);
  if (!p || length != key.size())
    throw UsageError("--province: \"" + written + "\" is not a province or centrally-run city (write it as \"Hà Tĩnh\")");
  return p->name;
}

// A broken configuration file is a usage problem (exit 2), like a bad flag;
// an unreadable one at the default location, that nobody asked for, a
// warning.
Config ReadConfig(const std::string& path, Logger& log) {
  try {
    Config c = LoadConfig(path);
    if (!c.default_unreadable.empty())
      log.Report({Diagnostic::Severity::kWarning, "", "default config: " + c.default_unreadable + "; built-in settings used"});
    return c;
  } catch (const std::runtime_error& e) {
    throw UsageError(e.what());
  }
}

int DefaultJobs() { return static_cast<int>(std::max(1u, std::thread::hardware_concurrency())); }

// Load and extract the inputs on --jobs threads (all cores by default).
PipelineOptions ExtractingPipeline(const CommonArgs& common) {
  PipelineOptions options;
  options.inputs = common.inputs;
  options.jobs = common.jobs > 0 ? common.jobs : DefaultJobs();
  return options;
}

Logger MakeLogger(const CommonArgs& a) {
  if (a.log_format != "text" && a.log_format != "json") throw UsageError("--log-format must be text or json");
  return Logger(a.log_format == "json" ? Logger::Format::kJson : Logger::Format::kText, a.quiet);
}

// Today's date in the given IANA time zone (ICU's tz database).
Date Today(const std::string& tz_name) {
  std::unique_ptr<icu::TimeZone> tz(icu::TimeZone::createTimeZone(icu::UnicodeString::fromUTF8(tz_name)));
  if (*tz == icu::TimeZone::getUnknown()) throw UsageError("unknown time zone: " + tz_name);
  UErrorCode status = U_ZERO_ERROR;
  const UDate now = static_cast<UDate>(std::chrono::duration_cast<std::chrono::milliseconds>(
                                           std::chrono::system_clock::now().time_since_epoch())
                                           .count());
  int32_t raw = 0, dst = 0;
  tz->getOffset(now, false, raw, dst, status);
  const long days = static_cast<long>((now + raw + dst) / 86400000.0);
  return CivilFromDays(days);
}

// The template folder: --templates, the config, $COORDREPORT_TEMPLATES,
// beside the binary, or the source tree it was built from.
std::string TemplateRoot(const std::string& flag, const Config& config) {
  if (!flag.empty()) return flag;
  if (!config.templates.empty()) return config.templates;
  if (const char* env = std::getenv("COORDREPORT_TEMPLATES"); env && *env) return env;
  std::error_code ec;
  fs::path self = fs::read_symlink("/proc/self/exe", ec);
  // Installed: <prefix>/bin/coordreport and <prefix>/share/coordreport/templates;
  // in the build tree: build/coordreport and report_templates/.
  for (const char* rel : {"../share/coordreport/templates", "../report_templates", "report_templates"}) {
    if (!ec && fs::exists(self.parent_path() / rel / "vi")) return (self.parent_path() / rel).string();
  }
  return std::string(COORDREPORT_SOURCE_DIR) + "/report_templates";
}

// A user's template folder may hold vi/ and en/, or the templates directly.
std::string TemplateDir(const std::string& root, const std::string& lang) {
  if (fs::exists(fs::path(root) / lang / "summary.md.mustache")) return (fs::path(root) / lang).string();
  return root;
}

std::time_t CreatedTime(const Report& report) {
  if (const char* epoch = std::getenv("SOURCE_DATE_EPOCH"); epoch && *epoch) {
    try {
      return static_cast<std::time_t>(std::stoll(epoch));
    } catch (...) {
    }
  }
  // Derived from the data: the latest article date in the report, else the
  // start of the period. Same input, same bytes.
  Date d = report.span.first;
  for (const SourceRow& s : report.sources)
    if (auto sd = ParseIsoDate(s.date); sd && d < *sd) d = *sd;
  return static_cast<std::time_t>(DaysFromCivil(d)) * 86400;
}

// Drops repeated articles (same id, same URL, or the same normalized
// text under another id), keeping the first. Holds 64-bit hashes, not the
// strings: about 26 MB at a million articles (KeySet).
class Deduplicator {
 public:
  bool Keep(const Record& r, Logger& log, Aggregator& aggregator) {
    const char* why = nullptr;
    if (!seen_.Insert(Hash('i', r.id))) why = "id";
    else if (!r.url.empty() && !seen_.Insert(Hash('u', r.url))) why = "URL";
    else if (r.fingerprint != 0 && !seen_.Insert(r.fingerprint ^ 0x9e3779b97f4a7c15ull)) why = "text";
    if (!why) return true;
    Diagnostic d{Diagnostic::Severity::kWarning, r.origin,
                 "duplicate article \"" + r.id + "\" (same " + why + " as an earlier one); counted once"};
    log.Report(d);
    aggregator.Add(d);
    return false;
  }

 private:
  static uint64_t Hash(char kind, const std::string& s) { return Fnv1a(s, kFnvOffset ^ static_cast<unsigned char>(kind)); }

  KeySet seen_;
};

// Hands the memory freed by the pipeline back to the system before the
// workbook is built. The worker threads' malloc arenas hold the freed
// batches, which the main thread's allocations cannot reuse; without this
// they would stay in the peak RSS of a long run.
void ReturnFreeMemory() {
#ifdef __GLIBC__
  malloc_trim(0);
#endif
}

int ExitFor(const Logger& log, long rejected) {
  return (log.errors() > 0 || rejected > 0) ? kExitInputRejected : kExitOk;
}

int RunReport(const CommonArgs& common, const ReportArgs& args) {
  Logger log = MakeLogger(common);
  Config config = ReadConfig(common.config, log);
  std::string lang = !args.lang.empty() ? args.lang : (!config.language.empty() ? config.language : "vi");
  const Labels* labels = LabelsFor(lang);
  if (!labels) throw UsageError("--lang must be vi or en, not \"" + lang + "\"");
  std::set<std::string> formats;
  std::stringstream fs_list(args.format);
  for (std::string f; std::getline(fs_list, f, ',');) {
    if (f != "xlsx" && f != "md") throw UsageError("--format takes xlsx and/or md, not \"" + f + "\"");
    formats.insert(f);
  }
  if (formats.empty()) throw UsageError("--format needs xlsx and/or md");
  if (args.period.empty() == args.by.empty()) throw UsageError("give exactly one of --period or --by");
  Date today = Today(args.tz);
  if (!args.today.empty()) {
    auto t = ParseIsoDate(args.today);
    if (!t || t->day == 0) throw UsageError("--today must be a date YYYY-MM-DD");
    today = *t;
  }
  std::optional<Period> period;
  std::optional<Granularity> by;
  if (!args.period.empty()) {
    period = ParsePeriod(args.period, today);
    if (!period)
      throw UsageError("cannot read period \"" + args.period +
                       "\" (use 2024-Q4, 2024-H2, 2024-11, 2024, 2024-01-01..2024-06-30 or last-quarter)");
  } else {
    by = ParseGranularity(args.by);
    if (!by) throw UsageError("--by must be month, quarter, half or year");
  }
  std::optional<Date> from, to;
  if (!args.from.empty() && !(from = ParseIsoDate(args.from))) throw UsageError("--from must be a date YYYY-MM-DD");
  if (!args.to.empty() && !(to = ParseIsoDate(args.to))) throw UsageError("--to must be a date YYYY-MM-DD");
  if (from && to && *to < *from) throw UsageError("--to is before --from");
  const std::string out_dir = !args.output.empty() ? args.output : (!config.output.empty() ? config.output : ".");
  const std::string templates = TemplateDir(TemplateRoot(args.templates, config), lang);

  DomainTables tables = TablesWith(config);
  Aggregator aggregator;
  aggregator.IdentifyWith(tables);
  ReportScope scope;
  for (const std::string& name : args.agencies) {
    if (name.find_first_not_of(" \t") == std::string::npos) throw UsageError("--agency needs a name");
    scope.agencies.push_back(name);
  }
  if (!args.province.empty()) scope.province = CanonicalProvince(args.province);
  if (!scope.empty()) aggregator.Restrict(scope);
  // With a fixed period only its articles can be sources; a series keeps all.
  if (period) aggregator.KeepSourcesWithin(*period);
  else if (from && to) aggregator.KeepSourcesWithin({Granularity::kRange, *from, *to, ""});
  // A series and a calendar period are whole months, and so are the
  // periods they are compared with; a day range is not.
  if (!period || period->granularity != Granularity::kRange) aggregator.TallyByMonth();
  // The duplicate keys are the one per-article part of a run (tens of MB
  // at a million articles): they go as soon as the input has been read.
  auto dedupe = std::make_unique<Deduplicator>();
  long used = 0;
  PipelineOptions options = ExtractingPipeline(common);
  LoadStats stats = RunPipeline(options, tables, log, [&](Record&& r) {
    if (!dedupe->Keep(r, log, aggregator)) return;
    aggregator.Add(r);
    ++used;
  }, [&](const Diagnostic& d) { aggregator.Add(d); });
  dedupe.reset();

  if (used == 0) {
    log.Error("no usable records in the input; nothing written");
    return kExitNothingProduced;
  }
  if (common.strict && (log.errors() > 0 || stats.rejected > 0)) {
    log.Error("--strict: input was rejected; nothing written");
    return kExitNothingProduced;
  }

  std::vector<Period> series;
  Period span, previous;
  if (period) {
    span = *period;
    previous = PreviousPeriod(span);
    series = {previous, span};
  } else {
    Date lo{9999, 12, 31}, hi{0, 1, 1};
    aggregator.DateRange(&lo, &hi);
    if (from) lo = *from;
    if (to) hi = *to;
    if (hi < lo) {
      log.Error(scope.empty() ? "no dated article to build a series from (give --from and --to)"
                              : "no dated article in the --agency/--province scope to build a series from "
                                "(check the names, or give --from and --to)");
      return kExitNothingProduced;
    }
    series = Series(*by, lo, hi);
    span.granularity = Granularity::kRange;
    span.first = series.front().first;
    span.last = series.back().last;
    span.label = series.size() == 1 ? series.front().label : series.front().label + ".." + series.back().label;
    // The series is compared with as many periods just before it.
    Period before_last = PreviousPeriod(series.front()), before_first = before_last;
    for (size_t i = 1; i < series.size(); ++i) before_first = PreviousPeriod(before_first);
    previous = {Granularity::kRange, before_first.first, before_last.last,
                series.size() == 1 ? before_last.label : before_first.label + ".." + before_last.label};
  }

  Report report = aggregator.Finish(span, previous, series);
  ReturnFreeMemory();
  for (const std::string& w : report.scope_warnings) log.Report({Diagnostic::Severity::kWarning, "", w});
  if (std::string note = SourcesLeftOutNote(report); !note.empty())
    log.Report({Diagnostic::Severity::kWarning, "", note});
  std::error_code ec;
  fs::create_directories(out_dir, ec);
  if (ec) throw std::runtime_error("cannot create output folder " + out_dir + ": " + ec.message());
  OutputLock lock(out_dir, [&](const std::string& m) { log.Info(m); });
  if (lock.stale_files_removed() > 0)
    log.Info("removed " + std::to_string(lock.stale_files_removed()) + " temporary files left by an interrupted run");
  std::string file_name = config.name;
  file_name.replace(file_name.find("{period}"), std::string_view("{period}").size(), FileLabel(span));
  const std::string base = (fs::path(out_dir) / file_name).string();
  std::vector<std::string> written;
  // Told at the end; the workbook consumes the report.
  std::ostringstream summary;
  summary << "read " << stats.records << " records (" << stats.rejected << " rejected, " << used << " used); "
          << report.current.articles << " articles in " << span.label << ", " << report.programs.size()
          << " programs, " << report.documents.size() << " documents, " << report.agencies.size()
          << " agencies; wrote";
  // The memo takes what it shows from the report first, then renders while
  // the workbook is written (and consumes the report): with more than one
  // thread the memo costs no time.
  std::future<std::string> memo;
  if (formats.count("md"))
    memo = std::async(options.jobs > 1 ? std::launch::async : std::launch::deferred,
                      PrepareMarkdown(report, templates, *labels));
  // Both outputs are written and checked first, then replace the last
  // report together: a broken template or a failed write leaves the old
  // workbook and memo as they were.
  std::optional<AtomicFile> xlsx, md;
  if (formats.count("xlsx")) {
    WorkbookOptions wo;
    wo.labels = labels;
    if (!config.author.empty()) wo.author = config.author;
    wo.company = config.company;
    wo.created = CreatedTime(report);
    xlsx.emplace(base + ".xlsx");
    // libxlsxwriter's own messages come out as this run's warnings.
    StderrCapture library_messages;
    WorkbookStats ws;
    try {
      ws = WriteWorkbookTo(std::move(report), *xlsx, wo);
    } catch (...) {
      for (const std::string& m : library_messages.Release()) log.Report({Diagnostic::Severity::kWarning, base + ".xlsx", m});
      throw;
    }
    for (const std::string& m : library_messages.Release()) log.Report({Diagnostic::Severity::kWarning, base + ".xlsx", m});
    if (ws.rows_left_out > 0)
      log.Report({Diagnostic::Severity::kWarning, base + ".xlsx",
                  std::to_string(ws.rows_left_out) + " rows past a sheet's 1,048,576 were left out"});
    if (ws.truncated_cells > 0)
      log.Report({Diagnostic::Severity::kWarning, base + ".xlsx",
                  std::to_string(ws.truncated_cells) + " cells longer than 32,767 characters were cut (marked)"});
  }
  if (memo.valid()) {
    const std::string text = memo.get();
    md.emplace(base + ".md");
    md->Write(text);
  }
  if (xlsx) {
    xlsx->Commit();
    written.push_back(base + ".xlsx");
  }
  if (md) {
    md->Commit();
    written.push_back(base + ".md");
  }
  for (const std::string& w : written) summary << " " << w;
  summary.precision(2);
  summary << std::fixed << " in " << log.Seconds() << " s";
  log.Info(summary.str());
  return ExitFor(log, stats.rejected);
}

int RunExtract(const CommonArgs& common, const std::string& output) {
  Logger log = MakeLogger(common);
  Config config = ReadConfig(common.config, log);
  DomainTables tables = TablesWith(config);
  // Records go out as they are extracted, in input order: to stdout, or to
  // a temporary file renamed over FILE at the end.
  // A device or a pipe ("/dev/stdout", "/dev/fd/3", a FIFO) is written as
  // it is: there is no folder to put a temporary file in.
  std::error_code ec;
  const bool device = !output.empty() && output != "-" &&
                      (output.starts_with("/dev/") || (fs::exists(output, ec) && !fs::is_regular_file(output, ec)));
  const bool to_file = !output.empty() && output != "-";
  std::unique_ptr<AtomicFile> file;
  std::ofstream file_out;
  if (device) {
    file_out.open(output, std::ios::binary);
    if (!file_out) throw std::runtime_error("cannot write " + output);
  } else if (to_file) {
    file = std::make_unique<AtomicFile>(output);
    file_out.open(file->temp_path(), std::ios::binary | std::ios::trunc);
    if (!file_out) throw std::runtime_error("cannot create " + file->temp_path());
  }
  std::ostream& out = to_file ? static_cast<std::ostream&>(file_out) : std::cout;
  PipelineOptions options = ExtractingPipeline(common);
  long written = 0;
  std::string line;  // reused: one allocation for the run, not one per record
  LoadStats stats = RunPipeline(options, tables, log, [&](Record&& r) {
    line.clear();
    AppendJson(r, line);
    line += '\n';
    out.write(line.data(), static_cast<std::streamsize>(line.size()));
    ++written;
  });
  out.flush();
  if (!out) {
    log.Error(std::string("cannot write the extracted records to ") + (to_file ? output : "standard output") +
              " (disk full or closed pipe?)");
    return kExitNothingProduced;
  }
  // --strict: a rejected input means nothing is written (FILE keeps what
  // it had).
  if (common.strict && (log.errors() > 0 || stats.rejected > 0)) return kExitNothingProduced;
  if (to_file) {
    file_out.close();
    if (!file_out) throw std::runtime_error("cannot write " + output);
    if (file) file->Commit();
  }
  if (written == 0) {
    log.Error("no usable records in the input");
    return kExitNothingProduced;
  }
  log.Info("extracted " + std::to_string(written) + " records (" + std::to_string(stats.rejected) + " rejected)");
  return ExitFor(log, stats.rejected);
}

int RunValidate(const CommonArgs& common) {
  Logger log = MakeLogger(common);
  PipelineOptions options{common.inputs, 1, false, 512};
  Config config = ReadConfig(common.config, log);  // validated too: a broken config is a usage error
  DomainTables tables = TablesWith(config);
  long records = 0;
  LoadStats stats = RunPipeline(options, tables, log, [&](Record&&) { ++records; });
  std::string line = std::to_string(stats.files) + " files, " + std::to_string(records) + " valid records, " +
                     std::to_string(stats.rejected) + " rejected";
  if (stats.skipped_files) line += ", " + std::to_string(stats.skipped_files) + " files of other types skipped";
  log.Info(line);
  if (records == 0 && stats.rejected > 0) return kExitNothingProduced;
  return ExitFor(log, stats.rejected);
}

// Parses "documents=0.98,agencies=0.95,leaks=0" into kind -> minimum.
std::map<std::string, double> ParseRequirements(const std::string& spec) {
  std::map<std::string, double> out;
  std::stringstream list(spec);
  for (std::string item; std::getline(list, item, ',');) {
    size_t eq = item.find('=');
    if (eq == std::string::npos) throw UsageError("--require takes kind=value pairs, not \"" + item + "\"");
    try {
      out[item.substr(0, eq)] = std::stod(item.substr(eq + 1));
    } catch (...) {
      throw UsageError("--require: \"" + item + "\" has no number");
    }
  }
  return out;
}

struct EvalArgs {
  std::string gold_dir, require, only, except, corrections;
  bool verbose = false;
};

// The records to score: the inputs, or with none, the real corpus's own
// articles beside the gold (with their manifest's url and published date).
std::vector<Record> EvalRecords(const CommonArgs& common, const std::vector<Gold>& gold, const DomainTables& tables,
                                Logger& log) {
  std::vector<Record> records;
  const bool beside = common.inputs.empty() && !gold.empty() &&
                      std::all_of(gold.begin(), gold.end(), [](const Gold& g) { return !g.text_path.empty(); });
  if (!beside) {
    RunPipeline(ExtractingPipeline(common), tables, log, [&](Record&& r) {
      r.text.clear();
      records.push_back(std::move(r));
    });
    return records;
  }
  for (const Gold& g : gold) {
    LoadInputs({g.text_path}, [&](Record&& r) {
      r.url = g.url;
      r.published = g.published;
      records.push_back(std::move(r));
    }, [&](const Diagnostic& d) { log.Report(d); });
  }
  ParallelExtractor(tables, ExtractingPipeline(common).jobs).Run(records);
  for (Record& r : records) r.text.clear();
  return records;
}

int RunEval(const CommonArgs& common, const EvalArgs& args) {
  Logger log = MakeLogger(common);
  std::map<std::string, double> required = ParseRequirements(args.require);
  std::vector<Gold> gold = LoadGold(args.gold_dir, args.corrections.empty() ? std::vector<GoldCorrection>{}
                                                                            : LoadCorrections(args.corrections));
  if (!args.only.empty() || !args.except.empty()) {
    const std::set<std::string> only = args.only.empty() ? std::set<std::string>{} : LoadIdList(args.only);
    const std::set<std::string> except = args.except.empty() ? std::set<std::string>{} : LoadIdList(args.except);
    std::erase_if(gold, [&](const Gold& g) { return (!args.only.empty() && !only.count(g.id)) || except.count(g.id); });
  }
  Config config = ReadConfig(common.config, log);
  Scores s = Score(gold, EvalRecords(common, gold, TablesWith(config), log));
  if (args.verbose)
    for (const std::string& m : s.mismatches) std::cout << "  " << m << "\n";
  for (const std::string& id : s.unmatched) std::cout << "  no extracted record for gold " << id << "\n";
  char line[200];
  std::snprintf(line, sizeof line, "%-12s %6s %6s %8s %10s %8s %7s\n", "kind", "gold", "found", "correct", "precision",
                "recall", "F1");
  std::cout << line;
  bool ok = required.empty() || s.unmatched.empty();
  auto check = [&](const std::string& name, double value) {
    if (required.count(name) && value + 1e-9 < required[name]) ok = false;
  };
  for (const auto& [kind, k] : s.kinds) {
    std::snprintf(line, sizeof line, "%-12s %6ld %6ld %8ld %10.3f %8.3f %7.3f\n", kind.c_str(), k.gold, k.found,
                  k.correct, k.Precision(), k.Recall(), k.F1());
    std::cout << line;
    check(kind, k.F1());
  }
  std::snprintf(line, sizeof line,
                "programs found: %ld of %ld gold entries (%.3f); right: %ld of %ld reported (%.3f)\n"
                "event dates: %ld of %ld correct (%.3f) in %ld articles\nboilerplate leaks: %ld\n",
                s.programs_found, s.programs_gold, s.ProgramsFound(), s.programs_right, s.programs_reported,
                s.ProgramsRight(), s.dates_correct, s.dates_scored, s.DateAccuracy(), s.articles, s.leaks);
  std::cout << line;
  check("programs", s.ProgramsFound());
  check("programs_right", s.ProgramsRight());
  check("event_dates", s.DateAccuracy());
  if (required.count("leaks") && s.leaks > required["leaks"]) ok = false;
  if (!ok) {
    log.Error("scores below --require " + args.require);
    return kExitInputRejected;
  }
  return kExitOk;
}

const char* kFooter = R"(Exit codes:
  0  everything read, outputs written
  1  some input was rejected (each named file:line on stderr); outputs still
     written unless --strict
  2  usage error (bad option, period, language or config file)
  3  nothing could be produced (no usable input, output not writable, or
     --strict with rejected input)

Input: .jsonl (one record per line), .json (an array of records), .txt or
.html (one article per file, id = file name), a folder of these, or "-" /
nothing for standard input.)";

void AddCommon(CLI::App* app, CommonArgs& a) {
  app->add_option("inputs", a.inputs, "Files or folders to read (default: standard input)");
  app->add_option("--config", a.config, "Configuration file (JSON; default $XDG_CONFIG_HOME/coordreport/config.json)");
  app->add_option("--log-format", a.log_format, "text (default) or json: one JSON object per line on stderr")
      ->check(CLI::IsMember({"text", "json"}));
  app->add_flag("-q,--quiet", a.quiet, "Only errors on stderr");
  app->add_flag("--strict", a.strict, "Treat any rejected input as fatal (exit 3, nothing written)");
  app->add_option("-j,--jobs", a.jobs, "Extraction threads (default: all cores)")->check(CLI::Range(1, 256));
}

}  // namespace

int Main(int argc, char** argv) {
  CLI::App app{"coordreport: quarterly reports on inter-agency coordination programs from Vietnamese news articles"};
  app.set_version_flag("--version", std::string("coordreport ") + COORDREPORT_VERSION);
  app.require_subcommand(1);
  app.footer(kFooter);

  CommonArgs common;
  ReportArgs report;
  std::string extract_output;

  CLI::App* rep = app.add_subcommand("report", "Write the workbook (.xlsx) and Markdown summary (.md) for a period");
  AddCommon(rep, common);
  rep->add_option("-p,--period", report.period,
                  "2024-Q4, 2024-H2, 2024-11, 2024, 2024-01-01..2024-06-30, last-quarter, last-month, last-half, "
                  "last-year, this-quarter");
  rep->add_option("--by", report.by, "A series: month, quarter, half or year (periods side by side)");
  rep->add_option("--from", report.from, "With --by: first day (default: earliest article)");
  rep->add_option("--to", report.to, "With --by: last day (default: latest article)");
  rep->add_option("-o,--output", report.output, "Output folder (default: config \"output\", else .)");
  rep->add_option("--lang", report.lang, "vi (default) or en");
  rep->add_option("--format", report.format, "Outputs to write: xlsx,md (default both)");
  rep->add_option("--templates", report.templates, "Folder of Mustache templates (with vi/ and en/)");
  rep->add_option("--today", report.today, "Pin today's date (YYYY-MM-DD) for relative periods");
  rep->add_option("--tz", report.tz, "Time zone for relative periods (default Asia/Ho_Chi_Minh)");
  rep->add_option("--agency", report.agencies,
                  "Only programs this agency is a party of (any name it is written as; repeatable)")
      ->expected(1)
      ->multi_option_policy(CLI::MultiOptionPolicy::TakeAll);
  rep->add_option("--province", report.province, "Only this province's articles, agencies and programs");
  rep->footer(R"(Examples:
  coordreport report examples --period 2024-Q4 -o out
  coordreport report articles/ --by quarter --from 2024-01-01 --to 2025-06-30 -o out --lang en
  coordreport report news.jsonl --period last-quarter -o /srv/reports --log-format json)");

  CLI::App* ext = app.add_subcommand("extract", "Write extracted records as JSONL (a streaming filter)");
  AddCommon(ext, common);
  ext->add_option("-o,--output", extract_output, "Output file (default: standard output)");
  ext->footer(R"(Examples:
  coordreport extract articles/*.txt > records.jsonl
  cat part-0001.jsonl | coordreport extract > extracted-0001.jsonl)");

  CLI::App* val = app.add_subcommand("validate", "Check input records and report every problem");
  AddCommon(val, common);
  val->footer(R"(Example:
  coordreport validate news.jsonl && echo "input is clean")");

  EvalArgs eval;
  CLI::App* ev = app.add_subcommand("eval", "Score extraction against gold annotations (precision, recall, F1)");
  ev->add_option("gold", eval.gold_dir, "Folder of gold annotations (*.json)")->required()->check(CLI::ExistingDirectory);
  AddCommon(ev, common);
  ev->add_option("--require", eval.require,
                 "Minimum scores: documents, agencies, pairs, periods, counts (F1), programs (share found), "
                 "programs_right, event_dates; leaks (most allowed), e.g. documents=0.98,leaks=0");
  ev->add_option("--only", eval.only, "Score only the page ids listed in this file (one per line)")
      ->check(CLI::ExistingFile);
  ev->add_option("--except", eval.except, "Leave out the page ids listed in this file")->check(CLI::ExistingFile);
  ev->add_option("--corrections", eval.corrections,
                 "Our disagreements with the gold (JSON array of {page, field, gold, proposed, reason})")
      ->check(CLI::ExistingFile);
  ev->add_flag("-v,--verbose", eval.verbose, "List every mismatch");
  ev->footer(R"(Gold in the real corpus's format (GUIDELINES.md) reads its articles from beside the
gold folder (articles/, manifest-*.jsonl) when no input is given.
Examples:
  coordreport eval tests/gold/corpus tests/corpus examples --require documents=0.98,leaks=0
  coordreport eval ../shared/real/gold --except tests/real/locked.txt --corrections tests/real/corrections.json)");

  // Asked for JSON logs, every line on stderr is JSON: usage and fatal
  // errors too, even when the command line itself does not parse.
  bool json_log = false;
  for (int i = 1; i < argc; ++i) {
    const std::string_view a = argv[i];
    json_log = json_log || a == "--log-format=json" || (a == "--log-format" && i + 1 < argc && std::string_view(argv[i + 1]) == "json");
  }
  auto fatal = [&](const std::string& kind, const std::string& message) {
    if (json_log) {
      nlohmann::json j = {{"level", "error"}, {"kind", kind}, {"message", Printable(message)}};
      std::cerr << j.dump() << '\n';
    } else if (kind == "usage") {
      std::cerr << "coordreport: usage error: " << Printable(message) << "\nRun with --help for more information.\n";
    } else {
      std::cerr << "coordreport: error: " << Printable(message) << '\n';
    }
  };

  try {
    app.parse(argc, argv);
  } catch (const CLI::ParseError& e) {
    if (e.get_exit_code() == 0 || !json_log) {
      int code = app.exit(e);
      return code == 0 ? kExitOk : kExitUsage;
    }
    fatal("usage", e.what());
    return kExitUsage;
  }

  try {
    if (rep->parsed()) return RunReport(common, report);
    if (ext->parsed()) return RunExtract(common, extract_output);
    if (ev->parsed()) return RunEval(common, eval);
    return RunValidate(common);
  } catch (const UsageError& e) {
    fatal("usage", e.what());
    return kExitUsage;
  } catch (const std::exception& e) {
    fatal("fatal", e.what());
    return kExitNothingProduced;
  }
}

}  // namespace coordreport
