// Programs sentence by sentence: triggers, then parties, then the rest.
#include "extract/programs.h"

#include <algorithm>
#include <array>
#include <set>

#include "extract/scan.h"
#include "model/text_util.h"
#include "normalize/text.h"

namespace coordreport {
namespace {

using namespace scan;

// Verbs that report what was done with an instrument, as the guidelines
// name the action (GUIDELINES.md §7.8): jointly issuing is a signing,
// adopting is agreeing.
struct ActionWord {
  std::string_view word, action;
};
constexpr ActionWord kActions[] = {{"ký kết", "ký kết"},        {"ký", "ký kết"},
                                   {"sơ kết", "sơ kết"},        {"tổng kết", "tổng kết"},
                                   {"đánh giá", "đánh giá"},    {"triển khai", "triển khai"},
                                   {"ban hành", "ký kết"},      {"thống nhất", "thống nhất"},
                                   {"thông qua", "thống nhất"}, {"tiếp tục thực hiện", "tiếp tục thực hiện"},
                                   {"thực hiện", "thực hiện"},  {"hội đàm", "ký kết"},
                                   {"kết nghĩa", "ký kết"}};
// Actions that carry an instrument out, and the reviews that may govern
// them a few words before ("sơ kết 3 năm triển khai thực hiện").
constexpr std::string_view kCarryingOut[] = {"thực hiện", "triển khai", "tiếp tục thực hiện"};
constexpr std::string_view kReviews[] = {"sơ kết", "tổng kết", "đánh giá"};
// How far before the carrying-out verb a review still governs it: "tổng
// kết 5 năm", "đánh giá kết quả qua 1 năm" (bytes of the key).
constexpr size_t kReviewReach = 40;

// Nouns of instruments that a signing verb names without "phối hợp":
// "ký kết quy chế", "ký Biên bản".
constexpr std::string_view kBareInstruments[] = {"quy chế",    "kế hoạch", "chương trình",
                                                 "thỏa thuận", "biên bản", "văn bản liên tịch"};
// Words that make an instrument a plan or a wish, not one that exists.
constexpr std::string_view kNotYet[] = {"cần", "sẽ", "đề nghị", "đề xuất", "kiến nghị", "nên"};
// Words that name the parties already named.
constexpr std::string_view kBothSides[] = {
    "hai bên",     "2 bên",       "các bên",        "hai đơn vị", "2 đơn vị",    "ba đơn vị",     "3 đơn vị",
    "hai cơ quan", "2 cơ quan",   "4 cơ quan",      "liên ngành", "hai ngành",   "2 ngành",       "hai tỉnh",
    "2 tỉnh",      "các đảng ủy", "hai địa phương", "các đơn vị", "các cơ quan", "hai lực lượng", "hai ban"};
// What may stand between two parties of one list.
constexpr std::string_view kConnectors[] = {
    "",  ",",    "và",  "với",     "cùng",     "cùng với", "-",     ", và", "và với", "phối hợp", "phối hợp với",
    ":", "gồm:", "gồm", "bao gồm", "bao gồm:", ";",        "và các"};
// A body right after these is not a party: an owner ("của"), a place
// ("tại", "trụ sở"), a beneficiary ("cho").
constexpr std::string_view kNotPartyBefore[] = {"của",     "tại",        "trụ sở",  "hội trường", "cho",    "thuộc",
                                                "đối với", "chứng kiến", "chỉ đạo", "tham mưu",   "đề nghị"};

struct Trigger {
  size_t begin = 0, end = 0;
  std::string instrument;  // canonical, or "" for coordination with no instrument named
  bool bare = false;       // "ký kết hợp tác", "A phối hợp với B": no instrument at all
  bool noun_only = false;  // "ký kết Quy chế", "ban hành Kế hoạch": a noun that may be one body's
  bool verb = false;       // "A phối hợp (với) B": the parties stand right around it
};

bool Bounded(std::string_view key, size_t pos, std::string_view word) {
  // The first two bytes first: this runs at every word start of an article.
  if (pos + word.size() > key.size() || key[pos] != word[0] || (word.size() > 1 && key[pos + 1] != word[1]))
    return false;
  return key.compare(pos, word.size(), word) == 0 && IsWordBoundedAt(key, pos, pos + word.size());
}

bool IsCarryingOut(std::string_view action) {
  for (std::string_view w : kCarryingOut)
    if (action == w) return true;
  return false;
}

// The review word that starts at most kReviewReach bytes before `verb`,
// within [clause_begin, verb); "" when none.
std::string_view ReviewGoverning(std::string_view key, size_t clause_begin, size_t verb) {
  const size_t from = verb > kReviewReach ? std::max(clause_begin, verb - kReviewReach) : clause_begin;
  std::string_view best;
  size_t best_at = 0;
  // Searched up to `verb` only: a search to the end of the article, for
  // every carrying-out verb, showed in profiles.
  const std::string_view before_verb = key.substr(0, verb);
  for (std::string_view review : kReviews)
    for (size_t f = before_verb.find(review, from); f != std::string_view::npos; f = before_verb.find(review, f + 1))
      if (IsWordBoundedAt(key, f, f + review.size()) && (best.empty() || f > best_at) &&
          key.substr(f + review.size(), 4) != " cao")  // "đánh giá cao": praise, not a review
        best = review, best_at = f;
  return best;
}

// First whole-word occurrence of `word` in key[begin, end), or npos.
size_t FindWord(std::string_view key, std::string_view word, size_t begin, size_t end) {
  // Only key[begin, end) is searched: this runs for every trigger's
  // clause, and a search to the end of the article would cost a scan each.
  const std::string_view range = key.substr(0, std::min(end, key.size()));
  for (size_t f = begin; f < range.size(); ++f) {
    f = range.find(word, f);
    if (f == std::string_view::npos) return std::string_view::npos;
    if (IsWordBoundedAt(key, f, f + word.size())) return f;
  }
  return std::string_view::npos;
}

// "qui chế" is a common spelling of "quy chế". Returns `key` itself when
// it has none (most articles), else a folded copy kept in `folded`.
std::string_view SpellingFold(const std::string& key, std::string& folded) {
  size_t p = key.find("qui chế");
  if (p == std::string::npos) return key;
  folded = key;
  for (; p != std::string::npos; p = folded.find("qui chế", p)) folded.replace(p, 3, "quy");
  return folded;
}

// The instrument phrases of the table, longest at each word start.
void FindInstruments(std::string_view key, const std::vector<Word>& words, const Lexicon& lex,
                     std::vector<Trigger>& out) {
  size_t matched_until = 0;
  for (const Word& w : words) {
    const size_t pos = w.begin;
    if (w.kind != Word::kLetters || pos < matched_until) continue;
    for (uint32_t i : lex.instruments_by_first_byte[static_cast<unsigned char>(key[pos])]) {  // longest first
      const Lexicon::Phrase& ins = lex.instruments[i];
      if (key.size() - pos < ins.key.size()) continue;
      if (ins.key.size() >= 3 && (key[pos + 1] != ins.key[1] || key[pos + 2] != ins.key[2])) continue;
      if (key.compare(pos, ins.key.size(), ins.key) != 0 || !IsWordBoundedAt(key, pos, pos + ins.key.size())) continue;
      std::string name = lex.tables.instruments[ins.index];
      // "quy chế phối hợp công tác" reports as "quy chế phối hợp".
      for (std::string_view suffix : {" công tác", " hoạt động"})
        if (size_t c = name.find(suffix); c != std::string::npos && c + suffix.size() == name.size()) name.erase(c);
      if (name == "chương trình công tác phối hợp") name = "chương trình phối hợp";
      out.push_back({pos, pos + ins.key.size(), name, false});
      matched_until = pos + ins.key.size();
      break;
    }
  }
}

// REQUIRES: ts sorted by begin, none overlapping (as FindInstruments
// returns them).
bool InsideSorted(const std::vector<Trigger>& ts, size_t pos) {
  auto after = std::upper_bound(ts.begin(), ts.end(), pos, [](size_t p, const Trigger& t) { return p < t.begin; });
  return after != ts.begin() && pos < std::prev(after)->end;
}

bool Inside(const std::vector<Trigger>& ts, size_t pos) {
  for (const Trigger& t : ts)
    if (pos >= t.begin && pos < t.end) return true;
  return false;
}

// "Phát biểu tại buổi ký kết …": the ceremony named, not a signing told.
bool NamesCeremony(std::string_view key, size_t verb) {
  const size_t end = SkipSpacesBack(key, verb);
  const size_t from = end > 24 ? end - 24 : 0;
  std::string_view before = key.substr(from, end - from);
  for (std::string_view w : {"tại buổi", "tại lễ", "tại hội nghị", "buổi lễ", "tại buổi lễ"})
    if (before.size() >= w.size() && before.substr(before.size() - w.size()) == w) return true;
  return false;
}

// Signings of an instrument named by its noun alone ("ký kết Quy chế",
// "ký Biên bản hợp tác toàn diện", "Quy chế được ký kết", "chương trình
// 38"), and coordination with no instrument ("ký kết hợp tác", "ký kết
// thực hiện", "A phối hợp với B", "kết nghĩa", "hội đàm"). One pass over
// the word starts: a search per word would scan the article a dozen times.
void FindOtherTriggers(std::string_view key, const std::vector<Word>& words, std::vector<Trigger>& out) {
  enum Cue { kVerb, kNoun, kBareWord };
  struct CueWord {
    std::string_view text;
    Cue cue;
  };
  static constexpr CueWord kCues[] = {
      {"ký kết", kVerb},      {"ký", kVerb},       {"ban hành", kVerb},    {"quy chế", kNoun},
      {"kế hoạch", kNoun},    {"chương trình", kNoun}, {"thỏa thuận", kNoun}, {"biên bản", kNoun},
      {"văn bản liên tịch", kNoun}, {"phối hợp", kBareWord}, {"kết nghĩa", kBareWord}, {"hội đàm", kBareWord},
      {"hợp tác", kBareWord}};
  const std::vector<Trigger> named = out;
  // The cues by first byte: most word starts are ruled out by one load.
  static const std::array<std::vector<const CueWord*>, 256> kCuesByFirstByte = [] {
    std::array<std::vector<const CueWord*>, 256> by_byte;
    for (const CueWord& w : kCues) by_byte[static_cast<unsigned char>(w.text[0])].push_back(&w);
    return by_byte;
  }();
  auto noun_at = [&](size_t p) -> std::string_view {
    for (std::string_view n : kBareInstruments)
      if (Bounded(key, p, n)) return n;
    return {};
  };
  for (const Word& w : words) {
    const size_t f = w.begin;
    if (w.kind != Word::kLetters) continue;
    const CueWord* cue = nullptr;
    for (const CueWord* w : kCuesByFirstByte[static_cast<unsigned char>(key[f])]) {
      if (Bounded(key, f, w->text)) {
        cue = w;
        break;
      }
    }
    if (!cue || InsideSorted(named, f)) continue;
    if (cue->cue == kVerb) {
      // A signing verb, and the noun of the instrument within four words.
      const std::string_view verb = cue->text;
      size_t p = f + verb.size(), found = std::string_view::npos;
      std::string_view noun;
      for (int step = 0; step < 4 && p < key.size(); ++step) {
        p = SkipSpaces(key, p);
        if (!(noun = noun_at(p)).empty()) found = p;
        if (found != std::string_view::npos || InsideSorted(named, p)) break;
        p = WordEnd(key, p);
        if (p < key.size() && (key[p] == '.' || key[p] == ';')) break;
      }
      if (InsideSorted(named, p)) continue;
      if (found != std::string_view::npos) {
        out.push_back({found, found + noun.size(), std::string(noun), false, true});
      } else if (verb != "ban hành" && !NamesCeremony(key, f)) {
        out.push_back({f, f + verb.size(), "", true});
      }
    } else if (cue->cue == kNoun) {
      // The noun before a passive signing, or cited by its number alone.
      const std::string_view noun = cue->text;
      size_t p = SkipSpaces(key, f + noun.size());
      bool trigger = Bounded(key, p, "được ký kết") || Bounded(key, p, "được ký");
      if (!trigger) {
        if (Bounded(key, p, "số")) p = SkipSpaces(key, p + std::string_view("số").size());
        size_t q = p;
        while (q < key.size() && IsDigit(key[q])) ++q;
        trigger = q > p && (q >= key.size() || (!IsLetter(key[q]) && key[q] != '/' && key[q] != '-'));
      }
      if (trigger && !Inside(out, f)) out.push_back({f, f + noun.size(), std::string(noun), false, true});
    } else {
      // Cooperation counts only between named sides: "hợp tác giữa Điện
      // Biên với các tỉnh Bắc Lào"; "hợp tác" alone is any collaboration.
      if (cue->text == "hợp tác" && !Bounded(key, SkipSpaces(key, f + cue->text.size()), "giữa")) continue;
      // "sơ kết phối hợp", "ký kết phối hợp": what was reviewed or signed,
      // not a verb whose parties stand around it.
      bool after_action = false;
      const size_t end = SkipSpacesBack(key, f);
      for (const ActionWord& w : kActions)
        after_action = after_action || (end >= w.word.size() && key.substr(end - w.word.size(), w.word.size()) == w.word &&
                                        IsWordBoundedAt(key, end - w.word.size(), end));
      out.push_back({f, f + cue->text.size(), "", true, false, cue->text == "phối hợp" && !after_action});
    }
  }
  std::sort(out.begin(), out.end(), [](const Trigger& x, const Trigger& y) { return x.begin < y.begin; });
}

std::string_view Trim(std::string_view s) {
  while (!s.empty() && (s.front() == ' ' || s.front() == '\n')) s.remove_prefix(1);
  while (!s.empty() && (s.back() == ' ' || s.back() == '\n')) s.remove_suffix(1);
  return s;
}

// The first agency span that begins at or after byte `pos`.
// REQUIRES: spans in text order (FindAgencies gives them so).
std::vector<AgencySpan>::const_iterator FirstAgencyFrom(const std::vector<AgencySpan>& spans, size_t pos) {
  return std::lower_bound(spans.begin(), spans.end(), pos, [](const AgencySpan& a, size_t p) { return a.begin < p; });
}

class Parties {
 public:
  Parties(const ProgramContext& c, std::string_view key) : c_(c), key_(key) {}

  struct Lists {
    std::vector<const AgencySpan*> between;  // "… giữa A và B"
    std::vector<const AgencySpan*> acting;   // "A và B ký kết … (với C)"
    // "… giữa A với B; giữa C với D": the lists after the first.
    std::vector<std::vector<const AgencySpan*>> more_between;
  };

  // The parties a sentence names for the trigger at `t`; `with_titles`
  // also counts bodies named in people's titles (signatories).
  Lists Of(const Span& s, const Trigger& t, bool with_titles) const {
    Lists out;
    std::vector<const AgencySpan*> cands, all;
    for (auto it = FirstAgencyFrom(c_.agencies, s.begin); it != c_.agencies.end() && it->begin < s.end; ++it) {
      const AgencySpan& a = *it;
      if (a.end > s.end || (!with_titles && a.title_linked)) continue;
      all.push_back(&a);
      if (MayBeParty(s, a)) cands.push_back(&a);
    }
    if (all.empty()) return out;
    // "… giữa A và B": the first "giữa" after the trigger, else before it;
    // then each "; giữa C với D" after that list.
    size_t giua = FindWord(key_, "giữa", t.end, s.end);
    if (giua == std::string_view::npos) giua = FindWord(key_, "giữa", s.begin, t.begin);
    out.between = ListAfterGiua(cands, giua);
    for (size_t after = out.between.empty() ? s.end : out.between.back()->end; after < s.end;) {
      const size_t semicolon = key_.find(';', after);
      if (semicolon >= s.end || !Trim(key_.substr(semicolon + 1)).starts_with("giữa")) break;
      std::vector<const AgencySpan*> more = ListAfterGiua(cands, FindWord(key_, "giữa", semicolon, s.end));
      if (more.empty()) break;
      after = more.back()->end;
      out.more_between.push_back(std::move(more));
    }
    // "… chương trình 38 của Ban Dân vận Trung ương và Bộ Công an": whose it is.
    if (out.between.empty()) {
      size_t cua = FindWord(key_, "của", t.end, std::min(s.end, t.end + 40));
      if (cua != std::string_view::npos) {
        for (size_t i = 0; i < all.size(); ++i) {
          if (all[i]->begin < cua) continue;
          if (Trim(key_.substr(cua + std::string_view("của").size(),
                               all[i]->begin - cua - std::string_view("của").size()))
                  .empty())
            out.between = ListFrom(all, i);
          break;
        }
      }
    }
    // The list that does it (not witnesses: "… chứng kiến lễ ký kết"),
    // and those it is done with ("… với C").
    for (size_t i = cands.size(); i-- > 0;) {
      if (cands[i]->end > t.begin) continue;
      std::string_view gap = key_.substr(cands[i]->end, t.begin - cands[i]->end);
      // "A (đã, chủ trì,) phối hợp với B": not "… về phối hợp".
      if (t.verb) {
        std::string_view g = Trim(gap);
        if (!(g.empty() || g == "đã" || g == "cùng" || g == "tiếp tục" || g == "chủ trì," || g == "chủ trì")) break;
      }
      if (gap.find(';') != std::string_view::npos ||
          FindWord(gap, "chứng kiến", 0, gap.size()) != std::string_view::npos ||
          FindWord(gap, "dự", 0, gap.size()) != std::string_view::npos)
        break;
      out.acting = ListEndingAt(cands, i);
      break;
    }
    for (size_t i = 0; i < cands.size(); ++i) {
      if (cands[i]->begin < t.end) continue;
      std::string_view between = Trim(key_.substr(t.end, cands[i]->begin - t.end));
      size_t last_space = between.rfind(' ');
      std::string_view last = last_space == std::string_view::npos ? between : between.substr(last_space + 1);
      const bool adjacent = between.empty() || between == "với" || between == "cùng" || between == "cùng với";
      if (t.verb   ? adjacent
          : t.bare ? (between.empty() || last == "với" || last == "cùng")
                   : (last == "với" || last == "cùng")) {
        std::vector<const AgencySpan*> list = ListFrom(cands, i);
        out.acting.insert(out.acting.end(), list.begin(), list.end());
      }
      break;
    }
    Clean(out.between);
    Clean(out.acting);
    return out;
  }

  static size_t Distinct(const std::vector<const AgencySpan*>& v) {
    std::set<std::string> names;
    for (const AgencySpan* a : v) names.insert(a->name);
    return names.size();
  }

 private:
  bool MayBeParty(const Span& s, const AgencySpan& a) const {
    std::string_view before = key_.substr(s.begin, a.begin - s.begin);
    while (!before.empty() && before.back() == ' ') before.remove_suffix(1);
    if (!before.empty() && before.back() == '(') return false;  // "… khu vực 52 (Quân khu 5)"
    for (std::string_view w : kNotPartyBefore)
      if (before.size() >= w.size() && before.substr(before.size() - w.size()) == w &&
          IsWordBoundedAt(before, before.size() - w.size(), before.size()))
        return false;
    // Inside a quoted name: “Vì người nghèo” (looked for in the few hundred
    // bytes before: a name is short, and a sentence may not be).
    static constexpr std::string_view kOpen = "\xE2\x80\x9C", kClose = "\xE2\x80\x9D";
    if (before.size() > 400) before.remove_prefix(before.size() - 400);
    size_t open = before.rfind(kOpen), close = before.rfind(kClose);
    return open == std::string_view::npos || (close != std::string_view::npos && close > open);
  }

  bool Connected(const AgencySpan& x, const AgencySpan& y) const {
    if (y.begin < x.end) return false;
    std::string_view between = Trim(key_.substr(x.end, y.begin - x.end));
    // "… tỉnh Lai Châu (Việt Nam) và …": a bracket after a party; "… Xuyên
    // Mộc) với 5 Chi khu …": the end of a bracketed list, and the number
    // of the next one.
    if (!between.empty() && between.front() == '(') {
      size_t close = between.find(')');
      if (close != std::string_view::npos && close < 40) between = Trim(between.substr(close + 1));
    }
    if (!between.empty() && between.front() == ')') between = Trim(between.substr(1));
    while (!between.empty() && IsDigit(between.back())) between.remove_suffix(1);
    between = Trim(between);
    for (std::string_view c : kConnectors)
      if (between == c) return true;
    // "các tổ chức … trên địa bàn thành phố gồm: A; B; C": the group's members.
    return x.weak && (between.ends_with("gồm:") || between.ends_with("gồm")) && between.size() < 60;
  }

  // The list right after "giữa" at `giua` ("giữa A và B", "giữa các A",
  // "giữa 5 A (…) với 5 B (…)"); empty when none.
  std::vector<const AgencySpan*> ListAfterGiua(const std::vector<const AgencySpan*>& cands, size_t giua) const {
    if (giua == std::string_view::npos) return {};
    const size_t from = giua + std::string_view("giữa").size();
    for (size_t i = 0; i < cands.size(); ++i) {
      if (cands[i]->begin < from) continue;
      std::string_view between = Trim(key_.substr(from, cands[i]->begin - from));
      const bool number = !between.empty() && std::all_of(between.begin(), between.end(), [](char c) { return IsDigit(c); });
      if (between.empty() || between == "các" || number) return ListFrom(cands, i);
      return {};
    }
    return {};
  }

  // A group followed by its members gives way to them; bare places count
  // only among places ("tỉnh Xiêng Khoảng và tỉnh Sơn La"), not beside
  // bodies (a venue: "tại thành phố Huế, tỉnh Thừa Thiên - Huế, …").
  void Clean(std::vector<const AgencySpan*>& list) const {
    for (size_t i = 0; i + 1 < list.size();) {
      std::string_view between = Trim(key_.substr(list[i]->end, list[i + 1]->begin - list[i]->end));
      if (list[i]->weak && !list[i]->place && (between.ends_with("gồm:") || between.ends_with("gồm")))
        list.erase(list.begin() + static_cast<long>(i));
      else
        ++i;
    }
    const bool bodies = std::any_of(list.begin(), list.end(), [](const AgencySpan* a) { return !a->place; });
    if (bodies) std::erase_if(list, [](const AgencySpan* a) { return a->place; });
  }

  std::vector<const AgencySpan*> ListFrom(const std::vector<const AgencySpan*>& c, size_t i) const {
    std::vector<const AgencySpan*> out{c[i]};
    for (size_t j = i + 1; j < c.size() && Connected(*c[j - 1], *c[j]); ++j) out.push_back(c[j]);
    return out;
  }
  std::vector<const AgencySpan*> ListEndingAt(const std::vector<const AgencySpan*>& c, size_t i) const {
    std::vector<const AgencySpan*> out{c[i]};
    for (size_t j = i; j > 0 && Connected(*c[j - 1], *c[j]); --j) out.push_back(c[j - 1]);
    std::reverse(out.begin(), out.end());
    return out;
  }

  const ProgramContext& c_;
  std::string_view key_;
};

// A group the article names member by member stands for its members.
std::vector<std::string> Names(const std::vector<const AgencySpan*>& v) {
  std::vector<std::string> out;
  for (const AgencySpan* a : v) {
    if (a->members.empty())
      out.push_back(a->name);
    else
      out.insert(out.end(), a->members.begin(), a->members.end());
  }
  return SortedUnique(out);
}

// "Hiến pháp năm 2013", "Nghị quyết năm 2020": a year that names a law or
// a directive, not a span an instrument covers.
bool YearOfADocument(std::string_view key, const PeriodMention& m) {
  size_t end = SkipSpacesBack(key, m.begin);
  if (key.substr(0, end).ends_with("năm")) end = SkipSpacesBack(key, end - std::string_view("năm").size());
  const std::string_view before = key.substr(0, end);
  for (std::string_view law : {"hiến pháp", "luật", "bộ luật", "pháp lệnh", "nghị định", "thông tư", "nghị quyết",
                               "chỉ thị", "kết luận", "quyết định"})
    if (before.ends_with(law) && IsWordBoundedAt(key, end - law.size(), end)) return true;
  return false;
}

// A span after an instrument is its period ("giai đoạn 2021-2025", "năm
// 2024", "nhiệm kỳ 2015-2020"), but a congress's term is the congress's:
// "… tuyên truyền Đại hội Đảng bộ tỉnh nhiệm kỳ 2025 - 2030".
bool InstrumentPeriod(std::string_view key, const Trigger& t, const PeriodMention& m) {
  if (m.kind != PeriodKind::kCovered && m.kind != PeriodKind::kYear && m.kind != PeriodKind::kTerm) return false;
  if (YearOfADocument(key, m)) return false;
  if (m.kind != PeriodKind::kTerm) return true;
  std::string_view between = key.substr(t.end, m.begin - t.end);
  return between.find("đại hội") == std::string_view::npos && between.find("khóa") == std::string_view::npos;
}

bool SaysBothSides(std::string_view key, const Span& s) {
  for (std::string_view w : kBothSides)
    if (FindWord(key, w, s.begin, s.end) != std::string_view::npos) return true;
  return false;
}

// Whether a trigger with no instrument can have parties at all: a body
// right around "phối hợp" (or "hai bên" in its line), or any body near
// another trigger. Most "phối hợp" of an article have none: this keeps
// them from costing a sentence split each.
bool MayHaveParties(const ProgramContext& c, std::string_view key, const Trigger& t) {
  const size_t reach = t.verb ? 16 : 240;
  const size_t from = t.begin > reach ? t.begin - reach : 0;
  auto first = std::lower_bound(c.agencies.begin(), c.agencies.end(), from,
                                [](const AgencySpan& a, size_t pos) { return a.end < pos; });
  if (first != c.agencies.end() && first->begin <= t.end + reach) return true;
  // "hai cơ quan thường xuyên trao đổi …; phối hợp …": anywhere in its line.
  const size_t newline = key.rfind('\n', t.begin);
  return SaysBothSides(key, {newline == std::string_view::npos ? 0 : newline, std::min(key.find('\n', t.end), key.size())});
}

// A signing of no named instrument between named sides: "ký kết hợp tác
// … giữa A với B" (the "giữa" in the trigger's line).
bool SigningBetween(std::string_view key, const Trigger& t) {
  if (!key.substr(t.begin).starts_with("ký")) return false;
  return FindWord(key, "giữa", t.end, std::min(key.find('\n', t.end), key.size())) != std::string_view::npos;
}

// Whether the line of byte `pos` tells a span covered ("giai đoạn
// 2021 - 2025").
bool CoveredSpanInLine(const ProgramContext& c, std::string_view key, size_t pos) {
  const size_t newline = key.rfind('\n', pos);
  const size_t begin = newline == std::string_view::npos ? 0 : newline + 1;
  const size_t end = std::min(key.find('\n', pos), key.size());
  for (const PeriodMention& m : c.periods)
    if (m.kind == PeriodKind::kCovered && m.begin >= begin && m.end <= end) return true;
  return false;
}

}  // namespace

ProgramFindings FindPrograms(const ProgramContext& c) {
  const ArticleText& a = c.article;
  std::string folded;
  const std::string_view key = SpellingFold(a.key, folded);
  std::vector<Trigger> triggers;
  FindInstruments(key, a.words, c.lexicon, triggers);
  FindOtherTriggers(key, a.words, triggers);
  if (triggers.empty()) return {};
  std::set<std::string> covered;  // the periods of instruments
  const Parties parties(c, key);

  // The lead: the headline and the first two paragraphs after it.
  size_t lead_end = a.headline_end;
  for (int paragraphs = 0; paragraphs < 3; ++paragraphs) {
    size_t next = a.text.find("\n\n", lead_end + 2);
    lead_end = next == std::string::npos ? a.text.size() : next;
  }

  // The article's main parties: the first sentence that names two for an
  // instrument, or for coordination with none in the lead.
  std::vector<std::string> main;
  for (const Trigger& t : triggers) {
    if (t.bare && (t.begin >= lead_end || !MayHaveParties(c, key, t))) continue;
    const Span s = a.SentenceSpanAt(t.begin);
    if (t.bare && s.begin >= lead_end) continue;
    Parties::Lists p = parties.Of(s, t, false);
    for (const auto* list : {&p.between, &p.acting}) {
      if (!main.empty()) break;
      if (std::vector<std::string> names = Names(*list); names.size() >= 2) main = std::move(names);
    }
    if (!main.empty()) break;
  }

  ProgramFindings findings;
  std::vector<Program>& out = findings.programs;
  std::set<std::string> seen;
  for (size_t h = 0; h < triggers.size(); ++h) {
    const Trigger& t = triggers[h];
    // Before the costly sentence split: past the lead, coordination with no
    // instrument only tells the span its parties' coordination covered
    // (below), and most lines tell none; in the lead, most "phối hợp" have
    // no body around them.
    if (t.bare && t.begin >= lead_end && !CoveredSpanInLine(c, key, t.begin) && !SigningBetween(key, t)) continue;
    if (t.bare && t.begin < lead_end && !MayHaveParties(c, key, t)) continue;
    const Span s = a.SentenceSpanAt(t.begin);
    // The clause of this trigger runs to the next trigger in the sentence.
    const size_t clause_begin = (h > 0 && triggers[h - 1].end > s.begin) ? triggers[h - 1].end : s.begin;
    // An instrument's clause runs to the next instrument ("… giữa A và B
    // được ký kết vào ngày …" is one clause); a bare trigger's to the next one.
    size_t next = h + 1;
    while (!t.bare && next < triggers.size() && triggers[next].bare) ++next;
    size_t clause_end = (next < triggers.size() && triggers[next].begin < s.end) ? triggers[next].begin : s.end;
    // A clause ends at a semicolon: "hai bên phối hợp …; năm 2024 đã có …".
    if (size_t semicolon = key.find(';', t.end); semicolon < clause_end) clause_end = semicolon;
    // The instrument's periods, whoever its parties: those after it in its
    // clause, and the spans its sentence says it covers.
    if (!t.bare) {
      for (const PeriodMention& m : c.periods) {
        const bool after = m.begin >= t.end && m.begin < clause_end && InstrumentPeriod(key, t, m);
        const bool in_sentence = m.begin >= s.begin && m.end <= s.end && m.kind == PeriodKind::kCovered;
        if (after || in_sentence) covered.insert(m.Label());
      }
    }
    if (!t.bare) {
      bool not_yet = false;
      for (std::string_view w : kNotYet)
        not_yet = not_yet || FindWord(key, w, std::max(clause_begin, t.begin > 60 ? t.begin - 60 : 0), t.begin) !=
                                 std::string_view::npos;
      if (not_yet) continue;
    }

    // The parties: those "giữa" names and those who act, each list one
    // program (a provincial review of a programme signed between two
    // ministries is two); else signatories named by their titles ("Phó Chủ
    // tịch UBND tỉnh … và Chủ tịch Ủy ban MTTQ tỉnh … ký Quy chế"); else
    // "hai bên" or an instrument named again means the main parties.
    Parties::Lists lists = parties.Of(s, t, false);
    std::vector<std::vector<std::string>> party_sets;
    std::vector<const AgencySpan*> found = lists.between;
    found.insert(found.end(), lists.acting.begin(), lists.acting.end());
    std::vector<const std::vector<const AgencySpan*>*> each = {&lists.between, &lists.acting};
    for (const auto& more : lists.more_between) each.push_back(&more);
    for (const auto* list : each) {
      std::vector<std::string> names = Names(*list);
      if (names.size() >= 2 && std::find(party_sets.begin(), party_sets.end(), names) == party_sets.end())
        party_sets.push_back(std::move(names));
    }
    if (const size_t sign = FindWord(key, "ký", s.begin, s.end); party_sets.empty() && sign != std::string_view::npos) {
      std::vector<const AgencySpan*> signatories;
      for (auto it = FirstAgencyFrom(c.agencies, s.begin); it != c.agencies.end() && it->begin < sign; ++it)
        if (it->end <= sign && !it->place) signatories.push_back(&*it);
      if (Names(signatories).size() >= 2 &&
          std::any_of(signatories.begin(), signatories.end(), [](const AgencySpan* ag) { return ag->title_linked; }))
        party_sets.push_back(Names(signatories)), found = signatories;
    }
    if (party_sets.empty() && !main.empty()) {
      std::vector<std::string> names = Names(found);
      const bool one_of_main = names.size() == 1 && std::count(main.begin(), main.end(), names[0]);
      if (SaysBothSides(key, s) || (!t.bare && !t.noun_only && (names.empty() || one_of_main)))
        party_sets.push_back(main);
    }
    if (party_sets.empty()) continue;
    // "Trong giai đoạn 2021 - 2023, hai cơ quan đã phối hợp …": the span
    // of the parties' coordination, wherever it is told.
    for (const PeriodMention& m : c.periods)
      if (m.begin >= s.begin && m.end <= s.end && m.kind == PeriodKind::kCovered) covered.insert(m.Label());
    // Coordination with no instrument counts where the article reports it:
    // in its lead, or further down a signing between named sides ("Lễ ký
    // kết hợp tác giữa A với B"). (Any signing further down were mostly
    // ceremonies in captions and titles on the development pages.)
    if (t.bare) {
      bool strong = false;
      for (const AgencySpan* ag : found) strong = strong || !ag->weak;
      if (!strong && party_sets.front() != main) continue;
      if (s.begin >= lead_end && (!SigningBetween(key, t) || lists.between.empty())) continue;
    }
    for (const std::vector<std::string>& names : party_sets) {
      Program p;
      p.instrument = t.instrument;
      p.parties = names;
      p.evidence = std::string(a.text.substr(s.begin, s.end - s.begin));

      // Action: the nearest action word before the trigger in its clause,
      // else the first after it; a bare trigger is its own action.
      size_t best = std::string_view::npos;
      for (const ActionWord& w : kActions) {
        for (size_t f = FindWord(key, w.word, clause_begin, clause_end); f != std::string_view::npos;
             f = FindWord(key, w.word, f + 1, clause_end)) {
          if (w.word == "ký" && Bounded(key, f, "ký kết")) continue;
          if (f >= t.begin && f < t.end && !t.bare) continue;
          const bool before = f < t.begin;
          const bool better = best == std::string_view::npos || (before && (best > t.begin || f > best)) ||
                              (!before && best > t.begin && f < best);
          if (better) {
            p.action = std::string(w.action);
            best = f;
          }
        }
      }
      if (p.action.empty() && t.bare) p.action = "thực hiện";
      // "tổng kết 5 năm thực hiện chương trình", "đánh giá kết quả thực hiện
      // quy chế": the carrying out is what the review is about; the review
      // is what the article reports.
      if (best != std::string_view::npos && best < t.begin && IsCarryingOut(p.action)) {
        const std::string_view review = ReviewGoverning(key, clause_begin, best);
        if (!review.empty()) p.action = std::string(review);
      }

      // Period: the first covered span or year after the trigger in its
      // clause; later ones are the same program's other periods.
      std::vector<std::pair<std::string, std::string>> more_periods;  // label, action
      for (const PeriodMention& m : c.periods) {
        if (m.begin < t.end || m.begin >= clause_end || !InstrumentPeriod(key, t, m)) continue;
        if (p.period.empty()) {
          p.period = m.Label();
          continue;
        }
        std::string action;
        size_t nearest = 0;
        for (const ActionWord& w : kActions) {
          size_t f = key.substr(0, m.begin).rfind(w.word);
          if (f != std::string_view::npos && f > t.end && f > nearest && IsWordBoundedAt(key, f, f + w.word.size())) {
            nearest = f;
            action = std::string(w.action);
          }
        }
        more_periods.emplace_back(m.Label(), action);
      }

      // Date: a full date in the sentence that is not a cited document's.
      for (const DateMention& d : c.dates) {
        bool cited = false;
        for (const Span& span : c.citations) cited = cited || (d.begin >= span.begin && d.end <= span.end);
        if (d.begin >= s.begin && d.end <= s.end && d.has_year && !cited) {
          p.date = ToIso(d.date);
          break;
        }
      }
      if (p.date.empty() && !p.action.empty()) p.date = c.event_date;
      if (p.action == "ký kết") p.signed_on = p.date;

      // The instrument's own number: a citation of an instrument type in its clause.
      for (const DocumentReference& r : c.references) {
        const std::string type_key = MatchKey(r.type);
        const bool instrument_type =
            type_key.find("phối hợp") != std::string::npos || type_key.find("quy chế") != std::string::npos ||
            type_key.find("chương trình") != std::string::npos || type_key.find("thỏa thuận") != std::string::npos ||
            type_key.find("kế hoạch") != std::string::npos;
        const size_t at = a.text.find(r.id, clause_begin);
        if (instrument_type && at != std::string::npos && at < clause_end) {
          p.reference = r.id;
          if (!r.issued.empty()) {
            p.signed_on = r.issued;
            if (p.action == "ký kết") p.date = r.issued;
          }
          break;
        }
      }

      auto emit = [&](Program program) {
        std::string identity;
        for (const std::string* part : {&program.instrument, &program.period, &program.action, &program.reference})
          identity.append(*part).push_back('|');
        for (const std::string& party : program.parties) identity.append(party).push_back('|');
        if (seen.insert(identity).second) out.push_back(std::move(program));
      };
      for (const auto& [label, action] : more_periods) {
        Program extra = p;
        extra.period = label;
        if (!action.empty()) extra.action = action;
        if (extra.action != "ký kết") extra.signed_on.clear();
        emit(std::move(extra));
      }
      if (!p.period.empty()) covered.insert(p.period);
      // "Trong giai đoạn 2021 - 2023, hai cơ quan đã phối hợp …"
      for (const PeriodMention& m : c.periods)
        if (m.begin >= s.begin && m.end <= s.end && m.kind == PeriodKind::kCovered) covered.insert(m.Label());
      for (const auto& mp : more_periods) covered.insert(mp.first);
      emit(std::move(p));
    }
  }
  // Coordination with no instrument between the parties of an instrument
  // is that instrument's ("Công tác phối hợp giữa A và B …; hai bên ký kết
  // chương trình phối hợp"): one program, not two.
  std::erase_if(out, [&](const Program& p) {
    if (!p.instrument.empty()) return false;
    return std::any_of(out.begin(), out.end(),
                       [&](const Program& q) { return !q.instrument.empty() && q.parties == p.parties; });
  });
  findings.periods.assign(covered.begin(), covered.end());
  return findings;
}

}  // namespace coordreport
