// The domain tables compiled for matching: match keys computed once,
// phrases indexed by their first word. Built once per Extractor (so once
// per thread), never per article; read-only afterwards.
#pragma once

#include <array>
#include <map>
#include <unordered_map>
#include <string>
#include <string_view>
#include <vector>

#include "extract/tables.h"

namespace coordreport {

struct Lexicon {
  // REQUIRES: tables outlive the lexicon.
  explicit Lexicon(const DomainTables& tables);

  struct Phrase {
    std::string key;  // match key of the whole phrase
    int index = -1;   // into the table it came from
  };

  const DomainTables& tables;
  // Agency body names and aliases by their first word, longest first.
  struct WordHash {
    using is_transparent = void;
    size_t operator()(std::string_view s) const { return std::hash<std::string_view>{}(s); }
  };
  std::unordered_map<std::string, std::vector<Phrase>, WordHash, std::equal_to<>> bodies;
  std::vector<Phrase> levels;         // into tables.levels, longest first
  std::vector<std::string> generic_heads;  // keys, longest first
  std::vector<std::string> first_word_stops;  // words that cannot start a place
  std::vector<std::string> place_stops;       // words that end a place
  std::vector<Phrase> type_words;     // into tables.document_type_words
  std::vector<Phrase> instruments;    // into tables.instruments, longest first
  // Indices into `instruments` by the key's first byte, longest first: at
  // a given byte only these can start.
  std::array<std::vector<uint32_t>, 256> instruments_by_first_byte;
  std::vector<Phrase> countables;     // into tables.countables, longest first

  // The body phrases whose first word is `word` (a match key), or nullptr.
  const std::vector<Phrase>* BodiesStartingWith(std::string_view word) const;
};

}  // namespace coordreport
