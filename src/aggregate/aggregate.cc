#include "aggregate/aggregate.h"

#include <algorithm>
#include <map>
#include <cstdint>
#include <optional>
#include <set>
#include <stdexcept>

#include "aggregate/tallies.h"
#include "extract/documents.h"
#include "model/text_util.h"
#include "normalize/collate.h"

namespace coordreport {
namespace {

Day DayOf(const Date& d) { return DaysFromCivil(d); }
Day FirstDay(const Period& p) { return DaysFromCivil(p.first); }
Day LastDay(const Period& p) { return DaysFromCivil(p.last); }

void AddUnique(std::vector<std::string>& v, const std::string& s, size_t cap = SIZE_MAX) {
  if (!s.empty() && v.size() < cap && std::find(v.begin(), v.end(), s) == v.end()) v.push_back(s);
}

// A program row shows its latest actions; a long-running program reviewed
// every month would otherwise carry hundreds.
constexpr size_t kMaxActions = 24;
// A program's list is trimmed back to kMaxActions when it reaches this;
// with the reserve below, each list has one allocation of this size.
constexpr size_t kActionsBeforeTrim = 32;

// One action of a program: its day and its name, as an index into the
// aggregator's list of action names (8 bytes instead of a string's 40;
// tens of thousands of programs each hold up to kActionsBeforeTrim).
struct ActionEntry {
  int32_t day;
  uint32_t action;
};

// Sorts by day, then name; drops repeats and all but the latest kMaxActions.
void KeepLatestActions(std::vector<ActionEntry>& actions, const NameTable& names) {
  auto less = [&names](const ActionEntry& a, const ActionEntry& b) {
    return a.day != b.day ? a.day < b.day : names.Name(a.action) < names.Name(b.action);
  };
  std::sort(actions.begin(), actions.end(), less);
  actions.erase(std::unique(actions.begin(), actions.end(),
                            [](const ActionEntry& a, const ActionEntry& b) { return a.day == b.day && a.action == b.action; }),
                actions.end());
  if (actions.size() > kMaxActions) actions.erase(actions.begin(), actions.end() - kMaxActions);
}

struct ProgramState {
  ProgramRow row;
  DaySet days;                       // mentions (action dates, else article dates)
  std::vector<ActionEntry> actions;  // shown: the most recent kMaxActions
  DaySet signed_days;                // every signing, for the figures
  std::vector<uint32_t> periods;     // distinct covered periods, as State::period_labels
  long articles = 0;                 // distinct articles reporting it
  long last_record = -1;             // the record that counted last: once per article
};

struct DocumentState {
  DocumentRow meta;  // id, type, issuer, issued, issuing body, evidence
  Tallies days;  // citing articles, their programs, mentions
  std::vector<std::pair<Day, std::string>> sources;  // first few citing articles
};

// Sources rows kept: the most recent, ties by id, whatever the input order.
bool KeptBefore(Day a_day, const std::string& a_id, Day b_day, const std::string& b_id) {
  return a_day != b_day ? a_day > b_day : a_id < b_id;
}
struct SourceOrder {
  bool operator()(const std::pair<Day, SourceRow>& a, const std::pair<Day, SourceRow>& b) const {
    return KeptBefore(a.first, a.second.id, b.first, b.second.id);
  }
};

// The agencies party to some program and the pairs among them, as small
// integers numbered in byte order of their names (so id order is name
// order). The figures count distinct pairs in every period of a series and
// the span's partners, pairs and matrix are tallied per program; under name
// keys that cost more than the rest of Finish.
struct PartyIndex {
  std::vector<std::string> names;                      // by party id, sorted
  std::vector<std::pair<uint32_t, uint32_t>> pairs;    // by pair id, sorted; first <= second
  std::vector<std::vector<uint32_t>> program_parties;  // per program (map order): its row's parties
  std::vector<std::vector<uint32_t>> program_pairs;    // per program: parties i < j of its row
};

// REQUIRES: every row's parties are sorted.
PartyIndex IndexParties(const std::map<std::string, ProgramState>& programs) {
  PartyIndex index;
  std::map<std::string_view, uint32_t> ids;
  for (const auto& [key, ps] : programs)
    for (const std::string& party : ps.row.parties) ids.emplace(party, 0);
  for (auto& [name, id] : ids) {
    id = static_cast<uint32_t>(index.names.size());
    index.names.emplace_back(name);
  }
  auto key = [](uint32_t a, uint32_t b) { return uint64_t{a} << 32 | b; };
  std::vector<uint64_t> keys;
  for (const auto& [program, ps] : programs) {
    std::vector<uint32_t>& mine = index.program_parties.emplace_back();
    for (const std::string& party : ps.row.parties) mine.push_back(ids.find(party)->second);
    for (size_t i = 0; i < mine.size(); ++i)
      for (size_t j = i + 1; j < mine.size(); ++j) keys.push_back(key(mine[i], mine[j]));
  }
  std::sort(keys.begin(), keys.end());
  keys.erase(std::unique(keys.begin(), keys.end()), keys.end());
  for (uint64_t k : keys) index.pairs.emplace_back(static_cast<uint32_t>(k >> 32), static_cast<uint32_t>(k));
  for (const std::vector<uint32_t>& mine : index.program_parties) {
    std::vector<uint32_t>& pairs = index.program_pairs.emplace_back();
    for (size_t i = 0; i < mine.size(); ++i)
      for (size_t j = i + 1; j < mine.size(); ++j)
        pairs.push_back(static_cast<uint32_t>(std::lower_bound(keys.begin(), keys.end(), key(mine[i], mine[j])) -
                                              keys.begin()));
  }
  return index;
}

// Each name's place in Vietnamese order: rows sort their parties by it
// instead of asking ICU at every comparison.
std::vector<uint32_t> CollationRanks(const std::vector<std::string>& names, const VietnameseCollator& collator) {
  std::vector<uint32_t> order(names.size());
  for (uint32_t i = 0; i < order.size(); ++i) order[i] = i;
  std::sort(order.begin(), order.end(), [&](uint32_t a, uint32_t b) { return collator.Less(names[a], names[b]); });
  std::vector<uint32_t> rank(names.size());
  for (uint32_t i = 0; i < order.size(); ++i) rank[order[i]] = i;
  return rank;
}

}  // namespace

struct Aggregator::State {
  Limits limits;
  std::optional<Period> keep;
  bool by_month = false;
  // Add's buffers, kept for their capacity.
  std::vector<const std::string*> sorted_parties;
  std::string program_key;
  Bucket BucketOf(const Date& d) const {
    return {by_month ? DaysFromCivil({d.year, d.month, 1}) : DayOf(d), DayOf(d)};
  }
  long records = 0, undated = 0;
  std::map<Day, long> articles;  // dated articles per day
  std::map<std::string, ProgramState> programs;
  NameTable action_names;
  NameTable period_labels;  // those CoveredSpan reads
  std::map<std::string, Tallies> agencies;
  std::map<std::string, DocumentState> documents;
  std::map<std::string, Tallies> counts;
  std::set<std::pair<Day, SourceRow>, SourceOrder> sources;
  std::map<Day, long> sources_seen;  // every article that could be a source, per day
  std::vector<std::pair<std::optional<Day>, WarningRow>> warnings;  // day of the record, if any
  std::map<std::optional<Day>, long> warnings_dropped;
  std::vector<WarningRow> diagnostics;
  long diagnostics_dropped = 0;
};

Aggregator::Aggregator() : Aggregator(Limits{}) {}
Aggregator::Aggregator(Limits limits) : state_(std::make_unique<State>()) { state_->limits = limits; }
Aggregator::~Aggregator() = default;
Aggregator::Aggregator(Aggregator&&) noexcept = default;

void Aggregator::KeepSourcesWithin(const Period& keep) { state_->keep = keep; }
void Aggregator::TallyByMonth() { state_->by_month = true; }
long Aggregator::records() const { return state_ ? state_->records : 0; }

bool Aggregator::DateRange(Date* first, Date* last) const {
  if (!state_ || state_->articles.empty()) return false;
  *first = CivilFromDays(state_->articles.begin()->first);
  *last = CivilFromDays(state_->articles.rbegin()->first);
  return true;
}

void Aggregator::Add(const Diagnostic& d) {
  State& s = *state_;
  if (s.diagnostics.size() >= s.limits.max_warnings) {
    ++s.diagnostics_dropped;
    return;
  }
  s.diagnostics.push_back(
      {d.origin, (d.severity == Diagnostic::Severity::kError ? "error: " : "warning: ") + d.message});
}

void Aggregator::Add(const Record& r) {
  State& s = *state_;
  ++s.records;
  std::optional<Date> date = ParseIsoDate(r.event_date);
  bool from_published = false;
  if (!date) {
    date = ParseIsoDate(r.published);
    from_published = date.has_value();
  }
  std::optional<Day> day;
  if (date) day = DayOf(*date);
  else ++s.undated;

  for (const std::string& w : r.warnings) {
    if (s.warnings.size() < s.limits.max_warnings)
      s.warnings.push_back({day, {r.origin.empty() ? r.id : r.origin, r.id + ": " + w}});
    else
      ++s.warnings_dropped[day];
  }

  // Programs: keyed by instrument and parties; active by span or mention day.
  for (const Program& p : r.programs) {
    if (p.parties.size() < 2) continue;
    // The key is built in a buffer the state keeps: this runs for every
    // program of every article, and the parties are copied only for a new one.
    std::vector<const std::string*>& parties = s.sorted_parties;
    parties.clear();
    for (const std::string& party : p.parties) parties.push_back(&party);
    std::sort(parties.begin(), parties.end(), [](const std::string* a, const std::string* b) { return *a < *b; });
    std::string& key = s.program_key;
    key = p.instrument;
    for (const std::string* party : parties) (key += '|') += *party;
    ProgramState& ps = s.programs[key];
    if (ps.row.instrument.empty()) {
      ps.row.instrument = p.instrument;
      for (const std::string* party : parties) ps.row.parties.push_back(*party);
      ps.row.evidence = p.evidence;
    }
    if (ps.row.reference.empty()) ps.row.reference = p.reference;
    if (ps.row.signed_on.empty()) ps.row.signed_on = p.signed_on;
    if (ps.last_record != s.records) {
      ps.last_record = s.records;
      ++ps.articles;
      AddUnique(ps.row.sources, r.id, 5);
    }
    if (Date first, last; !p.period.empty() && CoveredSpan(p.period, &first, &last)) {
      const uint32_t label = s.period_labels.Index(p.period);
      if (std::find(ps.periods.begin(), ps.periods.end(), label) == ps.periods.end()) ps.periods.push_back(label);
    }
    auto add_action = [&s, &ps](Day day, const std::string& action) {
      if (ps.actions.size() == kActionsBeforeTrim) KeepLatestActions(ps.actions, s.action_names);
      if (ps.actions.capacity() == 0) ps.actions.reserve(kActionsBeforeTrim);
      ps.actions.push_back({static_cast<int32_t>(day), s.action_names.Index(action)});
    };
    std::optional<Date> when = ParseIsoDate(p.date);
    if (!when) when = date;
    if (when) {
      const Bucket b = s.BucketOf(*when);
      ps.days.Add(b);
      if (!p.action.empty()) add_action(b.day, p.action);
      if (p.action == "ký kết") ps.signed_days.Add(b);
    }
    if (auto signed_on = ParseIsoDate(p.signed_on)) {
      add_action(DayOf(*signed_on), "ký kết");
      ps.signed_days.Add(s.BucketOf(*signed_on));
    }
  }
  if (!day) return;

  ++s.articles[*day];
  const Bucket bucket = s.BucketOf(*date);
  for (const AgencyMention& a : r.agencies) s.agencies[a.name].Add(bucket, 1, a.mentions);
  for (const DocumentReference& ref : r.references) {
    DocumentState& ds = s.documents[DocumentKey(ref.id)];
    if (ds.meta.id.empty()) {
      ds.meta.id = DocumentKey(ref.id);  // one document: shown as "TW" however written
      ds.meta.type = ref.type;
      ds.meta.issuer = ref.issuer;
      ds.meta.evidence = ref.evidence;
    }
    if (ds.meta.issued.empty()) ds.meta.issued = ref.issued;
    if (ds.meta.issuing_body.empty()) ds.meta.issuing_body = ref.issuing_body;
    ds.days.Add(bucket, 1, ref.mentions, static_cast<int32_t>(r.programs.size()));
    if (ds.sources.size() < 5) ds.sources.emplace_back(*day, r.id);
  }
  // An article counts once per counted noun, however many counts it gives.
  for (size_t i = 0; i < r.counts.size(); ++i) {
    const Count& c = r.counts[i];
    bool first = std::none_of(r.counts.begin(), r.counts.begin() + static_cast<std::ptrdiff_t>(i),
                              [&c](const Count& earlier) { return earlier.what == c.what; });
    s.counts[c.what].Add(bucket, first ? 1 : 0, c.count);
  }

  if (s.keep && !Contains(*s.keep, *date)) return;
  ++s.sources_seen[*day];
  // With the list full, an article older than every kept one would be
  // dropped at once: skip building its row (most of a large corpus).
  if (s.sources.size() >= s.limits.max_sources && !s.sources.empty()) {
    const auto& last = *std::prev(s.sources.end());
    if (KeptBefore(last.first, last.second.id, *day, r.id)) return;
  }
  SourceRow row;
  row.id = r.id;
  row.title = r.title;
  row.url = r.url;
  row.site = r.site;
  row.date = ToIso(*date);
  row.date_from_published = from_published;
  for (const AgencyMention& a : r.agencies) row.agencies.push_back(a.name);
  for (const Program& p : r.programs) AddUnique(row.evidence, p.evidence, 3);
  for (const DocumentReference& ref : r.references) AddUnique(row.evidence, ref.evidence, 3);
  s.sources.emplace(*day, std::move(row));
  if (s.sources.size() > s.limits.max_sources) s.sources.erase(std::prev(s.sources.end()));
}

Report Aggregator::Finish(const Period& span, const Period& previous, const std::vector<Period>& periods) {
  if (state_->by_month) {
    auto whole_months = [](const Period& p) {
      return p.first.day <= 1 && p.last.day == DaysInMonth(p.last.year, p.last.month);
    };
    bool whole = whole_months(span) && whole_months(previous);
    for (const Period& p : periods) whole = whole && whole_months(p);
    if (!whole) throw std::logic_error("Aggregator::Finish: tallied by month, asked about part of a month");
  }
  // Tallies are compacted here; they hold the same totals either way.
  for (auto& [key, ps] : state_->programs)
    ps.days.Compact(), ps.signed_days.Compact(), KeepLatestActions(ps.actions, state_->action_names);
  for (auto& [name, days] : state_->agencies) days.Compact();
  for (auto& [id, ds] : state_->documents) ds.days.Compact();
  for (auto& [what, days] : state_->counts) days.Compact();
  const State& s = *state_;
  // The days each covered period label stands for, by label index.
  std::vector<std::pair<Day, Day>> period_spans;
  for (const std::string& label : s.period_labels.names()) {
    Date first, last;
    CoveredSpan(label, &first, &last);  // true: only such labels are kept
    period_spans.emplace_back(DayOf(first), DayOf(last));
  }
  auto active = [&period_spans](const ProgramState& ps, Day first, Day last) {
    for (uint32_t label : ps.periods)
      if (const auto [a, b] = period_spans[label]; !(b < first) && !(last < a)) return true;
    return ps.days.AnyWithin(first, last);
  };
  const PartyIndex parties = IndexParties(s.programs);
  auto figures = [&](const Period& p) {
    const Day first = FirstDay(p), last = LastDay(p);
    PeriodFigures f;
    f.period = p;
    for (auto it = s.articles.lower_bound(first); it != s.articles.end() && it->first <= last; ++it)
      f.articles += static_cast<int>(it->second);
    for (const auto& [id, ds] : s.documents)
      if (ds.days.SumWithin(first, last).articles > 0) ++f.documents;
    for (const auto& [name, days] : s.agencies)
      if (days.SumWithin(first, last).articles > 0) ++f.agencies;
    std::vector<bool> seen(parties.pairs.size());
    size_t k = 0;
    for (const auto& [key, ps] : s.programs) {
      const std::vector<uint32_t>& mine = parties.program_pairs[k++];
      if (!active(ps, first, last)) continue;
      ++f.programs_active;
      if (ps.signed_days.AnyWithin(first, last)) ++f.programs_signed;
      for (uint32_t id : mine)
        if (!seen[id]) seen[id] = true, ++f.pairs;
    }
    return f;
  };

  Report report;
  report.span = span;
  report.records = s.records;
  report.undated = s.undated;
  report.action_names = s.action_names.names();
  for (const Period& p : periods) report.series.push_back(figures(p));
  report.current = figures(span);
  report.previous = figures(previous);
  const Day first = FirstDay(span), last = LastDay(span);

  VietnameseCollator collator;

  // Programs active in the span, with their partners and pairs.
  const std::vector<uint32_t> rank = CollationRanks(parties.names, collator);
  auto by_rank = [&rank](uint32_t a, uint32_t b) { return rank[a] < rank[b]; };
  std::vector<int> party_programs(parties.names.size()), pair_programs(parties.pairs.size());
  std::vector<std::vector<uint32_t>> partners(parties.names.size());
  size_t k = 0;
  for (auto& [key, ps] : state_->programs) {
    const std::vector<uint32_t>& mine = parties.program_parties[k];
    const std::vector<uint32_t>& pairs = parties.program_pairs[k++];
    if (!active(ps, first, last)) continue;
    for (size_t i = 0; i < mine.size(); ++i) {
      ++party_programs[mine[i]];
      for (size_t j = 0; j < mine.size(); ++j)
        if (i != j) partners[mine[i]].push_back(mine[j]);
    }
    for (uint32_t id : pairs) ++pair_programs[id];
    // The row moves: Finish is the end of the aggregator, and copying the
    // program table would double the largest part of the report.
    ProgramRow row = std::move(ps.row);
    row.articles = static_cast<int>(ps.articles);
    for (uint32_t label : ps.periods) row.periods.push_back(s.period_labels.Name(label));
    std::sort(row.periods.begin(), row.periods.end());
    for (const ActionEntry& a : ps.actions)
      row.actions.push_back({a.action, CivilFromDays(a.day)});
    std::vector<uint32_t> ordered = mine;
    std::sort(ordered.begin(), ordered.end(), by_rank);
    for (size_t i = 0; i < ordered.size(); ++i) row.parties[i] = parties.names[ordered[i]];
    report.programs.push_back(std::move(row));
  }

  // Agencies mentioned in the span or party to an active program.
  auto party_of = [&parties](const std::string& name) -> std::optional<uint32_t> {
    auto it = std::lower_bound(parties.names.begin(), parties.names.end(), name);
    if (it == parties.names.end() || *it != name) return std::nullopt;
    return static_cast<uint32_t>(it - parties.names.begin());
  };
  auto in_programs = [&](const std::string& name) {
    std::optional<uint32_t> id = party_of(name);
    return id && party_programs[*id] > 0;
  };
  std::vector<std::string> names;
  for (const auto& [name, days] : s.agencies)
    if (days.SumWithin(first, last).articles > 0 || in_programs(name)) names.push_back(name);
  for (uint32_t id = 0; id < parties.names.size(); ++id)
    if (party_programs[id] > 0 && !s.agencies.count(parties.names[id])) names.push_back(parties.names[id]);
  collator.Sort(names);
  // The matrix holds the kMatrixAgencies parties with most programs (a
  // sheet has 16,384 columns, and n×n cells grow fast); every agency and
  // its partners stay in the Agencies sheet.
  std::vector<bool> in_matrix(parties.names.size(), false);
  {
    std::vector<uint32_t> ids;
    for (uint32_t id = 0; id < parties.names.size(); ++id)
      if (party_programs[id] > 0) ids.push_back(id);
    if (ids.size() > kMatrixAgencies) {
      std::stable_sort(ids.begin(), ids.end(),
                       [&](uint32_t a, uint32_t b) { return party_programs[a] > party_programs[b]; });
      report.matrix_omitted = static_cast<long>(ids.size() - kMatrixAgencies);
      ids.resize(kMatrixAgencies);
    }
    for (uint32_t id : ids) in_matrix[id] = true;
  }
  constexpr size_t kNotInMatrix = static_cast<size_t>(-1);
  std::vector<size_t> position(parties.names.size(), kNotInMatrix);  // in the matrix
  for (const std::string& n : names) {
    AgencyRow row;
    row.name = n;
    if (auto it = s.agencies.find(n); it != s.agencies.end()) {
      Tally t = it->second.SumWithin(first, last);
      row.articles = static_cast<int>(t.articles);
      row.mentions = static_cast<int>(t.amount);
    }
    if (std::optional<uint32_t> id = party_of(n); id && party_programs[*id] > 0) {
      row.programs = party_programs[*id];
      std::vector<uint32_t>& mine = partners[*id];
      std::sort(mine.begin(), mine.end(), by_rank);
      mine.erase(std::unique(mine.begin(), mine.end()), mine.end());
      for (uint32_t partner : mine) row.partners.push_back(parties.names[partner]);
      if (in_matrix[*id]) {
        position[*id] = report.matrix_names.size();
        report.matrix_names.push_back(n);
      }
    }
    report.agencies.push_back(std::move(row));
  }
  report.matrix.assign(report.matrix_names.size(), std::vector<int>(report.matrix_names.size(), 0));
  for (uint32_t id = 0; id < parties.pairs.size(); ++id) {
    const int n = pair_programs[id];
    if (n == 0) continue;
    const auto [a, b] = parties.pairs[id];
    if (position[a] != kNotInMatrix && position[b] != kNotInMatrix)
      report.matrix[position[a]][position[b]] = report.matrix[position[b]][position[a]] = n;
    report.pairs.push_back({parties.names[a], parties.names[b], n});
  }
  std::stable_sort(report.pairs.begin(), report.pairs.end(),
                   [](const PairRow& a, const PairRow& b) { return a.programs > b.programs; });

  // Documents cited in the span, most cited first.
  for (const auto& [id, ds] : s.documents) {
    Tally t = ds.days.SumWithin(first, last);
    if (t.articles == 0) continue;
    DocumentRow row = ds.meta;
    row.articles = static_cast<int>(t.articles);
    row.mentions = static_cast<int>(t.amount);
    Day lo = 0, hi = 0;
    ds.days.Bounds(first, last, &lo, &hi);
    row.first_cited = ToIso(CivilFromDays(lo));
    row.last_cited = ToIso(CivilFromDays(hi));
    row.programs = static_cast<int>(t.programs);
    std::vector<std::pair<Day, std::string>> cited = ds.sources;
    std::sort(cited.begin(), cited.end());
    for (const auto& [day, source] : cited)
      if (day >= first && day <= last) AddUnique(row.sources, source);
    report.documents.push_back(std::move(row));
  }
  std::stable_sort(report.documents.begin(), report.documents.end(), [](const DocumentRow& a, const DocumentRow& b) {
    return a.articles != b.articles ? a.articles > b.articles : a.mentions > b.mentions;
  });

  for (const auto& [what, days] : s.counts) {
    Tally t = days.SumWithin(first, last);
    if (t.articles == 0) continue;
    report.counts.push_back({what, t.amount, static_cast<int>(t.articles)});
  }
  std::stable_sort(report.counts.begin(), report.counts.end(),
                   [](const CountRow& a, const CountRow& b) { return a.total > b.total; });

  // Sources of the span, oldest first; those beyond the cap are counted.
  long in_span = 0;
  for (auto it = s.sources_seen.lower_bound(first); it != s.sources_seen.end() && it->first <= last; ++it)
    in_span += it->second;
  // The rows move to the report: they are the one part of the state that
  // is as large as the corpus, and Finish is the end of the aggregator.
  auto& kept = state_->sources;
  for (auto it = kept.begin(); it != kept.end();) {
    auto node = kept.extract(it++);
    if (node.value().first >= first && node.value().first <= last) report.sources.push_back(std::move(node.value().second));
  }
  std::stable_sort(report.sources.begin(), report.sources.end(), [](const SourceRow& a, const SourceRow& b) {
    return a.date != b.date ? a.date < b.date : a.id < b.id;
  });
  report.sources_left_out = in_span - static_cast<long>(report.sources.size());

  // Warnings: input problems, then those of the span's and undated records.
  report.warnings = s.diagnostics;
  report.warnings_left_out = s.diagnostics_dropped;
  for (const auto& [day, w] : s.warnings)
    if (!day || (*day >= first && *day <= last)) report.warnings.push_back(w);
  for (const auto& [day, n] : s.warnings_dropped)
    if (!day || (*day >= first && *day <= last)) report.warnings_left_out += n;
  state_.reset();  // what is left is not reported; free it before the report is written
  return report;
}

std::string SourcesLeftOutNote(const Report& r) {
  if (r.sources_left_out <= 0) return "";
  return "the Sources sheet lists the most recent " + std::to_string(r.sources.size()) + " of " +
         std::to_string(r.sources.size() + static_cast<size_t>(r.sources_left_out)) +
         " articles; `coordreport extract` lists them all";
}

Report BuildReport(const std::vector<Record>& records, const Period& span, const Period& previous,
                   const std::vector<Period>& periods, const std::vector<Diagnostic>& diagnostics) {
  Aggregator aggregator;
  for (const Diagnostic& d : diagnostics) aggregator.Add(d);
  for (const Record& r : records) aggregator.Add(r);
  return aggregator.Finish(span, previous, periods);
}

}  // namespace coordreport
