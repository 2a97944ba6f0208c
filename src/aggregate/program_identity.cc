#include "aggregate/program_identity.h"

#include <algorithm>
#include <cstring>
#include <stdexcept>

#include "aggregate/identity.h"
#include "extract/documents.h"
#include "model/text_util.h"

namespace coordreport {
namespace {

std::string GroupKey(const ProgramFacts& row) {
  std::string key = row.instrument;
  for (const std::string& party : row.parties) (key += '\x1e') += party;
  return key;
}

// Parties of `from` written without a place that `into` names with one:
// recorded in `same` and renamed in `from`.
void AdoptPlaces(const std::vector<std::string>& into, std::vector<std::string>& from,
                 std::map<std::string, std::string>& same) {
  for (std::string& party : from) {
    std::string body, place;
    SplitIdentityKey(party, &body, &place);
    if (!place.empty()) continue;
    for (const std::string& other : into) {
      std::string other_body, other_place;
      SplitIdentityKey(other, &other_body, &other_place);
      if (other_body == body && !other_place.empty()) {
        same[party] = other;
        party = other;
        break;
      }
    }
  }
  from = SortedUnique(std::move(from));
}

}  // namespace

void FacetKey(const std::string& instrument, const std::vector<std::string>& parties, const std::string& reference,
              const std::string& period, std::string& out) {
  out = instrument;
  for (const std::string& party : parties) (out += '|') += party;
  (((out += '|') += reference) += '|') += period;
}

uint32_t SourceIds::Add(std::string_view id) {
  if (last_ != kNone && Get(last_) == id) return last_;
  if (buffer_.size() + sizeof(uint32_t) + id.size() >= kForwarded)
    throw std::length_error("more than 2 GiB of article ids in the program actions");
  last_ = static_cast<uint32_t>(buffer_.size());
  AppendEntry(buffer_, id);
  return last_;
}

std::string_view SourceIds::Get(uint32_t ref) const {
  return std::string_view(buffer_).substr(ref + sizeof(uint32_t), LengthWord(ref));
}

uint32_t SourceIds::LengthWord(uint32_t ref) const {
  uint32_t word = 0;
  std::memcpy(&word, buffer_.data() + ref, sizeof word);
  return word;
}

void SourceIds::SetLengthWord(uint32_t ref, uint32_t word) { std::memcpy(buffer_.data() + ref, &word, sizeof word); }

void SourceIds::AppendEntry(std::string& buffer, std::string_view id) {
  const auto length = static_cast<uint32_t>(id.size());
  buffer.append(reinterpret_cast<const char*>(&length), sizeof length);
  buffer.append(id);
}

void KeepLatestActions(std::vector<ActionEntry>& actions, const NameTable& names) {
  auto less = [&names](const ActionEntry& a, const ActionEntry& b) {
    if (a.day != b.day) return a.day < b.day;
    if (a.action != b.action) return names.Name(a.action) < names.Name(b.action);
    return a.source < b.source;
  };
  std::sort(actions.begin(), actions.end(), less);
  actions.erase(std::unique(actions.begin(), actions.end(),
                            [](const ActionEntry& a, const ActionEntry& b) {
                              return a.day == b.day && a.action == b.action && a.source == b.source;
                            }),
                actions.end());
  if (actions.size() > kMaxActions) actions.erase(actions.begin(), actions.end() - kMaxActions);
}

void ProgramState::Merge(ProgramState&& o, const NameTable& names) {
  if (row.instrument.empty()) row.instrument = o.row.instrument;
  row.parties.insert(row.parties.end(), o.row.parties.begin(), o.row.parties.end());
  row.parties = SortedUnique(std::move(row.parties));
  if (row.reference.empty()) row.reference = o.row.reference;
  if (row.signed_on.empty() || (!o.row.signed_on.empty() && o.row.signed_on < row.signed_on))
    row.signed_on = o.row.signed_on;
  if (row.evidence.empty()) row.evidence = o.row.evidence;
  if (period.empty()) period = o.period;
  for (const std::string& source : o.row.sources) AddUnique(row.sources, source, 5);
  days.Merge(o.days);
  signed_days.Merge(o.signed_days);
  for (ActionEntry& a : o.actions) actions.push_back(std::move(a));
  KeepLatestActions(actions, names);
  for (uint32_t label : o.periods)
    if (std::find(periods.begin(), periods.end(), label) == periods.end()) periods.push_back(label);
  articles += o.articles;
  if (!o.seen) return;
  if (!seen || o.first_day < first_day) first_day = o.first_day;
  NoteLatest(o.latest_day, o.latest_source, o.latest_url);
}

void ProgramState::NoteLatest(Day day, const std::string& source, const std::string& url) {
  if (seen && (day < latest_day || (day == latest_day && source >= latest_source))) return;
  latest_day = day;
  latest_source = source;
  latest_url = url;
  seen = true;
}

ProgramMap IdentifyPrograms(
    ProgramMap&& facets, const NameTable& action_names,
    const std::function<bool(const std::string&, Day*, Day*)>& period_span,
    std::vector<std::pair<std::string, std::string>>& warnings, std::map<std::string, std::string>& same_agency) {
  using Node = ProgramMap::node_type;
  std::vector<Node> programs;
  std::map<std::string, size_t> by_reference;
  std::multimap<std::string, size_t> by_group;  // instrument and parties -> programs
  std::vector<Node> dated, bare;
  // Numbered first: the same number is one program, whatever else differs.
  while (!facets.empty()) {
    Node node = facets.extract(facets.begin());
    ProgramState& f = node.mapped();
    if (f.row.reference.empty()) {
      (f.period.empty() ? bare : dated).push_back(std::move(node));
      continue;
    }
    const std::string number = DocumentKey(f.row.reference);
    if (auto it = by_reference.find(number); it != by_reference.end()) {
      ProgramState& into = programs[it->second].mapped();
      AdoptPlaces(into.row.parties, f.row.parties, same_agency);
      AdoptPlaces(f.row.parties, into.row.parties, same_agency);
      into.Merge(std::move(f), action_names);
      continue;
    }
    by_reference.emplace(number, programs.size());
    programs.push_back(std::move(node));
  }
  for (size_t i = 0; i < programs.size(); ++i) by_group.emplace(GroupKey(programs[i].mapped().row), i);

  // Then by period: a numbered program of the same parties and period, or
  // the only numbered one of theirs whose period is unknown, else its own.
  for (Node& node : dated) {
    ProgramState& f = node.mapped();
    const auto [lo, hi] = by_group.equal_range(GroupKey(f.row));
    std::vector<size_t> same, open;
    for (auto it = lo; it != hi; ++it) {
      const ProgramState& p = programs[it->second].mapped();
      if (p.period == f.period) same.push_back(it->second);
      else if (p.period.empty()) open.push_back(it->second);
    }
    if (same.size() == 1 || (same.empty() && open.size() == 1)) {
      ProgramState& into = programs[same.empty() ? open.front() : same.front()].mapped();
      if (into.period.empty()) into.period = f.period;
      into.Merge(std::move(f), action_names);
      node = Node();  // merged: freed now
      continue;
    }
    by_group.emplace(GroupKey(f.row), programs.size());
    programs.push_back(std::move(node));
  }
  dated.clear();

  // Last, mentions with neither: the one program they fit, else apart.
  for (Node& node : bare) {
    ProgramState& f = node.mapped();
    const auto [lo, hi] = by_group.equal_range(GroupKey(f.row));
    std::vector<size_t> candidates, covering;
    for (auto it = lo; it != hi; ++it) candidates.push_back(it->second);
    for (size_t c : candidates) {
      Day first = 0, last = 0;
      if (!period_span(programs[c].mapped().period, &first, &last)) continue;
      const bool inside = !f.actions.empty() && std::all_of(f.actions.begin(), f.actions.end(), [&](const ActionEntry& a) {
        return a.day >= first && a.day <= last;
      });
      if (inside) covering.push_back(c);
    }
    if (candidates.size() == 1 || covering.size() == 1) {
      programs[candidates.size() == 1 ? candidates.front() : covering.front()].mapped().Merge(std::move(f), action_names);
      node = Node();
      continue;
    }
    if (candidates.size() > 1) {
      const std::string source = f.row.sources.empty() ? "" : f.row.sources.front();
      warnings.emplace_back(source, "a " + (f.row.instrument.empty() ? std::string("program") : f.row.instrument) +
                                        " mentioned without number or period fits " +
                                        std::to_string(candidates.size()) +
                                        " programs of the same parties; kept as a row of its own");
    }
    programs.push_back(std::move(node));
  }
  bare.clear();

  ProgramMap out;
  for (Node& node : programs) {
    const ProgramState& p = node.mapped();
    std::string key = GroupKey(p.row) + '\x1d' + p.period + '\x1d' + p.row.reference;
    while (out.count(key)) key += '+';
    node.key() = std::move(key);
    out.insert(std::move(node));
  }
  return out;
}

}  // namespace coordreport
