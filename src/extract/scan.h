// Small byte-level scanning helpers shared by the extractors. Extractors
// scan the match key (lower case, same offsets as the display text) with
// these instead of regular expressions: the grammars are small, and a
// hand-rolled scan anchored on digits or known words is an order of
// magnitude faster than a regex over the whole article.
#pragma once

#include <cstdint>
#include <string>
#include <string_view>

namespace coordreport::scan {

// Code point starting at byte `i` (and its length in `len`); -1 if invalid.
int32_t CodePointAt(std::string_view s, size_t i, int* len);
// Code point ending just before byte `i`, and its start in `start`.
int32_t CodePointBefore(std::string_view s, size_t i, size_t* start);

bool IsLetter(int32_t c);
bool IsUpper(int32_t c);
inline bool IsDigit(char c) { return c >= '0' && c <= '9'; }

// True when no letter or digit touches s[begin, end) on either side.
bool IsWordBoundedAt(std::string_view s, size_t begin, size_t end);
// True when s has `word` at `pos` as a whole word.
bool WordAt(std::string_view s, size_t pos, std::string_view word);

size_t SkipSpaces(std::string_view s, size_t pos);
size_t SkipSpacesBack(std::string_view s, size_t pos);

// Reads up to max_digits ASCII digits at pos; returns count read, value in *out.
size_t ReadNumber(std::string_view s, size_t pos, size_t max_digits, int* out);

// End of the word starting at `pos` (letters and digits).
size_t WordEnd(std::string_view s, size_t pos);

}  // namespace coordreport::scan
