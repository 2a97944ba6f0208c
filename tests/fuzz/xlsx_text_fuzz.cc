// libFuzzer: every string made safe for the workbook (XlsxText) and for
// the log (Printable) keeps its promises whatever the bytes.
#include <unicode/utf8.h>

#include <string>
#include <string_view>

#include "model/text_util.h"
#include "render/xlsx_text.h"

namespace {

// Valid UTF-8 with no character XML forbids (and, for a log, no control).
bool Clean(std::string_view s, bool log) {
  const auto* p = reinterpret_cast<const uint8_t*>(s.data());
  const int32_t n = static_cast<int32_t>(s.size());
  for (int32_t i = 0; i < n;) {
    UChar32 c;
    U8_NEXT(p, i, n, c);
    if (c < 0 || c == 0xFFFE || c == 0xFFFF) return false;
    if (c < 0x20 && (log || (c != '\t' && c != '\n' && c != '\r'))) return false;
  }
  return true;
}

}  // namespace

extern "C" int LLVMFuzzerTestOneInput(const uint8_t* data, size_t size) {
  const std::string_view text(reinterpret_cast<const char*>(data), size);
  const size_t limit = size > 0 ? data[0] % 64 + 1 : 8;
  bool cut = false;
  const std::string cell = coordreport::XlsxText(text, {limit, "…"}, &cut);
  if (!Clean(cell, false) || coordreport::Utf16Units(cell) > limit) __builtin_trap();
  const std::string line = coordreport::XlsxText(text, {coordreport::kMaxCellUnits, "", true});
  if (!Clean(line, false) || line.find_first_of("\t\r\n") != std::string::npos) __builtin_trap();
  const std::string log = coordreport::Printable(text, limit * 4);
  if (!Clean(log, true) || log.size() > limit * 4 + 3) __builtin_trap();
  return 0;
}
