#include "extract/agency_names.h"

#include <unicode/unistr.h>

#include <algorithm>

#include "extract/places.h"
#include "extract/scan.h"
#include "extract/words.h"
#include "normalize/text.h"

namespace coordreport {
namespace {

void ReplaceAll(std::string& s, std::string_view what, std::string_view with) {
  for (size_t p = s.find(what); p != std::string::npos; p = s.find(what, p + with.size()))
    s.replace(p, what.size(), with);
}

}  // namespace

std::string AgencyKey(std::string_view name, const Lexicon& lex) { return AgencyKeyOfNormalized(NormalizeText(name), lex); }

std::string AgencyKeyOfNormalized(std::string_view text, const Lexicon& lex) {
  const std::string key = MatchKey(text);
  std::string out;
  bool in_parens = false;
  for (const Word& w : SplitWords(key)) {
    std::string_view k = KeyOf(w, key);
    if (w.kind == Word::kPunct) {
      if (k == "(") in_parens = true;
      if (k == ")") in_parens = false;
      continue;
    }
    if (in_parens || w.kind == Word::kBreak || k == "và") continue;
    if (!out.empty()) out.push_back(' ');
    // "TP.HCM", "TP.Hồ Chí Minh": the level and the place, as if spaced.
    if (k.size() > 3 && k.starts_with("tp.")) {
      out.append("thành phố ");
      k.remove_prefix(3);
    }
    auto it = lex.abbreviations.find(k);
    if (it == lex.abbreviations.end()) out.append(k);
    else out.append(it->second);
  }
  // A province however it is written ("HCM", "Hồ Chí Minh", "Bà Rịa -
  // Vũng Tàu", "Bà Rịa Vũng Tàu") by its canonical name.
  for (size_t pos = 0; pos < out.size(); pos = out.find(' ', pos) == std::string::npos ? out.size() : out.find(' ', pos) + 1) {
    size_t length = 0;
    if (const Province* p = ProvinceAt(std::string_view(out).substr(pos), &length)) {
      const std::string canonical = MatchKey(NormalizeText(p->name));
      out.replace(pos, length, canonical);
      pos += canonical.size();
      if (pos >= out.size()) break;
    }
  }
  out.insert(out.begin(), ' ');
  out.push_back(' ');
  // One agency, several ways of writing it.
  // A standing body acts for its agency, but a party committee's standing
  // bodies are bodies of their own ("Ban Thường vụ Tỉnh ủy", "Thường trực
  // Tỉnh ủy" beside "Tỉnh ủy").
  for (std::string_view prefix :
       {" ban thường trực ", " ban thường vụ ", " thường trực ", " lãnh đạo ", " trung ương "}) {
    if (out.compare(0, prefix.size(), prefix) != 0 || out.size() <= prefix.size() + 1) continue;
    bool committee = false;
    for (std::string_view c : {"tỉnh ủy", "thành ủy", "huyện ủy", "quận ủy", "thị ủy"})
      committee = committee || out.compare(prefix.size(), c.size(), c) == 0;
    if (!committee) out.replace(0, prefix.size(), " ");
  }
  ReplaceAll(out, " chi nhánh ", " ");
  // "Bộ Tư lệnh Vùng Cảnh sát biển 4" is "Vùng Cảnh sát biển 4".
  // (Whole phrases as constants: this runs for every name form of every
  // article, and building them was most of the extractor's allocations.)
  constexpr std::string_view kCommand = " bộ tư lệnh";
  for (std::string_view command : {" bộ tư lệnh vùng ", " bộ tư lệnh quân khu ", " bộ tư lệnh quân chủng ",
                                   " bộ tư lệnh binh chủng ", " bộ tư lệnh quân đoàn "})
    if (out.compare(0, command.size(), command) == 0) out.erase(0, kCommand.size());
  // "Huyện ủy huyện Gò Công Đông" is "Huyện ủy Gò Công Đông".
  for (std::string_view level : {" ủy huyện ", " ủy tỉnh ", " ủy thành phố ", " ủy quận ", " ủy thị xã "})
    ReplaceAll(out, level, " ủy ");
  // "Ủy ban MTTQ Việt Nam tỉnh", "Ủy ban Mặt trận Tổ quốc tỉnh" and
  // "Mặt trận tỉnh" are the one Front committee.
  ReplaceAll(out, " mặt trận tổ quốc việt nam ", " mặt trận ");
  ReplaceAll(out, " mặt trận tổ quốc ", " mặt trận ");
  ReplaceAll(out, " ủy ban mặt trận ", " mặt trận ");
  while (out.size() > 1 && out.front() == ' ') out.erase(0, 1);
  while (!out.empty() && out.back() == ' ') out.pop_back();
  return out;
}

std::string Initials(std::string_view display, bool* has_acronym) {
  const std::string key = MatchKey(display);
  std::string out;
  *has_acronym = false;
  bool in_parens = false;
  for (const Word& w : SplitWords(display)) {
    std::string_view k = KeyOf(w, key);
    if (w.kind == Word::kPunct) {
      in_parens = (in_parens || k == "(") && k != ")";
      continue;
    }
    if (in_parens || w.kind == Word::kBreak || k == "và") continue;
    if (w.kind == Word::kNumber) {
      out.append(k);
    } else if (w.caps) {
      *has_acronym = true;
      for (size_t p = 0; p < k.size();) {
        int len = 1;
        scan::CodePointAt(k, p, &len);
        if (k[p] != '.' && k[p] != '&') out.append(k.substr(p, std::max(len, 1)));
        p += std::max(len, 1);
      }
    } else {
      int len = 1;
      scan::CodePointAt(k, 0, &len);
      out.append(k.substr(0, std::max(len, 1)));
    }
  }
  return out;
}

std::string UserAlias(const std::string& display, const Lexicon& lex) {
  if (lex.aliases.empty()) return display;
  const std::string key = MatchKey(display);
  const std::vector<Word> words = SplitWords(key);
  PhraseSet::Match m = lex.aliases.LongestAt(words, 0, key);
  if (m.value < 0) return display;
  const std::string& target = lex.alias_targets[m.value];
  if (key.rfind(MatchKey(target), 0) == 0) return display;  // "Ban cán sự đảng …" already
  const size_t end = words[m.end - 1].end;
  return target + display.substr(end);
}

std::string Capitalized(std::string name) {
  int len = 0;
  const int32_t c = scan::CodePointAt(name, 0, &len);
  if (len <= 0 || scan::IsUpper(c)) return name;
  icu::UnicodeString first = icu::UnicodeString::fromUTF8(name.substr(0, static_cast<size_t>(len)));
  std::string upper;
  first.toUpper().toUTF8String(upper);
  return upper + name.substr(static_cast<size_t>(len));
}

}  // namespace coordreport
