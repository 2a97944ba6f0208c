#include "render/markdown.h"

#include <kainjow/mustache.hpp>

#include <algorithm>
#include <cstdio>
#include <filesystem>
#include <functional>
#include <fstream>
#include <map>
#include <sstream>
#include <stdexcept>

#include "model/text_util.h"

namespace coordreport {
namespace {

namespace fs = std::filesystem;
using kainjow::mustache::data;
using kainjow::mustache::mustache;

std::string ReadFile(const fs::path& p) {
  std::ifstream in(p, std::ios::binary);
  if (!in) throw std::runtime_error("cannot read template " + p.string());
  std::ostringstream ss;
  ss << in.rdbuf();
  return ss.str();
}

std::string Percent(int now, int before, const Labels& l) {
  if (before <= 0) return "—";
  char buf[32];
  std::snprintf(buf, sizeof buf, "%+.1f%%", 100.0 * (now - before) / before);
  std::string s = buf;
  if (l.language == "vi") std::replace(s.begin(), s.end(), '.', ',');
  return s;
}

std::string Signed(int n) { return (n > 0 ? "+" : "") + std::to_string(n); }

data List() { return data(data::type::list); }

constexpr size_t kMemoPrograms = 50;
constexpr size_t kMemoAttention = 100;
constexpr size_t kMemoSources = 100;

// {{#name}}…{{count}}…{{/name}} renders only when rows were left out.
void SetMore(data& d, const std::string& name, size_t total, size_t shown) {
  if (total <= shown) {
    d.set(name, data::type::bool_false);
    return;
  }
  data more;
  more.set("count", std::to_string(total - shown));
  d.set(name, more);
}

// A link target inside <…> may hold anything but spaces, "<" and ">".
std::string SafeUrl(const std::string& url) {
  std::string out;
  for (char c : url) {
    if (c == ' ') out += "%20";
    else if (c == '<') out += "%3C";
    else if (c == '>') out += "%3E";
    else if (c != '\n' && c != '\r') out += c;
  }
  return out;
}

data BuildData(const Report& r, const Labels& l) {
  data d;
  d.set("title", l.report_title);
  d.set("period", r.span.label);
  d.set("period_from", l.Date(ToIso(r.span.first)));
  d.set("period_to", l.Date(ToIso(r.span.last)));
  d.set("previous_period", r.previous.period.label);
  d.set("generator", std::string("coordreport ") + COORDREPORT_VERSION);

  data figures = List();
  auto figure = [&](const std::string& name, int now, int before) {
    data f;
    f.set("name", name);
    f.set("now", std::to_string(now));
    f.set("before", std::to_string(before));
    f.set("change", Signed(now - before));
    f.set("change_pct", Percent(now, before, l));
    figures.push_back(f);
  };
  figure(l.articles, r.current.articles, r.previous.articles);
  figure(l.programs_active, r.current.programs_active, r.previous.programs_active);
  figure(l.programs_signed, r.current.programs_signed, r.previous.programs_signed);
  figure(l.documents_cited, r.current.documents, r.previous.documents);
  figure(l.agencies_active, r.current.agencies, r.previous.agencies);
  figure(l.pairs, r.current.pairs, r.previous.pairs);
  d.set("figure_rows", figures);

  // A memo lists what a reader can take in: the programs with the most
  // sources and the latest articles; the workbook has everything.
  std::vector<const ProgramRow*> top;
  for (const ProgramRow& p : r.programs) top.push_back(&p);
  std::stable_sort(top.begin(), top.end(), [](const ProgramRow* a, const ProgramRow* b) {
    return a->articles > b->articles;
  });
  if (top.size() > kMemoPrograms) top.resize(kMemoPrograms);
  data programs = List();
  for (const ProgramRow* program : top) {
    const ProgramRow& p = *program;
    data row;
    row.set("instrument", p.instrument.empty() ? l.no_instrument : p.instrument);
    row.set("parties", Join(p.parties, "; "));
    row.set("reference", p.reference.empty() ? "—" : p.reference);
    row.set("signed", p.signed_on.empty() ? "—" : l.Date(p.signed_on));
    row.set("periods", p.periods.empty() ? "—" : Join(p.periods, ", "));
    row.set("actions", p.actions.empty() ? "—" : l.Actions(p.actions, r.action_names));
    row.set("sources", std::to_string(p.articles));
    row.set("status", l.Status(p.status));
    programs.push_back(row);
  }
  d.set("program_rows", programs);
  SetMore(d, "more_programs", r.programs.size(), top.size());
  d.set("has_programs", r.programs.empty() ? data::type::bool_false : data::type::bool_true);

  data documents = List();
  for (size_t i = 0; i < r.documents.size() && i < 10; ++i) {
    const DocumentRow& doc = r.documents[i];
    data row;
    row.set("id", doc.id);
    row.set("type", doc.type);
    row.set("issued", doc.issued.empty() ? "—" : l.Date(doc.issued));
    row.set("issuing_body", doc.issuing_body.empty() ? "—" : doc.issuing_body);
    row.set("articles", std::to_string(doc.articles));
    row.set("mentions", std::to_string(doc.mentions));
    documents.push_back(row);
  }
  d.set("document_rows", documents);
  d.set("has_documents", r.documents.empty() ? data::type::bool_false : data::type::bool_true);

  std::vector<const AgencyRow*> agencies;
  for (const AgencyRow& a : r.agencies) agencies.push_back(&a);
  std::stable_sort(agencies.begin(), agencies.end(), [](const AgencyRow* a, const AgencyRow* b) {
    return a->articles != b->articles ? a->articles > b->articles : a->programs > b->programs;
  });
  data agency_list = List();
  for (size_t i = 0; i < agencies.size() && i < 10; ++i) {
    data row;
    row.set("name", agencies[i]->name);
    row.set("articles", std::to_string(agencies[i]->articles));
    row.set("mentions", std::to_string(agencies[i]->mentions));
    row.set("programs", std::to_string(agencies[i]->programs));
    agency_list.push_back(row);
  }
  d.set("agency_rows", agency_list);
  d.set("has_agencies", agencies.empty() ? data::type::bool_false : data::type::bool_true);

  data pairs = List();
  for (size_t i = 0; i < r.pairs.size() && i < 10; ++i) {
    data row;
    row.set("first", r.pairs[i].first);
    row.set("second", r.pairs[i].second);
    row.set("programs", std::to_string(r.pairs[i].programs));
    pairs.push_back(row);
  }
  d.set("pair_rows", pairs);
  d.set("has_pairs", r.pairs.empty() ? data::type::bool_false : data::type::bool_true);

  data series = List();
  const PeriodFigures* prev = nullptr;
  for (const PeriodFigures& p : r.series) {
    data row;
    row.set("label", p.period.label);
    row.set("articles", std::to_string(p.articles));
    row.set("programs_active", std::to_string(p.programs_active));
    row.set("programs_signed", std::to_string(p.programs_signed));
    row.set("documents", std::to_string(p.documents));
    row.set("change_pct", prev ? Percent(p.articles, prev->articles, l) : "—");
    series.push_back(row);
    prev = &p;
  }
  d.set("series_rows", series);
  d.set("has_series", r.series.size() > 1 ? data::type::bool_true : data::type::bool_false);

  data sources = List();
  const size_t first_source = r.sources.size() > kMemoSources ? r.sources.size() - kMemoSources : 0;
  for (size_t i = first_source; i < r.sources.size(); ++i) {
    const SourceRow& s = r.sources[i];
    data row;
    row.set("date", l.Date(s.date));
    row.set("title", s.title.empty() ? s.id : s.title);
    row.set("site", s.site);
    row.set("url", SafeUrl(s.url));
    row.set("has_url", s.url.rfind("http", 0) == 0 ? data::type::bool_true : data::type::bool_false);
    sources.push_back(row);
  }
  d.set("source_rows", sources);

  // The attention list: what the director acts on. A province's is a
  // handful; a national archive's is the Attention sheet's business.
  data attention = List();
  for (size_t i = 0; i < r.attention.size() && i < kMemoAttention; ++i) {
    const ProgramRow& p = r.attention[i];
    data row;
    row.set("status", l.Status(p.status));
    row.set("instrument", p.instrument.empty() ? l.no_instrument : p.instrument);
    row.set("parties", Join(p.parties, "; "));
    row.set("periods", p.periods.empty() ? "—" : Join(p.periods, ", "));
    row.set("last_action", p.last_action.empty() ? "—" : p.last_action);
    row.set("last_date", p.last_activity.empty() ? "—" : l.Date(p.last_activity));
    row.set("source", Printable(p.last_source, 200));  // an id may be a file name in any bytes
    row.set("url", SafeUrl(p.last_url));
    row.set("has_url", p.last_url.rfind("http", 0) == 0 ? data::type::bool_true : data::type::bool_false);
    attention.push_back(row);
  }
  d.set("attention_rows", attention);
  d.set("has_attention", r.attention.empty() ? data::type::bool_false : data::type::bool_true);
  SetMore(d, "more_attention", r.attention.size(), std::min(r.attention.size(), kMemoAttention));
  SetMore(d, "more_sources", r.sources.size() + static_cast<size_t>(r.sources_left_out),
          r.sources.size() - first_source);
  d.set("has_sources", r.sources.empty() ? data::type::bool_false : data::type::bool_true);
  d.set("warnings", std::to_string(r.warnings.size()));
  d.set("has_warnings", r.warnings.empty() ? data::type::bool_false : data::type::bool_true);
  return d;
}

// kainjow reports "… at 123": turn the byte offset into line:column.
std::string Locate(const std::string& message, const std::string& source) {
  size_t at = message.rfind(" at ");
  if (at == std::string::npos) return message;
  size_t offset = 0;
  try {
    offset = std::stoul(message.substr(at + 4));
  } catch (...) {
    return message;
  }
  offset = std::min(offset, source.size());
  long line = 1 + std::count(source.begin(), source.begin() + static_cast<long>(offset), '\n');
  size_t line_start = source.rfind('\n', offset ? offset - 1 : 0);
  size_t column = offset - (line_start == std::string::npos ? 0 : line_start + 1) + 1;
  return message + " (line " + std::to_string(line) + ", column " + std::to_string(column) + ")";
}

}  // namespace

std::string EscapeMarkdown(std::string_view text) {
  std::string out;
  out.reserve(text.size());
  for (size_t i = 0; i < text.size(); ++i) {
    char c = text[i];
    // "http://" in text would become a bare autolink: "http\://" reads the same.
    if (c == ':' && text.substr(i, 3) == "://") {
      out += "\\:";
      continue;
    }
    switch (c) {
      case '\\': case '`': case '*': case '_': case '[': case ']': case '<': case '>': case '|': case '#':
      case '~':
        out += '\\';
        out += c;
        break;
      case '\r':
        break;
      case '\n':
      case '\t':
        out += ' ';
        break;
      default:
        out += c;
    }
  }
  return out;
}

namespace {

// The partials a template includes: "{{> name}}".
std::vector<std::string> IncludedPartials(std::string_view text) {
  std::vector<std::string> out;
  for (size_t p = text.find("{{>"); p != std::string_view::npos; p = text.find("{{>", p + 3)) {
    const size_t close = text.find("}}", p);
    if (close == std::string_view::npos) break;
    std::string_view name = text.substr(p + 3, close - p - 3);
    while (!name.empty() && name.front() == ' ') name.remove_prefix(1);
    while (!name.empty() && name.back() == ' ') name.remove_suffix(1);
    out.emplace_back(name);
  }
  return out;
}

// Throws when partials include each other in a cycle or deeper than any
// memo needs: the renderer would recurse until the stack runs out.
void CheckPartialNesting(const std::string& name, const std::map<std::string, std::string>& partials,
                         std::vector<std::string>& path) {
  if (std::find(path.begin(), path.end(), name) != path.end() || path.size() > 16) {
    std::string chain;
    for (const std::string& p : path) chain += p + " > ";
    throw std::runtime_error("template partials include each other without end: " + chain + name);
  }
  auto it = partials.find(name);
  if (it == partials.end()) return;
  path.push_back(name);
  for (const std::string& included : IncludedPartials(it->second)) CheckPartialNesting(included, partials, path);
  path.pop_back();
}

// Renders `dir`/summary.md.mustache with its partials over `d`.
std::string Render(data d, const std::string& dir) {
  const fs::path main = fs::path(dir) / "summary.md.mustache";
  if (!fs::exists(main)) throw std::runtime_error("template not found: " + main.string());

  // Partials: every other *.md.mustache beside the main template. A broken
  // partial is reported under its own file name before rendering.
  std::map<std::string, std::string> partials;
  for (const auto& entry : fs::directory_iterator(dir)) {
    std::string file = entry.path().filename().string();
    const std::string suffix = ".md.mustache";
    if (file == "summary.md.mustache" || file.size() <= suffix.size() ||
        file.compare(file.size() - suffix.size(), suffix.size(), suffix) != 0)
      continue;
    std::string text = ReadFile(entry.path());
    mustache check(text);
    if (!check.is_valid()) throw std::runtime_error("template " + entry.path().string() + ": " + Locate(check.error_message(), text));
    partials[file.substr(0, file.size() - suffix.size())] = std::move(text);
  }
  for (const auto& [name, text] : partials) {
    std::string copy = text;
    d.set(name, kainjow::mustache::partial([copy] { return copy; }));
  }

  std::string source = ReadFile(main);
  partials["summary"] = source;  // for the check only: the main template as the root
  std::vector<std::string> path;
  CheckPartialNesting("summary", partials, path);
  partials.erase("summary");
  mustache tmpl(source);
  if (!tmpl.is_valid()) throw std::runtime_error("template " + main.string() + ": " + Locate(tmpl.error_message(), source));
  tmpl.set_custom_escape([](const std::string& s) { return EscapeMarkdown(s); });
  std::string out = tmpl.render(d);
  if (!tmpl.is_valid()) throw std::runtime_error("template " + main.string() + ": " + tmpl.error_message());
  // One trailing newline, no runs of blank lines (markdownlint MD012/MD047).
  std::string tidy;
  int newlines = 0;
  for (char c : out) {
    if (c == '\n') {
      while (!tidy.empty() && tidy.back() == ' ') tidy.pop_back();
      if (++newlines > 2) continue;
    } else {
      newlines = 0;
    }
    tidy += c;
  }
  while (!tidy.empty() && (tidy.back() == '\n' || tidy.back() == ' ')) tidy.pop_back();
  tidy += '\n';
  return tidy;
}

}  // namespace

std::function<std::string()> PrepareMarkdown(const Report& report, const std::string& dir, const Labels& labels) {
  return [d = BuildData(report, labels), dir] { return Render(d, dir); };
}

std::string RenderMarkdown(const Report& report, const std::string& dir, const Labels& labels) {
  return PrepareMarkdown(report, dir, labels)();
}

}  // namespace coordreport
