// Reads article records from files, folders and stdin, one record at a
// time: JSONL line by line (never the whole corpus as one document), JSON
// arrays element by element, raw .txt/.html articles whole. Every bad
// record becomes a Diagnostic naming file:line, and loading goes on.
#pragma once

#include <functional>
#include <istream>
#include <set>
#include <string>
#include <vector>

#include "model/diagnostic.h"
#include "model/record.h"

namespace coordreport {

using RecordSink = std::function<void(Record&&)>;

// Article texts longer than this are cut (with a warning): no news article
// is that long, and one runaway field must not stall a night's run.
constexpr size_t kMaxTextBytes = 8 << 20;

struct LoadStats {
  long files = 0;
  long records = 0;   // handed to the sink
  long rejected = 0;  // records or files that produced an error
  long skipped_files = 0;  // files of other types inside folders
};

// A JSONL line that was read but not parsed: parsing is the loader's
// costly part, so the pipeline leaves it to its worker threads.
struct PendingLine {
  std::string json;
  std::string origin;  // "file.jsonl:12"
};
// Takes the line's contents. It may leave a spare string in `json` (a used
// one, cleared or not): the next line is read into it, which saves growing
// a new string to article size for every line.
using PendingSink = std::function<void(PendingLine&&)>;

// Parses and checks one JSONL line. Problems go to `diagnostics`; unknown
// fields are listed in `unknown` (the caller reports each once per file).
// Returns -1 when the record is rejected, else the number of its fields
// that were rejected (bad dates are dropped, the record is kept). The line
// is left as it is, for the caller to free or reuse on its own thread.
int ParseJsonLine(const PendingLine& line, Record* out, std::vector<Diagnostic>* diagnostics,
                  std::vector<std::string>* unknown);

// Hands on what ParseJsonLine made of a line: reports each unknown field
// not yet in `reported` (one set per input file, so a field the schema
// lacks is named once, not once per record), counts the record in `stats`
// as kept or rejected, and gives a kept one to `sink`.
void DeliverParsed(int rejected_fields, Record&& record, const std::vector<std::string>& unknown,
                   const std::string& origin, const RecordSink& sink, const DiagnosticSink& diagnose,
                   LoadStats& stats, std::set<std::string>& reported);

// Loads each input in order. An input is a file, a folder (searched
// recursively, files in sorted order, only .jsonl/.ndjson/.json/.txt/.html/
// .htm; other files are skipped and counted), or "-" for stdin. With no
// inputs, stdin is read. Records reach `sink` in input order.
// With `pending`, JSONL lines are handed over unparsed (and not counted in
// the returned stats); other formats still reach `sink`.
LoadStats LoadInputs(const std::vector<std::string>& inputs, const RecordSink& sink, const DiagnosticSink& diagnose,
                     const PendingSink& pending = nullptr);

// Reads one stream whose format is given by `name`'s extension, or guessed
// from the first character when it has none ('{' JSONL, '[' JSON array,
// anything else a raw article). Exposed for tests and stdin.
void LoadStream(std::istream& in, const std::string& name, const RecordSink& sink, const DiagnosticSink& diagnose,
                LoadStats& stats, const PendingSink& pending = nullptr);

}  // namespace coordreport
