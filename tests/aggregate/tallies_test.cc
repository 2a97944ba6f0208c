#include "aggregate/tallies.h"

#include <gtest/gtest.h>

#include "model/date.h"

namespace coordreport {
namespace {

Day D(int y, int m, int d) { return DaysFromCivil({y, m, d}); }
Bucket ByDay(int y, int m, int d) { return {D(y, m, d), D(y, m, d)}; }
Bucket ByMonth(int y, int m, int d) { return {D(y, m, 1), D(y, m, d)}; }

// Enough days in a random-looking order to go through the tail and several
// compactions: sums and bounds stay exact.
TEST(TalliesTest, SumsAndBoundsByDay) {
  Tallies t;
  long expected_articles = 0;
  for (int i = 0; i < 200; ++i) {
    const int day = 1 + (i * 37) % 28;  // every day of February, many times
    t.Add(ByDay(2024, 2, day), 1, 10, 2);
    if (day >= 10 && day <= 20) ++expected_articles;
  }
  t.Add(ByDay(2024, 3, 5), 1, 1);
  t.Compact();
  const Tally mid = t.SumWithin(D(2024, 2, 10), D(2024, 2, 20));
  EXPECT_EQ(mid.articles, expected_articles);
  EXPECT_EQ(mid.amount, 10 * expected_articles);
  EXPECT_EQ(mid.programs, 2 * expected_articles);
  Day lo = 0, hi = 0;
  ASSERT_TRUE(t.Bounds(D(2024, 2, 1), D(2024, 3, 31), &lo, &hi));
  EXPECT_EQ(lo, D(2024, 2, 1));
  EXPECT_EQ(hi, D(2024, 3, 5));
  EXPECT_FALSE(t.Bounds(D(2024, 4, 1), D(2024, 4, 30), &lo, &hi));
  EXPECT_EQ(t.SumWithin(D(2023, 1, 1), D(2023, 12, 31)).articles, 0);
}

// By month, a month is one entry that still knows its first and last day.
TEST(TalliesTest, MonthBucketsKeepTheirFirstAndLastDay) {
  Tallies t;
  t.Add(ByMonth(2024, 10, 28), 1, 3);
  t.Add(ByMonth(2024, 10, 3), 1, 2);
  t.Add(ByMonth(2024, 11, 15), 1, 1);
  t.Add(ByMonth(2024, 9, 30), 1, 1);
  t.Compact();
  Day lo = 0, hi = 0;
  ASSERT_TRUE(t.Bounds(D(2024, 10, 1), D(2024, 12, 31), &lo, &hi));
  EXPECT_EQ(lo, D(2024, 10, 3));
  EXPECT_EQ(hi, D(2024, 11, 15));
  ASSERT_TRUE(t.Bounds(D(2024, 10, 1), D(2024, 10, 31), &lo, &hi));
  EXPECT_EQ(lo, D(2024, 10, 3));
  EXPECT_EQ(hi, D(2024, 10, 28));
  EXPECT_EQ(t.SumWithin(D(2024, 10, 1), D(2024, 10, 31)).amount, 5);
  EXPECT_EQ(t.SumWithin(D(2024, 7, 1), D(2024, 9, 30)).articles, 1);
}

TEST(DaySetTest, AnyWithinAfterCompaction) {
  DaySet s;
  for (int i = 0; i < 100; ++i) s.Add(ByDay(2024, 1 + i % 6, 1 + (i * 7) % 28));  // January to June
  s.Add(ByMonth(2025, 3, 17));
  s.Compact();
  EXPECT_TRUE(s.AnyWithin(D(2024, 6, 1), D(2024, 6, 30)));
  EXPECT_FALSE(s.AnyWithin(D(2024, 7, 1), D(2025, 2, 28)));
  EXPECT_TRUE(s.AnyWithin(D(2025, 3, 1), D(2025, 3, 31)));
}

TEST(NameTableTest, EachNameOnce) {
  NameTable names;
  EXPECT_EQ(names.Index("ký kết"), 0u);
  EXPECT_EQ(names.Index("sơ kết"), 1u);
  EXPECT_EQ(names.Index("ký kết"), 0u);
  EXPECT_EQ(names.Name(1), "sơ kết");
  EXPECT_EQ(names.names().size(), 2u);
}

}  // namespace
}  // namespace coordreport
