// Digit-anchored recognizer for document numbers; see documents.h.
#include "extract/documents.h"

#include <algorithm>
#include <map>

#include "extract/dates.h"
#include "extract/scan.h"
#include "normalize/text.h"

namespace coordreport {
namespace {

using namespace scan;

enum class Grammar { kParty, kLegal, kAdministrative };

struct Number {
  size_t begin = 0, end = 0;
  Grammar grammar = Grammar::kParty;
  std::string number, type_code, year, issuer;  // issuer codes joined with "-"
  std::string tail;  // more "/"-separated codes: "/QC" of "01/MTTQ-VKS/QC"
};

// A code: an upper-case letter then letters/digits ("NQ", "QĐi", "TƯ",
// "QH15"), read from the display text so case is known.
size_t ReadCode(std::string_view text, size_t pos, std::string* out) {
  int len;
  int32_t c = CodePointAt(text, pos, &len);
  if (!IsUpper(c)) return 0;
  size_t end = pos;
  while (end < text.size()) {
    c = CodePointAt(text, end, &len);
    // "SGD&ĐT": an ampersand between capitals belongs to the code.
    if (c == '&' && end + 1 < text.size() && end > pos) {
      int next_len;
      if (IsUpper(CodePointAt(text, end + 1, &next_len))) {
        end += 1;
        continue;
      }
    }
    if (!(IsLetter(c) || (c >= '0' && c <= '9'))) break;
    end += len;
  }
  if (end - pos > 16) return 0;
  out->assign(text.substr(pos, end - pos));
  return end - pos;
}

// ISSUER(-ISSUER)*, spaces allowed around the hyphens ("BTGTU - ĐUK").
size_t ReadIssuers(std::string_view text, size_t pos, std::string* out) {
  std::string code;
  size_t n = ReadCode(text, pos, &code);
  if (!n) return 0;
  *out = code;
  size_t end = pos + n;
  while (true) {
    size_t p = SkipSpaces(text, end);
    if (p >= text.size() || text[p] != '-') break;
    p = SkipSpaces(text, p + 1);
    size_t m = ReadCode(text, p, &code);
    if (!m) break;
    *out += "-" + code;
    end = p + m;
  }
  return end - pos;
}

bool ParseNumberAt(std::string_view text, size_t pos, Number* out) {
  int value = 0;
  size_t n = ReadNumber(text, pos, 5, &value);
  if (!n) return false;
  Number num;
  num.begin = pos;
  num.number.assign(text.substr(pos, n));
  size_t p = SkipSpaces(text, pos + n);
  if (p >= text.size()) return false;
  if (text[p] == '-') {  // party: N-TYPE/ISSUER
    p = SkipSpaces(text, p + 1);
    size_t t = ReadCode(text, p, &num.type_code);
    if (!t) return false;
    p = SkipSpaces(text, p + t);
    if (p >= text.size() || text[p] != '/') return false;
    p = SkipSpaces(text, p + 1);
    size_t i = ReadIssuers(text, p, &num.issuer);
    if (!i) return false;
    num.grammar = Grammar::kParty;
    num.end = p + i;
  } else if (text[p] == '/') {
    p = SkipSpaces(text, p + 1);
    int year = 0;
    size_t y = ReadNumber(text, p, 4, &year);
    if (y == 4 && p + 4 < text.size() && text[p + 4] == '/') {  // legal: N/YYYY/...
      if (year < 1945 || year > 2100) return false;
      num.year.assign(text.substr(p, 4));
      p += 5;
      size_t i = ReadIssuers(text, p, &num.issuer);
      if (!i) return false;
      num.grammar = Grammar::kLegal;
      num.end = p + i;
    } else {  // administrative: N/TYPE-ISSUER
      size_t t = ReadCode(text, p, &num.type_code);
      if (!t) return false;
      p += t;
      if (p >= text.size() || text[p] != '-') return false;
      size_t i = ReadIssuers(text, p + 1, &num.issuer);
      if (!i) return false;
      num.grammar = Grammar::kAdministrative;
      num.end = p + 1 + i;
    }
  } else {
    return false;
  }
  // "01/MTTQ-VKS/QC", "01/2022/QCPHLN/CTHADS-VKSND-TAND-CA": more codes.
  while (num.end + 1 < text.size() && text[num.end] == '/') {
    std::string more;
    size_t m = ReadIssuers(text, num.end + 1, &more);
    if (!m) break;
    num.tail += "/" + more;
    num.end += 1 + m;
  }
  int len;
  if (IsLetter(CodePointAt(text, num.end, &len))) return false;
  if (num.grammar == Grammar::kParty && num.number.size() == 1) num.number = "0" + num.number;
  *out = std::move(num);
  return true;
}

std::string IdOf(const Number& n) {
  switch (n.grammar) {
    case Grammar::kParty: return n.number + "-" + n.type_code + "/" + n.issuer + n.tail;
    case Grammar::kLegal: return n.number + "/" + n.year + "/" + n.issuer + n.tail;
    case Grammar::kAdministrative: return n.number + "/" + n.type_code + "-" + n.issuer + n.tail;
  }
  return "";
}

// The type word right before `pos` ("Nghị quyết số "), as its canonical
// display form, with the position where it starts.
std::string TypeWordBefore(const ArticleText& a, const Lexicon& lex, size_t pos, size_t* start) {
  size_t end = SkipSpacesBack(a.key, pos);
  static constexpr std::string_view kSo = "số";
  if (end >= kSo.size() && a.key.substr(end - kSo.size(), kSo.size()) == kSo &&
      IsWordBoundedAt(a.key, end - kSo.size(), end))
    end = SkipSpacesBack(a.key, end - kSo.size());
  for (const Lexicon::Phrase& w : lex.type_words) {  // longest first
    if (end < w.key.size()) continue;
    size_t s = end - w.key.size();
    if (a.key.compare(s, w.key.size(), w.key) == 0 && IsWordBoundedAt(a.key, s, end)) {
      *start = s;
      return lex.tables.document_type_words[w.index];
    }
  }
  return "";
}

// "của Bộ Chính trị" after a citation (and its date): capitalized words up
// to a stop word; joint issuers ("của Bộ Chính trị, Ban Bí thư", "… và
// Chính phủ") continue across ", " and " và " when a capital follows.
std::string IssuingBodyAfter(const ArticleText& a, size_t pos, size_t* end) {
  static constexpr std::string_view kStops[] = {"về", "khóa", "trong", "tại", "đã", "năm", "ngày",
                                                "nhằm", "trên", "để", "và", "với", "theo", "đối"};
  size_t p = SkipSpaces(a.key, pos);
  if (p < a.key.size() && a.key[p] == ',') p = SkipSpaces(a.key, p + 1);
  if (!WordAt(a.key, p, "của")) return "";
  const size_t begin = SkipSpaces(a.key, p + std::string_view("của").size());
  size_t q = begin, last = begin;
  int words = 0, joins = 0;
  while (q < a.key.size() && words < 16) {
    size_t w_end = WordEnd(a.key, q);
    if (w_end == q) break;
    std::string_view word = std::string_view(a.key).substr(q, w_end - q);
    if (std::find(std::begin(kStops), std::end(kStops), word) != std::end(kStops)) break;
    last = w_end;
    ++words;
    q = w_end;
    if (q < a.key.size() && a.key[q] == ' ') {
      ++q;
      continue;
    }
    int len;
    bool joined = false;
    for (std::string_view joiner : {std::string_view(", "), std::string_view(" và ")}) {
      if (joins < 1 && a.key.compare(q, joiner.size(), joiner) == 0 &&
          IsUpper(CodePointAt(a.text, q + joiner.size(), &len))) {
        q += joiner.size();
        ++joins;
        joined = true;
        break;
      }
    }
    if (!joined) break;
  }
  if (last <= begin) return "";
  *end = last;
  return std::string(std::string_view(a.text).substr(begin, last - begin));
}

struct Citation {
  size_t begin = 0, end = 0;
  std::string id, type, number, issuer, issued, body;
};

// Short form "Chỉ thị 05" / "Nghị quyết số 35": type word + number, not
// followed by a document-number continuation.
bool ShortFormAt(const ArticleText& a, const Lexicon& t, size_t pos, std::string* type, std::string* number,
                 size_t* start) {
  int value;
  size_t n = ReadNumber(a.key, pos, 4, &value);
  if (!n) return false;
  size_t after = SkipSpaces(a.key, pos + n);
  if (after < a.key.size() && (a.key[after] == '-' || a.key[after] == '/' || a.key[after] == '.')) return false;
  int len;
  if (IsLetter(CodePointAt(a.key, pos + n, &len))) return false;
  *type = TypeWordBefore(a, t, pos, start);
  if (type->empty()) return false;
  *number = std::to_string(value);
  return true;
}

std::string TrimZeros(const std::string& n) {
  size_t i = n.find_first_not_of('0');
  return i == std::string::npos ? "0" : n.substr(i);
}

}  // namespace

std::string CanonicalDocumentId(std::string_view written) {
  std::string text = NormalizeText(written);
  size_t start = SkipSpaces(text, 0);
  Number n;
  if (!ParseNumberAt(text, start, &n) || SkipSpaces(text, n.end) != text.size()) return "";
  return IdOf(n);
}

std::string DocumentKey(std::string_view id) {
  std::string key(id);
  for (size_t p = 0; (p = key.find("TƯ", p)) != std::string::npos;) key.replace(p, std::string_view("TƯ").size(), "TW");
  return key;
}

DocumentFindings FindDocuments(const ArticleText& a, const Lexicon& lex) {
  const DomainTables& t = lex.tables;
  DocumentFindings out;
  std::map<std::string, size_t> index;  // id -> position in out.references
  struct Pending {
    std::string type, number;
    size_t begin, end;
  };
  std::vector<Pending> shorts;
  const std::string_view text = a.text;

  for (size_t i = 0; i < text.size(); ++i) {
    if (!IsDigit(text[i])) continue;
    if (i > 0) {
      char prev = text[i - 1];
      int32_t c;
      size_t s;
      c = CodePointBefore(text, i, &s);
      if (IsDigit(prev) || prev == '/' || prev == '.' || prev == '-' || prev == ':' || prev == '_' || prev == '=' ||
          IsLetter(c)) {
        while (i + 1 < text.size() && IsDigit(text[i + 1])) ++i;
        continue;
      }
    }
    Number num;
    if (!ParseNumberAt(text, i, &num)) {
      std::string type, number;
      size_t start = 0;
      if (ShortFormAt(a, lex, i, &type, &number, &start)) {
        size_t e = i;
        while (e < text.size() && IsDigit(text[e])) ++e;
        shorts.push_back({type, number, start, e});
      }
      while (i + 1 < text.size() && IsDigit(text[i + 1])) ++i;
      continue;
    }
    Citation c;
    c.id = IdOf(num);
    c.number = num.number;
    c.issuer = num.issuer;
    size_t type_start = num.begin;
    c.type = TypeWordBefore(a, lex, num.begin, &type_start);
    if (c.type.empty()) {
      auto it = t.document_types.find(num.type_code);
      c.type = it != t.document_types.end() ? it->second : num.type_code;
      if (num.grammar == Grammar::kLegal && num.issuer.rfind("QH", 0) == 0) {
        // "Luật Phòng, chống bạo lực gia đình số 13/2022/QH15": the law's
        // name sits between the type word and the number.
        size_t from = num.begin > 120 ? num.begin - 120 : 0;
        std::string_view before = std::string_view(a.key).substr(from, num.begin - from);
        size_t stop = before.find_last_of(".;:");
        if (stop != std::string_view::npos) before = before.substr(stop + 1);
        c.type = before.find("luật") != std::string_view::npos ? "Luật" : "Nghị quyết";
      }
    }
    c.begin = type_start;
    c.end = num.end;
    // ", ngày 18/5/2021" / " ngày 22 tháng 10 năm 2018" / " ban hành ngày …"
    size_t p = SkipSpaces(a.key, num.end);
    if (p < a.key.size() && a.key[p] == ',') p = SkipSpaces(a.key, p + 1);
    if (WordAt(a.key, p, "ban hành")) p = SkipSpaces(a.key, p + std::string_view("ban hành").size());
    DateMention d;
    if (WordAt(a.key, p, "ngày") && ParseDateAt(a.key, p, &d) && d.has_year) {
      c.issued = ToIso(d.date);
      c.end = d.end;
    }
    size_t body_end = 0;
    c.body = IssuingBodyAfter(a, c.end, &body_end);
    if (!c.body.empty()) c.end = body_end;
    out.citation_spans.push_back({c.begin, c.end});

    auto [it, inserted] = index.emplace(c.id, out.references.size());
    if (inserted) {
      DocumentReference r;
      r.id = c.id;
      r.type = c.type;
      r.number = c.number;
      r.issuer = c.issuer;
      r.issued = c.issued;
      r.issuing_body = c.body;
      r.mentions = 1;
      r.evidence = std::string(a.SentenceAt(num.begin));
      out.references.push_back(std::move(r));
    } else {
      DocumentReference& r = out.references[it->second];
      ++r.mentions;
      if (r.issued.empty()) r.issued = c.issued;
      if (r.issuing_body.empty()) r.issuing_body = c.body;
    }
    i = num.end - 1;
  }

  // Resolve short forms against full citations of the same type and number.
  for (const Pending& s : shorts) {
    for (DocumentReference& r : out.references) {
      if (r.type == s.type && TrimZeros(r.number) == s.number) {
        ++r.mentions;
        out.citation_spans.push_back({s.begin, s.end});
        break;
      }
    }
  }
  return out;
}

}  // namespace coordreport
