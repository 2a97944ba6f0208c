#include "extract/scan.h"

#include <gtest/gtest.h>
#include <unicode/uchar.h>

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

// The inline ASCII cases and the table shortcuts for Vietnamese must agree
// with ICU's properties for every code point the helpers can see.
TEST(ScanTest, LetterAndUpperAgreeWithIcu) {
  for (int32_t c = 0; c < 0x3000; ++c) {
    // The whole combining-diacritics block counts as letters (U+034F too).
    const bool letter = u_isalpha(c) || u_getCombiningClass(c) != 0 || (c >= 0x300 && c <= 0x36F);
    if (c >= 0x80) {
      EXPECT_EQ(IsLetter(c), letter && c != 0xD7 && c != 0xF7) << std::hex << c;
    }
    EXPECT_EQ(IsUpper(c), static_cast<bool>(u_isupper(c))) << std::hex << c;
  }
  EXPECT_FALSE(IsLetter(-1));
  EXPECT_FALSE(IsUpper(-1));
}

TEST(ScanTest, WordEndCrossesVietnameseLetters) {
  const std::string s = "abc Nghệ-An 2024x đ";
  EXPECT_EQ(WordEnd(s, 0), 3u);
  EXPECT_EQ(WordEnd(s, 4), 4 + std::string("Nghệ").size());
  EXPECT_EQ(WordEnd(s, s.find("2024")), s.find("2024") + 5);
  EXPECT_EQ(WordEnd(s, s.size() - 2), s.size());
  EXPECT_EQ(WordEnd(s, s.size()), s.size());
}

}  // namespace
}  // namespace coordreport::scan
