// One agency per name: the mentions the grammar reads, merged by key,
// short form and abbreviation, each shown by its fullest form.
#include "extract/agencies.h"

#include <algorithm>
#include <map>
#include <unordered_map>

#include "extract/agency_grammar.h"
#include "extract/agency_names.h"
#include "extract/scan.h"
#include "normalize/text.h"

namespace coordreport {
namespace {

constexpr size_t kNone = static_cast<size_t>(-1);

bool StartsUpper(std::string_view s) {
  int len = 0;
  return !s.empty() && scan::IsUpper(scan::CodePointAt(s, 0, &len));
}

}  // namespace

AgencyFindings FindAgencies(const ArticleText& a, const Lexicon& lexicon, const std::vector<Span>& excluded) {
  AgencyMentions read = ReadAgencyMentions(a, lexicon, excluded);
  std::vector<NameMention>& mentions = read.mentions;
  const size_t n = mentions.size();
  // What each written form is: its name once the user's aliases are
  // applied, its key, its initials. An article repeats its names, so
  // each distinct form is worked out once.
  struct Form {
    std::string display, key, initials;
    bool acronym = false;
    bool standing = false;  // a standing body's name: "Ban Thường vụ …", "Thường trực …"
  };
  std::unordered_map<std::string, Form> forms;
  std::vector<const Form*> form_of(n);
  for (size_t k = 0; k < n; ++k) {
    auto [it, inserted] = forms.try_emplace(mentions[k].display);
    Form& f = it->second;
    if (inserted) {
      f.display = UserAlias(mentions[k].display, lexicon);
      f.key = AgencyKeyOfNormalized(f.display, lexicon);
      f.initials = Initials(f.display, &f.acronym);
      const std::string folded = MatchKey(f.display);
      f.standing = folded.starts_with("ban thường") || folded.starts_with("thường trực");
    }
    form_of[k] = &f;
    mentions[k].display = f.display;
  }

  // Mentions of one agency: the same key, or a short form that only one
  // fuller name of the article extends ("Công an tỉnh" and "Công an tỉnh
  // Thanh Hóa"; "Ban Tuyên giáo" and "Ban Tuyên giáo Tỉnh ủy"). Sets of
  // mentions are a union-find over mention indices; every step is near
  // linear, an article dense with names included.
  // Views of the forms' keys: `forms` is node based and outlives them.
  std::vector<std::string_view> keys(n);
  for (size_t k = 0; k < n; ++k) keys[k] = form_of[k]->key;
  std::vector<size_t> parent(n);
  auto find = [&](size_t k) {
    while (parent[k] != k) k = parent[k] = parent[parent[k]];
    return k;
  };
  // The first mention of each key leads it.
  std::unordered_map<std::string_view, size_t> first_of_key;
  for (size_t k = 0; k < n; ++k) parent[k] = first_of_key.try_emplace(keys[k], k).first->second;
  // The keys in order, each with its first mention: the keys extending K
  // ("K …") are the ones that start with K + " ", a range of them.
  std::vector<std::pair<std::string_view, size_t>> sorted_keys(first_of_key.begin(), first_of_key.end());
  std::sort(sorted_keys.begin(), sorted_keys.end());
  std::vector<bool> merged(n, false);  // a first mention whose key went into a fuller one
  std::string lo;
  for (size_t k = 0; k < n; ++k) {
    if (parent[k] != k || merged[k]) continue;
    // Of several fuller names, the one the article names first; but a
    // short form that is no name by itself ("Thường trực Huyện ủy" among
    // several districts) names none of them.
    (lo = keys[k]) += ' ';
    size_t target = kNone, candidates = 0;
    for (auto it = std::lower_bound(sorted_keys.begin(), sorted_keys.end(), std::make_pair(std::string_view(lo), size_t{0}));
         it != sorted_keys.end() && it->first.starts_with(lo); ++it) {
      if (merged[it->second]) continue;
      ++candidates;
      if (target == kNone || it->second < target) target = it->second;
    }
    if (target == kNone || (candidates > 1 && !mentions[k].complete)) continue;
    parent[k] = target;
    merged[k] = true;
  }

  // Abbreviated forms: "Viện KSND tỉnh" is "Viện Kiểm sát nhân dân tỉnh",
  // "Đài PT-TH" a short "Đài Phát thanh - Truyền hình tỉnh", "Ban
  // CHPTKV" what a bracket after the full name said it is.
  auto merge = [&](size_t from, size_t to) {
    const size_t a = find(from), b = find(to);
    if (a != b) parent[a] = b;
  };
  // Per initials and weakness, the mentions in order: the first name an
  // acronym abbreviates is the first of its initials, or (for an acronym
  // with no level) of initials it begins.
  std::map<std::pair<std::string_view, bool>, std::vector<size_t>> by_initials;
  for (size_t k = 0; k < n; ++k) by_initials[{form_of[k]->initials, mentions[k].weak}].push_back(k);
  for (size_t k = 0; k < n; ++k) {
    if (!mentions[k].alias.empty()) {
      const std::string alias_key = AgencyKeyOfNormalized(mentions[k].alias, lexicon);
      if (auto it = first_of_key.find(alias_key); it != first_of_key.end()) merge(it->second, k);
    }
    const std::string& initials = form_of[k]->initials;
    if (!form_of[k]->acronym || initials.size() < 3) continue;
    const bool weak = mentions[k].weak;
    size_t first = kNone;
    for (size_t j : by_initials[{initials, weak}])
      if (j != k) {
        first = j;
        break;
      }
    if (!mentions[k].has_level) {
      for (auto it = by_initials.upper_bound({initials, true}); it != by_initials.end(); ++it) {
        if (!it->first.first.starts_with(initials)) break;
        if (it->first.second != weak || it->first.first.size() == initials.size()) continue;
        first = std::min(first, it->second.front());
      }
    }
    if (first != kNone) merge(k, first);
  }
  std::vector<size_t> entity(n);
  for (size_t k = 0; k < n; ++k) entity[k] = find(k);

  // Per agency: whether any mention is a whole name, whether all are weak,
  // and its fullest written form.
  std::vector<bool> complete(n, false), weak(n, true), untitled(n, false);
  std::vector<size_t> fullest(n, kNone);  // per entity: the mention whose name it takes
  // The fullest form: one that says its level, of the agency itself
  // rather than its standing body, then the longest.
  auto rank = [&](size_t k) {
    const std::string& display = mentions[k].display;
    return std::make_tuple(mentions[k].has_level, !form_of[k]->standing, display.size(), StartsUpper(display));
  };
  for (size_t k = 0; k < n; ++k) {
    const size_t e = entity[k];
    const NameMention& m = mentions[k];
    if (m.complete) complete[e] = true;
    if (!m.weak) weak[e] = false;
    if (fullest[e] == kNone || rank(k) > rank(fullest[e])) fullest[e] = k;
    if (!m.title_linked) untitled[e] = true;
  }
  // Groups the article names member by member, by key (the last, as named).
  std::unordered_map<std::string_view, const std::vector<std::string>*> members_of;
  for (const NamedGroup& group : read.groups)
    if (group.members.size() > 1) members_of[group.key] = &group.members;
  // A member as its agency is named: "Công an TP.Hồ Chí Minh" of a group
  // is the "Công an TP. HCM" of the article's other mentions.
  auto NameOf = [&](const std::string& written) -> std::string {
    auto form = forms.find(written);
    if (form == forms.end()) return written;
    auto first = first_of_key.find(form->second.key);
    if (first == first_of_key.end()) return form->second.display;
    return mentions[fullest[entity[first->second]]].display;
  };
  AgencyFindings out;
  std::map<size_t, size_t> index;  // entity -> position in out.agencies
  for (size_t k = 0; k < n; ++k) {
    const size_t e = entity[k];
    if (!complete[e]) continue;
    // An agency named only in people's titles ("Phó Chủ tịch UBND tỉnh")
    // is where they work: like a group, an agency of the article only as
    // a party of a program.
    const bool party_only = weak[e] || !untitled[e];
    const NameMention& m = mentions[k];
    const std::string& name = mentions[fullest[e]].display;
    AgencySpan span{m.begin_byte, m.end_byte, name, m.title_linked, party_only, m.place, {}};
    if (auto it = members_of.find(keys[k]); it != members_of.end())
      for (const std::string& member : *it->second) span.members.push_back(NameOf(member));
    out.spans.push_back(std::move(span));
    if (party_only) continue;
    auto [it, inserted] = index.emplace(e, out.agencies.size());
    if (inserted) out.agencies.push_back({name, 0});
    ++out.agencies[it->second].mentions;
  }
  // In text order, as readers look them up by position.
  std::stable_sort(out.spans.begin(), out.spans.end(),
                   [](const AgencySpan& x, const AgencySpan& y) { return x.begin < y.begin; });
  return out;
}

}  // namespace coordreport
