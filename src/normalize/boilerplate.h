// Separates an article from the page around it: site banners, breadcrumbs,
// share widgets, photo captions, bylines and, above all, lists of other
// articles' headlines, which cite documents and agencies that are not this
// article's. Works on lines, because that is how page structure survives
// into crawled text.
#pragma once

#include <string>
#include <string_view>

namespace coordreport {

struct CleanText {
  std::string headline;  // detected headline, "" when the page shows none
  std::string body;      // kept paragraphs, separated by blank lines
  // The page's date stamps ("Thứ Hai, 26/06/2023, 19:21 [GMT+7]", "Cập
  // nhật 21/3/2019", " date 2020-06"), one per line as written (an ISO
  // stamp as d/m/yyyy or "tháng m/yyyy"), in page order: not the
  // article's text, but what gives a year to "Chiều 8-1".
  std::string stamps;
  int dropped_lines = 0;
};

// REQUIRES: text is NormalizeText output (LF line ends, single spaces).
CleanText StripBoilerplate(std::string_view text);

}  // namespace coordreport
