// Strings as an .xlsx can hold them. libxlsxwriter writes the bytes it is
// given into the workbook's XML: one ill-formed UTF-8 byte, one control
// character or U+FFFF anywhere makes the whole file unreadable, a literal
// "_x000D_" is decoded by every reader, and Excel counts lengths in UTF-16
// units. Every string goes through XlsxText just before it reaches
// libxlsxwriter (cells, URLs, link text, table headers, properties).
#pragma once

#include <cstddef>
#include <string>
#include <string_view>

namespace coordreport {

// Excel's limits, in UTF-16 units.
constexpr size_t kMaxCellUnits = 32767;
constexpr size_t kMaxUrlUnits = 2079;
constexpr size_t kMaxHeaderUnits = 255;

struct XlsxTextOptions {
  size_t max_units = kMaxCellUnits;
  std::string_view marker;   // appended when the text is cut ("…")
  bool single_line = false;  // attributes and headers: tabs and line breaks become spaces
};

// `text` made safe: ill-formed UTF-8 becomes U+FFFD; characters XML 1.0
// forbids (C0 controls but tab and line breaks, U+FFFE, U+FFFF) become
// U+FFFD; a literal "_xHHHH_" is escaped as "_x005F_xHHHH_" so that readers
// show it as written; at most options.max_units UTF-16 units, cut between
// characters with the marker appended. Sets *cut when it had to cut.
std::string XlsxText(std::string_view text, const XlsxTextOptions& options = {}, bool* cut = nullptr);

// The length of valid UTF-8 `text` in UTF-16 units.
size_t Utf16Units(std::string_view text);

}  // namespace coordreport
