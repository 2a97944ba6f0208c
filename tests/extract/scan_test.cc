#include "extract/scan.h"

#include <gtest/gtest.h>

namespace coordreport::scan {
namespace {

TEST(ScanTest, WordBoundariesUnderstandVietnameseLetters) {
  std::string s = "ban tuyên giáo";
  EXPECT_TRUE(WordAt(s, 0, "ban"));
  EXPECT_TRUE(WordAt(s, 4, "tuyên"));
  EXPECT_FALSE(WordAt(s, 4, "tuy"));
  EXPECT_FALSE(WordAt("đban", 2, "ban"));
}

TEST(ScanTest, ReadNumberRefusesLongerNumbers) {
  int v = 0;
  EXPECT_EQ(ReadNumber("2024/", 0, 4, &v), 4u);
  EXPECT_EQ(v, 2024);
  EXPECT_EQ(ReadNumber("12345", 0, 4, &v), 0u);
}

TEST(ScanTest, CodePointsBothWays) {
  std::string s = "aĐb";
  int len = 0;
  EXPECT_EQ(CodePointAt(s, 1, &len), 0x0110);
  EXPECT_EQ(len, 2);
  size_t start = 0;
  EXPECT_EQ(CodePointBefore(s, 3, &start), 0x0110);
  EXPECT_EQ(start, 1u);
  EXPECT_TRUE(IsUpper(0x0110));
  EXPECT_EQ(WordEnd(s, 0), s.size());
}

}  // namespace
}  // namespace coordreport::scan
