#include "extract/article_text.h"

#include <algorithm>

#include "normalize/text.h"

namespace coordreport {

Span ArticleText::SentenceSpanAt(size_t offset) const {
  auto line = std::upper_bound(lines_.begin(), lines_.end(), offset,
                               [](size_t o, const Span& s) { return o < s.end; });
  if (line == lines_.end() || offset < line->begin) return {0, text.size()};
  const size_t i = static_cast<size_t>(line - lines_.begin());
  if (!split_[i]) {
    for (Span s : splitter_->Split(std::string_view(text).substr(line->begin, line->end - line->begin)))
      sentences_[i].push_back({s.begin + line->begin, s.end + line->begin});
    split_[i] = true;
  }
  for (const Span& s : sentences_[i])
    if (offset >= s.begin && offset < s.end) return s;
  return *line;
}

std::string_view ArticleText::SentenceAt(size_t offset) const {
  Span s = SentenceSpanAt(offset);
  return std::string_view(text).substr(s.begin, s.end - s.begin);
}

std::string_view ArticleText::FirstSentence() const {
  if (lines_.empty()) return "";
  return SentenceAt(lines_.front().begin);
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
  a.splitter_ = &splitter;
  for (size_t pos = 0; pos < a.text.size();) {
    size_t end = a.text.find('\n', pos);
    if (end == std::string::npos) end = a.text.size();
    if (end > pos) a.lines_.push_back({pos, end});
    pos = end + 1;
  }
  a.sentences_.resize(a.lines_.size());
  a.split_.assign(a.lines_.size(), false);
  return a;
}

}  // namespace coordreport
