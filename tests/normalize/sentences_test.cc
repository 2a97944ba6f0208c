#include "normalize/sentences.h"

#include <gtest/gtest.h>

#include <string>

namespace coordreport {
namespace {

std::vector<std::string> Sentences(const std::string& text) {
  SentenceSplitter splitter;
  std::vector<std::string> out;
  for (const Span& s : splitter.Split(text)) out.push_back(text.substr(s.begin, s.end - s.begin));
  return out;
}

TEST(SentenceSplitterTest, SplitsOnSentenceEnds) {
  EXPECT_EQ(Sentences("Câu một. Câu hai! Câu ba?"),
            (std::vector<std::string>{"Câu một.", "Câu hai!", "Câu ba?"}));
}

TEST(SentenceSplitterTest, VietnameseAbbreviationsDoNotEndSentences) {
  auto s = Sentences("TS. Phan Công Khanh phát biểu tại TP. Cần Thơ. ThS. Lê Văn A dự họp.");
  ASSERT_EQ(s.size(), 2u) << s[0];
  EXPECT_EQ(s[0], "TS. Phan Công Khanh phát biểu tại TP. Cần Thơ.");
}

TEST(SentenceSplitterTest, LineBreaksEndSentencesAndSpansAreByteOffsets) {
  std::string text = "Tiêu đề không dấu chấm\n\nĐoạn văn đầu tiên.";
  SentenceSplitter splitter;
  auto spans = splitter.Split(text);
  ASSERT_EQ(spans.size(), 2u);
  EXPECT_EQ(text.substr(spans[1].begin, spans[1].end - spans[1].begin), "Đoạn văn đầu tiên.");
}

TEST(SentenceSplitterTest, ReusableAcrossTexts) {
  SentenceSplitter splitter;
  EXPECT_EQ(splitter.Split("A. B.").size(), 2u);
  EXPECT_EQ(splitter.Split("Một câu.").size(), 1u);
  EXPECT_TRUE(splitter.Split("").empty());
}

}  // namespace
}  // namespace coordreport
