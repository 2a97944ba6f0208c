#include "aggregate/aggregate.h"

#include <algorithm>
#include <map>
#include <cstdint>
#include <optional>
#include <set>
#include <stdexcept>

#include "aggregate/identity.h"
#include "aggregate/lifecycle.h"
#include "aggregate/program_identity.h"
#include "aggregate/program_state.h"
#include "aggregate/tallies.h"
#include "extract/documents.h"
#include "model/text_util.h"
#include "normalize/collate.h"
#include "normalize/text.h"

namespace coordreport {
namespace {

Day DayOf(const Date& d) { return DaysFromCivil(d); }
Day FirstDay(const Period& p) { return DaysFromCivil(p.first); }
Day LastDay(const Period& p) { return DaysFromCivil(p.last); }


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
PartyIndex IndexParties(const ProgramMap& programs) {
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

// What identifies one program mention of an article (program_identity.h).
struct ProgramFacet {
  std::string instrument;
  std::vector<std::string> parties;  // identity keys, sorted, distinct
  std::string reference;
  std::string period;  // a covered period label, or ""
};

// "quy chế" and "quy chế phối hợp": the shorter names the longer's kind.
bool SameKind(const std::string& a, const std::string& b) {
  const std::string& shorter = a.size() < b.size() ? a : b;
  const std::string& longer = a.size() < b.size() ? b : a;
  return longer.compare(0, shorter.size(), shorter) == 0 &&
         (longer.size() == shorter.size() || longer[shorter.size()] == ' ');
}

// The facets of an article's programs. Within one article, a mention with
// neither number nor period ("sơ kết chương trình") is the program the
// article numbers or dates elsewhere for the same parties, when that is one
// program: it takes its instrument, number and period.
template <typename Identify>
std::vector<ProgramFacet> ArticleFacets(const Record& r, Identify& identify) {
  std::vector<ProgramFacet> facets;
  for (const Program& p : r.programs) {
    ProgramFacet f;
    if (p.parties.size() >= 2) {
      f.instrument = p.instrument;
      for (const std::string& party : p.parties) f.parties.push_back(identify(party, 0));
      f.parties = SortedUnique(std::move(f.parties));
      f.reference = p.reference;
      Date first, last;
      if (!p.period.empty() && CoveredSpan(p.period, &first, &last)) f.period = p.period;
    }
    facets.push_back(std::move(f));
  }
  for (ProgramFacet& bare : facets) {
    if (bare.parties.size() < 2 || !bare.reference.empty() || !bare.period.empty()) continue;
    const ProgramFacet* fits = nullptr;
    bool several = false;
    for (const ProgramFacet& other : facets) {
      if (&other == &bare || other.parties != bare.parties || (other.reference.empty() && other.period.empty()))
        continue;
      if (!other.instrument.empty() && !bare.instrument.empty() && !SameKind(other.instrument, bare.instrument))
        continue;
      if (fits && (fits->reference != other.reference || fits->period != other.period)) several = true;
      if (!fits || other.instrument.size() > fits->instrument.size()) fits = &other;
    }
    if (!fits || several) continue;
    bare.reference = fits->reference;
    bare.period = fits->period;
    if (fits->instrument.size() > bare.instrument.size()) bare.instrument = fits->instrument;
  }
  return facets;
}

// One agency: its tallies and every way it was written.
struct AgencyState {
  Tallies days;
  std::vector<AgencyForm> forms;
};

// Forms kept per agency: a name is written a handful of ways; a corpus
// that writes one hundreds of ways shows the most used among the first.
constexpr size_t kMaxForms = 16;

void AddForm(std::vector<AgencyForm>& forms, const std::string& name, long uses, const AgencyIdentity& id) {
  for (AgencyForm& f : forms)
    if (f.name == name) {
      f.uses += uses;
      return;
    }
  if (forms.size() < kMaxForms) forms.push_back({name, uses, id.written_place, id.abbreviated});
}

void MergeAgency(AgencyState& into, AgencyState&& from) {
  into.days.Merge(from.days);
  for (AgencyForm& f : from.forms) {
    auto it = std::find_if(into.forms.begin(), into.forms.end(), [&f](const AgencyForm& g) { return g.name == f.name; });
    if (it != into.forms.end()) it->uses += f.uses;
    else if (into.forms.size() < kMaxForms) into.forms.push_back(std::move(f));
  }
}

}  // namespace

struct Aggregator::State {
  Limits limits;
  const DomainTables* tables = nullptr;
  std::unique_ptr<DomainTables> builtin_tables;
  std::unique_ptr<AgencyIdentifier> identifier;
  AgencyIdentifier& Identifier() {
    if (!identifier) {
      if (!tables) builtin_tables = std::make_unique<DomainTables>(BuiltinTables()), tables = builtin_tables.get();
      identifier = std::make_unique<AgencyIdentifier>(*tables);
    }
    return *identifier;
  }
  ReportScope scope;
  std::vector<std::pair<AgencyIdentity, std::string>> scope_agencies;  // identity, match key of the name
  // Does the agency written `name`, identified as `id`, match the scope's?
  bool MatchesScope(const AgencyIdentity& id, const std::string& name) const {
    const std::string name_key = MatchKey(name);
    for (size_t i = 0; i < scope_agencies.size(); ++i)
      if (MatchesScopeAgency(i, id, name_key)) return true;
    return false;
  }
  // The same for the scope's i-th agency, given the name's match key.
  bool MatchesScopeAgency(size_t i, const AgencyIdentity& id, const std::string& name_key) const {
    const auto& [want, want_key] = scope_agencies[i];
    if (want_key == name_key) return true;
    const bool place_fits = want.place.empty() || id.place.empty() || id.place[0] == kSitePlace || want.place == id.place;
    return want.body == id.body && place_fits;
  }
  // Provinces the articles are about: per site, and all of them.
  std::map<std::string, std::map<std::string, long>> site_provinces;
  std::set<std::string> provinces;
  // Under a province scope, articles that name no province wait here, by
  // their place slot, until the archive tells which province their site
  // is (only they are held: without their text).
  std::map<std::string, std::vector<Record>> pending;
  bool flushing = false;
  // A place slot's province: the one it names, its site's, the archive's.
  std::string ResolvePlace(const std::string& place) const {
    if (place.empty() || place[0] != kSitePlace) return place;
    if (auto it = site_provinces.find(place.substr(1)); it != site_provinces.end()) {
      const auto top = std::max_element(it->second.begin(), it->second.end(),
                                        [](const auto& a, const auto& b) { return a.second < b.second; });
      return top->first;
    }
    return provinces.size() == 1 ? *provinces.begin() : "";
  }
  std::optional<Period> keep;
  bool by_month = false;
  // Add's buffers, kept for their capacity.
  std::string program_key;
  std::vector<std::string> agency_keys;  // the record's agencies' identity keys
  Bucket BucketOf(const Date& d) const {
    return {by_month ? DaysFromCivil({d.year, d.month, 1}) : DayOf(d), DayOf(d)};
  }
  long records = 0, undated = 0;
  std::map<Day, long> articles;  // dated articles per day
  ProgramMap programs;
  NameTable action_names;
  SourceIds source_ids;  // the articles of the programs' kept actions
  size_t source_ids_limit = 1 << 20;  // bytes: compacted past it, then twice what stays
  NameTable period_labels;  // those CoveredSpan reads
  std::map<std::string, AgencyState> agencies;  // by identity key (a site's place unresolved)
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
void Aggregator::IdentifyWith(const DomainTables& tables) { state_->tables = &tables; }
void Aggregator::Restrict(const ReportScope& scope) {
  State& s = *state_;
  s.scope = scope;
  s.scope_agencies.clear();
  for (const std::string& name : scope.agencies)
    s.scope_agencies.emplace_back(s.Identifier().Identify(name, ""), MatchKey(name));
}
void Aggregator::TallyByMonth() { state_->by_month = true; }
long Aggregator::records() const { return state_ ? state_->records : 0; }

void Aggregator::FlushPending() {
  State& s = *state_;
  if (s.pending.empty()) return;
  std::map<std::string, std::vector<Record>> pending = std::move(s.pending);
  s.pending.clear();
  s.flushing = true;
  for (auto& [place, records] : pending) {
    const std::string province = s.ResolvePlace(place);
    for (Record& r : records) {
      if (province == s.scope.province) {
        r.province = province;
        Add(r);
      } else {
        ++s.records;  // read, and outside the scope
      }
    }
  }
  s.flushing = false;
}

bool Aggregator::DateRange(Date* first, Date* last) {
  if (!state_) return false;
  FlushPending();
  if (state_->articles.empty()) return false;
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
  // What the article says of its province is learned from every article,
  // in scope or not: other articles of its site may need it.
  if (!r.province.empty() && !s.flushing) {
    s.provinces.insert(r.province);
    if (!r.site.empty()) ++s.site_provinces[r.site][r.province];
  }
  // The place of agencies that write none: the article's province, else
  // its site's (resolved in Finish), else the archive's.
  const std::string place = !r.province.empty() ? r.province : std::string(1, kSitePlace) + r.site;
  // The identity key of `name`, remembering how it was written.
  auto identify = [&s, &place](const std::string& name, long uses) {
    const AgencyIdentity id = s.Identifier().Identify(name, place);
    std::string key = IdentityKey(id.body, id.place);
    AddForm(s.agencies[key].forms, name, uses, id);
    return key;
  };
  // Whether any name the article gives an agency (mentioned, or a party)
  // satisfies `test`, given its identity.
  auto any_agency = [&s, &r, &place](const auto& test) {
    auto check = [&](const std::string& name) { return test(s.Identifier().Identify(name, place), name); };
    for (const AgencyMention& a : r.agencies)
      if (check(a.name)) return true;
    for (const Program& p : r.programs)
      for (const std::string& party : p.parties)
        if (check(party)) return true;
    return false;
  };
  // An article is the scope's province's when it says so, or when one of
  // its agencies writes that province; one that names no province at all
  // stays (its agencies get a place in Finish, and are filtered there).
  if (!s.scope.province.empty() && r.province != s.scope.province) {
    auto writes = [&s](bool scope_province) {
      return [&s, scope_province](const AgencyIdentity& id, const std::string&) {
        return id.written_place && (id.place == s.scope.province) == scope_province;
      };
    };
    const bool named = any_agency(writes(true));
    const bool other = !r.province.empty() || any_agency(writes(false));
    if (!named && other) return;
    if (!named) {
      // Its site may tell once the archive is read (FlushPending).
      --s.records;
      Record kept = r;
      kept.text.clear();
      s.pending[place].push_back(std::move(kept));
      return;
    }
  }
  if (!s.scope_agencies.empty() &&
      !any_agency([&s](const AgencyIdentity& id, const std::string& name) { return s.MatchesScope(id, name); }))
    return;
  std::vector<std::string>& agency_keys = s.agency_keys;  // tallied below, once the date is known
  agency_keys.clear();
  for (const AgencyMention& a : r.agencies) agency_keys.push_back(identify(a.name, a.mentions));
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

  // Programs: one facet per instrument, parties, number and period (see
  // program_identity.h); active by span or mention day.
  const std::vector<ProgramFacet> facets = ArticleFacets(r, identify);
  for (size_t i = 0; i < r.programs.size(); ++i) {
    const Program& p = r.programs[i];
    const ProgramFacet& facet = facets[i];
    if (facet.parties.size() < 2) continue;  // one party, or two names of one body
    std::string& key = s.program_key;
    FacetKey(facet.instrument, facet.parties, facet.reference, facet.period, key);
    ProgramState& ps = s.programs[key];
    if (ps.row.parties.empty()) {
      ps.row.instrument = facet.instrument;
      ps.row.parties = facet.parties;
      ps.row.reference = facet.reference;
      ps.row.evidence = p.evidence;
      ps.period = facet.period;
    }
    if (ps.row.signed_on.empty()) ps.row.signed_on = p.signed_on;
    if (ps.last_record != s.records) {
      ps.last_record = s.records;
      ++ps.articles;
      AddUnique(ps.row.sources, r.id, 5);
    }
    if (!facet.period.empty()) {
      const uint32_t label = s.period_labels.Index(facet.period);
      if (std::find(ps.periods.begin(), ps.periods.end(), label) == ps.periods.end()) ps.periods.push_back(label);
    }
    auto add_action = [&s, &ps, &r](Day day, const std::string& action) {
      if (ps.actions.size() == kActionsBeforeTrim) KeepLatestActions(ps.actions, s.action_names);
      ps.actions.push_back({static_cast<int32_t>(day), s.action_names.Index(action), s.source_ids.Add(r.id)});
      if (!ps.seen || day < ps.first_day) ps.first_day = day;
      ps.NoteLatest(day, r.id, r.url);
    };
    std::optional<Date> when = ParseIsoDate(p.date);
    if (!when) when = date;
    if (when) {
      const Bucket b = s.BucketOf(*when);
      ps.days.Add(b);
      add_action(b.day, p.action);  // a report without an action is still activity
      if (p.action == "ký kết") ps.signed_days.Add(b);
    }
    if (auto signed_on = ParseIsoDate(p.signed_on)) {
      add_action(DayOf(*signed_on), "ký kết");
      ps.signed_days.Add(s.BucketOf(*signed_on));
    }
  }
  if (s.source_ids.bytes() > s.source_ids_limit) {
    s.source_ids.Compact([&s](const auto& visit) {
      for (auto& [key, ps] : s.programs)
        for (ActionEntry& a : ps.actions) visit(a.source);
    });
    s.source_ids_limit = std::max<size_t>(2 * s.source_ids.bytes(), 1 << 20);
  }
  if (!day) return;

  ++s.articles[*day];
  const Bucket bucket = s.BucketOf(*date);
  for (size_t i = 0; i < r.agencies.size(); ++i) s.agencies[agency_keys[i]].days.Add(bucket, 1, r.agencies[i].mentions);
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


// Gives every agency its place (a site's, learned from the archive, once
// all articles are in), merges the names that turn out to be one agency,
// makes programs of the facets, and applies the scope. Returns each
// agency key's report name.
std::map<std::string, std::string> Aggregator::ResolveIdentities(State& s,
                                                                 std::vector<std::pair<std::string, std::string>>& warnings) {
  auto resolve = [&](const std::string& key) {
    std::string body, place;
    SplitIdentityKey(key, &body, &place);
    return IdentityKey(body, s.ResolvePlace(place));
  };
  std::map<std::string, AgencyState> agencies;
  for (auto& [key, a] : s.agencies) {
    auto [it, inserted] = agencies.try_emplace(resolve(key));
    if (inserted) it->second = std::move(a);
    else MergeAgency(it->second, std::move(a));
  }
  s.agencies = std::move(agencies);

  // Facets re-keyed by their resolved parties, moved as map nodes.
  ProgramMap facets;
  while (!s.programs.empty()) {
    auto node = s.programs.extract(s.programs.begin());
    ProgramState& ps = node.mapped();
    for (std::string& party : ps.row.parties) party = resolve(party);
    ps.row.parties = SortedUnique(std::move(ps.row.parties));
    if (ps.row.parties.size() < 2) continue;
    std::string facet;
    FacetKey(ps.row.instrument, ps.row.parties, ps.row.reference, ps.period, facet);
    if (auto it = facets.find(facet); it != facets.end()) {
      it->second.Merge(std::move(ps), s.action_names);
      continue;
    }
    node.key() = std::move(facet);
    facets.insert(std::move(node));
  }
  auto period_span = [](const std::string& label, Day* first, Day* last) {
    Date a, b;
    if (label.empty() || !CoveredSpan(label, &a, &b)) return false;
    *first = DayOf(a), *last = DayOf(b);
    return true;
  };
  std::map<std::string, std::string> same_agency;
  s.programs = IdentifyPrograms(std::move(facets), s.action_names, period_span, warnings, same_agency);
  for (const auto& [from, to] : same_agency) {
    auto it = s.agencies.find(from);
    if (it == s.agencies.end()) continue;
    AgencyState moved = std::move(it->second);
    s.agencies.erase(it);
    MergeAgency(s.agencies[to], std::move(moved));
  }
  if (!same_agency.empty())
    for (auto& [key, ps] : s.programs) {
      for (std::string& party : ps.row.parties)
        if (auto it = same_agency.find(party); it != same_agency.end()) party = it->second;
      ps.row.parties = SortedUnique(std::move(ps.row.parties));
    }

  std::map<std::string, std::string> display;
  for (const auto& [key, a] : s.agencies) {
    std::string body, place;
    SplitIdentityKey(key, &body, &place);
    display[key] = a.forms.empty() ? body : CanonicalAgencyName(a.forms, place);
  }

  if (s.scope.empty()) return display;
  auto identity_of = [](const std::string& key) {
    AgencyIdentity id;
    SplitIdentityKey(key, &id.body, &id.place);
    return id;
  };
  // An --agency that names no agency of the input is most likely mistyped.
  std::vector<bool> found(s.scope_agencies.size(), false);
  for (const auto& [key, agency] : s.agencies) {
    const AgencyIdentity id = identity_of(key);
    for (const AgencyForm& f : agency.forms) {
      const std::string name_key = MatchKey(f.name);
      for (size_t i = 0; i < found.size(); ++i) found[i] = found[i] || s.MatchesScopeAgency(i, id, name_key);
    }
  }
  for (size_t i = 0; i < found.size(); ++i)
    if (!found[i]) warnings.emplace_back("--agency", "\"" + s.scope.agencies[i] + "\" matches no agency of the input");
  if (!s.scope.province.empty()) {
    const bool any = std::any_of(s.agencies.begin(), s.agencies.end(), [&](const auto& entry) {
      return identity_of(entry.first).place == s.scope.province;
    });
    if (!any) warnings.emplace_back("--province", "no agency of the input is in " + s.scope.province);
  }
  auto party_in_scope = [&](const std::string& key) {
    const AgencyIdentity id = identity_of(key);
    if (!s.scope.province.empty() && id.place != s.scope.province) return false;
    if (s.scope_agencies.empty()) return true;
    const auto it = s.agencies.find(key);
    if (it != s.agencies.end())
      for (const AgencyForm& f : it->second.forms)
        if (s.MatchesScope(id, f.name)) return true;
    return s.MatchesScope(id, display[key]);
  };
  std::set<std::string> kept;  // agencies a report in scope shows
  for (auto it = s.programs.begin(); it != s.programs.end();) {
    const std::vector<std::string>& parties = it->second.row.parties;
    if (std::none_of(parties.begin(), parties.end(), party_in_scope)) {
      it = s.programs.erase(it);
      continue;
    }
    kept.insert(parties.begin(), parties.end());
    ++it;
  }
  for (auto it = s.agencies.begin(); it != s.agencies.end();) {
    if (!kept.count(it->first) && !party_in_scope(it->first)) it = s.agencies.erase(it);
    else ++it;
  }
  return display;
}

Report Aggregator::Finish(const Period& span, const Period& previous, const std::vector<Period>& periods) {
  FlushPending();
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
  for (auto& [name, a] : state_->agencies) a.days.Compact();
  for (auto& [id, ds] : state_->documents) ds.days.Compact();
  for (auto& [what, days] : state_->counts) days.Compact();
  std::vector<std::pair<std::string, std::string>> identity_warnings;
  const std::map<std::string, std::string> display = ResolveIdentities(*state_, identity_warnings);
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
    for (const auto& [name, a] : s.agencies)
      if (a.days.SumWithin(first, last).articles > 0) ++f.agencies;
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

  // Parties by the names the report shows.
  std::vector<std::string> names_shown;
  for (const std::string& key : parties.names) names_shown.push_back(display.at(key));
  // A program whose period ended in the four quarters before the span,
  // with no tổng kết reported by its end, is still the director's business.
  // The first and last day a program's covered periods span; false with none.
  auto covered = [&period_spans](const ProgramState& ps, Day* start, Day* end) {
    for (uint32_t label : ps.periods) {
      const auto [a, b] = period_spans[label];
      *start = label == ps.periods.front() ? a : std::min(*start, a);
      *end = label == ps.periods.front() ? b : std::max(*end, b);
    }
    return !ps.periods.empty();
  };
  const uint32_t closing = state_->action_names.Index(kClosingReview);
  auto ended_unreviewed = [&](const ProgramState& ps) {
    Day start = 0, end = 0;
    if (!covered(ps, &start, &end) || end >= first || end < first - 366) return false;
    return std::none_of(ps.actions.begin(), ps.actions.end(),
                        [&](const ActionEntry& a) { return a.action == closing && a.day <= last; });
  };
  // Programs active in the span (and those), with their partners and pairs.
  const std::vector<uint32_t> rank = CollationRanks(names_shown, collator);
  const Period& current = periods.empty() ? span : periods.back();
  auto by_rank = [&rank](uint32_t a, uint32_t b) { return rank[a] < rank[b]; };
  std::vector<int> party_programs(parties.names.size()), pair_programs(parties.pairs.size());
  std::vector<std::vector<uint32_t>> partners(parties.names.size());
  size_t k = 0;
  for (auto& [key, ps] : state_->programs) {
    const std::vector<uint32_t>& mine = parties.program_parties[k];
    const std::vector<uint32_t>& pairs = parties.program_pairs[k++];
    if (!active(ps, first, last) && !ended_unreviewed(ps)) continue;
    for (size_t i = 0; i < mine.size(); ++i) {
      ++party_programs[mine[i]];
      for (size_t j = 0; j < mine.size(); ++j)
        if (i != j) partners[mine[i]].push_back(mine[j]);
    }
    for (uint32_t id : pairs) ++pair_programs[id];
    // The row moves: Finish is the end of the aggregator, and copying the
    // program table would double the largest part of the report.
    ProgramRow row;
    row.instrument = std::move(ps.row.instrument);
    row.parties = std::move(ps.row.parties);
    row.reference = std::move(ps.row.reference);
    row.signed_on = std::move(ps.row.signed_on);
    row.evidence = std::move(ps.row.evidence);
    row.sources = std::move(ps.row.sources);
    row.articles = static_cast<int>(ps.articles);
    // A label inside another of the same program ("2025" of a 2024-2026
    // quy chế, from "kết quả năm 2025") adds nothing to its covered period.
    for (uint32_t label : ps.periods) {
      // Plain names, not a structured binding: clang 14 cannot capture one.
      const Day a = period_spans[label].first, b = period_spans[label].second;
      const bool inside = std::any_of(ps.periods.begin(), ps.periods.end(), [&](uint32_t other) {
        const Day c = period_spans[other].first, d = period_spans[other].second;
        return other != label && c <= a && b <= d && (d - c) > (b - a);
      });
      if (!inside) row.periods.push_back(s.period_labels.Name(label));
    }
    std::sort(row.periods.begin(), row.periods.end());
    // The lifecycle: its covered days, its reports up to the span's end.
    if (Day start = 0, end = 0; covered(ps, &start, &end)) {
      row.period_start = ToIso(CivilFromDays(start));
      row.period_end = ToIso(CivilFromDays(end));
    }
    if (ps.seen) row.first_activity = ToIso(CivilFromDays(ps.first_day));
    for (const ActionEntry& a : ps.actions) {
      if (a.day <= last) {
        row.last_activity = ToIso(CivilFromDays(a.day));
        row.last_action = s.action_names.Name(a.action);
        row.last_source = std::string(s.source_ids.Get(a.source));
        // Only the latest report's URL is kept (program_state.h).
        row.last_url = a.day == ps.latest_day && row.last_source == ps.latest_source ? ps.latest_url : "";
      }
      if (!s.action_names.Name(a.action).empty())
        row.actions.push_back({a.action, CivilFromDays(a.day), std::string(s.source_ids.Get(a.source))});
    }
    row.status = StatusAt(row, report.action_names, current);
    std::vector<uint32_t> ordered = mine;
    std::sort(ordered.begin(), ordered.end(), by_rank);
    for (size_t i = 0; i < ordered.size(); ++i) row.parties[i] = names_shown[ordered[i]];
    report.programs.push_back(std::move(row));
  }
  // A joint action with no instrument named has no lifecycle to act on.
  for (const ProgramRow& p : report.programs)
    if (NeedsAttention(p.status) && !p.instrument.empty()) report.attention.push_back(p);
  std::stable_sort(report.attention.begin(), report.attention.end(), [](const ProgramRow& a, const ProgramRow& b) {
    if (AttentionRank(a.status) != AttentionRank(b.status)) return AttentionRank(a.status) < AttentionRank(b.status);
    return a.period_end < b.period_end;
  });

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
  // Agency keys, in the Vietnamese order of the names shown.
  std::vector<std::string> names;
  for (const auto& [name, a] : s.agencies)
    if (a.days.SumWithin(first, last).articles > 0 || in_programs(name)) names.push_back(name);
  for (uint32_t id = 0; id < parties.names.size(); ++id)
    if (party_programs[id] > 0 && !s.agencies.count(parties.names[id])) names.push_back(parties.names[id]);
  {
    std::vector<std::string> shown;
    for (const std::string& key : names) shown.push_back(display.count(key) ? display.at(key) : key);
    const std::vector<uint32_t> order = CollationRanks(shown, collator);
    std::vector<std::string> sorted(names.size());
    for (size_t i = 0; i < names.size(); ++i) sorted[order[i]] = names[i];
    names = std::move(sorted);
  }
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
    row.name = display.count(n) ? display.at(n) : n;
    {
      std::string body;
      SplitIdentityKey(n, &body, &row.province);
    }
    if (auto it = s.agencies.find(n); it != s.agencies.end()) {
      std::vector<AgencyForm> forms = it->second.forms;
      std::stable_sort(forms.begin(), forms.end(), [](const AgencyForm& a, const AgencyForm& b) { return a.uses > b.uses; });
      for (const AgencyForm& f : forms)
        if (f.name != row.name) row.other_names.push_back(f.name);
      Tally t = it->second.days.SumWithin(first, last);
      row.articles = static_cast<int>(t.articles);
      row.mentions = static_cast<int>(t.amount);
    }
    if (std::optional<uint32_t> id = party_of(n); id && party_programs[*id] > 0) {
      row.programs = party_programs[*id];
      std::vector<uint32_t>& mine = partners[*id];
      std::sort(mine.begin(), mine.end(), by_rank);
      mine.erase(std::unique(mine.begin(), mine.end()), mine.end());
      for (uint32_t partner : mine) row.partners.push_back(names_shown[partner]);
      if (in_matrix[*id]) {
        position[*id] = report.matrix_names.size();
        report.matrix_names.push_back(row.name);
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
    // Names in byte order within a pair and among pairs of as many programs.
    const std::string& x = names_shown[a];
    const std::string& y = names_shown[b];
    report.pairs.push_back(x < y ? PairRow{x, y, n} : PairRow{y, x, n});
  }
  std::sort(report.pairs.begin(), report.pairs.end(), [](const PairRow& a, const PairRow& b) {
    if (a.programs != b.programs) return a.programs > b.programs;
    return a.first != b.first ? a.first < b.first : a.second < b.second;
  });

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
  for (const auto& [source, message] : identity_warnings) {
    report.warnings.push_back({source, source + ": " + message});
    if (source.starts_with("--")) report.scope_warnings.push_back(source + ": " + message);
  }
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
