// The prepared text every extractor reads: normalized, boilerplate-free,
// with a same-offset lower-case key and sentence spans. Built once per
// article so each extractor stays a pure function of it.
#pragma once

#include <string>
#include <string_view>
#include <vector>

#include "normalize/sentences.h"

namespace coordreport {

struct ArticleText {
  std::string text;  // headline paragraph + body paragraphs
  std::string key;   // MatchKey(text): same byte offsets
  std::vector<Span> sentences;
  size_t headline_end = 0;  // text[0, headline_end) is the headline

  // The sentence holding byte `offset` (the whole text when none does).
  std::string_view SentenceAt(size_t offset) const;
  // Index into `sentences` of the sentence holding `offset`, or -1.
  int SentenceIndexAt(size_t offset) const;
};

// REQUIRES: headline and body are NormalizeText output.
ArticleText PrepareText(std::string_view headline, std::string_view body, SentenceSplitter& splitter);

}  // namespace coordreport
