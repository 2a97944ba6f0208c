// libFuzzer: HTML pages to text (tags, scripts, comments, entities).
#include <string_view>

#include "load/html.h"

extern "C" int LLVMFuzzerTestOneInput(const uint8_t* data, size_t size) {
  const std::string_view html(reinterpret_cast<const char*>(data), size);
  coordreport::HtmlText page = coordreport::HtmlToText(html);
  // Text only shrinks or decodes entities: never more than a few bytes per input byte.
  if (page.text.size() > 4 * size + 16 || page.title.size() > 4 * size + 16) __builtin_trap();
  return 0;
}
