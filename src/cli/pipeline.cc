#include "cli/pipeline.h"

#include <algorithm>
#include <atomic>
#include <map>
#include <memory>
#include <mutex>
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
  size_t thread = 0;  // the extracting thread, which allocated most of it
};

// Delivered items go back to the thread that extracted them, to be freed
// there. glibc's malloc locks a chunk's arena when another thread frees
// it: with the reading thread freeing every record, the threads queued on
// each other's arena locks (98% of a two-thread run's context switches
// were such waits). Lines stay on the reading thread for the same reason.
class Returns {
 public:
  explicit Returns(size_t threads) : bins_(std::make_unique<Bin[]>(threads)), threads_(threads) {}

  // Reading thread (thread 0): takes the items the others extracted; its
  // own stay in `items`, as do the husks of those taken.
  void Give(std::vector<Item>& items) {
    std::vector<std::vector<Item>> by_thread(threads_);
    for (Item& item : items)
      if (item.thread != 0) by_thread[item.thread].push_back(std::move(item));
    for (size_t t = 1; t < threads_; ++t) {
      if (by_thread[t].empty()) continue;
      Bin& bin = bins_[t];
      std::lock_guard<std::mutex> lock(bin.mu);
      for (Item& item : by_thread[t]) bin.items.push_back(std::move(item));
      bin.any.store(true, std::memory_order_release);
    }
  }

  // Extracting thread `thread`: frees what was given back to it.
  void Free(size_t thread) {
    Bin& bin = bins_[thread];
    if (!bin.any.load(std::memory_order_acquire)) return;
    std::vector<Item> garbage;
    std::lock_guard<std::mutex> lock(bin.mu);
    garbage.swap(bin.items);
    bin.any.store(false, std::memory_order_relaxed);
  }  // `garbage` goes here, after the lock

 private:
  struct Bin {
    std::mutex mu;
    std::atomic<bool> any{false};
    std::vector<Item> items;
  };
  std::unique_ptr<Bin[]> bins_;
  size_t threads_;
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
  Returns returns(static_cast<size_t>(std::max(options.jobs, 1)));
  std::vector<std::string> spare_lines;  // read into again
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
      const std::string& origin = item.line.origin;
      DeliverParsed(item.rejected_fields, std::move(item.record), item.unknown, origin, emit, report, stats,
                    unknown_reported[FileOf(origin)]);
      // The line was allocated on this thread: its text is read into
      // again, its origin freed here (see Returns).
      spare_lines.push_back(std::move(item.line.json));
      std::string().swap(item.line.origin);
    }
    done += static_cast<long>(items.size());
    if (options.jobs > 1) returns.Give(items);
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
    extractor.Start(in_flight.size(), [&in_flight, &returns, extract](Extractor& e, size_t i, size_t thread) {
      returns.Free(thread);
      Item& item = in_flight[i];
      item.thread = thread;
      if (item.pending)
        item.rejected_fields = ParseJsonLine(item.line, &item.record, &item.diagnostics, &item.unknown);
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
        item.line = std::move(line);
        if (!spare_lines.empty()) {
          line.json = std::move(spare_lines.back());
          spare_lines.pop_back();
        }
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
