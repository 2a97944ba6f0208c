// Just enough HTML handling to read a saved article page: text with
// paragraph breaks kept, scripts and styles dropped, entities decoded.
#pragma once

#include <string>
#include <string_view>

namespace coordreport {

struct HtmlText {
  std::string title;  // <title>, or the first <h1> when there is none
  std::string text;   // block elements become line breaks
};

HtmlText HtmlToText(std::string_view html);

}  // namespace coordreport
