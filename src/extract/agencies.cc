// Gazetteer scan plus a small recursive grammar for qualifiers.
#include "extract/agencies.h"

#include <algorithm>
#include <array>
#include <bit>
#include <cstdint>
#include <cstring>
#include <map>

#include "extract/scan.h"
#include "normalize/text.h"

namespace coordreport {
namespace {

using namespace scan;

struct Matcher {
  const Lexicon& lex;
  const DomainTables& tables;
  const ArticleText& a;

  Matcher(const Lexicon& lexicon, const ArticleText& article) : lex(lexicon), tables(lexicon.tables), a(article) {}

  // A body phrase at word start `pos`; its index, end in *end.
  int BodyAt(size_t pos, size_t* end) const {
    const auto* phrases = lex.BodiesStartingWith(std::string_view(a.key).substr(pos, WordEnd(a.key, pos) - pos));
    if (!phrases) return -1;
    for (const Lexicon::Phrase& p : *phrases) {
      if (a.key.compare(pos, p.key.size(), p.key) != 0 || !IsWordBoundedAt(a.key, pos, pos + p.key.size())) continue;
      *end = pos + p.key.size();
      return p.index;
    }
    return -1;
  }

  // Proper names are capitalized: the first or second word of the phrase
  // starts upper case in the display text ("Ban tuyên giáo", "trường Chính
  // trị"), which keeps "báo cáo" and "công an xã" out.
  bool LooksProper(size_t begin, size_t end) const {
    int len;
    if (IsUpper(CodePointAt(a.text, begin, &len))) return true;
    size_t space = a.text.find(' ', begin);
    if (space == std::string::npos || space + 1 >= end) return false;
    return IsUpper(CodePointAt(a.text, space + 1, &len));
  }

  // Cheap necessary condition for AgencyAt: a gazetteer body must look
  // proper (LooksProper) and a generic one starts upper case, so a word
  // that is lower case, like the word after it, starts no agency. Most
  // words of an article are skipped on this test alone.
  bool MayStartAgency(size_t pos) const { return LooksProper(pos, a.text.size()); }

  int LevelAt(size_t pos, size_t* end) const {
    for (const Lexicon::Phrase& level : lex.levels) {
      if (a.key.compare(pos, level.key.size(), level.key) == 0 && IsWordBoundedAt(a.key, pos, pos + level.key.size())) {
        *end = pos + level.key.size();
        return level.index;
      }
    }
    return -1;
  }

  // 1-4 capitalized words that are not a person's family name nor the start
  // of another agency: "Kỳ Sơn", "Nghệ An", "Bến Tre".
  std::string PlaceAt(size_t pos, size_t* end) const {
    size_t p = pos, last = pos;
    int words = 0;
    while (p < a.text.size() && words < 4) {
      int len;
      int32_t c = CodePointAt(a.text, p, &len);
      if (!IsUpper(c)) break;
      size_t w_end = WordEnd(a.key, p);
      std::string_view word = std::string_view(a.key).substr(p, w_end - p);
      const auto& stops = words == 0 ? lex.first_word_stops : lex.place_stops;
      if (std::find(stops.begin(), stops.end(), word) != stops.end()) break;
      size_t body_end;
      if (BodyAt(p, &body_end) >= 0) break;
      last = w_end;
      ++words;
      if (w_end >= a.text.size() || a.text[w_end] != ' ') break;
      p = w_end + 1;
    }
    if (!words) return "";
    *end = last;
    return std::string(std::string_view(a.text).substr(pos, last - pos));
  }

  std::string Numeral(size_t pos, size_t* end) const {
    size_t p = pos;
    while (p < a.text.size() && (a.text[p] == 'I' || a.text[p] == 'V' || a.text[p] == 'X' || IsDigit(a.text[p]))) ++p;
    if (p == pos || !IsWordBoundedAt(a.text, pos, p)) return "";
    *end = p;
    return std::string(std::string_view(a.text).substr(pos, p - pos));
  }

  // "các tỉnh, thành ủy khu vực Tây Nam Bộ": a list head naming many
  // agencies at once; kept as one collective name.
  std::string CollectiveAt(size_t pos, size_t* end) const {
    if (!WordAt(a.key, pos, "các")) return "";
    size_t limit = std::min(a.key.size(), pos + 80);
    constexpr std::string_view kRegion = "khu vực";
    size_t kv = std::string_view(a.key).substr(0, limit + kRegion.size()).find(kRegion, pos);
    if (kv == std::string::npos || kv > limit) return "";
    std::string_view between = std::string_view(a.key).substr(pos, kv - pos);
    if (between.find_first_of(".;:") != std::string_view::npos) return "";
    size_t place_end = 0;
    std::string place = PlaceAt(SkipSpaces(a.key, kv + kRegion.size()), &place_end);
    if (place.empty()) return "";
    *end = place_end;
    return std::string(between) + "khu vực " + place;
  }

  // An agency outside the gazetteer: a head noun ("Ban", "Ngân hàng"), a
  // description whose first word is capitalized ("Dân tộc", "Nông nghiệp
  // và Phát triển nông thôn"), then a level. Without the level it is not
  // taken: the level is what makes a capitalized phrase an agency.
  bool GenericAt(size_t pos, AgencySpan* out) const {
    int first_len;
    if (!IsUpper(CodePointAt(a.text, pos, &first_len))) return false;  // cheap test before the heads
    size_t head_end = 0;
    for (const std::string& h : lex.generic_heads) {
      if (a.key.compare(pos, h.size(), h) == 0 && IsWordBoundedAt(a.key, pos, pos + h.size())) {
        head_end = pos + h.size();
        break;
      }
    }
    if (!head_end) return false;
    int len;
    size_t p = head_end;
    for (int words = 0; words < 8; ++words) {
      if (p >= a.text.size() || a.text[p] != ' ') return false;
      ++p;
      if (words > 0) {
        size_t level_end = 0;
        if (int lv = LevelAt(p, &level_end); lv >= 0) {
          const AgencyLevel& level = tables.levels[lv];
          std::string name = a.text.substr(pos, p - 1 - pos) + " " + level.Display();
          size_t end = level_end, pe = 0;
          if (level.takes_place && end < a.text.size() && a.text[end] == ' ') {
            std::string place = PlaceAt(end + 1, &pe);
            if (!place.empty()) name += " " + place, end = pe;
          }
          if (level.needs_place && end == level_end) return false;
          out->begin = pos;
          out->end = end;
          out->name = name;
          return true;
        }
      }
      size_t w_end = WordEnd(a.key, p);
      if (w_end == p) return false;
      std::string_view word = std::string_view(a.key).substr(p, w_end - p);
      if (words == 0 && !IsUpper(CodePointAt(a.text, p, &len))) return false;
      if (word == "của" || word == "tại" || word == "với" || word == "các" || word == "trong" || word == "về") return false;
      p = w_end;
    }
    return false;
  }

  // A full or short agency at `pos`. *is_short is set for a bare body that
  // needs the article's context.
  bool AgencyAt(size_t pos, AgencySpan* out, bool* is_short, int depth = 0) const {
    size_t end = 0;
    int b = BodyAt(pos, &end);
    if (b < 0 || !LooksProper(pos, end)) {
      *is_short = false;
      return GenericAt(pos, out);
    }
    const AgencyBody& body = tables.bodies[b];
    // "Tỉnh ủy viên" is a person's title, not the committee.
    if (WordAt(a.key, SkipSpaces(a.key, end), "viên")) return false;
    std::string name = body.name;
    size_t q = SkipSpaces(a.key, end);
    *is_short = false;
    size_t e2 = 0;
    AgencySpan nested;
    bool nested_short = false;
    // A standing body takes a whole agency before a bare level: "Ban
    // Thường vụ Tỉnh đoàn" is the youth union's, not "Ban Thường vụ tỉnh".
    if (body.takes_numeral) {
      std::string n = Numeral(q, &e2);
      if (n.empty()) return false;
      name += " " + n;
      end = e2;
    } else if (body.takes_agency && depth < 3 && AgencyAt(q, &nested, &nested_short, depth + 1) && !nested_short) {
      bool bare_committee = false;
      for (const char* committee : {"Tỉnh ủy", "Thành ủy", "Huyện ủy", "Thị ủy", "Quận ủy"})
        bare_committee = bare_committee || nested.name.rfind(committee, 0) == 0;
      name = body.acts_for_parent && !bare_committee ? nested.name : name + " " + nested.name;
      end = nested.end;
    } else if (int lv = LevelAt(q, &e2); lv >= 0) {
      const AgencyLevel& level = tables.levels[lv];
      name += " " + level.Display();
      end = e2;
      bool placed = false;
      if (level.takes_place && e2 < a.text.size() && a.text[e2] == ' ') {
        size_t pe = 0;
        std::string place = PlaceAt(e2 + 1, &pe);
        if (!place.empty()) {
          name += " " + place;
          end = pe;
          placed = true;
        }
      }
      if (level.needs_place && !placed) *is_short = true;
    } else if (std::string c = CollectiveAt(q, &e2); !c.empty()) {
      name += " " + c;
      end = e2;
    } else if (std::string place = PlaceAt(q, &e2); !place.empty() && q == end + 1) {
      name += " " + place;
      end = e2;
    } else if (!body.standalone) {
      *is_short = true;
    }
    out->begin = pos;
    out->end = end;
    out->name = name;
    return true;
  }
};


// First byte at or after `from` (a code point start) of a code point that
// the match key writes in lower case: where the next capital letter that
// can matter is. An agency's capitals are letters of its gazetteer or
// grammar words, which MatchKey lowers in place; a capital it leaves as is
// (no same-length lower case) never starts or proves an agency. Eight
// bytes at a time: most of an article is lower case.
size_t NextCapital(const ArticleText& a, size_t from) {
  const char* text = a.text.data();
  const char* key = a.key.data();
  const size_t n = a.text.size();
  size_t p = from;
  if constexpr (std::endian::native == std::endian::little) {
    for (; p + 8 <= n; p += 8) {
      uint64_t t, k;
      std::memcpy(&t, text + p, 8);
      std::memcpy(&k, key + p, 8);
      if (t != k) {
        p += static_cast<size_t>(std::countr_zero(t ^ k)) / 8;
        break;
      }
    }
  }
  while (p < n && text[p] == key[p]) ++p;
  if (p >= n) return std::string::npos;
  while (p > from && (static_cast<unsigned char>(text[p]) & 0xC0) == 0x80) --p;  // "Ạ"/"ạ" differ in the last byte
  return p;
}

// "công an tỉnh thanh hóa" extends "công an tỉnh": the shorter name and
// then a space. (Match keys; no allocation, this runs for every pair.)
bool ExtendsName(std::string_view longer, std::string_view shorter) {
  return longer.size() > shorter.size() && longer[shorter.size()] == ' ' && longer.substr(0, shorter.size()) == shorter;
}

}  // namespace

AgencyFindings FindAgencies(const ArticleText& a, const Lexicon& lexicon, const std::vector<Span>& excluded) {
  Matcher m(lexicon, a);
  std::vector<bool> span_is_short;
  std::vector<AgencySpan> all;
  // Word by word: an agency starts at a word start outside citations.
  std::vector<Span> citations = excluded;  // in text order
  std::sort(citations.begin(), citations.end(), [](const Span& x, const Span& y) { return x.begin < y.begin; });
  size_t next_excluded = 0;
  size_t capital = NextCapital(a, 0);  // the next one at or after i (npos: none)
  for (size_t i = 0; i < a.key.size();) {
    // A word may start an agency only if it, or the word after its first
    // space, is capitalized (MayStartAgency). Words that end before the
    // last space ahead of the next capital can do neither: jump past that
    // space. The loop lands on every space anyway, so the words it visits
    // from there are the ones it would have visited.
    if (i > capital) capital = NextCapital(a, i);  // never once it is npos
    if (capital == std::string::npos) break;
    if (capital > i + 1) {
      size_t space = std::string_view(a.text).substr(0, capital - 1).rfind(' ');
      if (space != std::string::npos && space >= i) {
        i = space + 1;
        continue;
      }
    }
    int len = 1;
    if (!IsLetter(CodePointAt(a.key, i, &len))) {
      i += std::max(len, 1);
      continue;
    }
    while (next_excluded < citations.size() && citations[next_excluded].end <= i) ++next_excluded;
    const bool inside = next_excluded < citations.size() && citations[next_excluded].begin <= i;
    AgencySpan span;
    bool is_short = false;
    if (inside || !m.MayStartAgency(i) || !m.AgencyAt(i, &span, &is_short)) {
      i = WordEnd(a.key, i);
      continue;
    }
    // "6 Huyện ủy: Kỳ Sơn, Tương Dương và Con Cuông": one agency per place.
    if (is_short && a.text.compare(span.end, 1, ":") == 0) {
      size_t p = SkipSpaces(a.text, span.end + 1), place_end = 0;
      bool listed = false;
      while (p < a.text.size()) {
        std::string place = m.PlaceAt(p, &place_end);
        if (place.empty()) break;
        all.push_back({p, place_end, span.name + " " + place});
        span_is_short.push_back(false);
        listed = true;
        p = place_end;
        if (a.text.compare(p, 2, ", ") == 0) p += 2;
        else if (a.key.compare(p, std::string_view(" và ").size(), " và ") == 0) p += std::string_view(" và ").size();
        else break;
      }
      if (listed) {
        i = p;
        continue;
      }
    }
    all.push_back(span);
    span_is_short.push_back(is_short);
    i = span.end;
  }

  // Match keys of the names, computed once and kept in step with them.
  std::vector<std::string> keys;
  for (const AgencySpan& span : all) keys.push_back(MatchKey(span.name));

  // A name the article also gives with its place ("Công an tỉnh" beside
  // "Công an tỉnh Thanh Hóa") is that same agency: use the fuller name.
  for (size_t k = 0; k < all.size(); ++k) {
    if (span_is_short[k]) continue;
    size_t only = all.size();
    bool ambiguous = false;
    for (size_t j = 0; j < all.size(); ++j) {
      if (span_is_short[j] || !ExtendsName(keys[j], keys[k])) continue;
      if (only < all.size() && all[only].name != all[j].name) ambiguous = true;
      only = j;
    }
    if (only < all.size() && !ambiguous) {
      all[k].name = all[only].name;
      keys[k] = keys[only];
    }
  }

  // Short forms take the full name that extends them: the nearest earlier
  // one, else the first later one; with none they name nothing we can report.
  AgencyFindings out;
  std::map<std::string, size_t> index;
  for (size_t k = 0; k < all.size(); ++k) {
    AgencySpan span = all[k];
    size_t key = k;
    if (span_is_short[k]) {
      size_t best = all.size();
      for (size_t j = 0; j < all.size(); ++j) {
        if (span_is_short[j] || !ExtendsName(keys[j], keys[k])) continue;
        if (j < k || best == all.size() || all[best].begin > span.begin) best = j;
        if (j > k) break;
      }
      if (best == all.size()) continue;
      span.name = all[best].name;
      key = best;
    }
    auto [it, inserted] = index.emplace(keys[key], out.agencies.size());
    if (inserted) out.agencies.push_back({span.name, 0});
    ++out.agencies[it->second].mentions;
    out.spans.push_back(span);
  }
  return out;
}

}  // namespace coordreport
