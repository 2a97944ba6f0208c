// ICU-backed normalization. Work happens on NFD UTF-16, where a tone is a
// separate combining mark that can simply be moved, then goes back to NFC.
#include "normalize/text.h"

#include <unicode/normalizer2.h>
#include <unicode/uchar.h>
#include <unicode/unistr.h>
#include <unicode/utf8.h>

#include <stdexcept>

#include "model/text_util.h"

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

namespace internal {

std::string NormalizeTextWithIcu(std::string_view text) {
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

}  // namespace internal

namespace {

// Old-style toned second vowels of open "oa/oe/uy" syllables and the toned
// first vowel that replaces them: "à" after "o" -> "ò" + "a".
struct ToneMove {
  char32_t toned;      // à
  char32_t base;       // a
  char32_t lead_base;  // o (or u)
  char32_t lead_toned; // ò
};

constexpr ToneMove kToneMoves[] = {
    // a after o
    {U'à', U'a', U'o', U'ò'}, {U'á', U'a', U'o', U'ó'}, {U'ả', U'a', U'o', U'ỏ'}, {U'ã', U'a', U'o', U'õ'},
    {U'ạ', U'a', U'o', U'ọ'}, {U'À', U'A', U'O', U'Ò'}, {U'Á', U'A', U'O', U'Ó'}, {U'Ả', U'A', U'O', U'Ỏ'},
    {U'Ã', U'A', U'O', U'Õ'}, {U'Ạ', U'A', U'O', U'Ọ'},
    // e after o
    {U'è', U'e', U'o', U'ò'}, {U'é', U'e', U'o', U'ó'}, {U'ẻ', U'e', U'o', U'ỏ'}, {U'ẽ', U'e', U'o', U'õ'},
    {U'ẹ', U'e', U'o', U'ọ'}, {U'È', U'E', U'O', U'Ò'}, {U'É', U'E', U'O', U'Ó'}, {U'Ẻ', U'E', U'O', U'Ỏ'},
    {U'Ẽ', U'E', U'O', U'Õ'}, {U'Ẹ', U'E', U'O', U'Ọ'},
    // y after u
    {U'ỳ', U'y', U'u', U'ù'}, {U'ý', U'y', U'u', U'ú'}, {U'ỷ', U'y', U'u', U'ủ'}, {U'ỹ', U'y', U'u', U'ũ'},
    {U'ỵ', U'y', U'u', U'ụ'}, {U'Ỳ', U'Y', U'U', U'Ù'}, {U'Ý', U'Y', U'U', U'Ú'}, {U'Ỷ', U'Y', U'U', U'Ủ'},
    {U'Ỹ', U'Y', U'U', U'Ũ'}, {U'Ỵ', U'Y', U'U', U'Ụ'}};

// "ò" + "a" for an old-style "oà" when `c` is the toned second vowel of an
// open syllable whose plain lead vowel was just written to `out`; `next`
// is the code point after `c` (-1 at the end). Returns the code point to
// write in place of `c`.
UChar32 MoveToneToLead(std::string& out, UChar32 c, UChar32 next) {
  for (const ToneMove& m : kToneMoves) {
    if (static_cast<char32_t>(c) != m.toned) continue;
    // The lead vowel is the plain ASCII letter just written, not after "q".
    size_t len = out.size();
    bool lead = len >= 1 && u_tolower(static_cast<unsigned char>(out[len - 1])) ==
                                u_tolower(static_cast<UChar32>(m.lead_base));
    if (!lead || (len >= 2 && (out[len - 2] == 'q' || out[len - 2] == 'Q'))) return c;
    // Only at the end of the syllable.
    if (next >= 0 && (u_isalpha(next) || u_getCombiningClass(next) != 0)) return c;
    const bool upper = out[len - 1] >= 'A' && out[len - 1] <= 'Z';
    out.pop_back();
    const UChar32 lead_toned = static_cast<UChar32>(m.lead_toned);
    AppendUtf8(out, upper ? u_toupper(lead_toned) : u_tolower(lead_toned));
    return static_cast<UChar32>(m.base);
  }
  return c;
}

// Code points below kEnd that are NFC_QC=Yes with combining class 0, from
// ICU's data: a text made only of these (and ASCII) is NFC, so the fast
// path need not ask ICU to check it. Covers Latin, Vietnamese and the
// General Punctuation block web text is made of.
struct InertTable {
  static constexpr UChar32 kEnd = 0x3000;
  bool inert[kEnd];
  InertTable() {
    for (UChar32 c = 0; c < kEnd; ++c)
      inert[c] = u_getIntPropertyValue(c, UCHAR_NFC_QUICK_CHECK) == UNORM_YES && u_getCombiningClass(c) == 0;
  }
  bool Inert(UChar32 c) const { return c >= 0 && c < kEnd && inert[c]; }
};

const InertTable& Inerts() {
  static const InertTable table;  // immutable after its thread-safe initialization
  return table;
}

enum class Fold { kDone, kCheckNfc, kNeedsIcu };

// One pass that folds NFC text the way the ICU path does, on UTF-8
// directly. kDone: `out` is the answer (every character was inert, so the
// input was NFC). kCheckNfc: `out` is the answer if the input is NFC.
// kNeedsIcu: the text has an invisible character (see below); `out` is
// unspecified.
//
// Runs of characters that need no fold (printable ASCII, single spaces
// between them, inert Vietnamese letters not after a tone's lead vowel)
// are copied in one append; only other characters are decoded one by one.
Fold FoldUtf8(std::string_view text, std::string& out) {
  out.clear();
  out.reserve(text.size());
  const InertTable& inerts = Inerts();
  const auto* s = reinterpret_cast<const uint8_t*>(text.data());
  const int32_t n = static_cast<int32_t>(text.size());
  Fold result = Fold::kDone;
  bool pending_space = false;
  auto flush_space = [&] {
    if (pending_space && !out.empty() && out.back() != '\n') out += ' ';
    pending_space = false;
  };
  auto peek = [&](int32_t at) {
    if (at >= n) return UChar32{-1};
    UChar32 next;
    U8_NEXT(s, at, n, next);
    return next;
  };
  auto printable = [](uint8_t b) { return b > ' ' && b < 0x7F; };
  auto continuation = [](uint8_t b) { return (b & 0xC0) == 0x80; };
  // A Vietnamese letter lead byte: U+00C0-U+01BF or U+1E00-U+1EFF.
  auto letter_lead = [&](int32_t at) {
    return (s[at] >= 0xC3 && s[at] <= 0xC6) || (s[at] == 0xE1 && at + 1 < n && s[at + 1] >= 0xB8 && s[at + 1] <= 0xBB);
  };
  auto tone_lead = [](uint8_t b) { return (b | 0x20) == 'o' || (b | 0x20) == 'u'; };
  int32_t i = 0;
  while (i < n) {
    int32_t run = i;
    while (run < n) {
      const uint8_t b = s[run];
      if (printable(b)) {
        ++run;
      } else if (b == ' ' && run > i && run + 1 < n && (printable(s[run + 1]) || letter_lead(run + 1))) {
        ++run;  // a single space inside the run, followed by more of it
      } else if (letter_lead(run)) {
        const uint8_t before = run > i ? s[run - 1] : (out.empty() ? 0 : static_cast<uint8_t>(out.back()));
        if (tone_lead(before)) break;
        const int32_t len = b == 0xE1 ? 3 : 2;
        if (run + len > n || !continuation(s[run + 1]) || (len == 3 && !continuation(s[run + 2]))) break;
        const UChar32 c = len == 2 ? ((b & 0x1F) << 6) | (s[run + 1] & 0x3F)
                                   : ((b & 0x0F) << 12) | ((s[run + 1] & 0x3F) << 6) | (s[run + 2] & 0x3F);
        if (c == 0x00D0 || c == 0x00F0 || !inerts.Inert(c)) break;
        run += len;
      } else {
        break;
      }
    }
    if (run > i) {
      flush_space();
      out.append(text.data() + i, static_cast<size_t>(run - i));
      i = run;
      continue;
    }
    const int32_t start = i;
    UChar32 c;
    if (s[i] < 0x80) {
      c = s[i++];
    } else {
      U8_NEXT(s, i, n, c);
      if (c < 0) c = 0xFFFD;
      if (!inerts.Inert(c)) result = Fold::kCheckNfc;
    }
    if (c == '\r') {
      if (i < n && s[i] == '\n') continue;
      c = '\n';
    }
    // The ICU path moves tones before it drops invisible characters, so a
    // zero-width space inside "o\u200bà" or after a "q" changes its answer;
    // such rare text takes that path rather than mimicking the order here.
    if (c > 0x7F && c <= 0xFFFF && IsInvisible(static_cast<char16_t>(c))) return Fold::kNeedsIcu;
    if (c == ' ' || c == '\t' || c == '\f' || c == '\v' || (c > 0x7F && c <= 0xFFFF && IsSpace(static_cast<char16_t>(c)))) {
      pending_space = true;
      continue;
    }
    if (c == '\n') {
      pending_space = false;
      out += '\n';
      continue;
    }
    flush_space();
    UChar32 written = c;
    if (c == 0x00D0) written = 0x0110;
    else if (c == 0x00F0) written = 0x0111;
    else if (c > 0x7F && c <= 0xFFFF && IsDash(static_cast<char16_t>(c))) written = '-';
    else if (c >= 0xC0 && !out.empty() && tone_lead(static_cast<uint8_t>(out.back()))) written = MoveToneToLead(out, c, peek(i));
    if (written == c && c != 0xFFFD) out.append(text.data() + start, static_cast<size_t>(i - start));
    else if (written < 0x80) out += static_cast<char>(written);
    else AppendUtf8(out, written);
  }
  return result;
}

}  // namespace

std::string NormalizeText(std::string_view text) {
  // Web text is almost always NFC already, and almost always made of
  // characters that make that plain without asking: fold it in one UTF-8
  // pass, and keep ICU's check and full decompose/recompose for the rest.
  std::string out;
  Fold fold = FoldUtf8(text, out);
  if (fold == Fold::kDone) return out;
  if (fold == Fold::kCheckNfc) {
    UErrorCode status = U_ZERO_ERROR;
    if (Nfc().isNormalizedUTF8(icu::StringPiece(text.data(), static_cast<int32_t>(text.size())), status) &&
        U_SUCCESS(status))
      return out;
  }
  return internal::NormalizeTextWithIcu(text);
}

namespace {

// Lower-case of the Latin and Vietnamese ranges, taken from ICU once:
// MatchKey runs over every byte of every article, and a table lookup is
// much cheaper than ICU's case mapping per letter.
struct LowerTable {
  static constexpr UChar32 kLatinEnd = 0x250, kVietBegin = 0x1E00, kVietEnd = 0x1F00;
  UChar32 latin[kLatinEnd];
  UChar32 viet[kVietEnd - kVietBegin];
  LowerTable() {
    for (UChar32 c = 0; c < kLatinEnd; ++c) latin[c] = u_tolower(c);
    for (UChar32 c = kVietBegin; c < kVietEnd; ++c) viet[c - kVietBegin] = u_tolower(c);
  }
  UChar32 Lower(UChar32 c) const {
    if (c < kLatinEnd) return latin[c];
    if (c >= kVietBegin && c < kVietEnd) return viet[c - kVietBegin];
    return u_tolower(c);
  }
};

const LowerTable& Lowers() {
  static const LowerTable table;  // immutable after its thread-safe initialization
  return table;
}

}  // namespace

std::string MatchKey(std::string_view text) {
  std::string key(text);
  const LowerTable& lowers = Lowers();
  const auto* s = reinterpret_cast<const uint8_t*>(text.data());
  const int32_t n = static_cast<int32_t>(text.size());
  int32_t i = 0;
  while (i < n) {
    if (s[i] < 0x80) {  // ASCII fast path
      if (s[i] >= 'A' && s[i] <= 'Z') key[i] = static_cast<char>(s[i] + 32);
      ++i;
      continue;
    }
    // Vietnamese capitals without decoding: À-Þ (C3 80-9E but ×) are
    // 0x20 below their lower case, and Ạ-Ỹ (E1 BA A0 - E1 BB BF) pairs
    // with the odd code point after it.
    if (s[i] == 0xC3 && i + 1 < n && (s[i + 1] & 0xC0) == 0x80) {
      if (s[i + 1] <= 0x9E && s[i + 1] != 0x97) key[i + 1] = static_cast<char>(s[i + 1] + 0x20);
      i += 2;
      continue;
    }
    if (s[i] == 0xE1 && i + 2 < n && (s[i + 1] == 0xBB || (s[i + 1] == 0xBA && s[i + 2] >= 0xA0)) &&
        (s[i + 2] & 0xC0) == 0x80) {
      key[i + 2] = static_cast<char>(s[i + 2] | 1);
      i += 3;
      continue;
    }
    int32_t start = i;
    UChar32 c;
    U8_NEXT(s, i, n, c);
    if (c < 0) continue;
    UChar32 lower = lowers.Lower(c);
    if (lower == c || U8_LENGTH(lower) != i - start) continue;
    int32_t j = start;
    U8_APPEND_UNSAFE(reinterpret_cast<uint8_t*>(key.data()), j, lower);
  }
  return key;
}

}  // namespace coordreport
