// Program extraction works sentence by sentence around instrument phrases.
#include "extract/programs.h"

#include <algorithm>
#include <set>

#include "extract/scan.h"
#include "normalize/text.h"

namespace coordreport {
namespace {

using namespace scan;

constexpr std::string_view kActions[] = {"ký kết", "sơ kết", "tổng kết", "đánh giá", "triển khai", "ban hành",
                                         "thống nhất", "ký"};

// How an action word is reported: a bare "ký" is a signing.
std::string ActionName(std::string_view word) { return std::string(word == "ký" ? "ký kết" : word); }
// Words that make an instrument a plan or a wish, not one that exists.
constexpr std::string_view kNotYet[] = {"cần", "sẽ", "đề nghị", "đề xuất", "kiến nghị", "nên"};
constexpr std::string_view kBothSides[] = {"hai bên", "2 bên", "hai đơn vị", "2 đơn vị", "các bên", "3 đơn vị",
                                           "ba đơn vị", "các đơn vị"};

struct InstrumentHit {
  size_t begin, end;
  std::string name;  // canonical (table form)
};

// "qui chế" is a common spelling of "quy chế". Returns `key` itself when
// it has none (most articles), else a folded copy kept in `folded`.
std::string_view SpellingFold(const std::string& key, std::string& folded) {
  size_t p = key.find("qui chế");
  if (p == std::string::npos) return key;
  folded = key;
  for (; p != std::string::npos; p = folded.find("qui chế", p)) folded.replace(p, 3, "quy");
  return folded;
}

// Every instrument phrase, longest match at each position, in text order.
// One pass over the word starts, filtered on the phrases' first bytes: a
// search per phrase would stop on every "c", "t" and "k" of the article.
// (No instrument starts with a later word of another, so taking the
// longest at each start and going on after it finds them all.)
std::vector<InstrumentHit> FindInstruments(std::string_view key, const Lexicon& lex) {
  std::vector<InstrumentHit> hits;
  for (size_t pos = 0; pos < key.size(); ++pos) {
    const std::vector<uint32_t>& candidates = lex.instruments_by_first_byte[static_cast<unsigned char>(key[pos])];
    if (candidates.empty()) continue;
    bool word_start_checked = false;
    for (uint32_t i : candidates) {  // longest first
      const Lexicon::Phrase& ins = lex.instruments[i];
      if (key.size() - pos < ins.key.size()) continue;
      if (ins.key.size() >= 3 && (key[pos + 1] != ins.key[1] || key[pos + 2] != ins.key[2]))
        continue;  // cheap tests first: most of these bytes are inside words
      if (!word_start_checked) {
        size_t before;
        if (IsLetter(CodePointBefore(key, pos, &before)) || (pos > 0 && IsDigit(key[pos - 1]))) break;
        word_start_checked = true;
      }
      if (key.compare(pos, ins.key.size(), ins.key) != 0 || !IsWordBoundedAt(key, pos, pos + ins.key.size())) continue;
      std::string name = lex.tables.instruments[ins.index];
      // "quy chế phối hợp công tác" reports as "quy chế phối hợp".
      if (size_t c = name.find(" công tác"); c != std::string::npos) name.erase(c);
      hits.push_back({pos, pos + ins.key.size(), name});
      pos += ins.key.size() - 1;
      break;
    }
  }
  return hits;
}

// First occurrence of `word` in key[begin, end), or npos.
size_t FindIn(std::string_view key, std::string_view word, size_t begin, size_t end) {
  if (begin >= end) return std::string_view::npos;
  size_t f = key.substr(begin, end - begin).find(word);
  return f == std::string_view::npos ? f : begin + f;
}

std::vector<std::string> SortedUnique(std::vector<std::string> v) {
  std::sort(v.begin(), v.end());
  v.erase(std::unique(v.begin(), v.end()), v.end());
  return v;
}

}  // namespace

std::vector<Program> FindPrograms(const ProgramContext& c) {
  const ArticleText& a = c.article;
  std::string folded;
  const std::string_view key = SpellingFold(a.key, folded);
  std::vector<Program> out;
  std::vector<std::string> last_parties;  // what "hai bên" refers to
  std::set<std::string> seen;

  std::vector<InstrumentHit> hits = FindInstruments(key, c.lexicon);
  auto agencies_in = [&](size_t begin, size_t end) {
    std::vector<const AgencySpan*> v;
    for (const AgencySpan& s : c.agencies)
      if (s.begin >= begin && s.end <= end) v.push_back(&s);
    return v;
  };
  // Parties the article names for its coordination as a whole ("công tác
  // phối hợp … giữa A với B và C") back up sentences that only say "hai
  // bên" or "3 đơn vị".
  for (size_t giua = key.find("giữa"); giua != std::string::npos && last_parties.empty();
       giua = key.find("giữa", giua + 1)) {
    const Span s = a.SentenceSpanAt(giua);
    if (FindIn(key, "phối hợp", s.begin, s.end) == std::string::npos) continue;
    std::vector<std::string> named;
    for (const AgencySpan* span : agencies_in(giua, s.end)) named.push_back(span->name);
    named = SortedUnique(named);
    if (named.size() >= 2) last_parties = named;
  }

  for (size_t h = 0; h < hits.size(); ++h) {
    const InstrumentHit& hit = hits[h];
    const Span sentence = a.SentenceSpanAt(hit.begin);
    const size_t s_begin = sentence.begin, s_end = sentence.end;
    // The clause of this instrument runs to the next instrument in the sentence.
    size_t clause_end = (h + 1 < hits.size() && hits[h + 1].begin < s_end) ? hits[h + 1].begin : s_end;

    // "cần xây dựng kế hoạch phối hợp": a recommendation, not an instrument.
    bool not_yet = false;
    for (std::string_view w : kNotYet) {
      size_t from = hit.begin > 60 ? hit.begin - 60 : 0;
      from = std::max(from, s_begin);
      size_t f = FindIn(key, w, from, hit.begin);
      if (f != std::string::npos && IsWordBoundedAt(key, f, f + w.size())) not_yet = true;
    }
    if (not_yet) continue;

    Program p;
    p.instrument = hit.name;
    p.evidence = std::string(std::string_view(a.text).substr(s_begin, s_end - s_begin));

    // Parties: "giữa A và/với B" after the instrument, else the sentence's agencies.
    std::vector<std::string> parties;
    size_t giua = FindIn(key, "giữa", hit.end, s_end);
    if (giua != std::string::npos) {
      for (const AgencySpan* s : agencies_in(giua, s_end)) parties.push_back(s->name);
    }
    if (parties.size() < 2) {
      parties.clear();
      for (const AgencySpan* s : agencies_in(s_begin, s_end)) parties.push_back(s->name);
    }
    parties = SortedUnique(parties);
    bool says_both = false;
    for (std::string_view w : kBothSides) says_both = says_both || FindIn(key, w, s_begin, s_end) != std::string::npos;
    if (parties.size() < 2 && (says_both || parties.empty()) && !last_parties.empty()) {
      std::vector<std::string> merged = last_parties;
      merged.insert(merged.end(), parties.begin(), parties.end());
      parties = SortedUnique(merged);
    }
    if (parties.size() < 2) continue;  // an instrument without known parties is not reportable
    p.parties = parties;
    last_parties = parties;

    // Action: the action word nearest before the instrument in its sentence,
    // else the first one in the sentence.
    size_t best_pos = std::string::npos;
    for (std::string_view w : kActions) {
      for (size_t f = FindIn(key, w, s_begin, clause_end); f != std::string::npos; f = FindIn(key, w, f + 1, clause_end)) {
        if (!IsWordBoundedAt(key, f, f + w.size())) continue;
        bool before = f < hit.begin;
        bool better = p.action.empty() || (before && (best_pos > hit.begin || f > best_pos)) ||
                      (!before && best_pos > hit.begin && f < best_pos);
        if (better) {
          p.action = ActionName(w);
          best_pos = f;
        }
      }
    }

    // Period: the first covered span or year after the instrument in its
    // clause. Later ones ("tổng kết … năm 2024, triển khai nhiệm vụ năm
    // 2025") are the same program's other periods, each with the action
    // word right before it.
    std::vector<std::pair<std::string, std::string>> more_periods;  // label, action
    for (const PeriodMention& m : c.periods) {
      if (m.begin < hit.end || m.begin >= clause_end || (m.kind != PeriodKind::kCovered && m.kind != PeriodKind::kYear))
        continue;
      if (p.period.empty()) {
        p.period = m.Label();
        continue;
      }
      std::string action;
      size_t nearest = 0;
      for (std::string_view w : kActions) {
        size_t f = std::string_view(key).substr(0, m.begin).rfind(w);
        if (f != std::string::npos && f > hit.end && f > nearest && IsWordBoundedAt(key, f, f + w.size())) {
          nearest = f;
          action = ActionName(w);
        }
      }
      more_periods.emplace_back(m.Label(), action);
    }

    // Date: a full date in the sentence that is not a cited document's.
    for (const DateMention& d : c.dates) {
      bool cited = false;
      for (const Span& span : c.citations) cited = cited || (d.begin >= span.begin && d.end <= span.end);
      if (d.begin >= s_begin && d.end <= s_end && d.has_year && !cited) {
        p.date = ToIso(d.date);
        break;
      }
    }
    // An action without a date of its own is what the reported meeting did.
    if (p.date.empty() && !p.action.empty()) p.date = c.event_date;
    if (p.action == "ký kết") p.signed_on = p.date;

    // The instrument's own number, when the sentence cites one of its type.
    for (const DocumentReference& r : c.references) {
      std::string type_key = MatchKey(r.type);
      if (p.evidence.find(r.id) != std::string::npos &&
          (type_key.find("phối hợp") != std::string::npos || type_key.find("quy chế") != std::string::npos ||
           type_key.find("chương trình") != std::string::npos || type_key.find("thỏa thuận") != std::string::npos)) {
        p.reference = r.id;
        break;
      }
    }

    // An instrument's own number carries its signing date.
    for (const DocumentReference& r : c.references) {
      if (r.id != p.reference || r.issued.empty()) continue;
      p.signed_on = r.issued;
      if (p.action == "ký kết") p.date = r.issued;
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
    emit(std::move(p));
  }
  return out;
}

}  // namespace coordreport
