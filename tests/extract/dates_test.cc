#include "extract/dates.h"

#include <gtest/gtest.h>

#include "normalize/text.h"

namespace coordreport {
namespace {

std::vector<std::string> Iso(const std::string& text) {
  std::vector<std::string> out;
  for (const DateMention& m : FindDates(MatchKey(NormalizeText(text))))
    out.push_back(m.has_year ? ToIso(m.date) : "--" + std::to_string(m.date.month) + "-" + std::to_string(m.date.day));
  return out;
}

TEST(DatesTest, NumericForms) {
  EXPECT_EQ(Iso("Chiều ngày 19/11/2024, ngày 19-11-2024 và 19.11.2024."),
            (std::vector<std::string>{"2024-11-19", "2024-11-19", "2024-11-19"}));
}

TEST(DatesTest, WordForms) {
  EXPECT_EQ(Iso("Ngày 12 tháng 4 năm 2023, Tháng 6/2023 và tháng 9 năm 2024."),
            (std::vector<std::string>{"2023-04-12", "2023-06", "2024-09"}));
}

TEST(DatesTest, DatesWithoutYear) {
  EXPECT_EQ(Iso("Từ ngày 25/2 đến 28/2, ngày 2-12 và Chiều 6/1."),
            (std::vector<std::string>{"--2-25", "--2-28", "--12-2", "--1-6"}));
}

TEST(DatesTest, NotDates) {
  EXPECT_TRUE(Iso("31/02/2024, 1.5 triệu, 2-3 lần, 35-NQ/TW, 2020-2025, 36/2021/QH15, 120/150 xã").empty());
  EXPECT_TRUE(Iso("8/2020").empty());  // month/year needs "tháng"
}

TEST(DatesTest, ParseDateAtSkipsNgay) {
  std::string key = MatchKey("ngày 22/10/2018 của");
  DateMention m;
  ASSERT_TRUE(ParseDateAt(key, 0, &m));
  EXPECT_EQ(ToIso(m.date), "2018-10-22");
  EXPECT_EQ(key.substr(m.end, 6), " của");
}

}  // namespace
}  // namespace coordreport
