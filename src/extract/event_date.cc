#include "extract/event_date.h"

#include <algorithm>
#include <map>

#include "extract/scan.h"
#include "normalize/text.h"

namespace coordreport {
namespace {

using namespace scan;

bool InsideAny(const std::vector<Span>& spans, size_t begin, size_t end) {
  for (const Span& s : spans)
    if (begin >= s.begin && end <= s.end) return true;
  return false;
}

// The words before `pos` (up to `window` bytes) contain `word`.
bool Before(std::string_view key, size_t pos, size_t window, std::string_view word) {
  size_t from = pos > window ? pos - window : 0;
  return key.substr(from, pos - from).find(word) != std::string_view::npos;
}

// A date announced as the time of something: "Chiều 8-1", "Ngày 28/2",
// "sáng nay 29/11".
bool Announced(std::string_view key, size_t pos) {
  size_t end = SkipSpacesBack(key, pos);
  for (std::string_view w : {"ngày", "sáng", "chiều", "trưa", "tối", "đêm", "nay", "qua", "hôm", "vào"}) {
    if (end >= w.size() && key.substr(end - w.size(), w.size()) == w && IsWordBoundedAt(key, end - w.size(), end))
      return true;
  }
  return false;
}

// Part of an anniversary "(1/1/1997 - 1/1/2017)".
bool InBracketedRange(std::string_view key, size_t begin, size_t end) {
  size_t from = begin > 24 ? begin - 24 : 0;
  std::string_view before = key.substr(from, begin - from);
  size_t open = before.rfind('(');
  if (open == std::string_view::npos || before.find(')', open) != std::string_view::npos) return false;
  size_t close = key.find(')', end);
  return close != std::string_view::npos && close - end < 24 &&
         key.substr(from, close - from).find('-') != std::string_view::npos;
}

// The most voted "năm YYYY" of the article: what a reader would take as
// "this year" when nothing else says.
int DominantYear(const std::vector<PeriodMention>& periods) {
  std::map<int, int> votes;
  for (const PeriodMention& p : periods)
    if (p.kind == PeriodKind::kYear) ++votes[p.from];
  int best = 0, best_votes = 0;
  for (auto [year, n] : votes)
    if (n > best_votes) best = year, best_votes = n;
  return best;
}

// A stamp agrees with a day and month when it is that day or up to three
// days after (the report is published after the event); the year is then
// the stamp's, one less across New Year.
int AgreeingYear(const Date& d, const std::vector<Date>& stamps) {
  for (const Date& s : stamps) {
    if (s.day == 0) continue;
    for (int year : {s.year, s.year - 1}) {
      if (!IsValidDate(year, d.month, d.day)) continue;
      const long gap = DaysFromCivil(s) - DaysFromCivil({year, d.month, d.day});
      if (gap >= 0 && gap <= 3) return year;
    }
  }
  for (const Date& s : stamps)
    if (s.day == 0 && s.month == d.month) return s.year;  // " date 2020-06" and "Chiều 2/6"
  return 0;
}

// A year the event's sentence states for itself: a dated thing in it
// ("… (8-3-1910 - 8-3-2023)"), "năm 2024" that is not an instrument's.
int SentenceYear(const EventDateInput& in, const Span& s) {
  int year = 0;
  for (const DateMention& d : in.dates)
    if (d.begin >= s.begin && d.end <= s.end && d.has_year && !InsideAny(in.citations, d.begin, d.end))
      year = std::max(year, d.date.year);
  const std::string_view key = in.article.key;
  for (const PeriodMention& p : in.periods) {
    if (p.begin < s.begin || p.end > s.end || p.kind != PeriodKind::kYear) continue;
    bool instrument = false;
    for (std::string_view w : {"phối hợp", "chương trình", "quy chế", "kế hoạch", "thỏa thuận", "hợp tác", "giai đoạn"})
      instrument = instrument || Before(key, p.begin, 48, w);
    if (!instrument) year = std::max(year, p.from);
  }
  return year;
}

}  // namespace

std::string PickEventDate(const EventDateInput& in, std::vector<std::string>& warnings) {
  const ArticleText& a = in.article;
  const std::string_view key = a.key;
  size_t lead_end = a.headline_end;
  for (int paragraphs = 0; paragraphs < 3; ++paragraphs) {
    size_t next = a.text.find("\n\n", lead_end + 2);
    lead_end = next == std::string::npos ? a.text.size() : next;
  }
  // The first announced date of the lead, else its first date; never a
  // cited document's, an anniversary's, or an earlier signing's.
  const DateMention* chosen = nullptr;
  for (const DateMention& d : in.dates) {
    if (d.begin >= lead_end) break;
    if (d.date.day == 0 || InsideAny(in.citations, d.begin, d.end) || InBracketedRange(key, d.begin, d.end)) continue;
    if (Before(key, d.begin, 40, "ký kết") || Before(key, d.begin, 40, "ban hành")) continue;
    if (Announced(key, d.begin)) {
      chosen = &d;
      break;
    }
    if (!chosen) chosen = &d;
  }
  if (!chosen) {
    warnings.push_back(in.published.empty() ? "no event date found and no published date: the article is in no period"
                                            : "no event date found; the published date is used");
    return "";
  }
  Date date = chosen->date;
  if (chosen->has_year) return ToIso(date);

  // "từ ngày 11/11 đến 15/11/2024": the range's end carries the year.
  for (const DateMention& e : in.dates) {
    if (e.begin < chosen->end || e.begin - chosen->end > 30 || !e.has_year) continue;
    std::string_view between = key.substr(chosen->end, e.begin - chosen->end);
    if (between.find("đến") != std::string_view::npos || between.find('-') != std::string_view::npos) {
      date.year = e.date.year - (date.month > e.date.month ? 1 : 0);
      return ToIso(date);
    }
    break;
  }
  // The page's own stamps, and the record's published date.
  std::vector<Date> stamps;
  const std::string stamp_key = MatchKey(in.stamps);
  for (const DateMention& s : FindDates(stamp_key))
    if (s.has_year) stamps.push_back(s.date);
  std::optional<Date> published = ParseIsoDate(in.published);
  if (published) stamps.push_back(*published);
  if (int year = AgreeingYear(date, stamps); year) {
    date.year = year;
    return ToIso(date);
  }
  if (int year = SentenceYear(in, a.SentenceSpanAt(chosen->begin)); year) {
    date.year = year;
    return ToIso(date);
  }
  // Nothing certain: the latest stamp's year, else the article's year.
  std::string source;
  for (const Date& s : stamps) {
    if (s.year > date.year) {
      date.year = s.year - (date.month > s.month ? 1 : 0);
      source = "the page's date";
    }
  }
  if (!date.year && (date.year = DominantYear(in.periods))) source = "the article's text";
  const std::string day_month = std::to_string(date.day) + "/" + std::to_string(date.month);
  if (!date.year || !IsValidDate(date.year, date.month, date.day)) {
    warnings.push_back("event date " + day_month + " has no year and none can be inferred");
    return "";
  }
  warnings.push_back("event date " + day_month + " has no year; " + std::to_string(date.year) + " inferred from " +
                     source);
  return ToIso(date);
}

}  // namespace coordreport
