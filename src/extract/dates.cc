// Digit-anchored scanner for dates; see dates.h for the forms.
#include "extract/dates.h"

#include "extract/scan.h"

namespace coordreport {
namespace {

using namespace scan;

bool PrecededBy(std::string_view key, size_t pos, std::string_view word) {
  size_t end = SkipSpacesBack(key, pos);
  if (end < word.size()) return false;
  size_t start = end - word.size();
  return key.substr(start, word.size()) == word && IsWordBoundedAt(key, start, end);
}

// "12 tháng 4 năm 2023", "12 tháng 4", or (month form) "4 năm 2023" after "tháng".
bool ParseWordDate(std::string_view key, size_t pos, DateMention* out) {
  int day = 0, month = 0, year = 0;
  size_t n = ReadNumber(key, pos, 2, &day);
  if (!n) return false;
  size_t p = SkipSpaces(key, pos + n);
  if (!WordAt(key, p, "tháng")) return false;
  p = SkipSpaces(key, p + std::string_view("tháng").size());
  size_t m = ReadNumber(key, p, 2, &month);
  if (!m) return false;
  p += m;
  size_t q = SkipSpaces(key, p);
  if (q < key.size() && key[q] == ',') q = SkipSpaces(key, q + 1);
  if (WordAt(key, q, "năm")) {
    size_t r = SkipSpaces(key, q + std::string_view("năm").size());
    size_t y = ReadNumber(key, r, 4, &year);
    if (y == 4) p = r + 4;
    else year = 0;
  }
  if (!IsValidDate(year ? year : 2000, month, day) || day == 0) return false;
  *out = {pos, p, {year, month, day}, year != 0};
  return true;
}

// "19/11/2024", "19-11-2024", "19.11.2024", "25/2"; "6/2023" (month) only
// after "tháng".
bool ParseNumericDate(std::string_view key, size_t pos, DateMention* out) {
  int a = 0, b = 0, year = 0;
  size_t n = ReadNumber(key, pos, 2, &a);
  if (!n || pos + n >= key.size()) return false;
  char sep = key[pos + n];
  if (sep != '/' && sep != '-' && sep != '.') return false;
  size_t p = pos + n + 1;
  size_t m = ReadNumber(key, p, 4, &b);
  if (!m) return false;
  const bool after_thang = PrecededBy(key, pos, "tháng");
  if (m == 4) {  // month/year: "tháng 6/2023"
    if (!after_thang || sep != '/' || !IsValidDate(b, a, 0)) return false;
    *out = {pos, p + 4, {b, a, 0}, true};
    return true;
  }
  if (m > 2) return false;
  p += m;
  if (p + 1 < key.size() && key[p] == sep && IsDigit(key[p + 1])) {
    size_t y = ReadNumber(key, p + 1, 4, &year);
    if (y != 4) return false;
    p += 5;
  }
  if (p < key.size() && (IsDigit(key[p]) || key[p] == '/')) return false;
  // Without a year, "." and "-" are too ambiguous (1.5 million, 2-3 times)
  // unless a time word announces a date ("Sáng 17.4", "Hôm qua 22.2").
  if (!year && sep != '/') {
    bool announced = false;
    for (std::string_view w : {"ngày", "sáng", "chiều", "trưa", "tối", "qua", "nay", "đêm"})
      announced = announced || PrecededBy(key, pos, w);
    if (!announced) return false;
  }
  if (!IsValidDate(year ? year : 2000, b, a) || a == 0) return false;
  // A date never runs into letters: "5-NQ" is a document number.
  int len;
  if (IsLetter(CodePointAt(key, p, &len))) return false;
  *out = {pos, p, {year, b, a}, year != 0};
  return true;
}

// "tháng 6 năm 2023" -> 2023-06.
bool ParseMonthWords(std::string_view key, size_t pos, DateMention* out) {
  if (!PrecededBy(key, pos, "tháng")) return false;
  int month = 0, year = 0;
  size_t n = ReadNumber(key, pos, 2, &month);
  if (!n) return false;
  size_t p = SkipSpaces(key, pos + n);
  if (!WordAt(key, p, "năm")) return false;
  p = SkipSpaces(key, p + std::string_view("năm").size());
  if (ReadNumber(key, p, 4, &year) != 4 || !IsValidDate(year, month, 0)) return false;
  *out = {pos, p + 4, {year, month, 0}, true};
  return true;
}

}  // namespace

bool ParseDateAt(std::string_view key, size_t pos, DateMention* out) {
  pos = SkipSpaces(key, pos);
  if (WordAt(key, pos, "ngày")) pos = SkipSpaces(key, pos + std::string_view("ngày").size());
  if (pos >= key.size() || !IsDigit(key[pos])) return false;
  return ParseWordDate(key, pos, out) || ParseNumericDate(key, pos, out) || ParseMonthWords(key, pos, out);
}

std::vector<DateMention> FindDates(std::string_view key) {
  std::vector<DateMention> found;
  for (size_t i = 0; i < key.size(); ++i) {
    if (!IsDigit(key[i])) continue;
    if (i > 0) {
      char prev = key[i - 1];
      if (IsDigit(prev) || prev == '/' || prev == '.' || prev == '-' || prev == ',' ||
          (static_cast<unsigned char>(prev) < 0x80 && IsLetter(prev))) {
        while (i < key.size() && IsDigit(key[i])) ++i;
        continue;
      }
    }
    DateMention m;
    if (ParseWordDate(key, i, &m) || ParseNumericDate(key, i, &m) || ParseMonthWords(key, i, &m)) {
      found.push_back(m);
      i = m.end - 1;
    } else {
      while (i + 1 < key.size() && IsDigit(key[i + 1])) ++i;
    }
  }
  return found;
}

}  // namespace coordreport
