#include "load/loader.h"

#include <algorithm>
#include <cerrno>
#include <cstring>
#include <filesystem>
#include <fstream>
#include <iostream>
#include <set>
#include <sstream>

#include <nlohmann/json.hpp>

#include "load/html.h"
#include "load/json_line.h"
#include "model/date.h"
#include "model/text_util.h"
#include "normalize/text.h"

namespace coordreport {
namespace {

namespace fs = std::filesystem;

enum class Format { kJsonLines, kJsonArray, kText, kHtml, kUnknown };

Format FormatOf(const std::string& name) {
  std::string ext = fs::path(name).extension().string();
  std::transform(ext.begin(), ext.end(), ext.begin(), [](unsigned char c) { return std::tolower(c); });
  if (ext == ".jsonl" || ext == ".ndjson") return Format::kJsonLines;
  if (ext == ".json") return Format::kJsonArray;
  if (ext == ".txt") return Format::kText;
  if (ext == ".html" || ext == ".htm") return Format::kHtml;
  return Format::kUnknown;
}

// nlohmann's messages start with "[json.exception.parse_error.101] "; the
// user needs only what follows.
std::string CleanJsonError(const std::string& what) {
  size_t p = what.find("] ");
  return p == std::string::npos ? what : what.substr(p + 2);
}

void StripBom(std::string& s) {
  if (s.size() >= 3 && s.compare(0, 3, "\xEF\xBB\xBF") == 0) s.erase(0, 3);
}

void Report(const DiagnosticSink& diagnose, Diagnostic::Severity severity, std::string origin, std::string message) {
  diagnose({severity, std::move(origin), std::move(message)});
}

void CapText(Record& r, const std::string& origin, const DiagnosticSink& diagnose) {
  if (r.text.size() <= kMaxTextBytes) return;
  Report(diagnose, Diagnostic::Severity::kWarning, origin,
         "record \"" + r.id + "\": text of " + std::to_string(r.text.size() >> 20) + " MiB cut to " +
             std::to_string(kMaxTextBytes >> 20) + " MiB");
  CutUtf8(r.text, kMaxTextBytes);
}

// Checks what the schema requires of a loaded record; fixable problems are
// reported and the field dropped, so the rest of the record still counts.
void ValidateRecord(Record& r, const std::string& origin, const DiagnosticSink& diagnose, LoadStats& stats) {
  CapText(r, origin, diagnose);
  if (!r.published.empty() && !ParseIsoDate(r.published)) {
    Report(diagnose, Diagnostic::Severity::kError, origin,
           "record \"" + r.id + "\": \"published\" is not a valid ISO date: \"" + r.published + "\" (field ignored)");
    r.published.clear();
    ++stats.rejected;
  }
  if (!r.event_date.empty() && !ParseIsoDate(r.event_date)) {
    Report(diagnose, Diagnostic::Severity::kError, origin,
           "record \"" + r.id + "\": \"event_date\" is not a valid ISO date: \"" + r.event_date + "\" (field ignored)");
    r.event_date.clear();
    ++stats.rejected;
  }
  // The dates of a curated record's programs and documents, the same way.
  auto check = [&](std::string& date, const std::string& field) {
    if (date.empty() || ParseIsoDate(date)) return;
    Report(diagnose, Diagnostic::Severity::kError, origin,
           "record \"" + r.id + "\": \"" + field + "\" is not a valid ISO date: \"" + date + "\" (field ignored)");
    date.clear();
    ++stats.rejected;
  };
  for (Program& p : r.programs) {
    check(p.signed_on, "programs[].signed");
    check(p.date, "programs[].date");
  }
  for (DocumentReference& d : r.references) check(d.issued, "references[].issued");
}

// A parsed JSON record, checked: -1 when rejected, else the number of its
// fields that were rejected (the record itself is kept).
int RecordOf(const nlohmann::json& j, const std::string& origin, Record* out, const DiagnosticSink& diagnose,
             std::vector<std::string>* unknown) {
  try {
    Record r = RecordFromJson(j, unknown);
    r.origin = origin;
    LoadStats stats;
    ValidateRecord(r, origin, diagnose, stats);
    *out = std::move(r);
    return static_cast<int>(stats.rejected);
  } catch (const std::invalid_argument& e) {
    Report(diagnose, Diagnostic::Severity::kError, origin, std::string("record rejected: ") + e.what());
    return -1;
  }
}

// Names each field of `unknown` not yet in `reported`.
void ReportUnknownFields(const std::vector<std::string>& unknown, const std::string& origin,
                         std::set<std::string>& reported, const DiagnosticSink& diagnose) {
  for (const std::string& field : unknown)
    if (reported.insert(field).second)
      Report(diagnose, Diagnostic::Severity::kWarning, origin,
             "unknown field \"" + field + "\" ignored (reported once per file)");
}

// One JSON text (a JSONL line, an array element) through ParseJsonLine;
// the text is left for the caller to reuse.
void LoadJsonText(const PendingLine& text, const RecordSink& sink, const DiagnosticSink& diagnose, LoadStats& stats,
                  std::set<std::string>& reported) {
  Record r;
  std::vector<Diagnostic> diagnostics;
  std::vector<std::string> unknown;
  int rejected_fields = ParseJsonLine(text, &r, &diagnostics, &unknown);
  for (const Diagnostic& d : diagnostics) diagnose(d);
  DeliverParsed(rejected_fields, std::move(r), unknown, text.origin, sink, diagnose, stats, reported);
}

void LoadJsonLines(std::istream& in, const std::string& name, const RecordSink& sink, const DiagnosticSink& diagnose,
                   LoadStats& stats, const PendingSink& pending, long first_line = 1) {
  std::string line;
  long number = first_line - 1;
  std::set<std::string> unknown_reported;
  while (std::getline(in, line)) {
    ++number;
    if (number == 1) StripBom(line);
    if (!line.empty() && line.back() == '\r') line.pop_back();
    if (line.find_first_not_of(" \t") == std::string::npos) continue;
    std::string origin = name + ":" + std::to_string(number);
    PendingLine text{std::move(line), std::move(origin)};
    if (pending) pending(std::move(text));
    else LoadJsonText(text, sink, diagnose, stats, unknown_reported);
    line = std::move(text.json);  // a spare the sink left, or empty
    line.clear();
  }
  if (in.bad()) Report(diagnose, Diagnostic::Severity::kError, name, "read error after line " + std::to_string(number));
}

// Splits a JSON array into its top-level elements, tracking line numbers,
// so a broken element costs only itself and errors name its line.
void LoadJsonArray(const std::string& content, const std::string& name, const RecordSink& sink,
                   const DiagnosticSink& diagnose, LoadStats& stats) {
  size_t i = content.find_first_not_of(" \t\r\n");
  if (i == std::string::npos) {
    Report(diagnose, Diagnostic::Severity::kError, name, "empty file");
    ++stats.rejected;
    return;
  }
  long line = 1 + std::count(content.begin(), content.begin() + i, '\n');
  std::set<std::string> unknown_reported;
  if (content[i] == '{') {  // a single record
    nlohmann::json j;
    try {
      j = nlohmann::json::parse(content);
    } catch (const nlohmann::json::parse_error& e) {
      Report(diagnose, Diagnostic::Severity::kError, name, "malformed JSON: " + CleanJsonError(e.what()));
      ++stats.rejected;
      return;
    }
    const std::string origin = name + ":" + std::to_string(line);
    Record r;
    std::vector<std::string> unknown;
    int rejected_fields = RecordOf(j, origin, &r, diagnose, &unknown);
    DeliverParsed(rejected_fields, std::move(r), unknown, origin, sink, diagnose, stats, unknown_reported);
    return;
  }
  if (content[i] != '[') {
    Report(diagnose, Diagnostic::Severity::kError, name + ":" + std::to_string(line),
           "expected a JSON array of records or one record object");
    ++stats.rejected;
    return;
  }
  int depth = 0;
  bool in_string = false, escaped = false;
  size_t start = std::string::npos;  // first byte of the element being read
  long start_line = line;
  auto element_done = [&](size_t end) {
    LoadJsonText({content.substr(start, end - start), name + ":" + std::to_string(start_line)}, sink, diagnose, stats,
                 unknown_reported);
    start = std::string::npos;
  };
  for (++i; i < content.size(); ++i) {
    char c = content[i];
    if (c == '\n') ++line;
    if (in_string) {
      if (escaped) escaped = false;
      else if (c == '\\') escaped = true;
      else if (c == '"') in_string = false;
      continue;
    }
    if (start == std::string::npos) {
      if (c == ' ' || c == '\t' || c == '\r' || c == '\n' || c == ',') continue;
      if (c == ']') return;  // end of the array
      start = i;
      start_line = line;
    }
    if (c == '"') in_string = true;
    else if (c == '{' || c == '[') ++depth;
    else if ((c == '}' || c == ']') && depth > 0) {
      if (--depth == 0) element_done(i + 1);
    } else if (depth == 0 && (c == ',' || c == ']')) {
      element_done(i);  // a scalar element: parsed, then rejected as not a record
      if (c == ']') return;
    }
  }
  Report(diagnose, Diagnostic::Severity::kError, name + ":" + std::to_string(line),
         start == std::string::npos ? "JSON array is not closed (truncated file?)"
                                    : "last array element is truncated");
  ++stats.rejected;
}

void LoadRaw(std::string content, const std::string& name, bool html, const RecordSink& sink,
             const DiagnosticSink& diagnose, LoadStats& stats) {
  StripBom(content);
  if (size_t nul = std::count(content.begin(), content.end(), '\0')) {
    content.erase(std::remove(content.begin(), content.end(), '\0'), content.end());
    Report(diagnose, Diagnostic::Severity::kWarning, name, std::to_string(nul) + " NUL bytes removed");
  }
  if (int repaired = RepairUtf8(content))
    Report(diagnose, Diagnostic::Severity::kWarning, name,
           std::to_string(repaired) + " invalid UTF-8 sequences replaced with U+FFFD");
  Record r;
  r.id = name == "-" ? "stdin" : fs::path(name).stem().string();
  r.origin = name;
  if (html) {
    HtmlText page = HtmlToText(content);
    r.title = page.title;
    r.text = std::move(page.text);
  } else {
    r.text = std::move(content);
  }
  if (r.text.find_first_not_of(" \t\r\n") == std::string::npos) {
    Report(diagnose, Diagnostic::Severity::kError, name, "empty article: no text");
    ++stats.rejected;
    return;
  }
  CapText(r, name, diagnose);
  ++stats.records;
  sink(std::move(r));
}

std::string ReadAll(std::istream& in) {
  std::ostringstream ss;
  ss << in.rdbuf();
  return ss.str();
}

void LoadFile(const fs::path& path, const RecordSink& sink, const DiagnosticSink& diagnose, LoadStats& stats,
              const PendingSink& pending) {
  const std::string name = path.string();
  std::ifstream in(path, std::ios::binary);
  if (!in) {
    Report(diagnose, Diagnostic::Severity::kError, name, std::string("cannot open: ") + std::strerror(errno));
    ++stats.rejected;
    return;
  }
  ++stats.files;
  LoadStream(in, name, sink, diagnose, stats, pending);
}

}  // namespace

int ParseJsonLine(const PendingLine& line, Record* out, std::vector<Diagnostic>* diagnostics,
                  std::vector<std::string>* unknown) {
  auto collect = [diagnostics](const Diagnostic& d) { diagnostics->push_back(d); };
  // A NUL byte costs itself, not the record (as in .txt files).
  std::string without_nul;
  std::string_view json = line.json;
  if (size_t nul = std::count(json.begin(), json.end(), '\0')) {
    without_nul.assign(json);
    std::erase(without_nul, '\0');
    json = without_nul;
    Report(collect, Diagnostic::Severity::kWarning, line.origin, std::to_string(nul) + " NUL bytes removed");
  }
  nlohmann::json j;
  try {
    if (!ParseFlatJsonObject(json, &j)) j = nlohmann::json::parse(json);
  } catch (const nlohmann::json::parse_error& e) {
    Report(collect, Diagnostic::Severity::kError, line.origin, "malformed JSON: " + CleanJsonError(e.what()));
    return -1;
  }
  return RecordOf(j, line.origin, out, collect, unknown);
}

void DeliverParsed(int rejected_fields, Record&& r, const std::vector<std::string>& unknown, const std::string& origin,
                   const RecordSink& sink, const DiagnosticSink& diagnose, LoadStats& stats,
                   std::set<std::string>& reported) {
  ReportUnknownFields(unknown, origin, reported, diagnose);
  if (rejected_fields < 0) {
    ++stats.rejected;
    return;
  }
  ++stats.records;
  stats.rejected += rejected_fields;
  sink(std::move(r));
}

void LoadStream(std::istream& in, const std::string& name, const RecordSink& sink, const DiagnosticSink& diagnose,
                LoadStats& stats, const PendingSink& pending) {
  Format format = FormatOf(name);
  if (format == Format::kUnknown) {
    // stdin or an extensionless file: look at the first meaningful byte.
    // JSONL is then read line by line from the stream itself, so `extract`
    // stays a streaming filter on standard input.
    long line = 1;
    for (int c = in.peek(); c == ' ' || c == '\t' || c == '\r' || c == '\n' || c == 0xEF || c == 0xBB || c == 0xBF;
         c = in.peek()) {
      if (in.get() == '\n') ++line;
    }
    if (in.peek() == '{') return LoadJsonLines(in, name, sink, diagnose, stats, pending, line);
    std::string content = ReadAll(in);
    StripBom(content);
    size_t i = content.find_first_not_of(" \t\r\n");
    if (i == std::string::npos) {
      Report(diagnose, Diagnostic::Severity::kError, name, "empty input");
      ++stats.rejected;
      return;
    }
    if (content[i] == '{') {
      std::istringstream lines(content);
      LoadJsonLines(lines, name, sink, diagnose, stats, pending);
    } else if (content[i] == '[') {
      LoadJsonArray(content, name, sink, diagnose, stats);
    } else {
      bool html = content[i] == '<';
      LoadRaw(std::move(content), name, html, sink, diagnose, stats);
    }
    return;
  }
  if (format == Format::kJsonLines) return LoadJsonLines(in, name, sink, diagnose, stats, pending);
  std::string content = ReadAll(in);
  if (format == Format::kJsonArray) {
    StripBom(content);
    return LoadJsonArray(content, name, sink, diagnose, stats);
  }
  LoadRaw(std::move(content), name, format == Format::kHtml, sink, diagnose, stats);
}

// The article files under `dir`, recursively; hidden entries left out,
// symbolic links to files followed, to folders not (no loops). A folder or
// entry that cannot be read is an error naming it; the rest is listed.
void ListFolder(const fs::path& dir, std::vector<fs::path>& files, const DiagnosticSink& diagnose, LoadStats& stats) {
  std::error_code ec;
  fs::directory_iterator it(dir, ec);
  if (ec) {
    Report(diagnose, Diagnostic::Severity::kError, dir.string(), "cannot read folder: " + ec.message());
    ++stats.rejected;
    return;
  }
  // In name order, so that diagnostics come in the same order every run.
  std::vector<fs::directory_entry> entries;
  for (fs::directory_iterator end; it != end; it.increment(ec)) entries.push_back(*it);
  std::sort(entries.begin(), entries.end());
  std::vector<fs::path> folders;
  long other_types = 0;
  for (const fs::directory_entry& entry : entries) {
    const fs::path& p = entry.path();
    if (p.filename().string().starts_with('.')) continue;
    std::error_code entry_ec;
    const fs::file_status link = entry.symlink_status(entry_ec);
    const fs::file_status target = entry_ec ? link : entry.status(entry_ec);
    if (entry_ec) {
      Report(diagnose, Diagnostic::Severity::kError, p.string(), "cannot read: " + entry_ec.message());
      ++stats.rejected;
      continue;
    }
    if (fs::is_directory(target)) {
      if (fs::is_symlink(link))
        Report(diagnose, Diagnostic::Severity::kWarning, p.string(), "symbolic link to a folder not followed");
      else
        folders.push_back(p);
      continue;
    }
    if (!fs::is_regular_file(target)) continue;
    if (FormatOf(p.string()) == Format::kUnknown) {
      ++stats.skipped_files;
      ++other_types;
      continue;
    }
    files.push_back(p);
  }
  if (other_types > 0)
    Report(diagnose, Diagnostic::Severity::kWarning, dir.string(),
           std::to_string(other_types) + " files of other types skipped (read: .jsonl, .json, .txt, .html)");
  if (ec) {
    Report(diagnose, Diagnostic::Severity::kError, dir.string(), "cannot list folder: " + ec.message());
    ++stats.rejected;
  }
  for (const fs::path& f : folders) ListFolder(f, files, diagnose, stats);
}

LoadStats LoadInputs(const std::vector<std::string>& inputs, const RecordSink& sink, const DiagnosticSink& diagnose,
                     const PendingSink& pending) {
  LoadStats stats;
  std::vector<std::string> list = inputs.empty() ? std::vector<std::string>{"-"} : inputs;
  for (const std::string& input : list) {
    if (input == "-") {
      LoadStream(std::cin, "-", sink, diagnose, stats, pending);
      continue;
    }
    std::error_code ec;
    fs::file_status status = fs::status(input, ec);
    if (ec || !fs::exists(status)) {
      Report(diagnose, Diagnostic::Severity::kError, input, "no such file or folder");
      ++stats.rejected;
      continue;
    }
    if (!fs::is_directory(status)) {
      if (FormatOf(input) == Format::kUnknown && fs::path(input).has_extension()) {
        Report(diagnose, Diagnostic::Severity::kError, input,
               "unsupported file type (expected .jsonl, .json, .txt or .html)");
        ++stats.rejected;
        continue;
      }
      LoadFile(input, sink, diagnose, stats, pending);
      continue;
    }
    std::vector<fs::path> files;
    ListFolder(input, files, diagnose, stats);
    std::sort(files.begin(), files.end());
    for (const fs::path& f : files) LoadFile(f, sink, diagnose, stats, pending);
  }
  return stats;
}

}  // namespace coordreport
