#include "render/xlsx_text.h"

#include <gtest/gtest.h>

namespace coordreport {
namespace {

TEST(XlsxTextTest, CutsOnCharactersInUtf16UnitsAndMarks) {
  bool cut = false;
  std::string s = XlsxText(std::string(40000, 'a'), {kMaxCellUnits, " …[cut]"}, &cut);
  EXPECT_TRUE(cut);
  EXPECT_EQ(Utf16Units(s), kMaxCellUnits);
  EXPECT_TRUE(s.ends_with(" …[cut]"));
  std::string viet;
  for (int i = 0; i < 20000; ++i) viet += "ủy";
  s = XlsxText(viet, {100, "…"}, &cut);
  EXPECT_TRUE(cut);
  EXPECT_EQ(Utf16Units(s), 100u);
  EXPECT_TRUE(s.ends_with("ủy…") || s.ends_with("ủ…"));
  EXPECT_EQ(XlsxText("ngắn", {kMaxCellUnits, "…"}, &cut), "ngắn");
  EXPECT_FALSE(cut);
  // Beyond the BMP a character is two units: Excel counts them so.
  std::string emoji;
  for (int i = 0; i < 10; ++i) emoji += "\U0001F600";
  EXPECT_EQ(Utf16Units(emoji), 20u);
  EXPECT_EQ(XlsxText(emoji, {5, ""}), "\U0001F600\U0001F600");
}

TEST(XlsxTextTest, WhatXmlCannotHoldBecomesAReplacement) {
  EXPECT_EQ(XlsxText("a\x01" "b\x1F" "c"), "a\uFFFDb\uFFFDc");
  EXPECT_EQ(XlsxText("x\xEF\xBF\xBEy\xEF\xBF\xBFz"), "x\uFFFDy\uFFFDz");  // U+FFFE, U+FFFF
  EXPECT_EQ(XlsxText("bad \xC3 byte \xFF."), "bad \uFFFD byte \uFFFD.");
  EXPECT_EQ(XlsxText("\xE0\xA4"), "\uFFFD");  // a character cut short
  EXPECT_EQ(XlsxText("tab\tline\nok"), "tab\tline\nok");
  EXPECT_EQ(XlsxText("tab\tline\r\nok", {kMaxUrlUnits, "", true}), "tab line  ok");
}

TEST(XlsxTextTest, LiteralEscapesStayAsWritten) {
  EXPECT_EQ(XlsxText("Tiêu đề_x000D_ mới"), "Tiêu đề_x005F_x000D_ mới");
  EXPECT_EQ(XlsxText("_X00aF_"), "_x005F_X00aF_");
  EXPECT_EQ(XlsxText("_x00G0_ and _x000_"), "_x00G0_ and _x000_");
  // Never cut between the escape and what it escapes.
  const std::string s = XlsxText("ab_x000D_", {3, ""});
  EXPECT_EQ(s, "ab");
}

}  // namespace
}  // namespace coordreport
