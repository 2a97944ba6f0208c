#include "extract/article_text.h"

#include <algorithm>
#include <cstring>

#include "extract/scan.h"
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

namespace {

// Whether text[b, e) is a word of two or more lower-case letters.
bool LowerWord(std::string_view text, size_t b, size_t e) {
  if (e < b + 2) return false;
  for (size_t p = b; p < e;) {
    int len = 1;
    const int32_t c = scan::CodePointAt(text, p, &len);
    if (len < 1 || !scan::IsLetter(c) || scan::IsUpper(c)) return false;
    p += static_cast<size_t>(len);
  }
  return true;
}

// Cuts line [begin, end) where a sentence certainly ends: a lower-case
// word, a full stop (or ! ?), a space and a capital ("… trên địa bàn
// tỉnh. Trong năm …"). ICU's sentence rules break there too, and none of
// the abbreviations its iterator is taught is a lower-case word; cutting
// first lets each lookup run ICU on a few sentences, not a paragraph.
//
// The stops are found with memchr, a mark at a time, in text order: a
// loop over every byte of every line was 3% of a run.
void CutAtSentenceEnds(std::string_view text, size_t begin, size_t end, std::vector<Span>& out) {
  // The next `mark` at or after `from` that leaves two bytes in the line
  // after it (`end` when none).
  auto next_of = [&](char mark, size_t from) {
    if (end < 2 || from >= end - 2) return end;
    const void* p = std::memchr(text.data() + from, mark, end - 2 - from);
    return p ? static_cast<size_t>(static_cast<const char*>(p) - text.data()) : end;
  };
  size_t chunk = begin;
  size_t dot = next_of('.', begin), bang = next_of('!', begin), ask = next_of('?', begin);
  for (;;) {
    const size_t t = std::min({dot, bang, ask});
    if (t == end) break;
    if (t == dot) dot = next_of('.', t + 1);
    else if (t == bang) bang = next_of('!', t + 1);
    else ask = next_of('?', t + 1);
    if (text[t + 1] != ' ') continue;
    size_t next = t + 1;
    while (next < end && text[next] == ' ') ++next;
    int len = 1;
    if (next >= end || !scan::IsUpper(scan::CodePointAt(text, next, &len))) continue;
    size_t word = t;
    while (word > chunk && text[word - 1] != ' ') --word;
    if (!LowerWord(text, word, t)) continue;
    out.push_back({chunk, t + 1});
    chunk = next;
  }
  out.push_back({chunk, end});
}

}  // namespace

ArticleText PrepareText(std::string_view headline, std::string_view body, SentenceSplitter& splitter) {
  ArticleText a;
  if (!headline.empty()) {
    a.text.append(headline);
    a.headline_end = a.text.size();
    a.text += "\n\n";
  }
  a.text.append(body);
  a.key = MatchKey(a.text);
  a.words = SplitWords(a.text);
  a.splitter_ = &splitter;
  for (size_t pos = 0; pos < a.text.size();) {
    size_t end = a.text.find('\n', pos);
    if (end == std::string::npos) end = a.text.size();
    if (end > pos) CutAtSentenceEnds(a.text, pos, end, a.lines_);
    pos = end + 1;
  }
  a.sentences_.resize(a.lines_.size());
  a.split_.assign(a.lines_.size(), false);
  return a;
}

}  // namespace coordreport
