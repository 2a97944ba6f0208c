// Vietnamese text canonicalization with ICU: the one place that decides what
// "the same text" means, so every later stage can match on plain bytes.
#pragma once

#include <string>
#include <string_view>

namespace coordreport {

// Replaces ill-formed UTF-8 with U+FFFD. Returns the number of replacements;
// the caller decides whether that is worth a warning.
int RepairUtf8(std::string& text);

// Canonical display form: NFC; modern tone placement on open "oa/oe/uy"
// syllables ("Uỷ" -> "Ủy", "hoà" -> "hòa", but "quý" untouched); Icelandic
// Ð/ð -> Đ/đ; every dash variant -> "-"; NBSP and other spaces -> " ",
// zero-width characters dropped; CR/CRLF -> LF; runs of spaces collapsed
// and trailing spaces cut on each line. Line structure is kept, because
// boilerplate detection reads paragraphs.
// REQUIRES: text is valid UTF-8 (see RepairUtf8).
std::string NormalizeText(std::string_view text);

namespace internal {
// NormalizeText through ICU for any input (the general path). Exposed so
// tests and the fuzzer can check that the fast path agrees with it.
std::string NormalizeTextWithIcu(std::string_view text);
}  // namespace internal

// Lower-case copy for matching with the SAME byte offsets as the input, so a
// match found in the key is also a span of the display text. Characters whose
// lower-case form has another UTF-8 length are left as they are (none of the
// Vietnamese alphabet is affected).
// REQUIRES: text is valid UTF-8.
std::string MatchKey(std::string_view text);

}  // namespace coordreport
