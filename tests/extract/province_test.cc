#include "extract/province.h"

#include <gtest/gtest.h>

#include "normalize/text.h"

namespace coordreport {
namespace {

std::string Of(const std::string& text, std::vector<std::string> names) {
  std::vector<AgencyMention> agencies;
  for (std::string& n : names) agencies.push_back({std::move(n), 1});
  return ArticleProvince(MatchKey(NormalizeText(text)), agencies);
}

TEST(ArticleProvinceTest, TheOneProvinceTheArticleNames) {
  EXPECT_EQ(Of("Hội nghị diễn ra tại tỉnh Hà Tĩnh.", {"Sở Nội vụ"}), "Hà Tĩnh");
  EXPECT_EQ(Of("", {"Hội Nông dân tỉnh Hà Tĩnh", "Sở Nội vụ"}), "Hà Tĩnh");
  EXPECT_EQ(Of("Lãnh đạo UBND TP.HCM dự.", {}), "Hồ Chí Minh");
}

TEST(ArticleProvinceTest, NoneWhenTwoOrNone) {
  EXPECT_EQ(Of("Đoàn công tác tỉnh Nghệ An thăm tỉnh Hà Tĩnh.", {}), "");
  EXPECT_EQ(Of("Hội nghị diễn ra tại hội trường.", {"Sở Nội vụ"}), "");
}

TEST(ArticleProvinceTest, ThePersonNamedCityOnlyAfterItsLevel) {
  EXPECT_EQ(Of("", {"Đoàn Thanh niên Cộng sản Hồ Chí Minh tỉnh", "Hội Nông dân tỉnh Hà Tĩnh"}), "Hà Tĩnh");
  EXPECT_EQ(Of("Theo tư tưởng Hồ Chí Minh, tỉnh Hà Tĩnh …", {"Học viện Chính trị quốc gia Hồ Chí Minh"}), "Hà Tĩnh");
  EXPECT_EQ(Of("", {"Thành ủy Thành phố Hồ Chí Minh"}), "Hồ Chí Minh");
}

}  // namespace
}  // namespace coordreport
