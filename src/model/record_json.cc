#include "model/record_json.h"

#include <unicode/utf8.h>

#include <charconv>
#include <string_view>

#include <nlohmann/json.hpp>

namespace coordreport {
namespace {

// The length of the well-formed UTF-8 sequence at s[i], 0 when there is
// none (ICU's U8_NEXT refuses overlong forms, surrogates and code points
// above U+10FFFF, as nlohmann does).
int32_t SequenceAt(const uint8_t* s, int32_t i, int32_t n) {
  const int32_t start = i;
  UChar32 c;
  U8_NEXT(s, i, n, c);
  return c < 0 ? 0 : i - start;
}

// A JSON string as nlohmann's serializer writes it without ensure_ascii:
// the two quotes and the backslash escaped, control characters as their
// short escapes or \u00xx (lower-case hex), everything else raw. One pass
// checks the UTF-8 too; a string that is not well-formed is written again
// by nlohmann, whose replacement of bad bytes is the reference.
void AppendString(std::string_view s, std::string& out) {
  const size_t rollback = out.size();
  auto by_nlohmann = [&] {
    out.resize(rollback);
    out += nlohmann::json(std::string(s)).dump(-1, ' ', false, nlohmann::json::error_handler_t::replace);
  };
  if (s.size() > INT32_MAX) return by_nlohmann();
  const auto* u = reinterpret_cast<const uint8_t*>(s.data());
  const auto n = static_cast<int32_t>(s.size());
  out += '"';
  int32_t run = 0;  // start of the bytes not yet copied
  for (int32_t i = 0; i < n;) {
    const uint8_t c = u[i];
    if (c >= 0x80) {
      const int32_t length = SequenceAt(u, i, n);
      if (length == 0) return by_nlohmann();
      i += length;
      continue;
    }
    if (c >= 0x20 && c != '"' && c != '\\') {
      ++i;
      continue;
    }
    out.append(s, static_cast<size_t>(run), static_cast<size_t>(i - run));
    run = ++i;
    switch (c) {
      case '"': out += "\\\""; break;
      case '\\': out += "\\\\"; break;
      case '\b': out += "\\b"; break;
      case '\f': out += "\\f"; break;
      case '\n': out += "\\n"; break;
      case '\r': out += "\\r"; break;
      case '\t': out += "\\t"; break;
      default: {
        static constexpr char kHex[] = "0123456789abcdef";
        out += "\\u00";
        out += kHex[c >> 4];
        out += kHex[c & 0xF];
      }
    }
  }
  out.append(s, static_cast<size_t>(run), static_cast<size_t>(n - run));
  out += '"';
}

void AppendNumber(long long v, std::string& out) {
  char buf[24];
  const auto end = std::to_chars(buf, buf + sizeof buf, v).ptr;
  out.append(buf, end);
}

// `"key":` after a comma unless it opens the object.
void AppendKey(std::string_view key, bool first, std::string& out) {
  if (!first) out += ',';
  out += '"';
  out += key;
  out += "\":";
}

void AppendStringOrNull(std::string_view s, std::string& out) {
  if (s.empty()) out += "null";
  else AppendString(s, out);
}

void AppendStrings(const std::vector<std::string>& v, std::string& out) {
  out += '[';
  for (size_t i = 0; i < v.size(); ++i) {
    if (i > 0) out += ',';
    AppendString(v[i], out);
  }
  out += ']';
}

// `[{…}, …]`: one object per item, its fields written by `write`.
template <typename T, typename Write>
void AppendObjects(const std::vector<T>& v, std::string& out, Write write) {
  out += '[';
  for (size_t i = 0; i < v.size(); ++i) {
    if (i > 0) out += ',';
    out += '{';
    write(v[i]);
    out += '}';
  }
  out += ']';
}

}  // namespace

// The keys of each object in sorted order: ToJson's objects are std::map
// based, so that is the order dump() writes them in.
void AppendJson(const Record& r, std::string& out) {
  out += '{';
  AppendKey("agencies", true, out);
  AppendObjects(r.agencies, out, [&](const AgencyMention& a) {
    AppendKey("mentions", true, out), AppendNumber(a.mentions, out);
    AppendKey("name", false, out), AppendString(a.name, out);
  });
  AppendKey("counts", false, out);
  AppendObjects(r.counts, out, [&](const Count& c) {
    AppendKey("count", true, out), AppendNumber(c.count, out);
    AppendKey("evidence", false, out), AppendString(c.evidence, out);
    AppendKey("qualifier", false, out), AppendStringOrNull(c.qualifier, out);
    AppendKey("what", false, out), AppendString(c.what, out);
  });
  AppendKey("event_date", false, out), AppendStringOrNull(r.event_date, out);
  AppendKey("id", false, out), AppendString(r.id, out);
  AppendKey("periods", false, out), AppendStrings(r.periods, out);
  AppendKey("programs", false, out);
  AppendObjects(r.programs, out, [&](const Program& p) {
    AppendKey("action", true, out), AppendStringOrNull(p.action, out);
    AppendKey("date", false, out), AppendStringOrNull(p.date, out);
    AppendKey("evidence", false, out), AppendString(p.evidence, out);
    AppendKey("instrument", false, out), AppendStringOrNull(p.instrument, out);
    AppendKey("parties", false, out), AppendStrings(p.parties, out);
    AppendKey("period", false, out), AppendStringOrNull(p.period, out);
    AppendKey("reference", false, out), AppendStringOrNull(p.reference, out);
    AppendKey("signed", false, out), AppendStringOrNull(p.signed_on, out);
  });
  AppendKey("province", false, out), AppendStringOrNull(r.province, out);
  AppendKey("published", false, out), AppendStringOrNull(r.published, out);
  AppendKey("references", false, out);
  AppendObjects(r.references, out, [&](const DocumentReference& d) {
    AppendKey("evidence", true, out), AppendString(d.evidence, out);
    AppendKey("id", false, out), AppendString(d.id, out);
    AppendKey("issued", false, out), AppendStringOrNull(d.issued, out);
    AppendKey("issuer", false, out), AppendString(d.issuer, out);
    AppendKey("issuing_body", false, out), AppendStringOrNull(d.issuing_body, out);
    AppendKey("mentions", false, out), AppendNumber(d.mentions, out);
    AppendKey("number", false, out), AppendString(d.number, out);
    AppendKey("type", false, out), AppendString(d.type, out);
  });
  AppendKey("site", false, out), AppendStringOrNull(r.site, out);
  AppendKey("title", false, out), AppendString(r.title, out);
  AppendKey("url", false, out), AppendStringOrNull(r.url, out);
  AppendKey("warnings", false, out), AppendStrings(r.warnings, out);
  out += '}';
}

}  // namespace coordreport
