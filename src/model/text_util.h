// Small string helpers several stages need: sets of strings, joining, writing and cutting
// UTF-8, and the FNV-1a hash used for fingerprints and
// duplicate detection.
#pragma once

#include <unicode/utf8.h>

#include <algorithm>
#include <cstdint>
#include <string>
#include <string_view>
#include <vector>

namespace coordreport {

// `v` sorted, each string once.
inline std::vector<std::string> SortedUnique(std::vector<std::string> v) {
  std::sort(v.begin(), v.end());
  v.erase(std::unique(v.begin(), v.end()), v.end());
  return v;
}

// Appends `s` unless it is empty, already there, or `v` holds `cap` strings.
inline void AddUnique(std::vector<std::string>& v, const std::string& s, size_t cap = SIZE_MAX) {
  if (!s.empty() && v.size() < cap && std::find(v.begin(), v.end(), s) == v.end()) v.push_back(s);
}

inline std::string Join(const std::vector<std::string>& parts, std::string_view sep) {
  std::string out;
  for (const std::string& p : parts) {
    if (!out.empty()) out += sep;
    out += p;
  }
  return out;
}

// Appends code point `c` in UTF-8 (ICU's encoder).
// REQUIRES: c is a Unicode scalar value (no surrogate, at most U+10FFFF).
inline void AppendUtf8(std::string& out, int32_t c) {
  uint8_t buf[U8_MAX_LENGTH];
  int32_t n = 0;
  U8_APPEND_UNSAFE(buf, n, c);
  out.append(reinterpret_cast<const char*>(buf), static_cast<size_t>(n));
}

// Cuts `text` to at most `max_bytes`, never inside a UTF-8 character.
inline void CutUtf8(std::string& text, size_t max_bytes) {
  if (text.size() <= max_bytes) return;
  size_t cut = max_bytes;
  while (cut > 0 && (static_cast<unsigned char>(text[cut]) & 0xC0) == 0x80) --cut;
  text.resize(cut);
}

// `text` as a log line can show it: ill-formed UTF-8 becomes U+FFFD,
// control characters are written as escapes ("\n", "\x01"), and at most
// `max_bytes` bytes are kept, cut between characters with "…" appended.
// Diagnostics quote input with it: a broken byte or a 50 MB line must not
// reach a terminal, a JSON log or a workbook as it is.
std::string Printable(std::string_view text, size_t max_bytes = 2000);

inline constexpr uint64_t kFnvOffset = 1469598103934665603ull;

inline uint64_t Fnv1a(std::string_view data, uint64_t seed = kFnvOffset) {
  uint64_t h = seed;
  for (unsigned char c : data) h = (h ^ c) * 1099511628211ull;
  return h;
}

}  // namespace coordreport
