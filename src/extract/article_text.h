// The prepared text every extractor reads: normalized, boilerplate-free,
// with a same-offset lower-case key and its words. Sentences (the
// evidence for every fact) are split on demand, a piece of a line at a
// time: lines are cut first where a sentence certainly ends, and only the
// pieces that hold a fact pay for ICU's sentence iterator.
#pragma once

#include <string>
#include <string_view>
#include <vector>

#include "extract/words.h"
#include "normalize/sentences.h"

namespace coordreport {

class ArticleText {
 public:
  std::string text;  // headline paragraph + body paragraphs
  std::string key;   // MatchKey(text): same byte offsets
  std::vector<Word> words;  // SplitWords(text): what the grammar and the triggers walk
  size_t headline_end = 0;  // text[0, headline_end) is the headline

  // The sentence holding byte `offset`; the piece of its line when the
  // offset is in no sentence (it is on spacing between them).
  Span SentenceSpanAt(size_t offset) const;
  std::string_view SentenceAt(size_t offset) const;
  // The first sentence of the text ("" for an empty text).
  std::string_view FirstSentence() const;

 private:
  friend ArticleText PrepareText(std::string_view headline, std::string_view body, SentenceSplitter& splitter);

  SentenceSplitter* splitter_ = nullptr;
  std::vector<Span> lines_;  // pieces of lines, cut where a sentence certainly ends
  // Per line, its sentences once split. A cache in a per-article object,
  // filled by const lookups; never shared between threads.
  mutable std::vector<std::vector<Span>> sentences_;
  mutable std::vector<bool> split_;
};

// REQUIRES: headline and body are NormalizeText output; splitter outlives
// the result.
ArticleText PrepareText(std::string_view headline, std::string_view body, SentenceSplitter& splitter);

}  // namespace coordreport
