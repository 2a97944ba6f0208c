// The load -> extract part of every command, streamed in bounded batches:
// records are read, extracted on all threads, and handed on in input order
// before the next batch is read.
#pragma once

#include <functional>
#include <string>
#include <vector>

#include "cli/log.h"
#include "extract/tables.h"
#include "load/loader.h"

namespace coordreport {

struct PipelineOptions {
  std::vector<std::string> inputs;
  int jobs = 1;
  bool extract = true;  // false: validate only
  size_t batch_size = 512;
};

// Calls `emit` with every loaded (and extracted) record in input order;
// diagnostics go to `log` and, when given, to `also`.
LoadStats RunPipeline(const PipelineOptions& options, const DomainTables& tables, Logger& log,
                      const std::function<void(Record&&)>& emit,
                      const std::function<void(const Diagnostic&)>& also = nullptr);

}  // namespace coordreport
