#include "extract/parallel.h"

#include <algorithm>
#include <atomic>
#include <memory>
#include <stdexcept>

#include <gtest/gtest.h>
#include <nlohmann/json.hpp>

namespace coordreport {
namespace {

std::vector<Record> Batch() {
  std::vector<Record> batch;
  for (int i = 0; i < 40; ++i) {
    Record r;
    r.id = "a" + std::to_string(i);
    r.text = "Ngày " + std::to_string(1 + i % 28) + "/5/2024, Ban Dân vận Tỉnh ủy và Hội Nông dân tỉnh ký kết chương "
             "trình phối hợp giai đoạn 2024 - 2026 theo Nghị quyết số " + std::to_string(10 + i) + "-NQ/TW.";
    batch.push_back(r);
  }
  return batch;
}

TEST(ParallelExtractorTest, SameOutputWhateverTheThreadCount) {
  DomainTables tables = BuiltinTables();
  std::vector<Record> one = Batch(), three = Batch();
  ParallelExtractor(tables, 1).Run(one);
  ParallelExtractor(tables, 3).Run(three);
  ASSERT_EQ(one.size(), three.size());
  for (size_t i = 0; i < one.size(); ++i) EXPECT_EQ(ToJson(one[i]), ToJson(three[i])) << i;
  EXPECT_EQ(one[7].references.at(0).id, "17-NQ/TW");
}

// The pipeline's use: many batches through one extractor, the caller
// doing other work between Start and Finish; every item runs exactly once.
TEST(ParallelExtractorTest, StartAndFinishRunEachItemOnceAcrossBatches) {
  DomainTables tables = BuiltinTables();
  for (int jobs : {1, 2, 4}) {
    ParallelExtractor extractor(tables, jobs);
    for (size_t n : {0, 1, 7, 300}) {
      std::vector<std::atomic<int>> calls(n);
      extractor.Start(n, [&calls](Extractor&, size_t i, size_t) { ++calls[i]; });
      extractor.Finish();
      for (size_t i = 0; i < n; ++i) EXPECT_EQ(calls[i].load(), 1) << "jobs " << jobs << " n " << n << " i " << i;
    }
  }
}

// The thread index lets the caller keep per-thread state without locks:
// it is below jobs, and each index always comes with the same extractor
// (the thread's own), whichever batch.
TEST(ParallelExtractorTest, ThreadIndexIsBelowJobsAndNamesOneExtractor) {
  DomainTables tables = BuiltinTables();
  for (int jobs : {1, 2, 4}) {
    ParallelExtractor extractor(tables, jobs);
    std::vector<std::atomic<Extractor*>> owner(static_cast<size_t>(jobs));
    std::atomic<int> bad{0};
    for (int batch = 0; batch < 20; ++batch)
      extractor.ForEach(200, [&](Extractor& e, size_t, size_t thread) {
        if (thread >= owner.size()) {
          ++bad;
          return;
        }
        Extractor* expected = nullptr;
        if (!owner[thread].compare_exchange_strong(expected, &e) && expected != &e) ++bad;
      });
    EXPECT_EQ(bad.load(), 0) << "jobs " << jobs;
    if (jobs == 1) {
      EXPECT_NE(owner[0].load(), nullptr);
    }
  }
}

// The pipeline calls Finish before its first batch and after its last.
TEST(ParallelExtractorTest, FinishWithNoBatchReturns) {
  DomainTables tables = BuiltinTables();
  for (int jobs : {1, 3}) {
    ParallelExtractor extractor(tables, jobs);
    extractor.Finish();
    std::atomic<int> calls{0};
    extractor.ForEach(20, [&calls](Extractor&, size_t, size_t) { ++calls; });
    extractor.Finish();
    EXPECT_EQ(calls.load(), 20);
  }
}

TEST(ParallelExtractorTest, FinishRethrowsAndTheNextBatchStillRuns) {
  DomainTables tables = BuiltinTables();
  ParallelExtractor extractor(tables, 3);
  extractor.Start(100, [](Extractor&, size_t i, size_t) {
    if (i == 42) throw std::runtime_error("item 42");
  });
  EXPECT_THROW(extractor.Finish(), std::runtime_error);
  std::atomic<int> calls{0};
  extractor.ForEach(50, [&calls](Extractor&, size_t, size_t) { ++calls; });
  EXPECT_EQ(calls.load(), 50);
}

// A batch still under way when the extractor goes (an exception between
// Start and Finish in the caller): the destructor stops handing out items
// and joins, so nothing touches the batch afterwards (the sanitizer build
// sees a write into the freed vector) and no item runs twice.
TEST(ParallelExtractorTest, DestroyedWithABatchUnderWay) {
  DomainTables tables = BuiltinTables();
  auto touched = std::make_unique<std::vector<std::atomic<int>>>(10000);
  {
    ParallelExtractor extractor(tables, 2);
    extractor.Start(touched->size(), [v = touched.get()](Extractor&, size_t i, size_t) { ++(*v)[i]; });
  }
  for (const std::atomic<int>& t : *touched) ASSERT_LE(t.load(), 1);
  touched.reset();
}

}  // namespace
}  // namespace coordreport
