#include "extract/counts.h"

#include "extract/scan.h"
#include "normalize/text.h"

namespace coordreport {
namespace {

using namespace scan;

constexpr std::string_view kQualifiers[] = {"cấp nhà nước", "cấp bộ", "cấp tỉnh", "cấp huyện", "cấp xã",
                                            "cấp cơ sở", "cấp trung ương", "cấp khu vực", "toàn quốc"};

}  // namespace

std::vector<Count> FindCounts(const ArticleText& a, const Lexicon& lex) {
  std::vector<Count> out;
  for (size_t i = 0; i < a.key.size(); ++i) {
    if (!IsDigit(a.key[i])) continue;
    size_t s;
    int32_t prev = CodePointBefore(a.key, i, &s);
    if (IsLetter(prev) || IsDigit(static_cast<char>(prev)) || prev == '/' || prev == '.' || prev == '-' || prev == ',') {
      while (i + 1 < a.key.size() && IsDigit(a.key[i + 1])) ++i;
      continue;
    }
    int value = 0;
    size_t n = ReadNumber(a.key, i, 7, &value);
    // Vietnamese groups thousands with dots: "1.250 lượt", "25.000".
    while (n && i + n + 4 <= a.key.size() && a.key[i + n] == '.' && IsDigit(a.key[i + n + 1]) &&
           IsDigit(a.key[i + n + 2]) && IsDigit(a.key[i + n + 3]) &&
           (i + n + 4 == a.key.size() || !IsDigit(a.key[i + n + 4])) && value < 1000000) {
      value = value * 1000 + (a.key[i + n + 1] - '0') * 100 + (a.key[i + n + 2] - '0') * 10 + (a.key[i + n + 3] - '0');
      n += 4;
    }
    if (!n || i + n >= a.key.size() || a.key[i + n] != ' ') {
      while (i + 1 < a.key.size() && IsDigit(a.key[i + 1])) ++i;
      continue;
    }
    size_t w = i + n + 1, best = 0;
    int which = -1;
    for (const Lexicon::Phrase& c : lex.countables) {  // longest first
      if (a.key.compare(w, c.key.size(), c.key) == 0 && IsWordBoundedAt(a.key, w, w + c.key.size())) {
        best = c.key.size();
        which = c.index;
        break;
      }
    }
    if (which < 0) {
      i += n - 1;
      continue;
    }
    Count c;
    c.what = lex.tables.countables[which];
    c.count = value;
    // A qualifier close after the noun, within the same clause.
    size_t after = w + best;
    size_t limit = std::min(a.key.size(), after + 60);
    std::string_view tail = std::string_view(a.key).substr(after, limit - after);
    size_t stop = tail.find_first_of(";.()");
    if (stop != std::string_view::npos) tail = tail.substr(0, stop);
    for (std::string_view q : kQualifiers) {
      size_t f = tail.find(q);
      if (f != std::string_view::npos && IsWordBoundedAt(a.key, after + f, after + f + q.size())) {
        c.qualifier = a.text.substr(after + f, q.size());
        break;
      }
    }
    c.evidence = std::string(a.SentenceAt(i));
    out.push_back(std::move(c));
    i = w + best - 1;
  }
  return out;
}

}  // namespace coordreport
