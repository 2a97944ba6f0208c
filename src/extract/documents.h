// Document numbers ("số, ký hiệu") of party, legal and administrative
// documents, by the grammars of shared/DOMAIN.md:
//   party           35-NQ/TW, 05-QCPH/BTGTU-ĐUK, "23 - NQ/TƯ"
//   legal           36/2021/QH15, 30/2020/NĐ-CP
//   administrative  1893/QĐ-ĐDN
// with the type word before ("Nghị quyết số …"), the issue date after
// ("ngày 22/10/2018") and the issuing body ("của Bộ Chính trị"). Short forms
// ("Chỉ thị 05") resolve to a full number cited in the same article.
#pragma once

#include <vector>

#include "extract/article_text.h"
#include "extract/lexicon.h"
#include "model/record.h"
#include "normalize/sentences.h"

namespace coordreport {

struct DocumentFindings {
  std::vector<DocumentReference> references;  // one per canonical id, first-cited order
  std::vector<Span> citation_spans;            // type word .. issuing body, per mention
};

DocumentFindings FindDocuments(const ArticleText& article, const Lexicon& lexicon);

// Canonical id of a number as written ("5 - CT/TƯ" -> "05-CT/TƯ"), or ""
// when `written` is not a document number. Exposed for tests and config.
std::string CanonicalDocumentId(std::string_view written);

// The key one document has however its number is written: "35-NQ/TƯ" and
// "35-NQ/TW" (TƯ is a common variant of TW) are one Nghị quyết.
std::string DocumentKey(std::string_view id);

}  // namespace coordreport
