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

void AddAll(PhraseSet& set, const std::vector<std::string>& phrases) {
  for (size_t i = 0; i < phrases.size(); ++i) set.Add(phrases[i], static_cast<int>(i));
}

// Lower-case words that end a name wherever they stand: what a clause
// does with an agency (verbs) and the words that join clauses. Grammar,
// not domain data: they hold for any agency.
constexpr const char* kLowerStops[] = {
    "và",        "với",        "của",          "tại",      "trong",        "về",        "đã",         "sẽ",
    "đang",      "vừa",        "là",           "có",       "được",         "cho",       "để",         "nhằm",
    "theo",      "đến",        "từ",           "trên",     "ký",           "ký kết",    "tổ chức",    "phối hợp",
    "thực hiện", "triển khai", "cùng",         "tham gia", "dự",           "chủ trì",   "làm việc",   "thống nhất",
    "sơ kết",    "tổng kết",   "đánh giá",     "ban hành", "chứng kiến",   "phát biểu", "nhấn mạnh",  "cho biết",
    "họp",       "gặp",        "thăm",         "tặng",     "trao",         "nhận",      "các",        "hai",
    "này",       "đó",         "năm",          "ngày",     "tháng",        "giai đoạn", "nhiệm kỳ",   "lần",
    "khóa",      "số",         "đồng chủ trì", "đề nghị",  "yêu cầu",      "chỉ đạo",   "báo cáo",    "thông qua",
    "hội nghị",  "lễ",         "buổi",         "quy chế",  "chương trình", "kế hoạch",  "nghị quyết", "hướng dẫn",
    "đại diện",  "lãnh đạo",   "cán bộ",       "đồng chí", "ông",          "bà",        "những",      "mỗi",
    "mọi",       "nay",        "qua",          "sau",      "trước",        "khi",       "nếu",        "thì",
    "mà",        "như",        "hoặc",         "hay",      "bằng",         "do",        "bởi",        "vì",
    "nên",       "đối với",    "gồm",          "bao gồm",  "kết quả"};

}  // namespace

Lexicon::Lexicon(const DomainTables& t) : tables(t) {
  for (size_t i = 0; i < t.heads.size(); ++i) heads.Add(t.heads[i].phrase, static_cast<int>(i));
  for (size_t i = 0; i < t.levels.size(); ++i) levels.Add(t.levels[i].name, static_cast<int>(i));
  AddAll(name_words, t.name_words);
  AddAll(name_compounds, t.name_compounds);
  AddAll(numbered_words, t.numbered_words);
  AddAll(person_titles, t.person_titles);
  AddAll(name_stops, t.name_stops);
  AddAll(collectives, t.collectives);
  for (const char* w : kLowerStops) lower_stops.Add(w, 0);
  for (const auto& [alias, target] : t.aliases) {
    aliases.Add(alias, static_cast<int>(alias_targets.size()));
    alias_targets.push_back(target);
  }
  std::unordered_map<std::string, size_t> entry_of;
  int index = 0;
  for (PhraseSet* set : {&heads, &levels, &name_words, &name_compounds, &numbered_words, &person_titles, &name_stops,
                         &collectives, &aliases, &lower_stops}) {
    set->set_index(index);
    set->ForEachFirstWord([&](const std::string& word, const std::vector<PhraseSet::Phrase>& phrases) {
      auto [it, inserted] = entry_of.emplace(word, first_words_.size());
      if (inserted) first_words_.push_back({word});
      FirstWord& entry = first_words_[it->second];
      entry.bits |= set->bit();
      entry.phrases[static_cast<size_t>(index)] = &phrases;
      first_byte_bits[static_cast<unsigned char>(word[0])] |= set->bit();
    });
    ++index;
  }
  size_t slots = 16;
  while (slots < 4 * first_words_.size()) slots *= 2;
  slots_.resize(slots);
  slot_mask_ = slots - 1;
  for (size_t e = 0; e < first_words_.size(); ++e) {
    const uint32_t hash = Fnv(first_words_[e].word);
    size_t slot = hash & slot_mask_;
    while (slots_[slot].entry != 0) slot = (slot + 1) & slot_mask_;
    slots_[slot] = {hash, static_cast<uint32_t>(e + 1)};
  }
  static_assert(kSets >= 10, "one slot per phrase set");
  for (const std::string& s : t.surnames) surnames.insert(MatchKey(s));
  for (const auto& [abbr, words] : t.abbreviations) abbreviations.emplace(MatchKey(abbr), words);

  type_words = Keys(t.document_type_words);
  instruments = Keys(t.instruments);
  for (size_t i = 0; i < instruments.size(); ++i)
    if (!instruments[i].key.empty())
      instruments_by_first_byte[static_cast<unsigned char>(instruments[i].key[0])].push_back(static_cast<uint32_t>(i));
  countables = Keys(t.countables);
}

}  // namespace coordreport
