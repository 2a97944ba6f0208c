// Sentence segmentation with ICU's BreakIterator, taught the Vietnamese
// abbreviations ("TP.", "TS.", "ThS.", …) that end in a period but not a
// sentence. Evidence for every extracted fact is the sentence around it.
#pragma once

#include <memory>
#include <string_view>
#include <vector>

namespace coordreport {

struct Span {
  size_t begin = 0;
  size_t end = 0;  // exclusive
};

// Owns an ICU sentence iterator; build one per thread and reuse it, since
// creating the iterator costs far more than running it on an article.
class SentenceSplitter {
 public:
  SentenceSplitter();
  ~SentenceSplitter();
  SentenceSplitter(const SentenceSplitter&) = delete;
  SentenceSplitter& operator=(const SentenceSplitter&) = delete;

  // Byte spans of the sentences of `text`, trimmed of surrounding space;
  // a line break always ends a sentence. REQUIRES: text is valid UTF-8.
  std::vector<Span> Split(std::string_view text);

 private:
  struct Impl;
  std::unique_ptr<Impl> impl_;
};

}  // namespace coordreport
