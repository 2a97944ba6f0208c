#include "aggregate/program_state.h"

#include <gtest/gtest.h>

#include <string>
#include <vector>

namespace coordreport {
namespace {

TEST(SourceIdsTest, AnArticleAddedTwiceInARowIsStoredOnce) {
  SourceIds ids;
  const uint32_t a = ids.Add("bai-1");
  EXPECT_EQ(ids.Add("bai-1"), a);
  const uint32_t b = ids.Add("bai-2");
  EXPECT_NE(a, b);
  EXPECT_EQ(ids.Get(a), "bai-1");
  EXPECT_EQ(ids.Get(b), "bai-2");
}

// Compact keeps only what references still name, each id once, and
// rewrites every reference (shared ones to one new place), in the order
// they are visited.
TEST(SourceIdsTest, CompactKeepsReferencedIdsOnceAndRewritesReferences) {
  SourceIds ids;
  std::vector<uint32_t> all;
  for (int i = 0; i < 100; ++i) all.push_back(ids.Add("article-" + std::to_string(i)));
  const size_t before = ids.bytes();
  // Live: 7, 42 (twice, as two programs' actions share an article), 99, 3.
  std::vector<uint32_t> live = {all[7], all[42], all[99], all[42], all[3]};
  ids.Compact([&](const auto& visit) {
    for (uint32_t& ref : live) visit(ref);
  });
  EXPECT_LT(ids.bytes(), before / 10);
  EXPECT_EQ(ids.Get(live[0]), "article-7");
  EXPECT_EQ(ids.Get(live[1]), "article-42");
  EXPECT_EQ(ids.Get(live[2]), "article-99");
  EXPECT_EQ(live[3], live[1]);
  EXPECT_EQ(ids.Get(live[4]), "article-3");
  EXPECT_LT(live[0], live[1]);  // visit order
  EXPECT_LT(live[2], live[4]);
  // Adding after a compaction appends, and a second compaction reads the
  // compacted buffer (no entry is left marked as moved).
  const uint32_t more = ids.Add("article-100");
  live.push_back(more);
  ids.Compact([&](const auto& visit) {
    for (uint32_t& ref : live) visit(ref);
  });
  EXPECT_EQ(ids.Get(live[0]), "article-7");
  EXPECT_EQ(ids.Get(live[3]), "article-42");
  EXPECT_EQ(ids.Get(live[5]), "article-100");
  EXPECT_EQ(ids.Add("article-100"), ids.Add("article-100"));
}

}  // namespace
}  // namespace coordreport
