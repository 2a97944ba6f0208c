#include "load/json_line.h"

#include <array>
#include <cstdint>
#include <string>

#include <nlohmann/json.hpp>

namespace coordreport {
namespace {

// What a byte does inside a JSON string.
enum ByteClass : uint8_t {
  kPlain,     // printable ASCII: copied
  kQuote,     // end of the string
  kEscape,    // backslash
  kControl,   // U+0000..U+001F must be escaped: not ours
  kLead2,     // C2..DF
  kLead3,     // E1..EC, EE, EF
  kLeadE0,    // E0: second byte A0..BF (no overlong forms)
  kLeadED,    // ED: second byte 80..9F (no surrogates)
  kLead4,     // F1..F3
  kLeadF0,    // F0: second byte 90..BF
  kLeadF4,    // F4: second byte 80..8F (nothing above U+10FFFF)
  kInvalid,   // continuation bytes out of place, C0, C1, F5..FF
};

constexpr std::array<uint8_t, 256> MakeClasses() {
  std::array<uint8_t, 256> c{};
  for (int b = 0; b < 256; ++b) {
    if (b < 0x20) c[b] = kControl;
    else if (b == '"') c[b] = kQuote;
    else if (b == '\\') c[b] = kEscape;
    else if (b < 0x80) c[b] = kPlain;
    else if (b < 0xC2) c[b] = kInvalid;
    else if (b < 0xE0) c[b] = kLead2;
    else if (b == 0xE0) c[b] = kLeadE0;
    else if (b == 0xED) c[b] = kLeadED;
    else if (b < 0xF0) c[b] = kLead3;
    else if (b == 0xF0) c[b] = kLeadF0;
    else if (b < 0xF4) c[b] = kLead4;
    else if (b == 0xF4) c[b] = kLeadF4;
    else c[b] = kInvalid;
  }
  return c;
}
constexpr std::array<uint8_t, 256> kClasses = MakeClasses();

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
      switch (kClasses[c]) {
        case kPlain:
          ++p_;
          continue;
        case kQuote:
          out->append(run, p_);
          ++p_;
          return true;
        case kEscape:
          out->append(run, p_);
          if (!Escape(out)) return false;
          run = p_;
          continue;
        case kLead2:
          if (!Continuation(1, 0x80, 0xBF)) return false;
          continue;
        case kLead3:
          if (!Continuation(2, 0x80, 0xBF)) return false;
          continue;
        case kLeadE0:
          if (!Continuation(2, 0xA0, 0xBF)) return false;
          continue;
        case kLeadED:
          if (!Continuation(2, 0x80, 0x9F)) return false;
          continue;
        case kLead4:
          if (!Continuation(3, 0x80, 0xBF)) return false;
          continue;
        case kLeadF0:
          if (!Continuation(3, 0x90, 0xBF)) return false;
          continue;
        case kLeadF4:
          if (!Continuation(3, 0x80, 0x8F)) return false;
          continue;
        default:  // a control character or a stray byte
          return false;
      }
    }
    return false;  // unterminated
  }

 private:
  // A lead byte at p_ followed by `count` continuation bytes, the first in
  // [first_lo, first_hi]; on success p_ moves past the character.
  bool Continuation(int count, uint8_t first_lo, uint8_t first_hi) {
    if (end_ - p_ <= count) return false;
    const auto* u = reinterpret_cast<const uint8_t*>(p_);
    if (u[1] < first_lo || u[1] > first_hi) return false;
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
    AppendUtf8(cp, out);
    return true;
  }

  static void AppendUtf8(uint32_t cp, std::string* out) {
    if (cp < 0x80) {
      out->push_back(static_cast<char>(cp));
    } else if (cp < 0x800) {
      out->push_back(static_cast<char>(0xC0 | (cp >> 6)));
      out->push_back(static_cast<char>(0x80 | (cp & 0x3F)));
    } else if (cp < 0x10000) {
      out->push_back(static_cast<char>(0xE0 | (cp >> 12)));
      out->push_back(static_cast<char>(0x80 | ((cp >> 6) & 0x3F)));
      out->push_back(static_cast<char>(0x80 | (cp & 0x3F)));
    } else {
      out->push_back(static_cast<char>(0xF0 | (cp >> 18)));
      out->push_back(static_cast<char>(0x80 | ((cp >> 12) & 0x3F)));
      out->push_back(static_cast<char>(0x80 | ((cp >> 6) & 0x3F)));
      out->push_back(static_cast<char>(0x80 | (cp & 0x3F)));
    }
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
