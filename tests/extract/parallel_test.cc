#include "extract/parallel.h"

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

}  // namespace
}  // namespace coordreport
