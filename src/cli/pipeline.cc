#include "cli/pipeline.h"

#include "extract/parallel.h"

namespace coordreport {

LoadStats RunPipeline(const PipelineOptions& options, const DomainTables& tables, Logger& log,
                      std::vector<Diagnostic>* diagnostics, const std::function<void(Record&&)>& emit,
                      const std::function<void(const Diagnostic&)>& also) {
  ParallelExtractor extractor(tables, options.jobs);
  std::vector<Record> batch;
  long done = 0;
  auto flush = [&] {
    if (options.extract) extractor.Run(batch);
    for (Record& r : batch) emit(std::move(r));
    done += static_cast<long>(batch.size());
    batch.clear();
    log.Progress(done);
  };
  LoadStats stats = LoadInputs(
      options.inputs,
      [&](Record&& r) {
        batch.push_back(std::move(r));
        if (batch.size() >= options.batch_size) flush();
      },
      [&](const Diagnostic& d) {
        log.Report(d);
        if (diagnostics) diagnostics->push_back(d);
        if (also) also(d);
      });
  flush();
  log.EndProgress();
  return stats;
}

}  // namespace coordreport
