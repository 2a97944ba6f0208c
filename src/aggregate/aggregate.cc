#include "aggregate/aggregate.h"

#include <algorithm>
#include <map>
#include <optional>
#include <set>

#include "normalize/collate.h"

namespace coordreport {
namespace {

struct Dated {
  const Record* record;
  std::optional<Date> date;
  bool from_published = false;
};

Dated DateOf(const Record& r) {
  Dated d{&r, std::nullopt, false};
  if (auto e = ParseIsoDate(r.event_date)) d.date = e;
  else if (auto p = ParseIsoDate(r.published)) d.date = p, d.from_published = true;
  return d;
}

bool InPeriod(const Dated& d, const Period& p) { return d.date && Contains(p, *d.date); }

struct ProgramState {
  ProgramRow row;
  std::vector<std::pair<std::string, Date>> actions;  // action, date
};

bool Active(const ProgramRow& row, const Period& p) {
  for (const auto& [first, last] : row.spans)
    if (Overlaps(p, first, last)) return true;
  for (const Date& d : row.dates)
    if (Contains(p, d)) return true;
  return false;
}

std::string Join(const std::vector<std::string>& parts, const char* sep) {
  std::string out;
  for (const std::string& p : parts) {
    if (!out.empty()) out += sep;
    out += p;
  }
  return out;
}

void AddUnique(std::vector<std::string>& v, const std::string& s) {
  if (!s.empty() && std::find(v.begin(), v.end(), s) == v.end()) v.push_back(s);
}

std::vector<ProgramState> CollectPrograms(const std::vector<Dated>& dated) {
  std::vector<ProgramState> states;
  std::map<std::string, size_t> index;
  for (const Dated& d : dated) {
    for (const Program& p : d.record->programs) {
      if (p.parties.size() < 2) continue;
      std::vector<std::string> parties = p.parties;
      std::sort(parties.begin(), parties.end());
      std::string key = p.instrument + "|" + Join(parties, "|");
      auto [it, inserted] = index.emplace(key, states.size());
      if (inserted) {
        ProgramState s;
        s.row.instrument = p.instrument;
        s.row.parties = parties;
        s.row.evidence = p.evidence;
        states.push_back(std::move(s));
      }
      ProgramState& s = states[it->second];
      ProgramRow& row = s.row;
      if (row.reference.empty()) row.reference = p.reference;
      if (row.signed_on.empty()) row.signed_on = p.signed_on;
      AddUnique(row.sources, d.record->id);
      Date first, last;
      if (CoveredSpan(p.period, &first, &last)) {
        AddUnique(row.periods, p.period);
        row.spans.emplace_back(first, last);
      }
      std::optional<Date> when = ParseIsoDate(p.date);
      if (!when) when = d.date;
      if (when) {
        row.dates.push_back(*when);
        if (!p.action.empty()) s.actions.emplace_back(p.action, *when);
      }
      if (auto sd = ParseIsoDate(p.signed_on)) s.actions.emplace_back("ký kết", *sd);
    }
  }
  for (ProgramState& s : states) {
    std::sort(s.actions.begin(), s.actions.end(), [](const auto& a, const auto& b) {
      return a.second != b.second ? a.second < b.second : a.first < b.first;
    });
    s.actions.erase(std::unique(s.actions.begin(), s.actions.end()), s.actions.end());
    for (const auto& [action, date] : s.actions) s.row.actions.emplace_back(action, ToIso(date));
    std::sort(s.row.periods.begin(), s.row.periods.end());
  }
  return states;
}

PeriodFigures Figures(const Period& p, const std::vector<Dated>& dated, const std::vector<ProgramState>& programs) {
  PeriodFigures f;
  f.period = p;
  std::set<std::string> documents, agencies;
  std::set<std::pair<std::string, std::string>> pairs;
  for (const Dated& d : dated) {
    if (!InPeriod(d, p)) continue;
    ++f.articles;
    for (const auto& r : d.record->references) documents.insert(r.id);
    for (const auto& a : d.record->agencies) agencies.insert(a.name);
  }
  for (const ProgramState& s : programs) {
    if (!Active(s.row, p)) continue;
    ++f.programs_active;
    for (const auto& [action, date] : s.actions) {
      if (action == "ký kết" && Contains(p, date)) {
        ++f.programs_signed;
        break;
      }
    }
    for (size_t i = 0; i < s.row.parties.size(); ++i)
      for (size_t j = i + 1; j < s.row.parties.size(); ++j) pairs.emplace(s.row.parties[i], s.row.parties[j]);
  }
  f.documents = static_cast<int>(documents.size());
  f.agencies = static_cast<int>(agencies.size());
  f.pairs = static_cast<int>(pairs.size());
  return f;
}

}  // namespace

Report BuildReport(const std::vector<Record>& records, const Period& span, const Period& previous,
                   const std::vector<Period>& periods, const std::vector<Diagnostic>& diagnostics) {
  Report report;
  report.span = span;
  report.records = static_cast<long>(records.size());
  std::vector<Dated> dated;
  dated.reserve(records.size());
  for (const Record& r : records) dated.push_back(DateOf(r));

  std::vector<ProgramState> programs = CollectPrograms(dated);
  for (const Period& p : periods) report.series.push_back(Figures(p, dated, programs));
  report.current = Figures(span, dated, programs);
  report.previous = Figures(previous, dated, programs);

  // Programs active in the span.
  std::map<std::string, std::set<std::string>> partners;
  std::map<std::string, int> agency_programs;
  std::map<std::pair<std::string, std::string>, int> pair_counts;
  for (const ProgramState& s : programs) {
    if (!Active(s.row, span)) continue;
    report.programs.push_back(s.row);
    for (size_t i = 0; i < s.row.parties.size(); ++i) {
      ++agency_programs[s.row.parties[i]];
      for (size_t j = 0; j < s.row.parties.size(); ++j) {
        if (i == j) continue;
        partners[s.row.parties[i]].insert(s.row.parties[j]);
        if (i < j) ++pair_counts[{s.row.parties[i], s.row.parties[j]}];
      }
    }
  }

  // Articles in the span: agencies, documents, counts, sources.
  std::map<std::string, AgencyRow> agencies;
  std::map<std::string, DocumentRow> documents;
  std::map<std::string, CountRow> counts;
  std::vector<const Dated*> in_span;
  for (const Diagnostic& d : diagnostics)
    report.warnings.push_back(
        {d.origin, (d.severity == Diagnostic::Severity::kError ? "error: " : "warning: ") + d.message});
  for (const Dated& d : dated) {
    const Record& r = *d.record;
    const bool undated = !d.date;
    if (undated) ++report.undated;
    if (!undated && !Contains(span, *d.date)) continue;
    for (const std::string& w : r.warnings) report.warnings.push_back({r.origin.empty() ? r.id : r.origin, r.id + ": " + w});
    if (undated) continue;
    in_span.push_back(&d);
    const std::string date = ToIso(*d.date);
    for (const AgencyMention& a : r.agencies) {
      AgencyRow& row = agencies[a.name];
      row.name = a.name;
      ++row.articles;
      row.mentions += a.mentions;
    }
    for (const DocumentReference& ref : r.references) {
      DocumentRow& row = documents[ref.id];
      if (row.id.empty()) {
        row.id = ref.id;
        row.type = ref.type;
        row.issuer = ref.issuer;
        row.evidence = ref.evidence;
        row.first_cited = row.last_cited = date;
      }
      if (row.issued.empty()) row.issued = ref.issued;
      if (row.issuing_body.empty()) row.issuing_body = ref.issuing_body;
      ++row.articles;
      row.mentions += ref.mentions;
      row.programs += static_cast<int>(r.programs.size());
      row.first_cited = std::min(row.first_cited, date);
      row.last_cited = std::max(row.last_cited, date);
      AddUnique(row.sources, r.id);
    }
    std::set<std::string> counted;
    for (const Count& c : r.counts) {
      CountRow& row = counts[c.what];
      row.what = c.what;
      row.total += c.count;
      if (counted.insert(c.what).second) ++row.articles;
    }
  }
  for (const auto& [name, n] : agency_programs) {
    AgencyRow& row = agencies[name];
    row.name = name;
    row.programs = n;
    row.partners.assign(partners[name].begin(), partners[name].end());
  }

  VietnameseCollator collator;
  std::vector<std::string> names;
  for (const auto& [name, row] : agencies) names.push_back(name);
  collator.Sort(names);
  for (const std::string& n : names) {
    AgencyRow row = agencies[n];
    collator.Sort(row.partners);
    report.agencies.push_back(std::move(row));
  }

  // The matrix shows agencies that are party to a program.
  for (const std::string& n : names)
    if (agency_programs.count(n)) report.matrix_names.push_back(n);
  report.matrix.assign(report.matrix_names.size(), std::vector<int>(report.matrix_names.size(), 0));
  std::map<std::string, size_t> position;
  for (size_t i = 0; i < report.matrix_names.size(); ++i) position[report.matrix_names[i]] = i;
  for (const auto& [pair, n] : pair_counts) {
    size_t a = position[pair.first], b = position[pair.second];
    report.matrix[a][b] = report.matrix[b][a] = n;
    report.pairs.push_back({pair.first, pair.second, n});
  }
  std::stable_sort(report.pairs.begin(), report.pairs.end(),
                   [](const PairRow& a, const PairRow& b) { return a.programs > b.programs; });

  for (auto& [id, row] : documents) report.documents.push_back(std::move(row));
  std::stable_sort(report.documents.begin(), report.documents.end(), [](const DocumentRow& a, const DocumentRow& b) {
    return a.articles != b.articles ? a.articles > b.articles : a.mentions > b.mentions;
  });
  for (auto& [what, row] : counts) report.counts.push_back(std::move(row));
  std::stable_sort(report.counts.begin(), report.counts.end(),
                   [](const CountRow& a, const CountRow& b) { return a.total > b.total; });

  std::stable_sort(in_span.begin(), in_span.end(), [](const Dated* a, const Dated* b) {
    return *a->date != *b->date ? *a->date < *b->date : a->record->id < b->record->id;
  });
  for (const Dated* d : in_span) {
    const Record& r = *d->record;
    SourceRow row;
    row.id = r.id;
    row.title = r.title;
    row.url = r.url;
    row.site = r.site;
    row.date = ToIso(*d->date);
    row.date_from_published = d->from_published;
    for (const AgencyMention& a : r.agencies) row.agencies.push_back(a.name);
    for (const Program& p : r.programs) AddUnique(row.evidence, p.evidence);
    for (const DocumentReference& ref : r.references) AddUnique(row.evidence, ref.evidence);
    if (row.evidence.size() > 5) row.evidence.resize(5);
    report.sources.push_back(std::move(row));
  }

  return report;
}

}  // namespace coordreport
