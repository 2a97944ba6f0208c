#include "extract/parallel.h"

#include <algorithm>
#include <atomic>
#include <exception>
#include <thread>

namespace coordreport {

ParallelExtractor::ParallelExtractor(const DomainTables& tables, int jobs) {
  for (int i = 0; i < std::max(jobs, 1); ++i) extractors_.push_back(std::make_unique<Extractor>(tables));
}

ParallelExtractor::~ParallelExtractor() = default;

void ParallelExtractor::Run(std::vector<Record>& batch) {
  ForEach(batch.size(), [&batch](Extractor& e, size_t i) { e.Extract(batch[i]); });
}

void ParallelExtractor::ForEach(size_t n, const std::function<void(Extractor&, size_t)>& work) {
  const size_t jobs = std::min(extractors_.size(), std::max<size_t>(n, 1));
  if (jobs <= 1) {
    for (size_t i = 0; i < n; ++i) work(*extractors_[0], i);
    return;
  }
  // Items are taken one at a time from a shared counter: articles differ
  // in length, and fixed shares would leave a core idle at the end of each
  // batch. Which thread extracts an item does not change its result.
  std::vector<std::thread> threads;
  std::vector<std::exception_ptr> errors(jobs);
  std::atomic<size_t> next{0};
  for (size_t t = 0; t < jobs; ++t) {
    threads.emplace_back([&, t] {
      try {
        for (size_t i; (i = next.fetch_add(1, std::memory_order_relaxed)) < n;) work(*extractors_[t], i);
      } catch (...) {
        errors[t] = std::current_exception();
        next.store(n);  // the others stop too
      }
    });
  }
  for (std::thread& th : threads) th.join();
  for (const auto& e : errors)
    if (e) std::rethrow_exception(e);
}

}  // namespace coordreport
