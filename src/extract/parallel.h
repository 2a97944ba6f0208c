// Runs extraction over a batch of records on several threads. Each thread
// owns its Extractor (ICU state is not shared) and a contiguous slice of
// the batch, so the output order, and every byte of it, does not depend on
// the number of threads.
#pragma once

#include <functional>
#include <memory>
#include <vector>

#include "extract/extract.h"

namespace coordreport {

class ParallelExtractor {
 public:
  // REQUIRES: jobs >= 1; tables outlive this object.
  ParallelExtractor(const DomainTables& tables, int jobs);
  ~ParallelExtractor();

  // Extracts every record of `batch` in place.
  void Run(std::vector<Record>& batch);

  // Calls work(extractor, i) for i in [0, n): contiguous slices, one per
  // thread, each with that thread's extractor.
  void ForEach(size_t n, const std::function<void(Extractor&, size_t)>& work);

 private:
  std::vector<std::unique_ptr<Extractor>> extractors_;
};

}  // namespace coordreport
