#include "extract/counts.h"

#include <gtest/gtest.h>

#include "test_util.h"

namespace coordreport {
namespace {

std::vector<std::tuple<long long, std::string, std::string>> Find(const std::string& text) {
  static const DomainTables tables = BuiltinTables();
  static const Lexicon lexicon(tables);
  std::vector<std::tuple<long long, std::string, std::string>> out;
  for (const Count& c : FindCounts(testing::Article(text), lexicon)) out.emplace_back(c.count, c.what, c.qualifier);
  return out;
}

TEST(CountsTest, CountedThingsWithQualifiers) {
  EXPECT_EQ(Find("Phối hợp tổ chức thành công 04 Hội thảo, Tọa đàm khoa học cấp Bộ và 05 hội thảo khoa học cấp tỉnh."),
            (std::vector<std::tuple<long long, std::string, std::string>>{{4, "hội thảo", "cấp Bộ"},
                                                                            {5, "hội thảo", "cấp tỉnh"}}));
}

TEST(CountsTest, SeveralCountsAndThousands) {
  EXPECT_EQ(Find("Biểu dương 10 tập thể và 29 cá nhân; 187 điểm sáng; 1.250 lượt tư vấn."),
            (std::vector<std::tuple<long long, std::string, std::string>>{
                {10, "tập thể", ""}, {29, "cá nhân", ""}, {187, "điểm sáng", ""}, {1250, "lượt", ""}}));
}

TEST(CountsTest, YearsAndUncountedNounsAreNotCounts) {
  EXPECT_TRUE(Find("Sau 3 năm, 70 năm chiến thắng, 6 Huyện ủy, năm 2024, 35-NQ/TW.").empty());
}

TEST(CountsTest, LongestCountableWins) {
  EXPECT_EQ(std::get<1>(Find("hơn 600 đoàn viên tham gia.").at(0)), "đoàn viên");
}

}  // namespace
}  // namespace coordreport
