// ICU-backed normalization. Work happens on NFD UTF-16, where a tone is a
// separate combining mark that can simply be moved, then goes back to NFC.
#include "normalize/text.h"

#include <unicode/normalizer2.h>
#include <unicode/uchar.h>
#include <unicode/unistr.h>
#include <unicode/utf8.h>

#include <stdexcept>

namespace coordreport {
namespace {

bool IsToneMark(char16_t c) {
  return c == 0x0300 || c == 0x0301 || c == 0x0303 || c == 0x0309 || c == 0x0323;
}

bool IsWordChar(char16_t c) { return u_isalpha(c) || (u_getCombiningClass(c) != 0); }

// In NFD, an old-style "oà" is o,a,grave. Modern style puts the tone on the
// first vowel of an open "oa/oe/uy" syllable: o,grave,a. "qu" is a consonant,
// so "quý" keeps its tone on the y.
void ModernizeTonePlacement(icu::UnicodeString& s) {
  const int32_t n = s.length();
  for (int32_t i = 0; i + 2 < n; ++i) {
    char16_t first = u_tolower(s[i]), second = u_tolower(s[i + 1]);
    bool pair = (first == u'o' && (second == u'a' || second == u'e')) || (first == u'u' && second == u'y');
    if (!pair || !IsToneMark(s[i + 2])) continue;
    if (i + 3 < n && IsWordChar(s[i + 3])) continue;  // closed syllable: "toán"
    if (i > 0 && u_tolower(s[i - 1]) == u'q') continue;
    char16_t tone = s[i + 2];
    s.setCharAt(i + 2, s[i + 1]);
    s.setCharAt(i + 1, tone);
  }
}

bool IsDash(char16_t c) { return (c >= 0x2010 && c <= 0x2015) || c == 0x2212 || c == 0xFE58 || c == 0xFE63 || c == 0xFF0D; }
bool IsSpace(char16_t c) {
  return c == u' ' || c == u'\t' || c == 0x00A0 || (c >= 0x2000 && c <= 0x200A) || c == 0x202F ||
         c == 0x205F || c == 0x3000 || c == u'\f' || c == u'\v';
}
bool IsInvisible(char16_t c) { return (c >= 0x200B && c <= 0x200D) || c == 0xFEFF || c == 0x00AD || c == 0x2060; }

const icu::Normalizer2& Nfc() {
  UErrorCode status = U_ZERO_ERROR;
  const icu::Normalizer2* n = icu::Normalizer2::getNFCInstance(status);
  if (U_FAILURE(status)) throw std::runtime_error(std::string("ICU NFC unavailable: ") + u_errorName(status));
  return *n;
}

const icu::Normalizer2& Nfd() {
  UErrorCode status = U_ZERO_ERROR;
  const icu::Normalizer2* n = icu::Normalizer2::getNFDInstance(status);
  if (U_FAILURE(status)) throw std::runtime_error(std::string("ICU NFD unavailable: ") + u_errorName(status));
  return *n;
}

// Folds character variants and spacing in one pass.
icu::UnicodeString FoldCharacters(const icu::UnicodeString& in) {
  icu::UnicodeString out;
  out.getBuffer(in.length());  // reserve
  out.releaseBuffer(0);
  bool pending_space = false;
  for (int32_t i = 0; i < in.length(); ++i) {
    char16_t c = in[i];
    if (c == u'\r') {
      if (i + 1 < in.length() && in[i + 1] == u'\n') continue;
      c = u'\n';
    }
    if (IsInvisible(c)) continue;
    if (IsSpace(c)) {
      pending_space = true;
      continue;
    }
    if (c == u'\n') {
      pending_space = false;  // trailing spaces are cut
      out.append(c);
      continue;
    }
    if (pending_space && out.length() > 0 && out[out.length() - 1] != u'\n') out.append(u' ');
    pending_space = false;
    if (c == 0x00D0) c = 0x0110;       // Ð (Icelandic Eth) -> Đ
    else if (c == 0x00F0) c = 0x0111;  // ð -> đ
    else if (IsDash(c)) c = u'-';
    out.append(c);
  }
  return out;
}

}  // namespace

int RepairUtf8(std::string& text) {
  std::string out;
  int repairs = 0;
  const auto* s = reinterpret_cast<const uint8_t*>(text.data());
  const int32_t n = static_cast<int32_t>(text.size());
  int32_t i = 0;
  bool clean = true;
  while (i < n) {
    int32_t start = i;
    UChar32 c;
    U8_NEXT(s, i, n, c);
    if (c < 0) {
      if (clean) {
        out.assign(text, 0, start);
        clean = false;
      }
      out += "\xEF\xBF\xBD";
      ++repairs;
    } else if (!clean) {
      out.append(text, start, i - start);
    }
  }
  if (!clean) text = std::move(out);
  return repairs;
}

std::string NormalizeText(std::string_view text) {
  UErrorCode status = U_ZERO_ERROR;
  icu::UnicodeString s = icu::UnicodeString::fromUTF8(icu::StringPiece(text.data(), static_cast<int32_t>(text.size())));
  icu::UnicodeString decomposed = Nfd().normalize(s, status);
  if (U_FAILURE(status)) throw std::runtime_error(std::string("ICU NFD failed: ") + u_errorName(status));
  ModernizeTonePlacement(decomposed);
  icu::UnicodeString composed = Nfc().normalize(FoldCharacters(decomposed), status);
  if (U_FAILURE(status)) throw std::runtime_error(std::string("ICU NFC failed: ") + u_errorName(status));
  std::string out;
  composed.toUTF8String(out);
  return out;
}

std::string MatchKey(std::string_view text) {
  std::string key(text);
  const auto* s = reinterpret_cast<const uint8_t*>(text.data());
  const int32_t n = static_cast<int32_t>(text.size());
  int32_t i = 0;
  while (i < n) {
    if (s[i] < 0x80) {  // ASCII fast path
      if (s[i] >= 'A' && s[i] <= 'Z') key[i] = static_cast<char>(s[i] + 32);
      ++i;
      continue;
    }
    int32_t start = i;
    UChar32 c;
    U8_NEXT(s, i, n, c);
    if (c < 0) continue;
    UChar32 lower = u_tolower(c);
    if (lower == c || U8_LENGTH(lower) != i - start) continue;
    int32_t j = start;
    U8_APPEND_UNSAFE(reinterpret_cast<uint8_t*>(key.data()), j, lower);
  }
  return key;
}

}  // namespace coordreport
