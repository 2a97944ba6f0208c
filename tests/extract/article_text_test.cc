#include "extract/article_text.h"

#include <gtest/gtest.h>

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

}  // namespace
}  // namespace coordreport
