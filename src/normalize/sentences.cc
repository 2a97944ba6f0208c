// ICU's sentence BreakIterator over UTF-16 copies of our UTF-8 lines; the
// boundaries it returns are mapped back to byte offsets.
#include "normalize/sentences.h"

#include <unicode/brkiter.h>
#include <unicode/filteredbrk.h>
#include <unicode/utext.h>
#include <unicode/utf16.h>
#include <unicode/utf8.h>

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
  std::u16string units;           // the text being split, as UTF-16
  std::vector<uint32_t> byte_at;  // per unit of `units`, its byte offset in the UTF-8 text
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
  // ICU walks UTF-16 text faster than a UTF-8 UText, which converts
  // chunk by chunk as it goes: convert once, keeping the byte offset of
  // every UTF-16 unit.
  std::u16string& units = impl_->units;
  std::vector<uint32_t>& byte_at = impl_->byte_at;
  units.clear();
  byte_at.clear();
  const auto* s = reinterpret_cast<const uint8_t*>(text.data());
  const int32_t n = static_cast<int32_t>(text.size());
  for (int32_t i = 0; i < n;) {
    const int32_t start = i;
    UChar32 c;
    U8_NEXT(s, i, n, c);
    if (c < 0) c = 0xFFFD;
    if (c <= 0xFFFF) {
      units.push_back(static_cast<char16_t>(c));
      byte_at.push_back(static_cast<uint32_t>(start));
    } else {
      units.push_back(U16_LEAD(c));
      units.push_back(U16_TRAIL(c));
      byte_at.push_back(static_cast<uint32_t>(start));
      byte_at.push_back(static_cast<uint32_t>(start));
    }
  }
  byte_at.push_back(static_cast<uint32_t>(text.size()));

  std::vector<Span> spans;
  UErrorCode status = U_ZERO_ERROR;
  UText* ut = utext_openUChars(nullptr, units.data(), static_cast<int64_t>(units.size()), &status);
  Check(status, "ICU UText");
  impl_->iterator->setText(ut, status);
  Check(status, "ICU setText");
  int32_t start = impl_->iterator->first();
  for (int32_t end = impl_->iterator->next(); end != icu::BreakIterator::DONE; start = end, end = impl_->iterator->next()) {
    size_t b = byte_at[static_cast<size_t>(start)], e = byte_at[static_cast<size_t>(end)];
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
