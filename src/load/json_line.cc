#include "load/json_line.h"

#include <array>
#include <cstdint>
#include <string>

#include <nlohmann/json.hpp>

#include "model/text_util.h"

namespace coordreport {
namespace {

// A well-formed UTF-8 sequence by its lead byte (Unicode table 3-7, which
// nlohmann's lexer also follows): how many continuation bytes follow, and
// the range of the first one, narrower after E0, ED, F0 and F4 so that
// overlong forms, surrogates and code points above U+10FFFF are refused.
struct Sequence {
  uint8_t continuation = 0;  // 0: not a lead byte
  uint8_t second_lo = 0x80, second_hi = 0xBF;
};

constexpr std::array<Sequence, 256> MakeSequences() {
  std::array<Sequence, 256> s{};
  for (int b = 0xC2; b <= 0xDF; ++b) s[b] = {1, 0x80, 0xBF};
  for (int b = 0xE0; b <= 0xEF; ++b) s[b] = {2, 0x80, 0xBF};
  s[0xE0] = {2, 0xA0, 0xBF};
  s[0xED] = {2, 0x80, 0x9F};
  for (int b = 0xF0; b <= 0xF4; ++b) s[b] = {3, 0x80, 0xBF};
  s[0xF0] = {3, 0x90, 0xBF};
  s[0xF4] = {3, 0x80, 0x8F};
  return s;
}
constexpr std::array<Sequence, 256> kSequences = MakeSequences();

class Reader {
 public:
  explicit Reader(std::string_view s) : p_(s.data()), end_(s.data() + s.size()) {}

  bool AtEnd() const { return p_ == end_; }

  void SkipSpace() {
    while (p_ != end_ && (*p_ == ' ' || *p_ == '\t' || *p_ == '\n' || *p_ == '\r')) ++p_;
  }

  // Consumes `c` when it comes next.
  bool Take(char c) {
    if (p_ == end_ || *p_ != c) return false;
    ++p_;
    return true;
  }

  // Consumes `word` ("null") when it comes next.
  bool TakeWord(std::string_view word) {
    if (static_cast<size_t>(end_ - p_) < word.size() || std::string_view(p_, word.size()) != word) return false;
    p_ += word.size();
    return true;
  }

  // Reads a string whose opening quote was consumed, up to and including
  // the closing quote, into *out (decoded).
  bool String(std::string* out) {
    const char* run = p_;  // start of the bytes not yet copied
    while (p_ != end_) {
      const uint8_t c = static_cast<uint8_t>(*p_);
      if (c >= 0x80) {
        // Vietnamese letters first: a two-byte letter (C3-C6, any
        // continuation) or one of U+1E00-U+1EFF (E1 B8-BB, continuation);
        // the table decides every other sequence.
        const auto* u = reinterpret_cast<const uint8_t*>(p_);
        const ptrdiff_t left = end_ - p_;
        if (c >= 0xC3 && c <= 0xC6 && left > 2 && (u[1] & 0xC0) == 0x80) {
          p_ += 2;
          continue;
        }
        if (c == 0xE1 && left > 3 && u[1] >= 0xB8 && u[1] <= 0xBB && (u[2] & 0xC0) == 0x80) {
          p_ += 3;
          continue;
        }
        if (!Utf8Sequence(kSequences[c])) return false;
        continue;
      }
      if (c == '"') {
        out->append(run, p_);
        ++p_;
        return true;
      }
      if (c == '\\') {
        out->append(run, p_);
        if (!Escape(out)) return false;
        run = p_;
        continue;
      }
      if (c < 0x20) return false;  // a raw control character
      ++p_;
    }
    return false;  // unterminated
  }

 private:
  // The UTF-8 sequence at p_, whose lead byte is described by `seq`; on
  // success p_ moves past it.
  bool Utf8Sequence(const Sequence& seq) {
    const int count = seq.continuation;
    if (count == 0 || end_ - p_ <= count) return false;
    const auto* u = reinterpret_cast<const uint8_t*>(p_);
    if (u[1] < seq.second_lo || u[1] > seq.second_hi) return false;
    for (int i = 2; i <= count; ++i)
      if (u[i] < 0x80 || u[i] > 0xBF) return false;
    p_ += count + 1;
    return true;
  }

  // Reads 4 hex digits after "\u".
  bool Hex4(uint32_t* value) {
    if (end_ - p_ < 4) return false;
    uint32_t v = 0;
    for (int i = 0; i < 4; ++i) {
      const char c = p_[i];
      v <<= 4;
      if (c >= '0' && c <= '9') v |= c - '0';
      else if (c >= 'a' && c <= 'f') v |= c - 'a' + 10;
      else if (c >= 'A' && c <= 'F') v |= c - 'A' + 10;
      else return false;
    }
    p_ += 4;
    *value = v;
    return true;
  }

  // An escape at p_ (the backslash); appends what it stands for.
  bool Escape(std::string* out) {
    if (end_ - p_ < 2) return false;
    const char e = p_[1];
    p_ += 2;
    switch (e) {
      case '"': out->push_back('"'); return true;
      case '\\': out->push_back('\\'); return true;
      case '/': out->push_back('/'); return true;
      case 'b': out->push_back('\b'); return true;
      case 'f': out->push_back('\f'); return true;
      case 'n': out->push_back('\n'); return true;
      case 'r': out->push_back('\r'); return true;
      case 't': out->push_back('\t'); return true;
      case 'u': break;
      default: return false;
    }
    uint32_t cp;
    if (!Hex4(&cp)) return false;
    if (cp >= 0xDC00 && cp <= 0xDFFF) return false;  // a low surrogate alone
    if (cp >= 0xD800 && cp <= 0xDBFF) {              // must pair with a low one
      uint32_t low;
      if (!TakeWord("\\u") || !Hex4(&low) || low < 0xDC00 || low > 0xDFFF) return false;
      cp = 0x10000 + ((cp - 0xD800) << 10) + (low - 0xDC00);
    }
    AppendUtf8(*out, static_cast<int32_t>(cp));
    return true;
  }

  const char* p_;
  const char* end_;
};

}  // namespace

bool ParseFlatJsonObject(std::string_view line, nlohmann::json* out) {
  Reader in(line);
  in.SkipSpace();
  if (!in.Take('{')) return false;
  nlohmann::json object = nlohmann::json::object();
  auto& fields = object.get_ref<nlohmann::json::object_t&>();
  in.SkipSpace();
  if (!in.Take('}')) {
    std::string key;
    for (;;) {
      key.clear();
      if (!in.Take('"') || !in.String(&key)) return false;
      in.SkipSpace();
      if (!in.Take(':')) return false;
      in.SkipSpace();
      nlohmann::json& value = fields[key];  // a repeated key: the last value wins, as in nlohmann
      if (in.Take('"')) {
        std::string text;
        if (!in.String(&text)) return false;
        value = std::move(text);
      } else if (in.TakeWord("null")) {
        value = nullptr;
      } else {
        return false;  // numbers, booleans, arrays, objects: nlohmann's
      }
      in.SkipSpace();
      if (in.Take('}')) break;
      if (!in.Take(',')) return false;
      in.SkipSpace();
    }
  }
  in.SkipSpace();
  if (!in.AtEnd()) return false;
  *out = std::move(object);
  return true;
}

}  // namespace coordreport
