#include "extract/words.h"

#include <algorithm>

#include "extract/scan.h"
#include "normalize/text.h"

namespace coordreport {
namespace {

using namespace scan;

bool IsApostrophe(int32_t c) { return c == '\'' || c == 0x2019; }

// The code point at byte i and its length, decoded inline: this runs on
// every byte of every article (the scan helpers' general decoder is out of
// line). Ill-formed input cannot reach here (RepairUtf8), but a stray byte
// still advances by one.
inline int32_t Decode(std::string_view s, size_t i, int* len) {
  const auto b = [&](size_t k) { return static_cast<unsigned char>(s[k]); };
  const unsigned char c = b(i);
  if (c < 0x80) {
    *len = 1;
    return c;
  }
  if (c >= 0xC2 && c < 0xE0 && i + 1 < s.size()) {
    *len = 2;
    return ((c & 0x1F) << 6) | (b(i + 1) & 0x3F);
  }
  if (c >= 0xE0 && c < 0xF0 && i + 2 < s.size()) {
    *len = 3;
    return ((c & 0x0F) << 12) | ((b(i + 1) & 0x3F) << 6) | (b(i + 2) & 0x3F);
  }
  return CodePointAt(s, i, len);
}

inline bool IsDigitCode(int32_t c) { return c >= '0' && c <= '9'; }

// Letter and capital tests with Vietnamese's own letters answered inline
// (ASCII, Latin-1, Ă Đ Ĩ Ũ Ơ Ư, Latin Extended Additional), the rest by the
// scan helpers.
inline bool Letter(int32_t c) {
  if (c < 0x80) return ((c | 0x20) >= 'a' && (c | 0x20) <= 'z');
  if (c >= 0xC0 && c <= 0x1B0) return c != 0xD7 && c != 0xF7;
  if (c >= 0x1EA0 && c <= 0x1EF9) return true;
  return IsLetter(c);
}
inline bool Upper(int32_t c) {
  if (c < 0x80) return c >= 'A' && c <= 'Z';
  if (c >= 0xC0 && c <= 0xDE) return c != 0xD7;
  if (c >= 0xDF && c <= 0xFF) return false;
  if (c >= 0x1EA0 && c <= 0x1EF9) return (c & 1) == 0;
  switch (c) {
    case 0x102: case 0x110: case 0x128: case 0x168: case 0x1A0: case 0x1AF: return true;
    case 0x103: case 0x111: case 0x129: case 0x169: case 0x1A1: case 0x1B0: return false;
    default: return IsUpper(c);
  }
}

}  // namespace

std::vector<Word> SplitWords(std::string_view text) {
  std::vector<Word> words;
  words.reserve(text.size() / 3 + 16);  // a word every four bytes or so, and punctuation
  size_t i = 0;
  const size_t n = text.size();
  while (i < n) {
    int len = 1;
    const int32_t c = Decode(text, i, &len);
    if (len < 1) len = 1;
    if (c == '\n') {
      words.push_back({static_cast<uint32_t>(i), static_cast<uint32_t>(i + 1), Word::kBreak});
      ++i;
      continue;
    }
    if (c == ' ' || c == '\t' || c == '\r') {
      i += len;
      continue;
    }
    const bool digit = IsDigitCode(c);
    if (!digit && !Letter(c)) {
      words.push_back({static_cast<uint32_t>(i), static_cast<uint32_t>(i + len), Word::kPunct});
      i += len;
      continue;
    }
    Word w;
    w.begin = static_cast<uint32_t>(i);
    w.kind = digit ? Word::kNumber : Word::kLetters;
    w.upper = Upper(c);
    int letters = 0, uppers = 0;
    size_t p = i;
    int32_t prev = -1;
    while (p < n) {
      // ASCII letters and digits, most of every word, without decoding.
      const unsigned char byte = static_cast<unsigned char>(text[p]);
      if ((byte | 0x20) >= 'a' && (byte | 0x20) <= 'z') {
        ++letters;
        uppers += byte <= 'Z';
        prev = byte;
        ++p;
        continue;
      }
      if (byte >= '0' && byte <= '9') {
        prev = byte;
        ++p;
        continue;
      }
      int l = 1;
      const int32_t d = Decode(text, p, &l);
      if (l < 1) break;
      if (Letter(d)) {
        ++letters;
        if (Upper(d)) ++uppers;
        prev = d;
        p += l;
        continue;
      }
      if (IsDigitCode(d)) {
        prev = d;
        p += l;
        continue;
      }
      // Joiners inside a word: "Ch’Ơm", "T.Ư", "TP.HCM", "PT&TH".
      int l2 = 1;
      const int32_t next = p + l < n ? Decode(text, p + l, &l2) : -1;
      if (IsApostrophe(d) && Letter(prev) && Letter(next)) {
        p += l;
        continue;
      }
      if ((d == '.' || d == '&') && Upper(prev) && Upper(next)) {
        p += l;
        continue;
      }
      break;
    }
    w.end = static_cast<uint32_t>(p);
    w.caps = letters >= 2 && uppers == letters;
    if (w.kind == Word::kNumber && letters > 0) w.kind = Word::kLetters;  // "1A", "DK1" are names
    words.push_back(w);
    i = p;
  }
  return words;
}

void PhraseSet::Add(std::string_view phrase, int value) {
  const std::string key = MatchKey(NormalizeText(phrase));
  Phrase p{{}, value};
  for (const Word& w : SplitWords(key)) p.words.emplace_back(KeyOf(w, key));
  if (p.words.empty()) return;
  auto& list = by_first_[p.words.front()];
  list.push_back(std::move(p));
  std::stable_sort(list.begin(), list.end(),
                   [](const Phrase& x, const Phrase& y) { return x.words.size() > y.words.size(); });
}

PhraseSet::Match PhraseSet::LongestAt(const std::vector<Word>& words, size_t i, std::string_view key) const {
  if (i >= words.size()) return {};
  auto it = by_first_.find(KeyOf(words[i], key));
  if (it == by_first_.end()) return {};
  return LongestOf(it->second, words, i, key);
}

PhraseSet::Match PhraseSet::LongestOf(const std::vector<Phrase>& phrases, const std::vector<Word>& words, size_t i,
                                      std::string_view key) {
  for (const Phrase& p : phrases) {
    if (i + p.words.size() > words.size()) continue;
    bool ok = true;
    for (size_t k = 1; k < p.words.size() && ok; ++k) ok = KeyOf(words[i + k], key) == p.words[k];
    if (ok) return {p.value, i + p.words.size()};
  }
  return {};
}

}  // namespace coordreport
