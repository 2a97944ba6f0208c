#include "extract/lexicon.h"

#include <algorithm>

#include "normalize/text.h"

namespace coordreport {
namespace {

void LongestFirst(std::vector<Lexicon::Phrase>& v) {
  std::stable_sort(v.begin(), v.end(), [](const auto& x, const auto& y) { return x.key.size() > y.key.size(); });
}

std::vector<Lexicon::Phrase> Keys(const std::vector<std::string>& words) {
  std::vector<Lexicon::Phrase> out;
  for (size_t i = 0; i < words.size(); ++i) out.push_back({MatchKey(words[i]), static_cast<int>(i)});
  LongestFirst(out);
  return out;
}

}  // namespace

Lexicon::Lexicon(const DomainTables& t) : tables(t) {
  std::map<std::string, int> by_name;
  auto add_body = [this](std::string key, int body) {
    if (key.empty()) return;
    std::string first = key.substr(0, key.find(' '));
    bodies[first].push_back({std::move(key), body});
  };
  for (size_t i = 0; i < t.bodies.size(); ++i) {
    by_name[t.bodies[i].name] = static_cast<int>(i);
    add_body(MatchKey(t.bodies[i].name), static_cast<int>(i));
  }
  for (const auto& [alias, target] : t.aliases) {
    auto it = by_name.find(target);
    if (it != by_name.end()) add_body(MatchKey(alias), it->second);
  }
  for (auto& [first, phrases] : bodies) LongestFirst(phrases);

  for (size_t i = 0; i < t.levels.size(); ++i) levels.push_back({MatchKey(t.levels[i].name), static_cast<int>(i)});
  LongestFirst(levels);
  for (const std::string& h : t.generic_heads) generic_heads.push_back(MatchKey(h));
  std::stable_sort(generic_heads.begin(), generic_heads.end(),
                   [](const std::string& x, const std::string& y) { return x.size() > y.size(); });

  // A family name right after an agency starts a person's name ("Trưởng ban
  // Tuyên giáo Tỉnh ủy Nguyễn Thị …"); inside a place it is just a syllable
  // ("Tương Dương"). Titles, conjunctions and levels end a place anywhere.
  for (const std::string& s : t.surnames) first_word_stops.push_back(MatchKey(s));
  for (const char* w : {"bí", "phó", "trưởng", "chủ", "giám", "đồng", "các", "và", "với", "tại", "trong", "hai",
                        "khoa", "phòng", "tỉnh", "huyện", "thành", "xã", "phường", "quận", "thị", "của", "về"})
    place_stops.emplace_back(w);
  first_word_stops.insert(first_word_stops.end(), place_stops.begin(), place_stops.end());
  first_word_stops.emplace_back("bộ");

  type_words = Keys(t.document_type_words);
  instruments = Keys(t.instruments);
  for (size_t i = 0; i < instruments.size(); ++i)
    if (!instruments[i].key.empty())
      instruments_by_first_byte[static_cast<unsigned char>(instruments[i].key[0])].push_back(static_cast<uint32_t>(i));
  countables = Keys(t.countables);
}

const std::vector<Lexicon::Phrase>* Lexicon::BodiesStartingWith(std::string_view word) const {
  auto it = bodies.find(word);
  return it == bodies.end() ? nullptr : &it->second;
}

}  // namespace coordreport
