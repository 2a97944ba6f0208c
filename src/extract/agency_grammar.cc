#include "extract/agency_grammar.h"

#include <algorithm>

#include "extract/agency_names.h"
#include "extract/places.h"
#include "extract/scan.h"
#include "extract/words.h"
#include "normalize/text.h"

namespace coordreport {
namespace {

constexpr size_t kNone = static_cast<size_t>(-1);
// The mark of a word not looked up yet (never read through).
const Lexicon::FirstWord kNotLookedUp{};

class Grammar {
 public:
  Grammar(const ArticleText& a, const Lexicon& lex)
      : a_(a), key_(a.key), lex_(lex), t_(lex.tables), w_(a.words), n_(w_.size()) {
    first_.assign(n_, &kNotLookedUp);
  }

  // Every mention, text order; none starts inside `excluded`.
  std::vector<NameMention> Scan(const std::vector<Span>& excluded) {
    std::vector<Span> citations = excluded;
    std::sort(citations.begin(), citations.end(), [](const Span& x, const Span& y) { return x.begin < y.begin; });
    size_t next_excluded = 0;
    std::vector<NameMention> out;
    for (size_t i = 0; i < n_;) {
      while (next_excluded < citations.size() && citations[next_excluded].end <= w_[i].begin) ++next_excluded;
      if (next_excluded < citations.size() && citations[next_excluded].begin <= w_[i].begin) {
        ++i;
        continue;
      }
      // A person's title is no agency ("Tỉnh ủy viên", "Phó Bí thư
      // Thường trực"); the agency after it is where the person works.
      // (Every word is looked at: the checks below start from the cheapest.)
      if (PhraseSet::Match title = Upper(i) ? At(lex_.person_titles, i) : PhraseSet::Match{};
          title.value >= 0) {
        const size_t head_end = At(lex_.heads, i).end;
        if (title.end > head_end) {
          i = title.end;
          continue;
        }
      }
      size_t before = out.size();
      size_t end = MayStart(i) ? ParseAt(i, out) : i;
      if (end == i && MayStartGroup(i)) end = ParseGroupAt(i, out);
      if (end > i && out.size() > before) {
        out[before].title_linked = TitleBefore(i);
        for (size_t k = before + 1; k < out.size(); ++k) out[k].title_linked = out[before].title_linked;
        i = end;
      } else {
        ++i;
      }
    }
    ShareTails(out);
    CompleteListMembers(out);
    return out;
  }

 private:
  std::string_view Key(size_t i) const { return {key_.data() + w_[i].begin, w_[i].end - w_[i].begin}; }
  bool IsPunct(size_t i, char c) const { return i < n_ && w_[i].kind == Word::kPunct && a_.text[w_[i].begin] == c; }
  bool IsDash(size_t i) const { return IsPunct(i, '-'); }
  bool Upper(size_t i) const { return i < n_ && w_[i].kind == Word::kLetters && w_[i].upper; }
  bool Is(size_t i, std::string_view word) const { return i < n_ && w_[i].IsWord() && Key(i) == word; }
  bool Matches(const PhraseSet& set, size_t i) const { return At(set, i).value >= 0; }
  // The longest phrase of `set` at word i; a word that starts none of the
  // set's phrases is ruled out by its bits, without a hash lookup.
  PhraseSet::Match At(const PhraseSet& set, size_t i) const {
    if (i >= n_ || !(lex_.first_byte_bits[static_cast<unsigned char>(key_[w_[i].begin])] & set.bit())) return {};
    const Lexicon::FirstWord* first = First(i);
    if (!first || !(first->bits & set.bit())) return {};
    return PhraseSet::LongestOf(*first->phrases[static_cast<size_t>(set.index())], w_, i, key_);
  }

  // Groups start "các …", "12 …", "cơ quan …"; bare places "tỉnh …",
  // "TP …".
  bool MayStartGroup(size_t i) const {
    if (w_[i].kind == Word::kNumber) return true;
    if (w_[i].kind != Word::kLetters) return false;
    if (i > 0 && Upper(i) && Is(i - 1, "giữa")) return true;  // "giữa Cà Mau và Ninh Bình"
    const uint32_t sets = lex_.collectives.bit() | lex_.levels.bit();
    return (lex_.first_byte_bits[static_cast<unsigned char>(key_[w_[i].begin])] & sets) && First(i) &&
           (First(i)->bits & sets);
  }

  // Bodies that lists and titles write in lower case.
  bool LowerHeadOk(size_t i) const {
    for (std::string_view w : {"ban", "đồn", "trường", "viện", "hội", "công", "báo", "sở", "ủy", "đảng"})
      if (Key(i) == w) return true;
    return false;
  }

  // A word that may start a name: capitalized, or followed by a capital
  // ("ban Dân vận", "đồn biên phòng Ngọc Chung" is found from "Ngọc").
  bool MayStart(size_t i) const {
    if (Upper(i)) return true;
    if (w_[i].kind != Word::kLetters) return false;
    return Upper(i + 1) || ((Upper(i + 2) || Upper(i + 3)) && LowerHeadOk(i));
  }

  // "Nguyễn Văn", "Võ Thanh An", "Leo Thị Lịch": a family name, or a
  // common middle name, and another capital.
  bool PersonAt(size_t i) const {
    if (!Upper(i) || !Upper(i + 1)) return false;
    return lex_.surnames.count(Key(i)) > 0 || Key(i + 1) == "thị" || Key(i + 1) == "văn";
  }
  bool TitleAt(size_t i) const { return Matches(lex_.person_titles, i); }
  // A capitalized word that never continues a name.
  bool StopAt(size_t i) const { return Upper(i) && (TitleAt(i) || Matches(lex_.name_stops, i)); }
  // A head that starts another agency here (not a place named like one:
  // "Hội An" is a place, "Hội Nông dân" an agency).
  // A one-word head, one capital that is no abbreviation, and then no
  // more of a name ("Hội An,", "Hội An tổ chức") is a place.
  bool HeadStartsAt(size_t i) const {
    PhraseSet::Match h = At(lex_.heads, i);
    if (h.value < 0) return false;
    if (h.end - i > 1 || w_[i].caps || !Upper(i + 1) || w_[i + 1].caps) return true;
    const size_t after = i + 2;
    const bool name_goes_on =
        after < n_ && w_[after].kind == Word::kLetters && (Upper(after) || !Matches(lex_.lower_stops, after));
    return name_goes_on;
  }

  // A person's title right before word i: "Chủ tịch UBND tỉnh".
  bool TitleBefore(size_t i) const {
    for (size_t len = 1; len <= 5 && len <= i; ++len)
      if (At(lex_.person_titles, i - len).end == i) return true;
    return false;
  }

  // Whether a number continues the name: "Quân khu 9", "khu vực 52".
  bool NumberedBefore(size_t first, size_t k) const {
    for (size_t len = 1; len <= 3 && len <= k - first; ++len)
      if (At(lex_.numbered_words, k - len).end == k) return true;
    return false;
  }
  bool Roman(size_t i) const {
    if (!Upper(i) || w_[i].end - w_[i].begin > 4) return false;
    for (size_t p = w_[i].begin; p < w_[i].end; ++p)
      if (a_.text[p] != 'I' && a_.text[p] != 'V' && a_.text[p] != 'X') return false;
    return true;
  }

  // A capitalized word that can join a name after "và" or ",":
  // "Sở Giáo dục và Đào tạo", "Sở Văn hóa, Thể thao và Du lịch".
  // The word after the capital must be lower case, the second syllable of
  // a compound ("Đào tạo", "Xã hội"): a person's name is all capitals.
  bool JoinAhead(size_t k) const {
    const size_t next = k + 1;
    if (!Upper(next) || HeadStartsAt(next) || StopAt(next) || PersonAt(next) || Matches(lex_.levels, next))
      return false;
    if (w_[next].caps || next + 1 >= n_ || w_[next + 1].kind != Word::kLetters || w_[next + 1].upper ||
        Matches(lex_.lower_stops, next + 1))
      return false;
    if (IsPunct(k, ',')) {
      for (size_t p = next + 1; p < n_ && p <= next + 5; ++p)
        if (Is(p, "và")) return Upper(p + 1) && !HeadStartsAt(p + 1);
      return false;
    }
    return true;
  }

  // A place after a level: "Kỳ Sơn", "Quận 7", "Bà Rịa - Vũng Tàu", "TP. Hồ
  // Chí Minh". Returns the word after it, or k when there is none.
  size_t PlaceAt(size_t k, bool province_level, bool title_linked, bool numbered = false) const {
    size_t p = k;
    if (IsPunct(p, '.') && p > 0 && Is(p - 1, "tp")) ++p;
    if (p >= n_ || !w_[p].IsWord()) return k;
    size_t length = 0;
    if (ProvinceAt(std::string_view(key_).substr(w_[p].begin), &length)) {
      const size_t end = w_[p].begin + length;
      while (p < n_ && w_[p].end <= end) ++p;
      return p;
    }
    if (w_[p].kind == Word::kNumber) return numbered ? p + 1 : k;
    // After a level "Bà" is a place's, not a title: "TP. Bà Rịa", "xã Bà Điểm".
    const bool place_named_ba = Is(p, "bà") && Upper(p + 1);
    if (!Upper(p) || (StopAt(p) && !place_named_ba) || HeadStartsAt(p) || Matches(lex_.levels, p)) return k;
    if (PersonAt(p) && (province_level || title_linked)) return k;
    size_t q = p;
    for (int words = 0; q < n_ && words < 5 && Upper(q); ++words) {
      if (q > p && (StopAt(q) || HeadStartsAt(q) || PersonAt(q))) break;
      ++q;
    }
    return q;
  }

  // Lower-case words up to a level, at most eight, none a stop word: "Hội
  // đoàn kết sư sãi yêu nước thành phố"; for a company, up to its proper
  // name: "Công ty TNHH sản xuất và kinh doanh Đại Nghĩa". Returns the
  // word the run leads to, or k.
  size_t LowerRunTo(size_t k, bool company) const {
    for (size_t p = k; p < n_ && p < k + 8; ++p) {
      if (Matches(lex_.levels, p)) return p > k ? p : k;
      if (company && Upper(p)) return p > k && !HeadStartsAt(p) && !StopAt(p) ? p : k;
      if (w_[p].kind != Word::kLetters || w_[p].upper) return k;
      if (company && Is(p, "và") && p > k && w_[p + 1].kind == Word::kLetters && !w_[p + 1].upper) continue;
      if (Matches(lex_.lower_stops, p)) return k;
    }
    return k;
  }

  // Whether a name goes on at word p: a capital that starts no other
  // agency nor a person, a level, a word names are made of, "(ABBR)".
  bool NameGoesOnAt(size_t p) const {
    if (p >= n_) return false;
    if (Upper(p)) return !HeadStartsAt(p) && !StopAt(p) && !PersonAt(p);
    return Matches(lex_.levels, p) || Matches(lex_.name_words, p) || (IsPunct(p, '(') && p + 1 < n_ && w_[p + 1].caps);
  }

  // The level words of a group: "tỉnh, thành phố", "Tỉnh ủy, Thành ủy",
  // "xã, phường", after "các" or a number. Returns the word after them.
  size_t PluralLevelsAt(size_t p) const {
    PhraseSet::Match lv = At(lex_.levels, p);
    if (lv.value < 0 || !t_.levels[lv.value].plural) return p;
    size_t q = lv.end;
    while ((IsPunct(q, ',') || Is(q, "và"))) {
      PhraseSet::Match more = At(lex_.levels, q + 1);
      if (more.value < 0 || !t_.levels[more.value].plural || (Is(q, "và") && Upper(q + 1))) break;
      q = more.end;
    }
    return q;
  }

  // What qualifies a group: "biên giới", "trên địa bàn", "trên địa bàn Quân
  // khu 1", "trong cả nước", "của tỉnh Quảng Bình", "huyện Vị Xuyên".
  size_t GroupQualifierAt(size_t q) const {
    for (PhraseSet::Match nw; (nw = At(lex_.name_words, q)).value >= 0;) q = nw.end;
    // "… khu vực Tây Nam Bộ": the region.
    for (size_t words = 0; words < 4 && Upper(q); ++words) {
      if (PhraseSet::Match c = At(lex_.name_compounds, q); c.value >= 0)
        q = c.end;  // "Nam Bộ"
      else if (!HeadStartsAt(q) && !StopAt(q) && !PersonAt(q))
        ++q;
      else
        break;
    }
    if (Is(q, "trên") && Is(q + 1, "địa") && Is(q + 2, "bàn")) {
      q += 3;
      // "Quân khu 1", "thành phố", "tỉnh Quảng Bình"
      while (q < n_) {
        if (PhraseSet::Match nw = At(lex_.numbered_words, q); nw.value >= 0 && Upper(q)) {
          q = nw.end;
          if (q < n_ && (w_[q].kind == Word::kNumber || Roman(q))) ++q;
        } else if (Upper(q) && !StopAt(q) && !PersonAt(q) && !HeadStartsAt(q)) {
          ++q;
        } else {
          break;
        }
      }
    } else if (Is(q, "trong") && Is(q + 1, "cả") && Is(q + 2, "nước")) {
      q += 3;
    } else if (Is(q, "thuộc") && Upper(q + 1)) {
      q += 2;
    } else if (Is(q, "của") && Is(q + 1, "tỉnh")) {
      q = std::max(q, PlaceAt(q + 2, true, false));
    } else if (PhraseSet::Match lv = At(lex_.levels, q);
               lv.value >= 0 && t_.levels[lv.value].takes_place) {
      q = std::max(lv.end, PlaceAt(lv.end, false, false));  // "… thành phố", "… huyện Vị Xuyên"
    }
    return q;
  }

  std::string Text(size_t first, size_t last, const std::vector<std::pair<size_t, size_t>>& skip = {}) const {
    std::string out;
    size_t prev_end = kNone;
    for (size_t i = first; i < last; ++i) {
      bool skipped = false;
      for (auto [b, e] : skip) skipped = skipped || (i >= b && i < e);
      if (skipped) continue;
      if (!out.empty() && prev_end != kNone && w_[i].begin > prev_end) out.push_back(' ');
      out.append(a_.text, w_[i].begin, w_[i].end - w_[i].begin);
      prev_end = w_[i].end;
    }
    return out;
  }

  // A name starting at word i (one mention, or the members of a list that
  // shares its head). Appends to `out`; returns the word after it, or i.
  size_t ParseAt(size_t i, std::vector<NameMention>& out) const {
    PhraseSet::Match h = At(lex_.heads, i);
    if (h.value < 0) return i;
    // "Tỉnh ủy viên", "Hội nghị", "Lễ": a title or a common noun.
    if (At(lex_.person_titles, i).end > h.end) return i;
    if (At(lex_.name_stops, i).end > h.end) return i;
    if (!Upper(i)) {
      // Lower case only for the bodies written so in titles and lists
      // ("Trưởng ban Dân vận", "đồn biên phòng Ngọc Chung"), never inside
      // another word's compound ("Thường vụ", "Hội trường", "nhiệm vụ").
      if (!LowerHeadOk(i)) return i;
      if (i > 0 && w_[i - 1].kind == Word::kLetters && !TitleBefore(i) && !Is(i - 1, "giữa") && !Is(i - 1, "với") &&
          !Is(i - 1, "và") && !Is(i - 1, "của") && !Is(i - 1, "cùng"))
        return i;
      bool capital_follows = false;
      for (size_t p = i + 1; p < n_ && p <= h.end + 2; ++p) capital_follows = capital_follows || Upper(p);
      if (!capital_follows) return i;
    }
    // "Nguyễn Trường Sơn", "Đoàn Duy Khương": a person, not a body.
    if (i > 0 && Upper(i - 1) && lex_.surnames.count(Key(i - 1))) return i;
    if (h.end == i + 1 && lex_.surnames.count(Key(i)) && Upper(i + 1) && Upper(i + 2)) return i;
    const HeadKind kind = t_.heads[h.value].kind;
    if (kind == HeadKind::kBody && !HeadStartsAt(i)) return i;  // "Trường Sa,", "Hội An tổ chức"
    bool needs_place = false;
    const bool title_linked = TitleBefore(i);

    NameMention m;
    m.first = i;
    std::vector<std::pair<size_t, size_t>> parens;
    size_t k = h.end, tail_first = kNone;
    bool described = false, level = false, place = false, number = false;
    bool number_word = At(lex_.numbered_words, i).value >= 0;  // "Lữ đoàn", "Quân khu"
    const std::string& head_phrase = t_.heads[h.value].phrase;
    const bool company = head_phrase == "Công ty" || head_phrase == "Tổng công ty" || head_phrase == "Tập đoàn";

    // A committee is its own level: "Huyện ủy Vĩnh Bảo", "Huyện ủy huyện Gò Công Đông".
    PhraseSet::Match own = At(lex_.levels, i);
    if (kind == HeadKind::kComplete && own.end == h.end) {
      if ((Is(k, "các") || (k < n_ && w_[k].kind == Word::kNumber)) && PluralLevelsAt(k + 1) > k + 1)
        return ParseGroupTail(i, k, h.end, {}, out);
      // "3 Huyện ủy: Kỳ Sơn, Tương Dương và Con Cuông": one per place.
      if (IsPunct(k, ':') && Upper(k + 1)) {
        const size_t end = ReadPlaceMembers(i, k + 1, Text(i, k), out, nullptr);
        if (end > k + 1) return end;
      }
      level = true;
      tail_first = i;
      size_t q = k;
      if (PhraseSet::Match lv = At(lex_.levels, q); lv.value >= 0 && t_.levels[lv.value].takes_place)
        q = lv.end;
      size_t e = PlaceAt(q, false, title_linked);
      if (e > q) k = e, place = true;
      needs_place = t_.levels[own.value].needs_place && !place;
    }
    bool lower_last = false;  // the last word taken was lower case
    bool named = false;       // a word of a name was taken, not only a number
    // A whole name that is no level ("Tỉnh đoàn", "Thành đoàn", "TTXVN")
    // takes at most its place: "Thành đoàn Thái Bình".
    // Unless what follows is what names are made of: "Trung ương Đoàn
    // Thanh niên Cộng sản Hồ Chí Minh".
    if (kind == HeadKind::kComplete && !level && At(lex_.name_words, k).end <= k + 1) {
      level = true;
      size_t e = PlaceAt(k, false, title_linked);
      if (e > k) k = e, place = true;
    }
    while (!level && k < n_) {
      const Word& x = w_[k];
      if (x.kind == Word::kBreak) break;
      if (x.kind == Word::kPunct) {
        const char c = a_.text[x.begin];
        if (c == '(' && k + 2 < n_ && w_[k + 1].caps && IsPunct(k + 2, ')')) {  // "(MTTQ)", "(KSND)"
          parens.push_back({k, k + 3});
          k += 3;
          continue;
        }
        // "(Ban CHPTKV)": the short name the article uses from here on.
        if (c == '(' && k + 3 < n_ && Matches(lex_.heads, k + 1) && w_[k + 2].caps && IsPunct(k + 3, ')')) {
          m.alias = Text(k + 1, k + 3);
          parens.push_back({k, k + 4});
          k += 4;
          break;
        }
        if (c == ',' && !number && JoinAhead(k)) {
          ++k;
          continue;
        }
        if (c == '-' && k + 1 < n_ && w_[k + 1].IsWord() && !StopAt(k + 1) && !HeadStartsAt(k + 1) &&
            !PersonAt(k + 1) && (Upper(k + 1) || Matches(lex_.name_words, k + 1))) {
          ++k;  // "Tài nguyên-Môi trường", "Khu vực 8 - Gia Lai"
          continue;
        }
        break;
      }
      // What the name is made of: "nhân dân", "Dân vận", "Thi hành án dân
      // sự", or a multi-word head inside it ("Thường trực Ban Bí thư",
      // "Đảng ủy Bộ Chỉ huy Quân sự"); the longest of them.
      PhraseSet::Match words = At(lex_.name_words, k);
      if (Upper(k)) {
        PhraseSet::Match compound = At(lex_.name_compounds, k);
        if (compound.end > words.end) words = compound;
        PhraseSet::Match inner = At(lex_.heads, k);
        const bool is_level = At(lex_.levels, k).end >= inner.end;  // "Tỉnh ủy": a level here
        if (inner.value >= 0 && inner.end - k > 1 && inner.end > words.end && !is_level) {
          k = inner.end;
          described = true;
          lower_last = false;
          continue;
        }
      }
      if (StopAt(k) && words.end <= k + 1) break;
      if (Is(k, "và")) {
        // "Sở Lao động Thương binh và xã hội"
        if (!number && Is(k + 1, "xã") && Is(k + 2, "hội")) {
          k += 3;
          continue;
        }
        if (!number && JoinAhead(k)) {
          ++k;
          continue;
        }
        break;
      }
      if (PhraseSet::Match lv = At(lex_.levels, k); lv.value >= 0 && lv.end >= words.end) {
        if (t_.levels[lv.value].plural && k > i && (Is(k - 1, "các") || w_[k - 1].kind == Word::kNumber)) break;
        level = true;
        tail_first = k;
        k = lv.end;
        const AgencyLevel& L = t_.levels[lv.value];
        if (L.takes_place) {
          const bool province_level = L.name == "tỉnh" || L.name == "thành phố" || L.name == "TP";
          const bool numbered = L.name == "quận" || L.name == "phường";
          size_t e = PlaceAt(k, province_level, title_linked, numbered);
          if (e > k) k = e, place = true;
        }
        if (L.name == "các cấp") m.weak = true;
        // "Thường trực Huyện ủy": the committee itself needs its place (a
        // body of it, "Ban Tuyên giáo Quận ủy", is the article's district's).
        if (L.needs_place && !place && kind != HeadKind::kBody) needs_place = true;
        break;
      }
      // "Đảng ủy 11 xã, phường": a group; but "Ban Chỉ đạo 35 tỉnh" is
      // the board numbered 35 of the province.
      if (Is(k, "các") || (x.kind == Word::kNumber && !number_word && !NumberedBefore(i, k))) {
        if (PluralLevelsAt(k + 1) > k + 1) return ParseGroupTail(i, k, h.end, parens, out);
      }
      if (words.value >= 0 && words.end - k > (Upper(k) ? 1u : 0u)) {
        if (At(lex_.numbered_words, k).value >= 0) number_word = true;
        k = words.end;
        described = named = true;
        lower_last = !Upper(words.end - 1) && !Upper(k - 1);
        continue;
      }
      if (x.kind == Word::kNumber || Roman(k)) {
        if (number_word || NumberedBefore(i, k) || (x.kind == Word::kNumber && !lower_last)) {
          ++k;
          described = number = true;
          lower_last = false;
          continue;
        }
        if (x.kind == Word::kNumber) break;
      }
      if (x.kind == Word::kLetters && x.upper) {
        if (PersonAt(k)) break;
        // After a person's title a name that has ended in lower case is
        // followed by the person: "Bộ trưởng Bộ Nông nghiệp và Phát triển
        // nông thôn Cao Đức Phát".
        size_t province_length = 0;
        if (title_linked && lower_last && !x.caps && !Is(k, "việt") &&
            !ProvinceAt(std::string_view(key_).substr(x.begin), &province_length))
          break;
        if (At(lex_.numbered_words, k).value >= 0) number_word = true;
        ++k;
        described = named = true;
        lower_last = false;
        continue;
      }
      if (x.kind != Word::kLetters || Matches(lex_.lower_stops, k)) break;
      // "Bộ Tư lệnh vùng 5 Hải quân"
      if (PhraseSet::Match nw = At(lex_.numbered_words, k);
          nw.value >= 0 && nw.end < n_ && (w_[nw.end].kind == Word::kNumber || Roman(nw.end))) {
        k = nw.end + 1;
        described = number = true;
        lower_last = false;
        continue;
      }
      // The second syllable of a capitalized compound the tables do not
      // know, when the name goes on after it: "Ban Đối ngoại Tỉnh ủy".
      if (!lower_last && k > h.end - 1 && Upper(k - 1) && NameGoesOnAt(k + 1)) {
        ++k;
        lower_last = true;
        continue;
      }
      if (size_t e = LowerRunTo(k, company); e > k) {
        k = e;
        described = true;
        continue;
      }
      break;
    }
    // A name never ends on a joiner.
    while (k > h.end && (IsPunct(k - 1, ',') || IsDash(k - 1) || Is(k - 1, "và"))) --k;
    // A group after the level: "UBKT tỉnh ủy các tỉnh trên địa bàn".
    if (level && !place && (Is(k, "các") || (k < n_ && w_[k].kind == Word::kNumber)) && PluralLevelsAt(k + 1) > k + 1)
      return ParseGroupTail(i, k, h.end, parens, out);

    m.last = k;
    m.display = Capitalized(Text(i, k, parens));
    m.parens = parens;
    m.has_level = level;
    m.ends_in_place = place;
    if (tail_first != kNone) m.tail = Text(tail_first, k, parens);
    const bool caps_head = w_[i].caps;
    switch (kind) {
      case HeadKind::kComplete:
        m.complete = !needs_place;
        break;
      case HeadKind::kBody:
        m.complete = level || (described && !caps_head) || (caps_head && level);
        break;
      case HeadKind::kStanding:
      case HeadKind::kOwner:
        m.complete = k > h.end && (level || named);
        break;
    }
    if (needs_place) m.complete = false;
    // "UBND", "MTTQ Việt Nam": short forms; "CATP Hà Nội" names its place.
    if (kind == HeadKind::kBody && caps_head && !level) m.complete = EndsInProvince(m);
    if (k == h.end && kind != HeadKind::kComplete) m.complete = false, m.head_only = true;
    m.central = Is(i, "bộ") && h.end == i + 1 && !level;
    // "các Trung tâm chính trị cấp huyện": bodies in general, a group.
    // "5 Chi khu quân sự (Kulen, Sang Kom Tmey … và Cham Ksan)": the group
    // named member by member in brackets.
    if (i > 0 && (Is(i - 1, "các") || w_[i - 1].kind == Word::kNumber) && m.parens.empty() && IsPunct(k, '(')) {
      if (size_t end = ExpandBracketList(m, k, out); end > k) return end;
    }
    if (i > 0 && (Is(i - 1, "các") || Is(i - 1, "những"))) {
      size_t name_first = h.end;
      for (PhraseSet::Match nw; (nw = At(lex_.name_words, name_first)).value >= 0 && nw.end < k;) name_first = nw.end;
      if (m.parens.empty() && m.tail.empty()) {
        if (size_t end = ExpandSharedHead(i, Text(i, name_first), name_first, k, out); end > k) return end;
      }
      m.weak = true;
    }
    out.push_back(m);
    const size_t end = std::max(ExpandPlaceList(out, k), ExpandParallel(out, k));
    return std::max(end, k);
  }

  // The members a group's name lists in brackets after it (words from k,
  // at '('): "Ban CHQS cấp huyện (TP. Vũng Tàu, TP. Bà Rịa và các huyện Đất
  // Đỏ, Long Điền)" is "Ban CHQS TP. Vũng Tàu", …, "Ban CHQS huyện Long
  // Điền": the group's level without a place gives way to the members'.
  // Returns the word after ')', or k (nothing added) when the brackets
  // hold no such list.
  size_t ExpandBracketList(const NameMention& group, size_t k, std::vector<NameMention>& out) const {
    size_t stem_end = group.last;
    for (size_t p = group.first + 1; p < group.last; ++p) {
      PhraseSet::Match lv = At(lex_.levels, p);
      if (lv.value >= 0 && lv.end == group.last && !t_.levels[lv.value].takes_place) stem_end = p;
    }
    const std::string stem = Capitalized(Text(group.first, stem_end));
    std::vector<NameMention> members;
    std::string shared_level;  // "các huyện Đất Đỏ, Long Điền": "huyện" for each
    for (size_t p = k + 1;;) {
      if (Is(p, "các") && PluralLevelsAt(p + 1) == At(lex_.levels, p + 1).end) {
        shared_level = Text(p + 1, At(lex_.levels, p + 1).end);
        ++p;
      }
      size_t e;
      std::string item;
      if (PhraseSet::Match lv = At(lex_.levels, p); lv.value >= 0 && t_.levels[lv.value].takes_place) {
        e = PlaceAt(lv.end, false, false);
        if (e == lv.end) return k;
        item = Text(p, e);
        shared_level = Text(p, lv.end);
      } else {
        e = ListNameAt(p);
        if (e == p) return k;
        item = shared_level.empty() ? Text(p, e) : shared_level + " " + Text(p, e);
      }
      NameMention m;
      m.first = members.empty() ? group.first : p;
      m.last = e;
      m.display = stem + " " + item;
      m.complete = m.has_level = true;
      members.push_back(std::move(m));
      if (IsPunct(e, ')')) {
        if (members.size() < 2) return k;
        for (NameMention& member : members) out.push_back(std::move(member));
        return e + 1;
      }
      if (!IsPunct(e, ',') && !Is(e, "và")) return k;
      p = e + 1;
    }
  }

  // A capitalized name of a list's item, up to three words ("Tr'Hy", "A
  // Nông"): the word after it, or q when none starts at q.
  size_t ListNameAt(size_t q) const {
    if (!Upper(q) || HeadStartsAt(q) || PersonAt(q) || StopAt(q) || Matches(lex_.levels, q)) return q;
    size_t e = q;
    while (e < n_ && e < q + 3 && Upper(e) && !(e > q && HeadStartsAt(e))) ++e;
    return e;
  }

  // "các Đồn Biên phòng Ga Ry, Tr'Hy, A Nông": bodies that share a head and
  // its description (`stem`), one per name, each a body of its own; the
  // first name is words [name_first, k), the first mention starts at word
  // `first`. Returns the word after the list, or k (nothing added) when no
  // list follows.
  size_t ExpandSharedHead(size_t first, const std::string& stem, size_t name_first, size_t k,
                          std::vector<NameMention>& out) const {
    if (name_first >= k || !Upper(name_first) || !(IsPunct(k, ',') || Is(k, "và")) || ListNameAt(k + 1) == k + 1)
      return k;
    NameMention m;
    m.complete = true;
    for (size_t q = name_first, e = k, p = k;; q = p + 1, e = ListNameAt(q), p = e) {
      if (e == q) return q - 1;
      m.first = q == name_first ? first : q;
      m.last = e;
      m.display = Capitalized(stem + " " + Text(q, e));
      out.push_back(m);
      if (!(IsPunct(e, ',') || Is(e, "và"))) return e;
    }
  }

  // "Viện KSND Khu vực 8 - Gia Lai và Khu vực 9 - Gia Lai": a second unit
  // numbered like the first shares its name up to the numbered word.
  size_t ExpandParallel(std::vector<NameMention>& out, size_t k) const {
    const NameMention base = out.back();
    if (!(IsPunct(k, ',') || Is(k, "và")) || k + 2 >= n_) return k;
    const size_t q = k + 1;
    PhraseSet::Match numbered = At(lex_.numbered_words, q);
    if (numbered.value < 0 || numbered.end >= n_ || w_[numbered.end].kind != Word::kNumber) return k;
    for (size_t p = base.first + 1; p < base.last; ++p) {
      if (At(lex_.numbered_words, p).end - p != numbered.end - q) continue;
      bool same = true;
      for (size_t d = 0; d < numbered.end - q && same; ++d) same = Key(p + d) == Key(q + d);
      if (!same) continue;
      size_t e = numbered.end + 1;
      while (e < n_ && (Upper(e) || (IsDash(e) && Upper(e + 1)))) ++e;
      NameMention m = base;
      m.first = q;
      m.last = e;
      m.display = Text(base.first, p, base.parens) + " " + Text(q, e);
      m.alias.clear();
      out.push_back(m);
      return e;
    }
    return k;
  }

  // "Đảng ủy phường Tân Sơn Hòa, Tân Sơn Nhất và Hạnh Thông", "Cảng vụ hàng
  // hải Quảng Ninh, Hải Phòng": the places after the first share its name.
  size_t ExpandPlaceList(std::vector<NameMention>& out, size_t k) const {
    const NameMention base = out.back();
    if (!base.ends_in_place && !EndsInProvince(base)) return k;
    const size_t place_first = PlaceStart(base);
    if (place_first == kNone) return k;
    const std::string stem = Text(base.first, place_first);
    size_t p = k;
    while (IsPunct(p, ',') || Is(p, "và")) {
      const size_t q = p + 1;
      size_t e = PlaceListItemAt(q, base.ends_in_place);
      if (e == q) break;
      NameMention m = base;
      m.first = q;
      m.last = e;
      m.display = stem + " " + Text(q, e);
      out.push_back(m);
      p = e;
    }
    return p;
  }

  bool EndsInProvince(const NameMention& m) const { return PlaceStart(m) != kNone; }

  // The first word of the place a mention ends with (a province, or the
  // place after its level), kNone when it ends with none.
  size_t PlaceStart(const NameMention& m) const {
    for (size_t p = m.first + 1; p < m.last; ++p) {
      size_t length = 0;
      if (ProvinceAt(std::string_view(key_).substr(w_[p].begin), &length) && w_[p].begin + length == w_[m.last - 1].end)
        return p;
    }
    if (!m.ends_in_place) return kNone;
    for (size_t p = m.last; p-- > m.first + 1;)
      if (Matches(lex_.levels, p - 1) || (p >= 2 && At(lex_.levels, p - 2).end == p)) return p;
    return kNone;
  }

  // The places of a list after its stem ("3 Huyện ủy: Kỳ Sơn, Tương
  // Dương và Con Cuông"): one member each, "stem place", the first
  // mention holding the list's head from word i; their names go to
  // `names` too when given. Returns the word after the list, p when it
  // names no place.
  size_t ReadPlaceMembers(size_t i, size_t p, const std::string& stem, std::vector<NameMention>& out,
                          std::vector<std::string>* names) const {
    const size_t list = p;
    while (true) {
      const size_t e = PlaceListItemAt(p, true);
      if (e == p) break;
      NameMention m;
      m.first = p == list ? i : p;
      m.last = e;
      m.display = stem + " " + Text(p, e);
      m.has_level = m.complete = m.ends_in_place = true;
      if (names) names->push_back(m.display);
      out.push_back(m);
      if (!(IsPunct(e, ',') || Is(e, "và")) || !Upper(e + 1)) return e;
      p = e + 1;
    }
    return p;
  }

  size_t PlaceListItemAt(size_t q, bool any_place) const {
    size_t length = 0;
    if (q < n_ && ProvinceAt(std::string_view(key_).substr(w_[q].begin), &length)) {
      const size_t end = w_[q].begin + length;
      size_t p = q;
      while (p < n_ && w_[p].end <= end) ++p;
      return p;
    }
    if (!any_place || !Upper(q) || StopAt(q) || HeadStartsAt(q) || PersonAt(q) || Matches(lex_.levels, q)) return q;
    size_t p = q;
    while (p < n_ && p < q + 4 && Upper(p) && !(p > q && (HeadStartsAt(p) || StopAt(p)))) ++p;
    return p;
  }

  // A group or a list at `k` after a name's head part [i, k): "Đảng ủy 11
  // xã, phường", "UBND các tỉnh, thành phố", "Ban Tuyên giáo Tỉnh ủy các
  // tỉnh: An Giang, Cà Mau", "Đảng ủy các phường Hạnh Thông, An Nhơn".
  size_t ParseGroupTail(size_t i, size_t k, size_t head_end, const std::vector<std::pair<size_t, size_t>>& parens,
                        std::vector<NameMention>& out) const {
    const size_t levels_first = k + 1;
    const size_t levels_end = PluralLevelsAt(levels_first);
    const std::string stem = Text(i, k, parens);
    // The members, named one by one: "…các phường A, B và C", "…: A, B, C".
    size_t list = kNone;
    if (levels_end == levels_first + 1 || At(lex_.levels, levels_first).end == levels_end) {
      if (Upper(levels_end) && !HeadStartsAt(levels_end)) list = levels_end;
    }
    size_t q = GroupQualifierAt(levels_end);
    if (list == kNone && IsPunct(q, ':') && Upper(q + 1)) list = q + 1;
    // "… 7 tỉnh, thành phố gồm: TP.Hồ Chí Minh, Bà Rịa - Vũng Tàu, …"
    if (list == kNone && Is(q, "gồm")) {
      const size_t first = IsPunct(q + 1, ':') ? q + 2 : q + 1;
      if (Upper(first)) list = first;
    }
    if (list != kNone) {
      // A committee level names the members' committees: "Huyện ủy Ia Grai".
      bool committee = false;
      for (size_t len = 1; len <= 2 && len <= k - i; ++len)
        committee = committee || (At(lex_.levels, k - len).end == k &&
                                  Key(k - 1).find("ủy") != std::string_view::npos);
      const bool head_committee = t_.heads[At(lex_.heads, i).value].kind == HeadKind::kComplete;
      const std::string level_text = Text(levels_first, At(lex_.levels, levels_first).end);
      // The members' level when there is one ("các phường": "… phường
      // A"), none when the group mixes them ("tỉnh, thành phố").
      const bool one_level = At(lex_.levels, levels_first).end == levels_end;
      std::string prefix = stem;
      if (!committee && !head_committee && one_level) prefix += " " + level_text;
      // The group as the article names it again: "Công an 3 tỉnh".
      NamedGroup group{AgencyKeyOfNormalized(Text(i, list == levels_end ? levels_end : q, parens), lex_), {}};
      const size_t end = ReadPlaceMembers(i, list, Capitalized(prefix), out, &group.members);
      if (end > list) {
        groups_.push_back(std::move(group));
        return end;
      }
    }
    NameMention m;
    m.first = i;
    m.last = q;
    m.display = Capitalized(Text(i, q, parens));
    m.has_level = m.complete = true;  // no tail to share: groups keep their own
    m.weak = true;                    // an agency of the article as a party only
    (void)head_end;
    out.push_back(m);
    return q;
  }

  // Groups named as one party ("các tổ chức chính trị - xã hội thành
  // phố", "12 cơ quan báo chí") and bare provinces ("tỉnh Sơn La"): weak.
  size_t ParseGroupAt(size_t i, std::vector<NameMention>& out) const {
    size_t start = i;
    if (w_[i].kind == Word::kNumber) start = i + 1;
    PhraseSet::Match g = At(lex_.collectives, start);
    if (g.value >= 0 && (start == i || Is(start, "các") || w_[i].kind == Word::kNumber)) {
      if (start > i && Is(start, "các")) return i;
      // "các đồn biên phòng Ga Ry, Tr'Hy": the group named body by body.
      if (Is(start, "các") && g.end > start + 1) {
        const size_t end = ExpandSharedHead(i, Text(start + 1, g.end), g.end, ListNameAt(g.end), out);
        if (end > ListNameAt(g.end)) return end;
      }
      size_t q = GroupQualifierAt(g.end);
      NameMention m;
      m.first = i;
      m.last = q;
      m.display = Text(i, q);
      m.complete = m.weak = true;
      out.push_back(m);
      return q;
    }
    if (Is(i, "tỉnh") || Is(i, "tp")) {
      if (i > 0 && (Upper(i - 1) || Matches(lex_.levels, i - 1))) return i;  // inside a name
      PhraseSet::Match lv = At(lex_.levels, i);
      if (lv.value < 0) return i;
      size_t length = 0;
      size_t p = lv.end;
      if (IsPunct(p, '.') && Is(i, "tp")) ++p;  // "TP. Vinh"
      if (p >= n_ || !Upper(p)) return i;
      size_t e = p;
      if (ProvinceAt(std::string_view(key_).substr(w_[p].begin), &length)) {
        while (e < n_ && w_[e].end <= w_[p].begin + length) ++e;
      } else {
        if (PersonAt(p) || StopAt(p) || HeadStartsAt(p)) return i;
        while (e < n_ && e < p + 3 && Upper(e)) ++e;
      }
      NameMention m;
      m.first = i;
      m.last = e;
      m.display = Text(i, e);
      m.complete = m.weak = m.has_level = m.ends_in_place = m.place = true;
      out.push_back(m);
      // "tỉnh Cà Mau – Ninh Bình", "tỉnh Bạc Liêu và Cà Mau": more provinces
      // of the same level.
      return MoreProvinces(e, Text(i, lv.end), out);
    }
    // "hợp tác giữa Cà Mau và Ninh Bình": provinces named bare as the sides.
    if (i > 0 && Is(i - 1, "giữa") && Upper(i)) {
      size_t length = 0;
      const Province* province = ProvinceAt(std::string_view(key_).substr(w_[i].begin), &length);
      if (!province) return i;
      size_t e = i;
      while (e < n_ && w_[e].end <= w_[i].begin + length) ++e;
      const size_t at = out.size();
      const size_t end = MoreProvinces(e, "", out);
      if (end == e) return i;  // one bare name is no list of sides
      NameMention m;
      m.first = i;
      m.last = e;
      m.display = (province->city ? "thành phố " : "tỉnh ") + Text(i, e);
      m.complete = m.weak = m.has_level = m.ends_in_place = m.place = true;
      out.insert(out.begin() + static_cast<long>(at), m);  // in text order, before the ones after it
      return end;
    }
    return i;
  }

  // Provinces listed after one ("… – Ninh Bình", "… và Cà Mau"), each a
  // bare place of `level` (with none: "tỉnh", or "thành phố" for a
  // centrally-run city): the word after the list, or k when none.
  size_t MoreProvinces(size_t k, const std::string& level, std::vector<NameMention>& out) const {
    for (size_t p = k;;) {
      if (!(IsDash(p) || IsPunct(p, ',') || Is(p, "và") || Is(p, "với"))) return p;
      size_t length = 0;
      const Province* province =
          p + 1 < n_ && Upper(p + 1) ? ProvinceAt(std::string_view(key_).substr(w_[p + 1].begin), &length) : nullptr;
      if (!province) return p;
      size_t e = p + 1;
      while (e < n_ && w_[e].end <= w_[p + 1].begin + length) ++e;
      NameMention m;
      m.first = p + 1;
      m.last = e;
      m.display = (!level.empty() ? level : province->city ? "thành phố" : "tỉnh") + " " + Text(p + 1, e);
      m.complete = m.weak = m.has_level = m.ends_in_place = m.place = true;
      out.push_back(m);
      p = e;
    }
  }

  // "giữa Viện Kiểm sát, Công an, Bộ đội Biên phòng, Hải quan": a bare
  // body between named ones is a member of the list too.
  void CompleteListMembers(std::vector<NameMention>& ms) const {
    auto joined = [&](const NameMention& x, const NameMention& y) {
      return y.first == x.last + 1 && (IsPunct(x.last, ',') || Is(x.last, "và"));
    };
    for (size_t i = 0; i < ms.size(); ++i) {
      if (ms[i].complete || ms[i].weak || !ms[i].head_only) continue;
      const bool before = i > 0 && ms[i - 1].complete && joined(ms[i - 1], ms[i]);
      const bool after = i + 1 < ms.size() && ms[i + 1].complete && joined(ms[i], ms[i + 1]);
      if (before && after) ms[i].complete = true;
    }
  }

  // "Thường trực HĐND, UBND, Ủy ban MTTQ huyện Kỳ Anh": members of a list
  // without a level take the level (and place) of the last member.
  void ShareTails(std::vector<NameMention>& ms) const {
    for (size_t j = ms.size(); j-- > 1;) {
      if (ms[j].tail.empty() || ms[j].weak) continue;
      for (size_t i = j; i-- > 0;) {
        const NameMention& next = ms[i + 1];
        NameMention& m = ms[i];
        const size_t gap = next.first - m.last;
        const bool joined = gap == 1 && (IsPunct(m.last, ',') || Is(m.last, "và"));
        if (!joined || m.has_level || m.weak || m.central || EndsInProvince(m)) break;
        m.display += " " + ms[j].tail;
        m.tail = ms[j].tail;
        m.has_level = m.complete = true;
      }
    }
  }

  const ArticleText& a_;
  const std::string& key_;
  const Lexicon& lex_;
  const DomainTables& t_;
  const std::vector<Word>& w_;
  size_t n_;
  // Per word: its Lexicon::first_words entry, looked up the first time
  // the grammar asks (most words it never asks about).
  const Lexicon::FirstWord* First(size_t i) const {
    if (first_[i] == &kNotLookedUp) first_[i] = lex_.FindFirstWord(Key(i));
    return first_[i];
  }
  mutable std::vector<const Lexicon::FirstWord*> first_;
  mutable std::vector<NamedGroup> groups_;

 public:
  std::vector<NamedGroup> TakeGroups() { return std::move(groups_); }
  size_t BeginByte(const NameMention& m) const { return w_[m.first].begin; }
  size_t EndByte(const NameMention& m) const { return w_[m.last - 1].end; }
};

}  // namespace

AgencyMentions ReadAgencyMentions(const ArticleText& article, const Lexicon& lexicon,
                                  const std::vector<Span>& excluded) {
  Grammar grammar(article, lexicon);
  AgencyMentions out;
  out.mentions = grammar.Scan(excluded);
  for (NameMention& m : out.mentions) {
    m.begin_byte = grammar.BeginByte(m);
    m.end_byte = grammar.EndByte(m);
  }
  out.groups = grammar.TakeGroups();
  return out;
}

}  // namespace coordreport
