// BreakIterator over a UTF-8 UText, so the boundaries it returns are byte
// offsets into our strings and nothing is converted to UTF-16.
#include "normalize/sentences.h"

#include <unicode/brkiter.h>
#include <unicode/filteredbrk.h>
#include <unicode/utext.h>

#include <stdexcept>
#include <string>

namespace coordreport {
namespace {

// Abbreviations that end in "." inside a Vietnamese sentence.
constexpr const char* kAbbreviations[] = {
    "TP.", "Tp.", "TS.", "ThS.", "PGS.", "GS.", "Q.", "P.", "TX.", "TT.", "BS.", "KS.", "CN.",
    "NXB.", "Th.S.", "PGS.TS.", "GS.TS.", "Đ/c.", "đ/c.", "St.", "Nxb."};

void Check(UErrorCode status, const char* what) {
  if (U_FAILURE(status)) throw std::runtime_error(std::string(what) + ": " + u_errorName(status));
}

bool IsSpaceByte(char c) { return c == ' ' || c == '\n' || c == '\t'; }

}  // namespace

struct SentenceSplitter::Impl {
  std::unique_ptr<icu::BreakIterator> iterator;
};

SentenceSplitter::SentenceSplitter() : impl_(std::make_unique<Impl>()) {
  UErrorCode status = U_ZERO_ERROR;
  std::unique_ptr<icu::BreakIterator> base(icu::BreakIterator::createSentenceInstance(icu::Locale("vi"), status));
  Check(status, "ICU sentence iterator");
  std::unique_ptr<icu::FilteredBreakIteratorBuilder> builder(
      icu::FilteredBreakIteratorBuilder::createEmptyInstance(status));
  Check(status, "ICU filtered break builder");
  for (const char* abbreviation : kAbbreviations) builder->suppressBreakAfter(icu::UnicodeString::fromUTF8(abbreviation), status);
  Check(status, "ICU break suppressions");
  impl_->iterator.reset(builder->wrapIteratorWithFilter(base.release(), status));
  Check(status, "ICU filtered break iterator");
}

SentenceSplitter::~SentenceSplitter() = default;

std::vector<Span> SentenceSplitter::Split(std::string_view text) {
  std::vector<Span> spans;
  UErrorCode status = U_ZERO_ERROR;
  UText* ut = utext_openUTF8(nullptr, text.data(), static_cast<int64_t>(text.size()), &status);
  Check(status, "ICU UText");
  impl_->iterator->setText(ut, status);
  Check(status, "ICU setText");
  int32_t start = impl_->iterator->first();
  for (int32_t end = impl_->iterator->next(); end != icu::BreakIterator::DONE; start = end, end = impl_->iterator->next()) {
    size_t b = static_cast<size_t>(start), e = static_cast<size_t>(end);
    while (b < e && IsSpaceByte(text[b])) ++b;
    while (e > b && IsSpaceByte(text[e - 1])) --e;
    if (b < e) spans.push_back({b, e});
  }
  // The iterator keeps a pointer to the UText: detach before freeing it.
  impl_->iterator->setText(icu::UnicodeString());
  utext_close(ut);
  return spans;
}

}  // namespace coordreport
