#include "load/html.h"

#include <gtest/gtest.h>

namespace coordreport {
namespace {

TEST(HtmlTest, TextWithBlocksEntitiesAndNoScripts) {
  HtmlText h = HtmlToText("<html><head><title>Trang - Báo X</title><script>var a = '35-NQ/TW';</script>"
                          "<style>p{}</style></head><body><h1>Tiêu &amp; đề</h1><p>Giai đoạn 2020 &ndash; 2025"
                          "&#8230;</p><!-- 05-CT/TW --><p>Đoạn&nbsp;hai &#x110;&#7843;ng</p></body></html>");
  EXPECT_EQ(h.title, "Tiêu & đề");
  EXPECT_EQ(h.text.find("35-NQ/TW"), std::string::npos);
  EXPECT_EQ(h.text.find("05-CT/TW"), std::string::npos);
  EXPECT_EQ(h.text.find("Trang - Báo X"), std::string::npos);
  EXPECT_NE(h.text.find("Giai đoạn 2020 \xE2\x80\x93 2025\xE2\x80\xA6\n"), std::string::npos) << h.text;
  EXPECT_NE(h.text.find("Đoạn\xC2\xA0hai Đảng"), std::string::npos) << h.text;
}

TEST(HtmlTest, TitleFallsBackToPageTitle) {
  EXPECT_EQ(HtmlToText("<title> Chỉ có tiêu đề </title><p>x</p>").title, "Chỉ có tiêu đề");
}

TEST(HtmlTest, BrokenMarkupDoesNotCrash) {
  EXPECT_NO_THROW(HtmlToText("<p>không đóng <b"));
  EXPECT_NO_THROW(HtmlToText("&#99999999999; &#xZZ; &unknown; <script>never closed"));
}

}  // namespace
}  // namespace coordreport
