#include "extract/parallel.h"

#include <algorithm>
#include <atomic>
#include <condition_variable>
#include <exception>
#include <mutex>
#include <thread>
#include <utility>

namespace coordreport {

// The batch being worked on and the threads that work on it. Items are
// taken one at a time from a shared counter: articles differ in length, and
// fixed shares would leave a core idle at the end of each batch. Which
// thread extracts an item does not change its result.
struct ParallelExtractor::Pool {
  std::mutex mu;
  std::condition_variable wake;  // a new batch, or stop
  std::condition_variable idle;  // a thread left the batch
  unsigned long generation = 0;  // batches started so far
  bool stopping = false;
  int active = 0;  // background threads inside the current batch
  size_t n = 0;
  Work work;
  std::atomic<size_t> next{0};
  std::exception_ptr error;
  std::vector<std::thread> threads;

  // Runs items of the current batch until none is left.
  // REQUIRES: n and work are those of the batch this thread joined.
  void RunItems(Extractor& extractor, size_t thread) {
    try {
      for (size_t i; (i = next.fetch_add(1, std::memory_order_relaxed)) < n;) work(extractor, i, thread);
    } catch (...) {
      std::lock_guard<std::mutex> lock(mu);
      if (!error) error = std::current_exception();
      next.store(n);  // the others stop too
    }
  }

  void Serve(Extractor& extractor, size_t thread) {
    unsigned long seen = 0;
    for (;;) {
      {
        std::unique_lock<std::mutex> lock(mu);
        wake.wait(lock, [&] { return stopping || generation != seen; });
        if (stopping) return;
        seen = generation;
        ++active;  // Start() waits for this before it changes the batch
      }
      RunItems(extractor, thread);
      std::lock_guard<std::mutex> lock(mu);
      if (--active == 0) idle.notify_all();
    }
  }
};

ParallelExtractor::ParallelExtractor(const DomainTables& tables, int jobs) : pool_(std::make_unique<Pool>()) {
  for (int i = 0; i < std::max(jobs, 1); ++i) extractors_.push_back(std::make_unique<Extractor>(tables));
  for (size_t t = 1; t < extractors_.size(); ++t)
    pool_->threads.emplace_back([pool = pool_.get(), e = extractors_[t].get(), t] { pool->Serve(*e, t); });
}

ParallelExtractor::~ParallelExtractor() {
  {
    std::lock_guard<std::mutex> lock(pool_->mu);
    pool_->stopping = true;
    pool_->next.store(pool_->n);
  }
  pool_->wake.notify_all();
  for (std::thread& th : pool_->threads) th.join();
}

void ParallelExtractor::Run(std::vector<Record>& batch) {
  ForEach(batch.size(), [&batch](Extractor& e, size_t i, size_t) { e.Extract(batch[i]); });
}

void ParallelExtractor::Start(size_t n, Work work) {
  {
    std::unique_lock<std::mutex> lock(pool_->mu);
    // A thread that woke late for the previous batch may still be in it.
    pool_->idle.wait(lock, [&] { return pool_->active == 0; });
    pool_->n = n;
    pool_->work = std::move(work);
    pool_->next.store(0);
    pool_->error = nullptr;
    ++pool_->generation;
  }
  if (!pool_->threads.empty()) pool_->wake.notify_all();
}

void ParallelExtractor::Finish() {
  pool_->RunItems(*extractors_[0], 0);
  std::unique_lock<std::mutex> lock(pool_->mu);
  pool_->idle.wait(lock, [&] { return pool_->active == 0; });
  if (std::exception_ptr error = std::exchange(pool_->error, nullptr)) std::rethrow_exception(error);
}

}  // namespace coordreport
