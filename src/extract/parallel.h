// Runs extraction over a batch of records on several threads. Each thread
// owns its Extractor (ICU state is not shared) and takes the batch's items
// one at a time; an item's result depends only on the item, and results
// stay in their slots, so the output order, and every byte of it, does not
// depend on the number of threads.
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

  // Calls work(extractor, i) once for each i in [0, n), on up to `jobs`
  // threads, each with its own extractor; returns when all are done and
  // rethrows the first exception a call threw.
  void ForEach(size_t n, const std::function<void(Extractor&, size_t)>& work);

 private:
  std::vector<std::unique_ptr<Extractor>> extractors_;
};

}  // namespace coordreport
