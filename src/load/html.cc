#include "load/html.h"

#include <cctype>
#include <cstdint>

#include "model/text_util.h"

namespace coordreport {
namespace {

std::string Lower(std::string_view s) {
  std::string out(s);
  for (char& c : out) c = static_cast<char>(std::tolower(static_cast<unsigned char>(c)));
  return out;
}

void AppendCodePoint(std::string& out, uint32_t cp) {
  if (cp == 0 || cp > 0x10FFFF || (cp >= 0xD800 && cp <= 0xDFFF)) cp = 0xFFFD;
  AppendUtf8(out, static_cast<int32_t>(cp));
}

// Decodes the entity starting at s[i] == '&'; returns bytes consumed (0: none).
size_t DecodeEntity(std::string_view s, size_t i, std::string& out) {
  // Only the next few bytes: a page of '&' with no ';' must stay linear.
  size_t semi = s.substr(0, std::min(s.size(), i + 12)).find(';', i);
  if (semi == std::string_view::npos || semi - i > 10) return 0;
  std::string_view name = s.substr(i + 1, semi - i - 1);
  if (!name.empty() && name[0] == '#') {
    uint32_t cp = 0;
    bool hex = name.size() > 1 && (name[1] == 'x' || name[1] == 'X');
    for (char c : name.substr(hex ? 2 : 1)) {
      if (hex && std::isxdigit(static_cast<unsigned char>(c)))
        cp = cp * 16 + (std::isdigit(static_cast<unsigned char>(c)) ? c - '0' : (std::tolower(c) - 'a' + 10));
      else if (!hex && std::isdigit(static_cast<unsigned char>(c)))
        cp = cp * 10 + (c - '0');
      else
        return 0;
      if (cp > 0x10FFFF) return 0;
    }
    AppendCodePoint(out, cp);
    return semi - i + 1;
  }
  static constexpr std::pair<std::string_view, std::string_view> kNamed[] = {
      {"amp", "&"}, {"lt", "<"}, {"gt", ">"}, {"quot", "\""}, {"apos", "'"}, {"nbsp", "\xC2\xA0"},
      {"ndash", "\xE2\x80\x93"}, {"mdash", "\xE2\x80\x94"}, {"hellip", "\xE2\x80\xA6"},
      {"ldquo", "\xE2\x80\x9C"}, {"rdquo", "\xE2\x80\x9D"}, {"lsquo", "\xE2\x80\x98"}, {"rsquo", "\xE2\x80\x99"}};
  for (auto [n, v] : kNamed) {
    if (name == n) {
      out += v;
      return semi - i + 1;
    }
  }
  return 0;
}

bool IsBlockTag(std::string_view tag) {
  static constexpr std::string_view kBlocks[] = {"p", "div", "br", "li", "ul", "ol", "h1", "h2", "h3", "h4", "h5",
                                                 "h6", "tr", "table", "section", "article", "header", "footer",
                                                 "figure", "figcaption", "blockquote", "nav", "aside", "hr"};
  for (auto b : kBlocks)
    if (tag == b) return true;
  return false;
}

// Where "</tag" (any case) next starts at or after `from`, or npos.
size_t FindClosingTag(std::string_view html, size_t from, std::string_view tag) {
  for (size_t p = html.find("</", from); p != std::string_view::npos; p = html.find("</", p + 2)) {
    if (p + 2 + tag.size() > html.size()) return std::string_view::npos;
    bool same = true;
    for (size_t k = 0; k < tag.size() && same; ++k)
      same = std::tolower(static_cast<unsigned char>(html[p + 2 + k])) == tag[k];
    if (same) return p;
  }
  return std::string_view::npos;
}

}  // namespace

HtmlText HtmlToText(std::string_view html) {
  HtmlText out;
  std::string* capture = nullptr;  // title/h1 text being collected
  std::string h1;
  size_t i = 0;
  // The next '>' at or after i, found once for every '<' before it: a page
  // of '<' with no '>' stays linear.
  size_t next_close = 0;
  bool close_known = false;
  while (i < html.size()) {
    char c = html[i];
    if (c == '<') {
      if (!close_known || next_close < i) {
        next_close = html.find('>', i);
        close_known = true;
      }
      const size_t close = next_close;
      if (close == std::string_view::npos) break;
      std::string_view inner = html.substr(i + 1, close - i - 1);
      if (inner.substr(0, 3) == "!--") {
        size_t end = html.find("-->", i);
        i = end == std::string_view::npos ? html.size() : end + 3;
        continue;
      }
      bool closing = !inner.empty() && inner[0] == '/';
      size_t name_start = closing ? 1 : 0;
      size_t name_end = name_start;
      while (name_end < inner.size() && std::isalnum(static_cast<unsigned char>(inner[name_end]))) ++name_end;
      std::string tag = Lower(inner.substr(name_start, name_end - name_start));
      if (!closing && (tag == "script" || tag == "style" || tag == "noscript")) {
        const size_t end = FindClosingTag(html, close, tag);
        i = end == std::string_view::npos ? html.size() : end;
        continue;
      }
      if (tag == "title" || tag == "h1") {
        if (!closing && tag == "title" && out.title.empty()) capture = &out.title;
        else if (!closing && tag == "h1" && h1.empty()) capture = &h1;
        else if (closing) capture = nullptr;
      }
      if (IsBlockTag(tag)) out.text += '\n';
      i = close + 1;
      continue;
    }
    std::string piece;
    if (c == '&') {
      size_t n = DecodeEntity(html, i, piece);
      if (n) {
        i += n;
      } else {
        piece = "&";
        ++i;
      }
    } else {
      piece.assign(1, c);
      ++i;
    }
    if (capture) {
      *capture += piece;
      if (capture == &out.title) continue;  // the <title> is page chrome, not body text
    }
    out.text += piece;
  }
  if (out.title.empty()) out.title = h1;
  // The page <title> often carries " - Site name"; the <h1> is cleaner.
  if (!h1.empty()) out.title = h1;
  auto trim = [](std::string& s) {
    size_t b = s.find_first_not_of(" \t\r\n"), e = s.find_last_not_of(" \t\r\n");
    s = b == std::string::npos ? "" : s.substr(b, e - b + 1);
  };
  trim(out.title);
  return out;
}

}  // namespace coordreport
