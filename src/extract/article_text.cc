#include "extract/article_text.h"

#include <algorithm>

#include "normalize/text.h"

namespace coordreport {

int ArticleText::SentenceIndexAt(size_t offset) const {
  auto it = std::upper_bound(sentences.begin(), sentences.end(), offset,
                             [](size_t o, const Span& s) { return o < s.end; });
  if (it == sentences.end() || offset < it->begin) return -1;
  return static_cast<int>(it - sentences.begin());
}

std::string_view ArticleText::SentenceAt(size_t offset) const {
  int i = SentenceIndexAt(offset);
  if (i < 0) return text;
  return std::string_view(text).substr(sentences[i].begin, sentences[i].end - sentences[i].begin);
}

ArticleText PrepareText(std::string_view headline, std::string_view body, SentenceSplitter& splitter) {
  ArticleText a;
  if (!headline.empty()) {
    a.text.append(headline);
    a.headline_end = a.text.size();
    a.text += "\n\n";
  }
  a.text.append(body);
  a.key = MatchKey(a.text);
  a.sentences = splitter.Split(a.text);
  return a;
}

}  // namespace coordreport
