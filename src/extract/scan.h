// Small byte-level scanning helpers shared by the extractors. Extractors
// scan the match key (lower case, same offsets as the display text) with
// these instead of regular expressions: the grammars are small, and a
// hand-rolled scan anchored on digits or known words is an order of
// magnitude faster than a regex over the whole article.
#pragma once

#include <cstdint>
#include <string>
#include <string_view>

namespace coordreport::scan {

// The non-ASCII halves of the helpers below, out of line.
int32_t DecodeAt(std::string_view s, size_t i, int* len);
int32_t DecodeBefore(std::string_view s, size_t i, size_t* start);
bool IsNonAsciiLetter(int32_t c);
bool IsNonAsciiUpper(int32_t c);

// Code point starting at byte `i` (and its length in `len`); -1 if invalid.
// The helpers run on every byte of every article: their ASCII cases are
// inline, the rest goes to ICU's UTF-8 macros and properties.
inline int32_t CodePointAt(std::string_view s, size_t i, int* len) {
  if (i < s.size() && static_cast<unsigned char>(s[i]) < 0x80) {
    *len = 1;
    return static_cast<unsigned char>(s[i]);
  }
  return DecodeAt(s, i, len);
}
// Code point ending just before byte `i`, and its start in `start`; -1
// at the start of the text.
inline int32_t CodePointBefore(std::string_view s, size_t i, size_t* start) {
  if (i > 0 && static_cast<unsigned char>(s[i - 1]) < 0x80) {
    *start = i - 1;
    return static_cast<unsigned char>(s[i - 1]);
  }
  return DecodeBefore(s, i, start);
}

inline bool IsLetter(int32_t c) {
  if (c < 0x80) return c >= 0 && (c | 0x20) >= 'a' && (c | 0x20) <= 'z';
  return IsNonAsciiLetter(c);
}
inline bool IsUpper(int32_t c) {
  if (c < 0x80) return c >= 'A' && c <= 'Z';
  return IsNonAsciiUpper(c);
}
inline bool IsDigit(char c) { return c >= '0' && c <= '9'; }
inline bool IsAsciiAlnum(char c) { return IsDigit(c) || ((c | 0x20) >= 'a' && (c | 0x20) <= 'z'); }

// True when no letter or digit touches s[begin, end) on either side.
bool IsWordBoundedAt(std::string_view s, size_t begin, size_t end);
// True when s has `word` at `pos` as a whole word.
bool WordAt(std::string_view s, size_t pos, std::string_view word);

size_t SkipSpaces(std::string_view s, size_t pos);
size_t SkipSpacesBack(std::string_view s, size_t pos);

// Reads up to max_digits ASCII digits at pos; returns count read, value in *out.
size_t ReadNumber(std::string_view s, size_t pos, size_t max_digits, int* out);

// End of the word starting at `pos` (letters and digits).
size_t WordEndSlow(std::string_view s, size_t pos);
inline size_t WordEnd(std::string_view s, size_t pos) {
  while (pos < s.size()) {
    const char c = s[pos];
    if (static_cast<unsigned char>(c) >= 0x80) return WordEndSlow(s, pos);
    if (!IsDigit(c) && !((c | 0x20) >= 'a' && (c | 0x20) <= 'z')) return pos;
    ++pos;
  }
  return pos;
}

}  // namespace coordreport::scan
