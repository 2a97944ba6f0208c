#include "render/xlsx_text.h"

#include <unicode/utf8.h>

#include <vector>

#include "model/text_util.h"

namespace coordreport {
namespace {

constexpr int32_t kReplacement = 0xFFFD;

bool XmlAllowed(int32_t c) {
  if (c == '\t' || c == '\n' || c == '\r') return true;
  if (c < 0x20) return false;
  if (c >= 0xD800 && c <= 0xDFFF) return false;
  return c != 0xFFFE && c != 0xFFFF;
}

bool IsHex(char c) { return (c >= '0' && c <= '9') || (c >= 'a' && c <= 'f') || (c >= 'A' && c <= 'F'); }

// "_xHHHH_" at byte i: the escape OOXML readers decode.
bool EscapeAt(std::string_view s, size_t i) {
  if (i + 7 > s.size() || s[i] != '_' || (s[i + 1] != 'x' && s[i + 1] != 'X') || s[i + 6] != '_') return false;
  return IsHex(s[i + 2]) && IsHex(s[i + 3]) && IsHex(s[i + 4]) && IsHex(s[i + 5]);
}

}  // namespace

size_t Utf16Units(std::string_view text) {
  size_t units = 0;
  for (unsigned char c : text) {
    if ((c & 0xC0) != 0x80) ++units;  // a lead byte: one character
    if (c >= 0xF0) ++units;           // four bytes: a surrogate pair
  }
  return units;
}

std::string XlsxText(std::string_view text, const XlsxTextOptions& options, bool* cut) {
  // Characters as they will be written, each with its UTF-16 length.
  std::string out;
  out.reserve(text.size());
  std::vector<size_t> ends;  // byte end of each character in `out`, for cutting
  size_t units = 0;
  std::vector<size_t> units_at;  // UTF-16 units up to each end
  const auto* s = reinterpret_cast<const uint8_t*>(text.data());
  const int32_t n = static_cast<int32_t>(text.size());
  for (int32_t i = 0; i < n;) {
    if (s[i] == '_' && EscapeAt(text, static_cast<size_t>(i))) {
      out += "_x005F";  // with the '_' below: "_x005F_", an escaped '_' (never cut apart)
      units += 6;
    }
    UChar32 c;
    U8_NEXT(s, i, n, c);
    if (c < 0 || !XmlAllowed(c)) c = kReplacement;
    if (options.single_line && (c == '\t' || c == '\n' || c == '\r')) c = ' ';
    AppendUtf8(out, c);
    units += c > 0xFFFF ? 2 : 1;
    ends.push_back(out.size());
    units_at.push_back(units);
  }
  if (cut) *cut = false;
  if (units <= options.max_units) return out;
  if (cut) *cut = true;
  const size_t marker_units = Utf16Units(options.marker);
  const size_t keep = options.max_units > marker_units ? options.max_units - marker_units : 0;
  size_t bytes = 0;
  for (size_t k = 0; k < ends.size() && units_at[k] <= keep; ++k) bytes = ends[k];
  out.resize(bytes);
  // The marker is ours: it needs no cleaning, only to fit.
  if (marker_units <= options.max_units) out.append(options.marker);
  return out;
}

}  // namespace coordreport
