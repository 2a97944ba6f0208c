// Period recognition: year-anchored scan, then the words before the span
// decide its kind.
#include "extract/periods.h"

#include "extract/scan.h"

namespace coordreport {
namespace {

using namespace scan;

bool IsYear(int y) { return y >= 1900 && y <= 2100; }

// True when one of `words` ends right before `pos` (spaces skipped).
bool AfterWord(std::string_view key, size_t pos, std::initializer_list<std::string_view> words) {
  size_t end = SkipSpacesBack(key, pos);
  for (std::string_view w : words) {
    if (end >= w.size() && key.substr(end - w.size(), w.size()) == w && IsWordBoundedAt(key, end - w.size(), end))
      return true;
  }
  return false;
}

// Looks a few words back (same sentence) for a marker.
bool MarkerWithin(std::string_view key, size_t pos, size_t window, std::string_view marker) {
  size_t from = pos > window ? pos - window : 0;
  std::string_view before = key.substr(from, pos - from);
  size_t stop = before.find_last_of(".;:");
  if (stop != std::string_view::npos) before = before.substr(stop + 1);
  return before.find(marker) != std::string_view::npos;
}

// Inside “…” (or "…") that opens before `pos` and closes after it.
bool InsideQuotes(std::string_view key, size_t pos) {
  static constexpr std::string_view kOpen = "\xE2\x80\x9C", kClose = "\xE2\x80\x9D";  // “ ”
  size_t from = pos > 400 ? pos - 400 : 0;
  std::string_view before = key.substr(from, pos - from);
  size_t open = before.rfind(kOpen), close = before.rfind(kClose);
  if (open == std::string_view::npos || (close != std::string_view::npos && close > open)) return false;
  size_t end = key.find(kClose, pos);
  return end != std::string_view::npos && end - pos < 400;
}

}  // namespace

std::string PeriodMention::Label() const {
  return from == to ? std::to_string(from) : std::to_string(from) + "-" + std::to_string(to);
}

std::vector<PeriodMention> FindPeriods(std::string_view key) {
  std::vector<PeriodMention> found;
  for (size_t i = 0; i + 4 <= key.size(); ++i) {
    if (!IsDigit(key[i])) continue;
    if (i > 0 && (IsDigit(key[i - 1]) || key[i - 1] == '/' || key[i - 1] == '.' || key[i - 1] == '-')) {
      while (i < key.size() && IsDigit(key[i])) ++i;
      continue;
    }
    int from = 0;
    if (ReadNumber(key, i, 4, &from) != 4 || !IsYear(from)) {
      while (i + 1 < key.size() && IsDigit(key[i + 1])) ++i;
      continue;
    }
    PeriodMention m{i, i + 4, from, from, PeriodKind::kYear};
    size_t p = SkipSpaces(key, i + 4);
    int to = 0;
    if (p < key.size() && key[p] == '-') {
      size_t q = SkipSpaces(key, p + 1);
      if (ReadNumber(key, q, 4, &to) == 4 && IsYear(to) && to > from) {
        m.to = to;
        m.end = q + 4;
      }
    } else if (WordAt(key, p, "đến") && AfterWord(key, i, {"giai đoạn", "từ", "từ năm"})) {
      // "giai đoạn 2014 đến 2020"
      size_t q = SkipSpaces(key, p + std::string_view("đến").size());
      if (WordAt(key, q, "năm")) q = SkipSpaces(key, q + std::string_view("năm").size());
      if (ReadNumber(key, q, 4, &to) == 4 && IsYear(to) && to > from && (q + 4 >= key.size() || !IsDigit(key[q + 4]))) {
        m.to = to;
        m.end = q + 4;
      }
    }
    // Part of a date ("19/11/2024") or a legal number ("36/2021/QH15").
    if (m.end < key.size() && key[m.end] == '/') {
      i = m.end;
      continue;
    }
    const bool parenthesized = i > 0 && key[SkipSpacesBack(key, i) - 1] == '(';
    if (m.from != m.to) {
      if (AfterWord(key, i, {"nhiệm kỳ", "khóa", "niên khóa", "năm học"}))
        m.kind = PeriodKind::kTerm;
      else if (m.to - m.from > 10 || (parenthesized && !MarkerWithin(key, i, 40, "giai đoạn")))
        m.kind = PeriodKind::kAnniversary;
      else
        m.kind = PeriodKind::kCovered;
    } else {
      if (!AfterWord(key, i, {"năm"})) {
        i = m.end - 1;
        continue;  // a bare number that happens to look like a year
      }
      size_t nam = SkipSpacesBack(key, i) - std::string_view("năm").size();
      // "ngày 22 tháng 10 năm 2018": a date's year, not a span.
      if (size_t before = SkipSpacesBack(key, nam); before > 0 && IsDigit(key[before - 1])) {
        size_t digits = before;
        while (digits > 0 && IsDigit(key[digits - 1])) --digits;
        if (AfterWord(key, digits, {"tháng"})) {
          i = m.end - 1;
          continue;
        }
      }
      if (AfterWord(key, nam, {"đến", "tới", "tầm nhìn", "tầm nhìn đến"}))
        m.kind = PeriodKind::kHorizon;
      else
        m.kind = PeriodKind::kYear;
    }
    if (InsideQuotes(key, i)) m.kind = PeriodKind::kName;
    found.push_back(m);
    i = m.end - 1;
  }
  return found;
}

}  // namespace coordreport
