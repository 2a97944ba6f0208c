#include "model/text_util.h"

#include <cstdio>

namespace coordreport {

std::string Printable(std::string_view text, size_t max_bytes) {
  std::string out;
  const auto* s = reinterpret_cast<const uint8_t*>(text.data());
  const int32_t n = static_cast<int32_t>(text.size());
  for (int32_t i = 0; i < n;) {
    const size_t before = out.size();
    UChar32 c;
    U8_NEXT(s, i, n, c);
    if (c < 0) {
      AppendUtf8(out, 0xFFFD);
    } else if (c == '\n') {
      out += "\\n";
    } else if (c == '\r') {
      out += "\\r";
    } else if (c == '\t') {
      out += "\\t";
    } else if (c < 0x20 || c == 0x7F || (c >= 0x80 && c < 0xA0)) {
      char escape[12];
      std::snprintf(escape, sizeof escape, "\\x%02X", static_cast<unsigned>(c));
      out += escape;
    } else {
      AppendUtf8(out, c);
    }
    if (out.size() > max_bytes) {
      out.resize(before);
      out += "…";
      break;
    }
  }
  return out;
}

}  // namespace coordreport
