#include "extract/article_text.h"

#include <gtest/gtest.h>

#include <string>
#include <vector>

namespace coordreport {
namespace {

TEST(ArticleTextTest, HeadlineIsTheFirstParagraphAndSentencesLocate) {
  SentenceSplitter splitter;
  ArticleText a = PrepareText("Tiêu Đề", "Câu một. Câu hai.", splitter);
  EXPECT_EQ(a.text.substr(0, a.headline_end), "Tiêu Đề");
  EXPECT_EQ(a.key.substr(0, a.headline_end), "tiêu đề");
  EXPECT_EQ(a.SentenceAt(a.text.find("hai")), "Câu hai.");
  EXPECT_EQ(a.SentenceAt(a.text.find("một")), "Câu một.");
  EXPECT_EQ(a.FirstSentence(), "Tiêu Đề");
  // Past the end: the whole text.
  EXPECT_EQ(a.SentenceSpanAt(a.text.size() + 5).end, a.text.size());
}

// Lines are cut before ICU sees them; the sentences must be ICU's own,
// whether a lookup lands in a cut piece or not, and an abbreviation ICU is
// taught ("TP.") or a capital before the stop ("A.") is never a cut.
TEST(ArticleTextTest, SentencesAreIcusWhereverTheLineIsCut) {
  SentenceSplitter splitter;
  const std::string body =
      "Sáng 3/10, UBND TP. Hồ Chí Minh và Ủy ban MTTQ tỉnh ký kết quy chế. Ông Nguyễn Văn A. Trần Thị B phát "
      "biểu! Hai bên thống nhất? Năm 2025. Cuối cùng hội nghị bế mạc.";
  ArticleText a = PrepareText("", body, splitter);
  std::vector<std::string> expected;
  for (Span s : splitter.Split(body)) expected.push_back(body.substr(s.begin, s.end - s.begin));
  std::vector<std::string> found;
  for (size_t offset = 0; offset < a.text.size(); ++offset) {
    std::string s(a.SentenceAt(offset));
    if (a.text[offset] != ' ' && (found.empty() || found.back() != s)) found.push_back(s);
  }
  EXPECT_EQ(found, expected);
  EXPECT_EQ(a.SentenceAt(a.text.find("Hồ Chí")), expected.front());
}

}  // namespace
}  // namespace coordreport
