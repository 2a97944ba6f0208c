#include "model/date.h"

#include <gtest/gtest.h>

namespace coordreport {
namespace {

TEST(DateTest, ParsesDaysAndMonths) {
  EXPECT_EQ(ParseIsoDate("2024-11-19"), (Date{2024, 11, 19}));
  EXPECT_EQ(ParseIsoDate("2024-11"), (Date{2024, 11, 0}));
  EXPECT_EQ(ParseIsoDate("2024-02-29"), (Date{2024, 2, 29}));
}

TEST(DateTest, RejectsImpossibleAndMalformedDates) {
  for (const char* bad : {"2024-02-30", "2023-02-29", "0201-01-01", "2024-13-01", "2024-00", "24-01-01", "2024/01/01",
                          "2024-01-1", "", "2024-01-00", "abcd-ef-gh"})
    EXPECT_FALSE(ParseIsoDate(bad)) << bad;
}

TEST(DateTest, FormatsIso) {
  EXPECT_EQ(ToIso({2024, 1, 5}), "2024-01-05");
  EXPECT_EQ(ToIso({2024, 6, 0}), "2024-06");
}

TEST(DateTest, DayCountsRoundTrip) {
  EXPECT_EQ(DaysFromCivil({1970, 1, 1}), 0);
  for (Date d : {Date{2024, 2, 29}, Date{2000, 12, 31}, Date{2025, 3, 1}})
    EXPECT_EQ(CivilFromDays(DaysFromCivil(d)), d);
  EXPECT_EQ(DaysFromCivil({2024, 3, 1}) - DaysFromCivil({2024, 2, 28}), 2);
}

}  // namespace
}  // namespace coordreport
