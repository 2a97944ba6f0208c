// Helpers shared by the extractor tests.
#pragma once

#include <string>

#include "extract/article_text.h"
#include "normalize/sentences.h"
#include "normalize/text.h"

namespace coordreport::testing {

// The prepared text of a body (no headline), as the extractor builds it.
// The splitter must outlive the text (sentences are split on demand).
inline ArticleText Article(const std::string& body) {
  static SentenceSplitter splitter;
  return PrepareText("", NormalizeText(body), splitter);
}

}  // namespace coordreport::testing
