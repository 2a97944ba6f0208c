#include "cli/scorer.h"

#include <algorithm>
#include <set>

#include "extract/places.h"
#include "normalize/text.h"

namespace coordreport {
namespace {

bool StartsWith(std::string_view s, std::string_view prefix) { return s.substr(0, prefix.size()) == prefix; }
bool EndsWith(std::string_view s, std::string_view suffix) {
  return s.size() >= suffix.size() && s.substr(s.size() - suffix.size()) == suffix;
}

// "công an tỉnh" + " quảng bình", "ngân hàng chính sách xã hội" + " chi
// nhánh tỉnh an giang": the tail is only a place, which either side may
// leave out (GUIDELINES.md §13).
bool IsPlaceTail(std::string_view shorter, std::string_view tail) {
  for (const std::string& unit : UnitWords()) {
    if (EndsWith(shorter, " " + unit) || shorter == unit) return true;
    if (StartsWith(tail, unit) && (tail.size() == unit.size() || tail[unit.size()] == ' ')) return true;
  }
  if (StartsWith(tail, "chi nhánh")) return true;
  size_t length = 0;
  return ProvinceAt(tail, &length) && length == tail.size();
}

// 2: same name; 1: the same but for a trailing place; 0: different.
int NameMatch(const std::string& x, const std::string& y) {
  if (x == y) return 2;
  const std::string& shorter = x.size() < y.size() ? x : y;
  const std::string& longer = x.size() < y.size() ? y : x;
  if (shorter.empty() || longer[shorter.size()] != ' ' || !StartsWith(longer, shorter)) return 0;
  return IsPlaceTail(shorter, std::string_view(longer).substr(shorter.size() + 1)) ? 1 : 0;
}

// Gold agencies of one page with their folded names and aliases.
struct Directory {
  std::vector<std::vector<std::string>> keys;  // per agency: name, then aliases

  explicit Directory(const std::vector<GoldAgency>& agencies) {
    for (const GoldAgency& a : agencies) {
      std::vector<std::string> k{NameKey(a.name)};
      for (const std::string& alias : a.aliases) k.push_back(NameKey(alias));
      keys.push_back(std::move(k));
    }
  }
  // The agency `key` names, best match first; -1 when none. With
  // `exact_only`, a trailing place does not count.
  int Find(const std::string& key, bool exact_only = false) const {
    int best = -1, best_level = 0;
    for (size_t i = 0; i < keys.size(); ++i) {
      for (const std::string& k : keys[i]) {
        int level = NameMatch(key, k);
        if (exact_only && level < 2) continue;
        if (level > best_level) best = static_cast<int>(i), best_level = level;
      }
    }
    return best;
  }
};

std::string ShowPair(const std::pair<std::string, std::string>& p) { return p.first + " <-> " + p.second; }

void Tally(const std::string& id, const std::string& kind, const std::set<std::string>& gold,
           const std::set<std::string>& found, KindScore& score, std::vector<std::string>& mismatches) {
  score.gold += static_cast<long>(gold.size());
  score.found += static_cast<long>(found.size());
  for (const std::string& g : gold) {
    if (found.count(g))
      ++score.correct;
    else
      mismatches.push_back(id + ": " + kind + ": missing " + g);
  }
  for (const std::string& f : found)
    if (!gold.count(f)) mismatches.push_back(id + ": " + kind + ": extra " + f);
}

void ScoreAgencies(const Gold& g, const Record& r, const Directory& parties, Scores& s) {
  const Directory others(g.other_agencies);
  KindScore& k = s.kinds["agencies"];
  std::vector<std::string> keys;
  for (const AgencyMention& a : r.agencies) keys.push_back(NameKey(a.name));
  std::vector<int> match(keys.size(), -1);
  std::vector<bool> taken(g.agencies.size(), false);
  // Exact names first, so that "Công an tỉnh" beside "Công an tỉnh X" is
  // credited to the right gold agency and the other is the duplicate.
  for (bool exact_only : {true, false}) {
    for (size_t i = 0; i < keys.size(); ++i) {
      if (match[i] >= 0) continue;
      int m = parties.Find(keys[i], exact_only);
      if (m >= 0 && !taken[m]) match[i] = m, taken[m] = true;
    }
  }
  for (size_t i = 0; i < keys.size(); ++i) {
    if (match[i] >= 0) {
      ++k.found, ++k.correct;
    } else if (parties.Find(keys[i]) >= 0) {
      ++k.found;
      s.mismatches.push_back(g.id + ": agencies: duplicate " + r.agencies[i].name);
    } else if (others.Find(keys[i]) < 0) {
      ++k.found;
      s.mismatches.push_back(g.id + ": agencies: extra " + r.agencies[i].name);
    }
  }
  k.gold += static_cast<long>(g.agencies.size());
  for (size_t a = 0; a < g.agencies.size(); ++a)
    if (!taken[a]) s.mismatches.push_back(g.id + ": agencies: missing " + g.agencies[a].name);
}

// A party as a pair element: its gold agency's name, else its own name
// marked as unknown to the gold.
std::string PartyLabel(const Gold& g, const Directory& parties, const std::string& name) {
  int m = parties.Find(NameKey(name));
  return m >= 0 ? g.agencies[m].name : "?" + name;
}

void ScorePrograms(const Gold& g, const Record& r, const Directory& parties, Scores& s) {
  std::vector<std::set<std::string>> gold_entries;
  std::set<std::pair<std::string, std::string>> gold_pairs, found_pairs;
  for (const auto& entry : g.entries) {
    std::set<std::string> labels;
    for (const std::string& p : entry) labels.insert(PartyLabel(g, parties, p));
    for (auto i = labels.begin(); i != labels.end(); ++i)
      for (auto j = std::next(i); j != labels.end(); ++j) gold_pairs.insert({*i, *j});
    gold_entries.push_back(std::move(labels));
  }
  std::vector<std::set<std::string>> found_programs;
  for (const Program& p : r.programs) {
    std::set<std::string> labels;
    for (const std::string& party : p.parties) labels.insert(PartyLabel(g, parties, party));
    for (auto i = labels.begin(); i != labels.end(); ++i)
      for (auto j = std::next(i); j != labels.end(); ++j) found_pairs.insert({*i, *j});
    found_programs.push_back(std::move(labels));
  }
  std::set<std::string> gold_shown, found_shown;
  for (const auto& p : gold_pairs) gold_shown.insert(ShowPair(p));
  for (const auto& p : found_pairs) found_shown.insert(ShowPair(p));
  Tally(g.id, "pairs", gold_shown, found_shown, s.kinds["pairs"], s.mismatches);

  auto shared = [](const std::set<std::string>& x, const std::set<std::string>& y) {
    size_t n = 0;
    for (const std::string& e : x)
      if (e[0] != '?' && y.count(e)) ++n;
    return n;
  };
  for (const auto& entry : gold_entries) {
    if (entry.size() < 2) continue;
    ++s.programs_gold;
    bool found = false;
    for (const auto& p : found_programs) found = found || shared(entry, p) >= 2;
    if (found)
      ++s.programs_found;
    else
      s.mismatches.push_back(g.id + ": programs: missing entry of " + std::to_string(entry.size()) + " parties");
  }
  for (const auto& p : found_programs) {
    ++s.programs_reported;
    bool right = false;
    for (const auto& entry : gold_entries) right = right || shared(entry, p) >= 2;
    if (right) ++s.programs_right;
  }
}

bool DateMatches(const std::string& gold, const std::string& found) {
  if (gold.size() == 7) return found.substr(0, 7) == gold;  // a month: any day of it
  return gold == found;
}

std::string CountKey(long long count, const std::string& first_word) {
  return std::to_string(count) + " " + first_word;
}

}  // namespace

std::string NameKey(std::string_view name) {
  std::string key = MatchKey(NormalizeText(name));
  std::string out;
  for (size_t i = 0; i < key.size(); ++i) {
    char c = key[i];
    if (c == '\n' || c == '\t') c = ' ';
    if (c == ' ' && (out.empty() || out.back() == ' ' || out.back() == '-')) continue;
    if (c == '-' && !out.empty() && out.back() == ' ') out.pop_back();
    out.push_back(c);
  }
  while (!out.empty() && out.back() == ' ') out.pop_back();
  return out;
}

std::string ReferenceKey(std::string_view id) {
  std::string key = MatchKey(NormalizeText(id));
  std::string out;
  for (char c : key)
    if (c != ' ' && c != '\n' && c != '\t') out.push_back(c);
  for (std::string_view so : {std::string_view("số:"), std::string_view("số")}) {
    if (StartsWith(out, so)) {
      out.erase(0, so.size());
      break;
    }
  }
  size_t zeros = 0;
  while (zeros + 1 < out.size() && out[zeros] == '0' && out[zeros + 1] >= '0' && out[zeros + 1] <= '9') ++zeros;
  return out.substr(zeros);
}

Scores Score(const std::vector<Gold>& gold, const std::vector<Record>& records) {
  std::map<std::string, const Record*> by_id;
  for (const Record& r : records) by_id.emplace(r.id, &r);
  Scores s;
  for (const char* kind : {"documents", "agencies", "pairs", "periods"}) s.kinds[kind];
  for (const Gold& g : gold) {
    auto it = by_id.find(g.id);
    if (it == by_id.end()) {
      s.unmatched.push_back(g.id);
      continue;
    }
    const Record& r = *it->second;
    ++s.articles;
    if (!g.event_date.empty() || !g.dates_only_when_known) {
      ++s.dates_scored;
      if (DateMatches(g.event_date, r.event_date))
        ++s.dates_correct;
      else
        s.mismatches.push_back(g.id + ": event date: got \"" + r.event_date + "\", want \"" + g.event_date + "\"");
    }

    std::set<std::string> found_docs, gold_docs;
    for (const auto& d : r.references) found_docs.insert(ReferenceKey(d.id));
    for (const std::string& d : g.references) gold_docs.insert(ReferenceKey(d));
    for (const std::string& leak : g.not_references) {
      if (found_docs.count(ReferenceKey(leak))) {
        ++s.leaks;
        s.mismatches.push_back(g.id + ": boilerplate leak: " + leak);
      }
    }
    Tally(g.id, "documents", gold_docs, found_docs, s.kinds["documents"], s.mismatches);

    const Directory parties(g.agencies);
    ScoreAgencies(g, r, parties, s);
    ScorePrograms(g, r, parties, s);
    Tally(g.id, "periods", std::set<std::string>(g.periods.begin(), g.periods.end()),
          std::set<std::string>(r.periods.begin(), r.periods.end()), s.kinds["periods"], s.mismatches);
    if (g.has_counts) {
      std::set<std::string> gold_counts, found_counts;
      for (const GoldCount& c : g.counts) gold_counts.insert(CountKey(c.count, c.first_word));
      for (const Count& c : r.counts) {
        std::string w = NameKey(c.what);
        found_counts.insert(CountKey(c.count, w.substr(0, w.find(' '))));
      }
      Tally(g.id, "counts", gold_counts, found_counts, s.kinds["counts"], s.mismatches);
    }
  }
  return s;
}

}  // namespace coordreport
