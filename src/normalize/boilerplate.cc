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
    "đăng lúc", "đăng ngày", "thứ hai,", "thứ ba,", "thứ tư,", "thứ năm,", "thứ sáu,", "thứ bảy,", "chủ nhật,",
    "nhảy đến nội dung", "skip to main content", "skip ribbon commands", "in trang",
    "chế độ ban đêm", "liên kết website"};

// Words of a date stamp line besides its numbers: "Thứ 5 Ngày 17/11/2016",
// "07:30:00 - Thứ sáu, 09/11/2018", "Cập nhật lúc : 08:57 07/10/2015".
constexpr std::string_view kStampWords[] = {
    "thứ", "hai", "ba", "tư", "năm", "sáu", "bảy", "chủ", "nhật", "ngày", "tháng", "cập", "lúc", "đăng",
    "view", "count", "lượt", "xem", "gmt", "am", "pm", "giờ", "update", "updated", "date", "published"};

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

// Site banners and widgets, whatever their length: "Nhiệt liệt chào mừng
// 76 năm Ngày Cách mạng tháng Tám …!", "-A A +A".
constexpr std::string_view kBannerPrefixes[] = {"nhiệt liệt chào mừng", "-a a +a", "a a"};

bool IsChrome(const Line& line) {
  if (line.key == "null" || line.key == "x" || line.key == "|") return true;
  for (std::string_view p : kBannerPrefixes)
    if (StartsWith(line.key, p) && (p.size() > 4 || line.key.size() == p.size())) return true;
  if (IsParagraph(line) || WordCount(line.text) > 12) return false;
  for (std::string_view p : kChromePrefixes)
    if (StartsWith(line.key, p)) return true;
  return line.key.find(" > ") != std::string::npos || line.key.find("\xC2\xBB") != std::string::npos ||  // »
         line.key.find("gmt+") != std::string::npos;
}

// A line that is only a date stamp: a date, times, weekday and labels.
bool IsStampLine(const Line& line) {
  if (line.text.size() > 90) return false;
  std::string_view k = line.key;
  bool digit = false;
  for (size_t i = 0; i < k.size();) {
    const char c = k[i];
    if (c >= '0' && c <= '9') {
      digit = true;
      ++i;
      continue;
    }
    if (c == ' ' || c == '/' || c == '.' || c == '-' || c == ':' || c == ',' || c == '|' || c == '[' || c == ']' ||
        c == '+' || c == '(' || c == ')') {
      ++i;
      continue;
    }
    size_t end = k.find_first_of(" /.-:,|[]+()0123456789", i);
    if (end == std::string_view::npos) end = k.size();
    std::string_view word = k.substr(i, end - i);
    if (std::find(std::begin(kStampWords), std::end(kStampWords), word) == std::end(kStampWords)) return false;
    i = end;
  }
  return digit && (k.find('/') != std::string_view::npos || k.find('.') != std::string_view::npos ||
                   k.find("tháng") != std::string_view::npos || k.find('-') != std::string_view::npos);
}

// " date 2020-06-02 …": a stamp some sites put before the article, as
// "2/6/2020" or "tháng 6/2020" (month only); returns the rest of the line.
std::string_view TakeIsoStamp(std::string_view text, std::string& stamps) {
  std::string_view t = text;
  while (!t.empty() && t.front() == ' ') t.remove_prefix(1);
  if (t.substr(0, 5) != "date ") return text;
  std::string_view d = t.substr(5);
  auto digits = [&](size_t at, size_t n) {
    if (d.size() < at + n) return false;
    for (size_t i = at; i < at + n; ++i)
      if (d[i] < '0' || d[i] > '9') return false;
    return true;
  };
  if (!digits(0, 4) || d.size() < 7 || d[4] != '-' || !digits(5, 2)) return text;
  const std::string year(d.substr(0, 4)), month(d.substr(5, 2));
  size_t used = 7;
  if (d.size() >= 10 && d[7] == '-' && digits(8, 2)) {
    stamps += std::string(d.substr(8, 2)) + "/" + month + "/" + year + "\n";
    used = 10;
  } else {
    stamps += "tháng " + month + "/" + year + "\n";
  }
  return d.substr(used);
}

// A credit line ("Ảnh: Kim Dung", "Nguồn: …") says nothing of the article.
bool IsCredit(const Line& line) {
  if (line.text.size() > 250) return false;
  for (std::string_view p : kCaptionPrefixes)
    if (StartsWith(line.key, p)) return true;
  return false;
}

// "Toàn cảnh buổi làm việc. Ảnh: Kim Dung": a caption keeps its words and
// loses its credit. Captions are the article's text (and sometimes the
// only place that names the instrument signed).
void CutCredit(Line& line) {
  if (line.text.size() > 250) return;
  for (std::string_view marker : {std::string_view(" ảnh: "), std::string_view(". ảnh:"), std::string_view("(ảnh:"),
                                  std::string_view("- (ảnh:")}) {
    size_t at = line.key.find(marker);
    if (at == std::string::npos) continue;
    size_t cut = at + (marker[0] == '.' ? 1 : 0);
    line.text = line.text.substr(0, cut);
    while (!line.text.empty() && (line.text.back() == ' ' || line.text.back() == '-')) line.text.remove_suffix(1);
    line.key = MatchKey(line.text);
    return;
  }
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

// "4 phường … ký quy chế phối hợp 22/10/2025 21:06": a headline that
// carries the page's stamp at its end loses it to `stamps`.
void CutTrailingStamp(std::string& headline, std::string& stamps) {
  auto is_digit = [](char c) { return c >= '0' && c <= '9'; };
  size_t end = headline.size();
  // An optional time "hh:mm".
  size_t p = end;
  while (p > 0 && (is_digit(headline[p - 1]) || headline[p - 1] == ':')) --p;
  if (p < end && headline.find(':', p) != std::string::npos && p > 0 && headline[p - 1] == ' ') end = p - 1;
  // The date "d/m/yyyy".
  size_t q = end;
  while (q > 0 && (is_digit(headline[q - 1]) || headline[q - 1] == '/')) --q;
  std::string_view date = std::string_view(headline).substr(q, end - q);
  if (q == 0 || headline[q - 1] != ' ' || std::count(date.begin(), date.end(), '/') != 2 || date.size() < 8) return;
  stamps.append(headline, q, std::string::npos).push_back('\n');
  headline.resize(q - 1);
}

}  // namespace

CleanText StripBoilerplate(std::string_view text) {
  std::vector<Line> lines = SplitLines(text);
  CleanText out;
  for (Line& line : lines) {
    if (std::string_view rest = TakeIsoStamp(line.text, out.stamps); rest.size() != line.text.size()) {
      line.text = rest;
      while (!line.text.empty() && line.text.front() == ' ') line.text.remove_prefix(1);
      line.key = line.text.size() <= kKeyedLine ? MatchKey(line.text) : "";
    }
    const bool stamp = IsStampLine(line);
    if (stamp || IsChrome(line) || IsCredit(line)) {
      line.drop = true;
      // Stamps and chrome lines with a date ("Ngày đăng: 30.03.2022").
      if (stamp || (line.text.size() <= 90 && line.key.find_first_of("0123456789") != std::string::npos))
        out.stamps.append(line.text).push_back('\n');
    } else {
      CutCredit(line);
    }
    if (line.text.empty()) line.drop = true;
  }
  DropHeadedLists(lines);

  // The headline is the first headline-like line before the first paragraph;
  // its repeats (many CMSs print it twice) are dropped.
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
  CutTrailingStamp(out.headline, out.stamps);
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
