#include "extract/scan.h"

#include <unicode/uchar.h>
#include <unicode/utf8.h>

namespace coordreport::scan {

int32_t DecodeAt(std::string_view s, size_t i, int* len) {
  if (i >= s.size()) {
    *len = 0;
    return -1;
  }
  int32_t offset = static_cast<int32_t>(i);
  UChar32 c;
  U8_NEXT(reinterpret_cast<const uint8_t*>(s.data()), offset, static_cast<int32_t>(s.size()), c);
  *len = offset - static_cast<int32_t>(i);
  return c;
}

int32_t DecodeBefore(std::string_view s, size_t i, size_t* start) {
  if (i == 0) {
    *start = 0;
    return -1;
  }
  int32_t offset = static_cast<int32_t>(i);
  UChar32 c;
  U8_PREV(reinterpret_cast<const uint8_t*>(s.data()), 0, offset, c);
  *start = static_cast<size_t>(offset);
  return c;
}

bool IsNonAsciiLetter(int32_t c) {
  // Vietnamese lives in Latin-1, Latin Extended-A/B and Latin Extended
  // Additional, all letters but × and ÷; combining marks count as part of
  // a word. Everything else asks ICU.
  if ((c >= 0xC0 && c <= 0x24F) ) return c != 0xD7 && c != 0xF7;
  if (c >= 0x1E00 && c <= 0x1EFF) return true;
  if (c >= 0x300 && c <= 0x36F) return true;
  return u_isalpha(c) || u_getCombiningClass(c) != 0;
}

bool IsNonAsciiUpper(int32_t c) {
  // Latin-1 and Latin Extended Additional (Vietnamese) by their layout;
  // the rest asks ICU.
  if (c >= 0xC0 && c <= 0xDE) return c != 0xD7;
  if (c >= 0xDF && c <= 0xFF) return false;
  if ((c >= 0x1E00 && c <= 0x1E95) || (c >= 0x1EA0 && c <= 0x1EFF)) return (c & 1) == 0;
  return u_isupper(c);
}

bool IsWordBoundedAt(std::string_view s, size_t begin, size_t end) {
  size_t start;
  int32_t before = CodePointBefore(s, begin, &start);
  int len;
  int32_t after = CodePointAt(s, end, &len);
  auto is_word = [](int32_t c) { return IsLetter(c) || (c >= '0' && c <= '9'); };
  return !is_word(before) && !is_word(after);
}

bool WordAt(std::string_view s, size_t pos, std::string_view word) {
  return s.substr(pos, word.size()) == word && IsWordBoundedAt(s, pos, pos + word.size());
}

size_t SkipSpaces(std::string_view s, size_t pos) {
  while (pos < s.size() && s[pos] == ' ') ++pos;
  return pos;
}

size_t SkipSpacesBack(std::string_view s, size_t pos) {
  while (pos > 0 && s[pos - 1] == ' ') --pos;
  return pos;
}

size_t ReadNumber(std::string_view s, size_t pos, size_t max_digits, int* out) {
  size_t n = 0;
  int value = 0;
  while (pos + n < s.size() && IsDigit(s[pos + n]) && n < max_digits) value = value * 10 + (s[pos + n++] - '0');
  if (pos + n < s.size() && IsDigit(s[pos + n])) return 0;  // longer than allowed
  *out = value;
  return n;
}

size_t WordEndSlow(std::string_view s, size_t pos) {
  while (pos < s.size()) {
    int len;
    int32_t c = CodePointAt(s, pos, &len);
    if (!IsLetter(c) && !(c >= '0' && c <= '9')) break;
    pos += len;
  }
  return pos;
}

}  // namespace coordreport::scan
