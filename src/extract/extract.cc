#include "extract/extract.h"

#include <algorithm>
#include <functional>
#include <map>
#include <set>

#include "extract/agencies.h"
#include "extract/article_text.h"
#include "extract/counts.h"
#include "extract/dates.h"
#include "extract/documents.h"
#include "extract/periods.h"
#include "extract/programs.h"
#include "extract/scan.h"
#include "model/text_util.h"
#include "normalize/boilerplate.h"
#include "normalize/text.h"

namespace coordreport {
namespace {

bool InsideAny(const std::vector<Span>& spans, size_t begin, size_t end) {
  for (const Span& s : spans)
    if (begin >= s.begin && end <= s.end) return true;
  return false;
}

// At most `max` bytes of `s`, with "…" when cut.
std::string Clip(std::string_view s, size_t max) {
  std::string out(s);
  if (out.size() <= max) return out;
  CutUtf8(out, max);
  return out + "…";
}

// The year most often written as "năm YYYY" in the article: what a reader
// would take as "this year" when a date leaves it out.
int DominantYear(const std::vector<PeriodMention>& periods) {
  std::map<int, int> votes;
  for (const PeriodMention& p : periods)
    if (p.kind == PeriodKind::kYear) ++votes[p.from];
  int best = 0, best_votes = 0;
  for (auto [year, n] : votes)
    if (n > best_votes) best = year, best_votes = n;
  return best;
}

// The event date is the date of the meeting the article reports: the first
// date in the headline or lead paragraphs that is not part of a citation
// nor the signing date of an earlier instrument.
std::string PickEventDate(const ArticleText& a, const std::vector<DateMention>& dates,
                          const std::vector<Span>& citations, const std::vector<PeriodMention>& periods,
                          const std::string& published, std::vector<std::string>& warnings) {
  size_t lead_end = a.headline_end;
  for (int paragraphs = 0; paragraphs < 2; ++paragraphs) {
    size_t next = a.text.find("\n\n", lead_end + 2);
    lead_end = next == std::string::npos ? a.text.size() : next;
  }
  for (const DateMention& d : dates) {
    if (d.begin >= lead_end) break;
    if (d.date.day == 0 || InsideAny(citations, d.begin, d.end)) continue;
    size_t from = d.begin > 40 ? d.begin - 40 : 0;
    std::string_view before = std::string_view(a.key).substr(from, d.begin - from);
    if (before.find("ký kết") != std::string_view::npos || before.find("ban hành") != std::string_view::npos) continue;
    Date date = d.date;
    // "từ ngày 11/11 đến 15/11/2024": the range's end carries the year.
    if (!d.has_year) {
      for (const DateMention& e : dates) {
        if (e.begin < d.end || e.begin - d.end > 30 || !e.has_year) continue;
        std::string_view between = std::string_view(a.key).substr(d.end, e.begin - d.end);
        if (between.find("đến") != std::string_view::npos || between.find('-') != std::string_view::npos) {
          date.year = e.date.year - (date.month > e.date.month ? 1 : 0);
          return ToIso(date);
        }
        break;
      }
    }
    if (!d.has_year) {
      std::optional<Date> pub = ParseIsoDate(published);
      if (pub) {
        date.year = pub->year - (date.month > pub->month ? 1 : 0);
      } else if (int year = DominantYear(periods)) {
        date.year = year;
        warnings.push_back("event date " + std::to_string(date.day) + "/" + std::to_string(date.month) +
                           " has no year; " + std::to_string(year) + " inferred from the article's text");
      } else {
        warnings.push_back("event date " + std::to_string(date.day) + "/" + std::to_string(date.month) +
                           " has no year and none can be inferred");
        return "";
      }
      if (!IsValidDate(date.year, date.month, date.day)) return "";
    }
    return ToIso(date);
  }
  warnings.push_back(published.empty() ? "no event date found and no published date: the article is in no period"
                                       : "no event date found; the published date is used");
  return "";
}

std::string PickTitle(const std::string& headline, const ArticleText& a) {
  if (!headline.empty()) return headline;
  return Clip(a.FirstSentence(), 160);
}

// "Ban Tuyên giáo Tỉnh ủy" -> "Ban Tuyên giáo Tỉnh ủy Nghệ An" for a site
// of Nghệ An; names that already carry a place, or stop below the
// province, are left alone.
std::string WithProvince(const std::string& name, const std::string& province) {
  for (std::string_view level : {std::string_view(" Tỉnh ủy"), std::string_view(" tỉnh")})
    if (name.size() > level.size() && name.compare(name.size() - level.size(), level.size(), level) == 0)
      return name + " " + province;
  if (name == "Tỉnh ủy") return name + " " + province;
  return name;
}

void QualifyBySite(Record& r, const DomainTables& tables) {
  auto it = tables.site_provinces.find(r.site);
  if (it == tables.site_provinces.end()) return;
  for (AgencyMention& a : r.agencies) a.name = WithProvince(a.name, it->second);
  for (Program& p : r.programs) {
    for (std::string& party : p.parties) party = WithProvince(party, it->second);
    std::sort(p.parties.begin(), p.parties.end());
  }
}

}  // namespace

Extractor::Extractor(const DomainTables& tables) : tables_(tables), lexicon_(tables) {}

void Extractor::Extract(Record& r) {
  if (r.curated) {
    QualifyBySite(r, tables_);
    return;
  }
  CleanText clean = StripBoilerplate(NormalizeText(r.text));
  std::string headline = r.title.empty() ? clean.headline : NormalizeText(r.title);
  std::string body = std::move(clean.body);
  // The record brought its own title, so a line taken as headline is body.
  if (!r.title.empty() && !clean.headline.empty() && MatchKey(clean.headline) != MatchKey(headline))
    body.insert(0, clean.headline + "\n\n");
  ArticleText a = PrepareText(headline, body, splitter_);
  // Of the normalized body: equal for the same article reposted. Held in
  // memory only (never written), so the fast word-at-a-time library hash
  // does; byte-serial FNV-1a cost as much as a whole extractor.
  r.fingerprint = std::hash<std::string_view>{}(a.key);
  if (r.title.empty()) r.title = PickTitle(headline, a);

  DocumentFindings docs = FindDocuments(a, lexicon_);
  AgencyFindings agencies = FindAgencies(a, lexicon_, docs.citation_spans);
  std::vector<DateMention> dates = FindDates(a.key);
  std::vector<PeriodMention> periods = FindPeriods(a.key);

  r.warnings.clear();
  if (r.event_date.empty()) r.event_date = PickEventDate(a, dates, docs.citation_spans, periods, r.published, r.warnings);
  r.references = std::move(docs.references);
  r.agencies = std::move(agencies.agencies);
  r.programs = FindPrograms({a, lexicon_, agencies.spans, r.references, dates, periods, docs.citation_spans, r.event_date});
  r.counts = FindCounts(a, lexicon_);

  std::set<std::string> labels;
  for (const PeriodMention& p : periods)
    if (p.kind == PeriodKind::kCovered) labels.insert(p.Label());
  for (const Program& p : r.programs)
    if (!p.period.empty()) labels.insert(p.period);
  r.periods.assign(labels.begin(), labels.end());
  QualifyBySite(r, tables_);
}

}  // namespace coordreport
