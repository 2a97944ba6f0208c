#include "cli/pipeline.h"

#include <map>
#include <set>

#include "extract/parallel.h"

namespace coordreport {

namespace {

// One input record on its way through the pipeline: already a Record, or a
// JSONL line that a worker parses (with what parsing found to report).
struct Item {
  bool pending = false;
  PendingLine line;
  Record record;
  int rejected_fields = 0;  // -1: the whole record was rejected
  std::vector<Diagnostic> diagnostics;
  std::vector<std::string> unknown;
};

std::string FileOf(const std::string& origin) {
  size_t colon = origin.rfind(':');
  return colon == std::string::npos ? origin : origin.substr(0, colon);
}

}  // namespace

LoadStats RunPipeline(const PipelineOptions& options, const DomainTables& tables, Logger& log,
                      const std::function<void(Record&&)>& emit, const std::function<void(const Diagnostic&)>& also) {
  // Three batches are in play: this thread reads batch k+1 and hands
  // batch k-1 on (folding it into the report) while the other threads
  // extract batch k; then it joins them on what is left of batch k.
  // Reading and folding are the serial part; overlapping them with
  // extraction, on no more threads than --jobs, is what lets two cores
  // approach twice the speed. Records and their problems still come out
  // in input order.
  std::vector<Item> batch, in_flight, finished;  // outlive the extractor's threads
  ParallelExtractor extractor(tables, options.jobs);
  std::map<std::string, std::set<std::string>> unknown_reported;  // per file
  LoadStats stats;
  long done = 0;
  auto report = [&](const Diagnostic& d) {
    log.Report(d);
    if (also) also(d);
  };
  auto deliver = [&](std::vector<Item>& items) {
    for (Item& item : items) {
      if (!item.pending) {
        emit(std::move(item.record));  // loaded and counted by the loader
        continue;
      }
      for (const Diagnostic& d : item.diagnostics) report(d);
      const std::string origin = item.record.origin;
      DeliverParsed(item.rejected_fields, std::move(item.record), item.unknown, origin, emit, report, stats,
                    unknown_reported[FileOf(origin)]);
    }
    done += static_cast<long>(items.size());
    items.clear();
    log.Progress(done);
  };
  auto wait = [&] {
    extractor.Finish();  // rethrows a worker's exception here
    finished.swap(in_flight);
  };
  auto flush = [&] {
    wait();
    in_flight.swap(batch);
    const bool extract = options.extract;
    extractor.Start(in_flight.size(), [&in_flight, extract](Extractor& e, size_t i) {
      Item& item = in_flight[i];
      if (item.pending)
        item.rejected_fields = ParseJsonLine(std::move(item.line), &item.record, &item.diagnostics, &item.unknown);
      if (extract && item.rejected_fields >= 0) e.Extract(item.record);
    });
    deliver(finished);
  };
  LoadStats loaded = LoadInputs(
      options.inputs,
      [&](Record&& r) {
        Item item;
        item.record = std::move(r);
        batch.push_back(std::move(item));
        if (batch.size() >= options.batch_size) flush();
      },
      report,
      [&](PendingLine&& line) {
        Item item;
        item.pending = true;
        item.record.origin = line.origin;
        item.line = std::move(line);
        batch.push_back(std::move(item));
        if (batch.size() >= options.batch_size) flush();
      });
  flush();
  wait();
  deliver(finished);
  log.EndProgress();
  loaded.records += stats.records;
  loaded.rejected += stats.rejected;
  return loaded;
}

}  // namespace coordreport
