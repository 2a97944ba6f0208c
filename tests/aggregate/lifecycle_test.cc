#include "aggregate/lifecycle.h"

#include <gtest/gtest.h>

namespace coordreport {
namespace {

const std::vector<std::string> kActions = {"ký kết", "sơ kết", "tổng kết", ""};
const Period kQ2 = *ParsePeriod("2026-Q2", {2026, 12, 1});

ProgramRow Row(const std::string& first, const std::string& last, const std::string& period_end) {
  ProgramRow row;
  row.instrument = "chương trình phối hợp";
  row.first_activity = first;
  row.last_activity = last;
  row.period_end = period_end;
  return row;
}

TEST(LifecycleTest, ATongKetReviewsTheProgramWhateverItsPeriod) {
  ProgramRow row = Row("2022-03-01", "2025-12-16", "2025-12-31");
  row.actions = {{2, {2025, 12, 16}, "a"}};
  EXPECT_EQ(StatusAt(row, kActions, kQ2), ProgramStatus::kReviewed);
  // Reported after the end of the report: not yet.
  row.actions = {{2, {2026, 7, 2}, "a"}};
  EXPECT_EQ(StatusAt(row, kActions, kQ2), ProgramStatus::kEnded);
  // A sơ kết is not the closing review.
  row.actions = {{1, {2025, 12, 16}, "a"}};
  EXPECT_EQ(StatusAt(row, kActions, kQ2), ProgramStatus::kEnded);
}

TEST(LifecycleTest, EndingWithinTwoQuartersOfTheReportsEnd) {
  EXPECT_EQ(StatusAt(Row("2024-10-15", "2025-11-06", "2026-12-31"), kActions, kQ2), ProgramStatus::kEnding);
  EXPECT_EQ(StatusAt(Row("2024-10-15", "2025-11-06", "2027-01-01"), kActions, kQ2), ProgramStatus::kActive);
  EXPECT_EQ(StatusAt(Row("2024-10-15", "2025-11-06", "2026-06-30"), kActions, kQ2), ProgramStatus::kEnded);
}

TEST(LifecycleTest, SilentAfterFourQuartersWithoutAnArticle) {
  // Last reported in 2025-Q2: Q3, Q4, Q1, Q2 without a word.
  EXPECT_EQ(StatusAt(Row("2024-08-20", "2025-06-30", "2028-12-31"), kActions, kQ2), ProgramStatus::kSilent);
  EXPECT_EQ(StatusAt(Row("2024-08-20", "2025-07-01", "2028-12-31"), kActions, kQ2), ProgramStatus::kActive);
  // With no period it is silent all the same.
  EXPECT_EQ(StatusAt(Row("2024-08-20", "2024-08-20", ""), kActions, kQ2), ProgramStatus::kSilent);
}

TEST(LifecycleTest, NewWhenFirstReportedOrSignedInTheLastPeriod) {
  EXPECT_EQ(StatusAt(Row("2026-04-09", "2026-04-09", "2030-12-31"), kActions, kQ2), ProgramStatus::kNew);
  ProgramRow row = Row("2026-01-05", "2026-05-01", "2030-12-31");
  EXPECT_EQ(StatusAt(row, kActions, kQ2), ProgramStatus::kActive);
  row.signed_on = "2026-04-02";
  EXPECT_EQ(StatusAt(row, kActions, kQ2), ProgramStatus::kNew);
}

TEST(LifecycleTest, AttentionOrderAndMembership) {
  EXPECT_TRUE(NeedsAttention(ProgramStatus::kEnding));
  EXPECT_TRUE(NeedsAttention(ProgramStatus::kEnded));
  EXPECT_TRUE(NeedsAttention(ProgramStatus::kSilent));
  EXPECT_TRUE(NeedsAttention(ProgramStatus::kNew));
  EXPECT_FALSE(NeedsAttention(ProgramStatus::kActive));
  EXPECT_FALSE(NeedsAttention(ProgramStatus::kReviewed));
  EXPECT_LT(AttentionRank(ProgramStatus::kEnding), AttentionRank(ProgramStatus::kEnded));
  EXPECT_LT(AttentionRank(ProgramStatus::kSilent), AttentionRank(ProgramStatus::kNew));
}

}  // namespace
}  // namespace coordreport
