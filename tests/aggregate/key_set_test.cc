#include "aggregate/key_set.h"

#include <gtest/gtest.h>

#include <random>
#include <set>

namespace coordreport {
namespace {

// Against std::set over enough keys for many merges in every shard, with
// repeats both still waiting in a shard's table and already merged.
TEST(KeySetTest, AgreesWithStdSet) {
  std::mt19937_64 random(42);
  std::vector<uint64_t> keys;
  for (int i = 0; i < 300000; ++i) {
    uint64_t k = random();
    if (i % 7 == 0 && !keys.empty()) k = keys[random() % keys.size()];  // a repeat
    if (i % 50000 == 0) k = 0;
    keys.push_back(k);
  }
  KeySet set;
  std::set<uint64_t> expected;
  for (uint64_t k : keys) ASSERT_EQ(set.Insert(k), expected.insert(k).second) << k;
  EXPECT_EQ(set.size(), expected.size());
  // Everything is still there after the last merges.
  for (uint64_t k : expected) ASSERT_FALSE(set.Insert(k)) << k;
  EXPECT_EQ(set.size(), expected.size());
}

// Keys that differ only in their low or high bits (sequential ids' hashes
// can) land in different slots and shards but stay distinct.
TEST(KeySetTest, NearbyKeysStayDistinct) {
  KeySet set;
  for (uint64_t k = 1; k <= 20000; ++k) {
    ASSERT_TRUE(set.Insert(k));
    ASSERT_TRUE(set.Insert(k << 40));
  }
  EXPECT_FALSE(set.Insert(12345));
  EXPECT_FALSE(set.Insert(uint64_t{777} << 40));
  EXPECT_TRUE(set.Insert(uint64_t{20001} << 40));
  EXPECT_EQ(set.size(), 40001u);
}

}  // namespace
}  // namespace coordreport
