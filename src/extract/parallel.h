// Runs extraction over a batch of records on several threads. Each thread
// owns its Extractor (ICU state is not shared) and takes the batch's items
// one at a time; an item's result depends only on the item, and results
// stay in their slots, so the output order, and every byte of it, does not
// depend on the number of threads.
//
// The calling thread is one of the `jobs` threads: Start() hands a batch to
// the other jobs - 1 (kept alive between batches) and returns, so the
// caller can read the next batch or fold the previous one; Finish() has it
// join the remaining items. With jobs = 1 everything runs on the caller.
#pragma once

#include <functional>
#include <memory>
#include <vector>

#include "extract/extract.h"

namespace coordreport {

class ParallelExtractor {
 public:
  // work(extractor, item, thread): `thread` in [0, jobs) says which thread
  // makes the call (0: the caller's), so per-thread state needs no lock.
  using Work = std::function<void(Extractor&, size_t, size_t)>;

  // REQUIRES: jobs >= 1; tables outlive this object.
  ParallelExtractor(const DomainTables& tables, int jobs);
  // Stops handing out items, lets the calls under way end, joins the
  // threads. Whatever a started batch refers to must outlive this object.
  ~ParallelExtractor();

  // Extracts every record of `batch` in place.
  void Run(std::vector<Record>& batch);

  // Calls work(extractor, i, thread) once for each i in [0, n), on up to `jobs`
  // threads, each with its own extractor; returns when all are done and
  // rethrows the first exception a call threw.
  void ForEach(size_t n, const Work& work) {
    Start(n, work);
    Finish();
  }

  // ForEach in two halves: Start returns at once (the background threads
  // begin), Finish works on the remaining items on the calling thread and
  // returns when all n calls have ended, rethrowing the first exception.
  // Finish with no batch under way returns at once.
  // REQUIRES: both are called from one thread; no Start while a batch is
  // under way.
  void Start(size_t n, Work work);
  void Finish();

 private:
  struct Pool;
  std::vector<std::unique_ptr<Extractor>> extractors_;
  std::unique_ptr<Pool> pool_;
};

}  // namespace coordreport
