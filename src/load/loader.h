// Reads article records from files, folders and stdin, one record at a
// time: JSONL line by line (never the whole corpus as one document), JSON
// arrays element by element, raw .txt/.html articles whole. Every bad
// record becomes a Diagnostic naming file:line, and loading goes on.
#pragma once

#include <functional>
#include <istream>
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

// Loads each input in order. An input is a file, a folder (searched
// recursively, files in sorted order, only .jsonl/.ndjson/.json/.txt/.html/
// .htm; other files are skipped and counted), or "-" for stdin. With no
// inputs, stdin is read. Records reach `sink` in input order.
LoadStats LoadInputs(const std::vector<std::string>& inputs, const RecordSink& sink, const DiagnosticSink& diagnose);

// Reads one stream whose format is given by `name`'s extension, or guessed
// from the first character when it has none ('{' JSONL, '[' JSON array,
// anything else a raw article). Exposed for tests and stdin.
void LoadStream(std::istream& in, const std::string& name, const RecordSink& sink, const DiagnosticSink& diagnose,
                LoadStats& stats);

}  // namespace coordreport
