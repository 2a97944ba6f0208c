// The domain tables compiled for matching: match keys computed once,
// phrases indexed by their first word. Built once per Extractor (so once
// per thread), never per article; read-only afterwards.
#pragma once

#include <array>
#include <unordered_map>
#include <map>
#include <set>
#include <string>
#include <string_view>
#include <vector>

#include "extract/tables.h"
#include "extract/words.h"

namespace coordreport {

struct Lexicon {
  // REQUIRES: tables outlive the lexicon.
  explicit Lexicon(const DomainTables& tables);

  struct Phrase {
    std::string key;  // match key of the whole phrase
    int index = -1;   // into the table it came from
  };

  const DomainTables& tables;

  // The agency grammar's word lists, matched word by word (values index
  // the tables they come from; -1 where only membership matters).
  PhraseSet heads;          // tables.heads
  PhraseSet levels;         // tables.levels
  PhraseSet name_words;
  PhraseSet name_compounds;
  PhraseSet numbered_words;
  PhraseSet person_titles;
  PhraseSet name_stops;
  PhraseSet collectives;
  PhraseSet aliases;        // tables.aliases: value = index in alias_targets
  PhraseSet lower_stops;    // lower-case words that end a name: verbs, function words
  std::vector<std::string> alias_targets;
  // Per word that starts a phrase of any set above: which sets, and the
  // phrases of each it starts. The grammar looks each word up once, not
  // once per set.
  static constexpr int kSets = 10;
  struct FirstWord {
    std::string word;
    uint32_t bits = 0;  // PhraseSet::bit() of the sets
    std::array<const std::vector<PhraseSet::Phrase>*, kSets> phrases{};
  };
  // Per first byte: the sets a word starting with it may start a phrase
  // of (a union over the first words).
  std::array<uint32_t, 256> first_byte_bits{};
  // The entry of `word`, or nullptr: most words of a text start nothing.
  const FirstWord* FindFirstWord(std::string_view word) const {
    if (word.empty() || !first_byte_bits[static_cast<unsigned char>(word[0])]) return nullptr;
    const uint32_t hash = Fnv(word);
    for (size_t slot = hash & slot_mask_;; slot = (slot + 1) & slot_mask_) {
      const Slot& s = slots_[slot];
      if (s.entry == 0) return nullptr;
      const FirstWord& e = first_words_[s.entry - 1];
      if (s.hash == hash && e.word == word) return &e;
    }
  }

 private:
  // The first words in an open-addressed table of FNV-1a hashes: a lookup
  // runs for most words of every article, and std::unordered_map's
  // hashing and node chasing showed in profiles.
  static uint32_t Fnv(std::string_view word) {
    uint32_t h = 2166136261u;
    for (char c : word) h = (h ^ static_cast<unsigned char>(c)) * 16777619u;
    return h;
  }
  struct Slot {
    uint32_t hash = 0;
    uint32_t entry = 0;  // index into first_words_ + 1; 0 when empty
  };
  std::vector<FirstWord> first_words_;
  std::vector<Slot> slots_;  // a power of two, at most a quarter full
  size_t slot_mask_ = 0;

 public:
  std::set<std::string, std::less<>> surnames;                           // match keys
  std::map<std::string, std::string, std::less<>> abbreviations;        // match key -> words

  std::vector<Phrase> type_words;     // into tables.document_type_words
  std::vector<Phrase> instruments;    // into tables.instruments, longest first
  // Indices into `instruments` by the key's first byte, longest first: at
  // a given byte only these can start.
  std::array<std::vector<uint32_t>, 256> instruments_by_first_byte;
  std::vector<Phrase> countables;     // into tables.countables, longest first
};

}  // namespace coordreport
