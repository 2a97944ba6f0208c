// Words of the prepared text, and sets of multi-word phrases matched on
// them. The agency grammar reads names word by word ("Ban" "Dân" "vận"
// "Tỉnh" "ủy"); a word knows its bytes, whether it is capitalized, and the
// match key (lower case) it has in ArticleText::key.
#pragma once

#include <cstdint>
#include <string>
#include <string_view>
#include <unordered_map>
#include <vector>

namespace coordreport {

struct Word {
  uint32_t begin = 0, end = 0;  // bytes of ArticleText::text (and ::key)
  enum Kind : uint8_t { kLetters, kNumber, kPunct, kBreak } kind = kLetters;
  bool upper = false;  // first letter upper case ("Ban", "UBND", "Ủy")
  bool caps = false;   // every letter upper case, at least two ("UBND", "T.Ư", "PT&TH")

  bool IsWord() const { return kind == kLetters || kind == kNumber; }
};

// Splits `text` into words: letters and digits, with the joiners that stay
// inside abbreviations and names ("T.Ư", "TP.HCM", "PT&TH", "Ch’Ơm");
// every other visible character is a one-character kPunct word; a line
// break is a kBreak.
// REQUIRES: text is NormalizeText output.
std::vector<Word> SplitWords(std::string_view text);

// Phrases of one or more words, matched word by word on match keys:
// "chính trị - xã hội" matches "chính trị – xã hội" and "chính trị-xã hội".
class PhraseSet {
 public:
  // Lookups by string_view, without building a string per word.
  struct Hash {
    using is_transparent = void;
    size_t operator()(std::string_view s) const { return std::hash<std::string_view>{}(s); }
  };

  // Adds a phrase; `value` is returned by Match (an index into the
  // caller's table). Phrases are compared on MatchKey(NormalizeText(p)).
  void Add(std::string_view phrase, int value);

  struct Match {
    int value = -1;
    size_t end = 0;  // index of the first word after the phrase
  };
  struct Phrase {
    std::vector<std::string> words;
    int value;
  };
  // The longest phrase starting at words[i] (keys read from `key`), or a
  // Match with value -1.
  Match LongestAt(const std::vector<Word>& words, size_t i, std::string_view key) const;
  // The same among `phrases`, the set's phrases that start with words[i]
  // (see Lexicon::first_words).
  static Match LongestOf(const std::vector<Phrase>& phrases, const std::vector<Word>& words, size_t i,
                         std::string_view key);
  bool empty() const { return by_first_.empty(); }

  // Which set this is in a word's set of sets (see Lexicon::first_words):
  // a word no phrase of the set starts with is ruled out by one bit.
  uint32_t bit() const { return 1u << index_; }
  int index() const { return index_; }
  void set_index(int index) { index_ = index; }
  // Calls f(first word, the phrases starting with it, longest first).
  template <typename F>
  void ForEachFirstWord(F&& f) const {
    for (const auto& [word, phrases] : by_first_) f(word, phrases);
  }

 private:
  std::unordered_map<std::string, std::vector<Phrase>, Hash, std::equal_to<>> by_first_;  // longest first
  int index_ = 0;
};

// The match key of word `w`.
inline std::string_view KeyOf(const Word& w, std::string_view key) { return key.substr(w.begin, w.end - w.begin); }

}  // namespace coordreport
