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
#include "extract/event_date.h"
#include "extract/periods.h"
#include "extract/programs.h"
#include "extract/province.h"
#include "extract/scan.h"
#include "model/text_util.h"
#include "normalize/boilerplate.h"
#include "normalize/text.h"

namespace coordreport {
namespace {

// At most `max` bytes of `s`, with "…" when cut.
std::string Clip(std::string_view s, size_t max) {
  std::string out(s);
  if (out.size() <= max) return out;
  CutUtf8(out, max);
  return out + "…";
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

// The record's province: the configured site's, else the one the article
// names (`key` may be empty: a curated record's agencies and title say).
void SetProvince(Record& r, const DomainTables& tables, std::string_view key) {
  if (!r.province.empty()) return;  // given with the input
  if (auto it = tables.site_provinces.find(r.site); it != tables.site_provinces.end()) r.province = it->second;
  else if (!key.empty()) r.province = ArticleProvince(key, r.agencies);
  else r.province = ArticleProvince(MatchKey(r.title), r.agencies);
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
    SetProvince(r, tables_, "");
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
  // Of the normalized body, not the headline: equal for the same article
  // reposted under another title. Held in memory only (never written), so
  // the fast word-at-a-time library hash does; byte-serial FNV-1a cost as
  // much as a whole extractor.
  const std::string_view key_body =
      a.headline_end > 0 && a.key.size() > a.headline_end + 2 ? std::string_view(a.key).substr(a.headline_end + 2)
                                                              : std::string_view(a.key);
  r.fingerprint = std::hash<std::string_view>{}(key_body);
  if (r.title.empty()) r.title = PickTitle(headline, a);

  DocumentFindings docs = FindDocuments(a, lexicon_);
  AgencyFindings agencies = FindAgencies(a, lexicon_, docs.citation_spans);
  std::vector<DateMention> dates = FindDates(a.key);
  std::vector<PeriodMention> periods = FindPeriods(a.key);

  r.warnings.clear();
  if (r.event_date.empty())
    r.event_date = PickEventDate({a, dates, docs.citation_spans, periods, clean.stamps, r.published}, r.warnings);
  r.references = std::move(docs.references);
  r.agencies = std::move(agencies.agencies);
  ProgramFindings programs =
      FindPrograms({a, lexicon_, agencies.spans, r.references, dates, periods, docs.citation_spans, r.event_date});
  r.programs = std::move(programs.programs);
  // Groups, bare places and bodies named only in titles are agencies of the
  // article when they are parties.
  for (const Program& p : r.programs) {
    for (const std::string& party : p.parties) {
      if (std::any_of(r.agencies.begin(), r.agencies.end(), [&](const AgencyMention& m) { return m.name == party; }))
        continue;
      int mentions = 0;
      for (const AgencySpan& s : agencies.spans) mentions += s.name == party;
      r.agencies.push_back({party, std::max(mentions, 1)});
    }
  }
  r.counts = FindCounts(a, lexicon_);

  r.periods = std::move(programs.periods);
  SetProvince(r, tables_, a.key);
  QualifyBySite(r, tables_);
}

}  // namespace coordreport
