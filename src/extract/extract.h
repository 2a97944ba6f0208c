// Per-article extraction: normalize, strip boilerplate, then run each fact
// extractor over the prepared text. Pure per article, so articles can be
// extracted on any thread in any order.
#pragma once

#include "extract/lexicon.h"
#include "model/record.h"
#include "normalize/sentences.h"

namespace coordreport {

// Holds per-thread ICU state; make one per worker thread.
class Extractor {
 public:
  // REQUIRES: tables outlive the extractor.
  explicit Extractor(const DomainTables& tables);

  // Fills the extracted fields of `record` from its text. A curated record
  // (structured fields already present) is left as it is: hand-made data
  // is trusted. The text itself is not changed.
  void Extract(Record& record);

 private:
  const DomainTables& tables_;
  Lexicon lexicon_;
  SentenceSplitter splitter_;
};

}  // namespace coordreport
