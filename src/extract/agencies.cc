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

// Whether `longer` is `shorter` and then more words.
bool ExtendsKey(std::string_view longer, std::string_view shorter) {
  return longer.size() > shorter.size() && longer[shorter.size()] == ' ' && longer.substr(0, shorter.size()) == shorter;
}

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
  // Thanh Hóa"; "Ban Tuyên giáo" and "Ban Tuyên giáo Tỉnh ủy").
  std::vector<std::string> keys;
  for (size_t k = 0; k < n; ++k) keys.push_back(form_of[k]->key);
  std::vector<size_t> entity(n);
  for (size_t k = 0; k < n; ++k) {
    entity[k] = k;
    for (size_t j = 0; j < k; ++j) {
      if (keys[j] == keys[k]) {
        entity[k] = entity[j];
        break;
      }
    }
  }
  for (size_t k = 0; k < n; ++k) {
    if (entity[k] != k) continue;
    // Of several fuller names, the one the article names first; but a
    // short form that is no name by itself ("Thường trực Huyện ủy" among
    // several districts) names none of them.
    size_t target = kNone, candidates = 0;
    for (size_t j = 0; j < n; ++j) {
      if (entity[j] != j || !ExtendsKey(keys[j], keys[k])) continue;
      if (target == kNone || keys[j] != keys[target]) ++candidates;
      if (target == kNone) target = j;
    }
    if (target == kNone || (candidates > 1 && !mentions[k].complete)) continue;
    for (size_t j = 0; j < n; ++j)
      if (entity[j] == k) entity[j] = target;
  }
  for (size_t k = 0; k < n; ++k)
    while (entity[entity[k]] != entity[k]) entity[k] = entity[entity[k]];

  // Abbreviated forms: "Viện KSND tỉnh" is "Viện Kiểm sát nhân dân tỉnh",
  // "Đài PT-TH" a short "Đài Phát thanh - Truyền hình tỉnh", "Ban
  // CHPTKV" what a bracket after the full name said it is.
  std::vector<std::string> initials(n);
  std::vector<bool> acronym(n);
  for (size_t k = 0; k < n; ++k) {
    initials[k] = form_of[k]->initials;
    acronym[k] = form_of[k]->acronym;
  }
  auto merge = [&](size_t from, size_t to) {
    const size_t a = entity[from], b = entity[to];
    if (a == b) return;
    for (size_t j = 0; j < n; ++j)
      if (entity[j] == a) entity[j] = b;
  };
  for (size_t k = 0; k < n; ++k) {
    if (!mentions[k].alias.empty()) {
      const std::string alias_key = AgencyKeyOfNormalized(mentions[k].alias, lexicon);
      for (size_t j = 0; j < n; ++j)
        if (keys[j] == alias_key) merge(j, k);
    }
    if (!acronym[k] || initials[k].size() < 3) continue;
    // The first name it abbreviates (if that is its own agency already,
    // nothing to do).
    for (size_t j = 0; j < n; ++j) {
      if (j == k || mentions[j].weak != mentions[k].weak) continue;
      const bool same = initials[j] == initials[k];
      const bool shorter = !mentions[k].has_level && initials[j].size() > initials[k].size() &&
                           initials[j].compare(0, initials[k].size(), initials[k]) == 0;
      if (same || shorter) {
        merge(k, j);
        break;
      }
    }
  }

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
    for (const NamedGroup& group : read.groups)
      if (group.key == keys[k] && group.members.size() > 1) span.members = group.members;
    out.spans.push_back(std::move(span));
    if (party_only) continue;
    auto [it, inserted] = index.emplace(e, out.agencies.size());
    if (inserted) out.agencies.push_back({name, 0});
    ++out.agencies[it->second].mentions;
  }
  return out;
}

}  // namespace coordreport
