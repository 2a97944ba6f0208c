// Line classification for boilerplate removal. The rules are structural
// (short lines without sentence punctuation, repeated lines, runs of
// headline-like lines) plus a small table of widget phrases, so they carry
// over to sites we have not seen.
#include "normalize/boilerplate.h"

#include <algorithm>
#include <vector>

#include "normalize/text.h"

namespace coordreport {
namespace {

// Headings that open a list of other articles (match key, without ":").
constexpr std::string_view kRelatedHeadings[] = {
    "tin cùng chuyên mục", "cùng chuyên mục", "tin liên quan", "bài viết liên quan", "bài liên quan",
    "tin bài liên quan", "xem thêm", "tin khác", "các tin khác", "tin mới", "tin mới nhất",
    "tin đọc nhiều", "đọc nhiều", "tin nổi bật", "có thể bạn quan tâm", "bài viết khác", "tin tức khác"};

// Line prefixes of site chrome (match key).
constexpr std::string_view kChromePrefixes[] = {
    "banner", "xuất bản thông tin", "theo dõi", "chia sẻ", "in bài", "bản in", "gửi bài",
    "trang chủ", "tin tức tin tức", "lượt xem", "bình luận", "share", "print", "email",
    "cỡ chữ", "facebook", "zalo", "tweet", "đăng nhập", "đăng ký nhận tin", "cập nhật", "ngày đăng",
    "đăng lúc", "đăng ngày", "thứ hai,", "thứ ba,", "thứ tư,", "thứ năm,", "thứ sáu,", "thứ bảy,", "chủ nhật,"};

// Prefixes of captions and credits (match key).
constexpr std::string_view kCaptionPrefixes[] = {"ảnh:", "ảnh minh họa", "nguồn:", "video:", "clip:"};

struct Line {
  std::string_view text;  // into the text being stripped
  std::string key;        // MatchKey(text); only for lines of kKeyedLine bytes or less
  bool drop = false;
};

// A line this long is a paragraph whatever it ends with. Every rule that
// reads a key reads it on shorter lines only (headings, chrome, captions,
// headline-like lines), so the long paragraphs that make up most of an
// article skip the lower-casing.
constexpr size_t kKeyedLine = 300;

bool StartsWith(std::string_view s, std::string_view prefix) { return s.substr(0, prefix.size()) == prefix; }

size_t WordCount(std::string_view s) {
  return static_cast<size_t>(std::count(s.begin(), s.end(), ' ')) + (s.empty() ? 0 : 1);
}

// A sentence paragraph ends in sentence punctuation or is simply long.
bool IsParagraph(const Line& line) {
  std::string_view t = line.text;
  if (t.size() > kKeyedLine) return true;
  char last = t.empty() ? 0 : t.back();
  if (last == '.' || last == '!' || last == '?' || last == ':' || last == ';') return true;
  return t.size() >= 3 && (t.substr(t.size() - 3) == "\xE2\x80\xA6" /* … */);
}

bool IsHeadlineLike(const Line& line) {
  return !IsParagraph(line) && line.text.size() >= 12 && WordCount(line.text) >= 3;
}

bool IsRelatedHeading(std::string_view key) {
  while (!key.empty() && (key.back() == ':' || key.back() == ' ')) key.remove_suffix(1);
  return std::find(std::begin(kRelatedHeadings), std::end(kRelatedHeadings), key) != std::end(kRelatedHeadings);
}

bool IsChrome(const Line& line) {
  if (line.key == "null" || line.key == "x" || line.key == "|") return true;
  if (IsParagraph(line) || WordCount(line.text) > 12) return false;
  for (std::string_view p : kChromePrefixes)
    if (StartsWith(line.key, p)) return true;
  return line.key.find(" > ") != std::string::npos || line.key.find("\xC2\xBB") != std::string::npos ||  // »
         line.key.find("gmt+") != std::string::npos;
}

bool IsCaption(const Line& line) {
  if (line.text.size() > 250) return false;
  for (std::string_view p : kCaptionPrefixes)
    if (StartsWith(line.key, p)) return true;
  // "Toàn cảnh buổi làm việc. Ảnh: Kim Dung"
  return line.key.find(" ảnh: ") != std::string::npos || line.key.find(". ảnh:") != std::string::npos ||
         line.key.find("(ảnh:") != std::string::npos;
}

std::vector<Line> SplitLines(std::string_view text) {
  std::vector<Line> lines;
  size_t pos = 0;
  while (pos <= text.size()) {
    size_t end = text.find('\n', pos);
    if (end == std::string_view::npos) end = text.size();
    std::string_view t = text.substr(pos, end - pos);
    while (!t.empty() && t.front() == ' ') t.remove_prefix(1);
    while (!t.empty() && t.back() == ' ') t.remove_suffix(1);
    if (!t.empty()) {
      Line line;
      line.text = t;
      // Some CMS pages leak the literal "null" before the headline.
      if (StartsWith(line.text, "null ")) line.text.remove_prefix(5);
      if (line.text.size() <= kKeyedLine) line.key = MatchKey(line.text);
      lines.push_back(std::move(line));
    }
    pos = end + 1;
  }
  return lines;
}

// Drops a related-articles list starting at a heading: the heading and the
// headline-like lines after it, up to the next real paragraph (the list may
// be injected mid-article, and the article then goes on).
void DropHeadedLists(std::vector<Line>& lines) {
  for (size_t i = 0; i < lines.size(); ++i) {
    if (!IsRelatedHeading(lines[i].key)) continue;
    lines[i].drop = true;
    for (size_t j = i + 1; j < lines.size() && !IsParagraph(lines[j]); ++j) lines[j].drop = true;
  }
}

// Lists without a heading: a run of headline-like lines that either repeat
// in pairs (title + teaser of the same link) or are many in a row.
void DropHeadlessLists(std::vector<Line>& lines) {
  size_t i = 0;
  while (i < lines.size()) {
    if (lines[i].drop || !IsHeadlineLike(lines[i])) {
      ++i;
      continue;
    }
    size_t j = i, repeats = 0;
    while (j < lines.size() && !lines[j].drop && IsHeadlineLike(lines[j])) {
      if (j > i && lines[j].key == lines[j - 1].key) ++repeats;
      ++j;
    }
    size_t run = j - i;
    if ((repeats >= 2) || run >= 5)
      for (size_t k = i; k < j; ++k) lines[k].drop = true;
    i = j;
  }
}

}  // namespace

CleanText StripBoilerplate(std::string_view text) {
  std::vector<Line> lines = SplitLines(text);
  for (Line& line : lines)
    if (IsChrome(line) || IsCaption(line)) line.drop = true;
  DropHeadedLists(lines);

  // The headline is the first headline-like line before the first paragraph;
  // its repeats (many CMSs print it twice) are dropped.
  CleanText out;
  size_t first_paragraph = lines.size();
  for (size_t i = 0; i < lines.size(); ++i) {
    if (lines[i].drop) continue;
    if (IsParagraph(lines[i])) {
      first_paragraph = i;
      break;
    }
    if (out.headline.empty() && IsHeadlineLike(lines[i])) {
      out.headline = std::string(lines[i].text);
      lines[i].drop = true;
    } else if (!out.headline.empty() && lines[i].key == MatchKey(out.headline)) {
      lines[i].drop = true;
    } else if (out.headline.empty() || WordCount(lines[i].text) <= 6) {
      lines[i].drop = true;  // breadcrumbs and section names above the headline
    }
  }
  (void)first_paragraph;
  DropHeadlessLists(lines);

  // After the last paragraph only bylines and credits remain.
  size_t last_paragraph = lines.size();
  for (size_t i = lines.size(); i-- > 0;) {
    if (!lines[i].drop && IsParagraph(lines[i])) {
      last_paragraph = i;
      break;
    }
  }
  for (size_t i = last_paragraph + 1; i < lines.size(); ++i)
    if (WordCount(lines[i].text) <= 12) lines[i].drop = true;

  for (const Line& line : lines) {
    if (line.drop) {
      ++out.dropped_lines;
      continue;
    }
    if (!out.body.empty()) out.body += "\n\n";
    out.body += line.text;
  }
  return out;
}

}  // namespace coordreport
