#include "aggregate/period.h"

#include <gtest/gtest.h>

namespace coordreport {
namespace {

const Date kToday{2025, 1, 15};

Period P(const char* s) {
  auto p = ParsePeriod(s, kToday);
  EXPECT_TRUE(p) << s;
  return p.value_or(Period{});
}

TEST(PeriodTest, ParsesEveryForm) {
  EXPECT_EQ(P("2024-Q4").first, (Date{2024, 10, 1}));
  EXPECT_EQ(P("2024-Q4").last, (Date{2024, 12, 31}));
  EXPECT_EQ(P("2024-H1").last, (Date{2024, 6, 30}));
  EXPECT_EQ(P("2024-02").last, (Date{2024, 2, 29}));
  EXPECT_EQ(P("2024").label, "2024");
  Period r = P("2023-01-01..2024-06-30");
  EXPECT_EQ(r.granularity, Granularity::kRange);
  EXPECT_EQ(r.label, "2023-01-01..2024-06-30");
}

TEST(PeriodTest, RejectsNonsense) {
  for (const char* bad : {"2024-Q5", "2024-H3", "2024-13", "24", "2024-06-30..2024-01-01", "last-decade", "Q4", ""})
    EXPECT_FALSE(ParsePeriod(bad, kToday)) << bad;
}

TEST(PeriodTest, RelativePeriods) {
  EXPECT_EQ(P("last-quarter").label, "2024-Q4");
  EXPECT_EQ(P("last-month").label, "2024-12");
  EXPECT_EQ(P("last-half").label, "2024-H2");
  EXPECT_EQ(P("last-year").label, "2024");
  EXPECT_EQ(P("this-quarter").label, "2025-Q1");
}

TEST(PeriodTest, PreviousPeriods) {
  EXPECT_EQ(PreviousPeriod(P("2024-Q1")).label, "2023-Q4");
  EXPECT_EQ(PreviousPeriod(P("2024-03")).label, "2024-02");
  EXPECT_EQ(PreviousPeriod(P("2024-H1")).label, "2023-H2");
  EXPECT_EQ(PreviousPeriod(P("2024-01-11..2024-01-20")).label, "2024-01-01..2024-01-10");
}

TEST(PeriodTest, SeriesContainsAndOverlaps) {
  auto s = Series(Granularity::kQuarter, {2024, 2, 10}, {2025, 1, 3});
  ASSERT_EQ(s.size(), 5u);
  EXPECT_EQ(s.front().label, "2024-Q1");
  EXPECT_EQ(s.back().label, "2025-Q1");
  Period q = P("2024-Q2");
  EXPECT_TRUE(Contains(q, {2024, 6, 30}));
  EXPECT_FALSE(Contains(q, {2024, 7, 1}));
  EXPECT_TRUE(Contains(q, {2024, 5, 0}));
  Date first, last;
  ASSERT_TRUE(CoveredSpan("2023-2025", &first, &last));
  EXPECT_TRUE(Overlaps(q, first, last));
  ASSERT_TRUE(CoveredSpan("2025", &first, &last));
  EXPECT_FALSE(Overlaps(q, first, last));
  EXPECT_FALSE(CoveredSpan("2025-2023", &first, &last));
}

}  // namespace
}  // namespace coordreport
