#include "render/workbook.h"

#include <xlsxwriter.h>

#include <algorithm>
#include <filesystem>
#include <map>
#include <memory>
#include <optional>
#include <set>
#include <stdexcept>
#include <vector>

#include "model/date.h"
#include "model/text_util.h"
#include "normalize/text.h"
#include "render/atomic_file.h"
#include "render/xlsx_check.h"
#include "render/xlsx_text.h"

namespace coordreport {
namespace {

size_t CodePoints(std::string_view s) {
  size_t n = 0;
  for (unsigned char c : s) n += (c & 0xC0) != 0x80;
  return n;
}

// External links of the Attention sheet (the Sources sheet keeps as many
// rows, each with one).
constexpr lxw_row_t kMaxAttentionLinks = 10000;

// The last row a sheet has (Excel's 1,048,576 rows, counted from 0).
constexpr lxw_row_t kLastRow = 1048575;

void Check(lxw_error e, const char* what) {
  if (e != LXW_NO_ERROR) throw std::runtime_error(std::string(what) + ": " + lxw_strerror(e));
}

// Owns the lxw_workbook until Close() hands it to workbook_close().
class WorkbookHandle {
 public:
  // Temporary files go to `tmpdir` (the output's folder: its filesystem is
  // the one the report needs room on, not /tmp).
  WorkbookHandle(const std::string& path, std::string tmpdir) : tmpdir_(std::move(tmpdir)) {
    lxw_workbook_options options = {};
    options.tmpdir = tmpdir_.data();
    wb_ = workbook_new_opt(path.c_str(), &options);
    if (!wb_) throw std::runtime_error("cannot create workbook " + path);
  }
  ~WorkbookHandle() {
    if (wb_) lxw_workbook_free(wb_);
  }
  WorkbookHandle(const WorkbookHandle&) = delete;
  WorkbookHandle& operator=(const WorkbookHandle&) = delete;
  lxw_workbook* get() { return wb_; }
  void Close() {
    lxw_error e = workbook_close(wb_);  // frees the workbook, success or not
    wb_ = nullptr;
    Check(e, "cannot write workbook");
  }

 private:
  std::string tmpdir_;
  lxw_workbook* wb_ = nullptr;
};

struct Formats {
  lxw_format* top;  // plain text, top-aligned so rows with wrapped neighbours read well
  lxw_format* title;
  lxw_format* bold;
  lxw_format* wrap;
  lxw_format* date;
  lxw_format* month;
  lxw_format* integer;
  lxw_format* percent;
  lxw_format* link;
  lxw_format* vertical;  // rotated header of the matrix
  std::vector<lxw_format*> status;  // by ProgramStatus: a fill a reader tells apart at a glance
};

Formats MakeFormats(lxw_workbook* wb, const Labels& l) {
  Formats f;
  f.top = workbook_add_format(wb);
  format_set_align(f.top, LXW_ALIGN_VERTICAL_TOP);
  f.title = workbook_add_format(wb);
  format_set_bold(f.title);
  format_set_font_size(f.title, 16);
  f.bold = workbook_add_format(wb);
  format_set_bold(f.bold);
  f.wrap = workbook_add_format(wb);
  format_set_text_wrap(f.wrap);
  format_set_align(f.wrap, LXW_ALIGN_VERTICAL_TOP);
  f.date = workbook_add_format(wb);
  format_set_num_format(f.date, l.date_format.c_str());
  format_set_align(f.date, LXW_ALIGN_VERTICAL_TOP);
  f.month = workbook_add_format(wb);
  format_set_num_format(f.month, l.month_format.c_str());
  format_set_align(f.month, LXW_ALIGN_VERTICAL_TOP);
  f.integer = workbook_add_format(wb);
  format_set_num_format(f.integer, "#,##0");
  format_set_align(f.integer, LXW_ALIGN_VERTICAL_TOP);
  f.percent = workbook_add_format(wb);
  format_set_num_format(f.percent, "0.0%");
  f.link = workbook_add_format(wb);
  format_set_underline(f.link, LXW_UNDERLINE_SINGLE);
  format_set_font_color(f.link, LXW_COLOR_BLUE);
  format_set_align(f.link, LXW_ALIGN_VERTICAL_TOP);
  f.vertical = workbook_add_format(wb);
  format_set_rotation(f.vertical, 90);
  format_set_bold(f.vertical);
  format_set_text_wrap(f.vertical);
  // Reviewed, ended, ending, silent, new, active.
  for (lxw_color_t fill : {0xDDEBF7u, 0xF8CBADu, 0xFFE699u, 0xD9D9D9u, 0xC6EFCEu, 0xFFFFFFu}) {
    lxw_format* status = workbook_add_format(wb);
    format_set_bg_color(status, fill);
    format_set_align(status, LXW_ALIGN_VERTICAL_TOP);
    f.status.push_back(status);
  }
  return f;
}

// A real Excel table (filters, banded rows) over rows [first_row, last_row]
// with `headers` in first_row. libxlsxwriter copies the header strings.
void AddTable(lxw_worksheet* ws, lxw_row_t first_row, lxw_row_t last_row, const std::vector<std::string>& raw_headers,
              uint8_t style, lxw_format* header_format = nullptr) {
  // Headers are one line of at most 255 units, and distinct (Excel
  // repairs a table whose headers repeat, case aside).
  std::vector<std::string> headers;
  std::set<std::string> taken;
  for (const std::string& raw : raw_headers) {
    std::string h = XlsxText(raw, {kMaxHeaderUnits - 8, "…", true});
    const std::string base = h;
    for (int k = 2; !taken.insert(MatchKey(h)).second; ++k) h = base + " (" + std::to_string(k) + ")";
    headers.push_back(std::move(h));
  }
  std::vector<lxw_table_column> columns(headers.size());
  std::vector<lxw_table_column*> pointers;
  for (size_t i = 0; i < headers.size(); ++i) {
    columns[i].header = const_cast<char*>(headers[i].c_str());
    if (i > 0) columns[i].header_format = header_format;
    pointers.push_back(&columns[i]);
  }
  pointers.push_back(nullptr);
  lxw_table_options options = {};
  options.style_type = LXW_TABLE_STYLE_TYPE_MEDIUM;
  options.style_type_number = style;
  options.columns = pointers.data();
  Check(worksheet_add_table(ws, first_row, 0, last_row, static_cast<lxw_col_t>(headers.size() - 1), &options),
        "cannot add table");
}

// Writes cells and remembers column widths for one sheet.
class Sheet {
 public:
  Sheet(lxw_workbook* wb, const std::string& name, const Formats& f, const Labels& l, WorkbookStats& stats)
      : f_(f), l_(l), stats_(stats) {
    ws_ = workbook_add_worksheet(wb, name.c_str());
    if (!ws_) throw std::runtime_error("cannot add worksheet " + name);
    worksheet_set_landscape(ws_);
    worksheet_set_paper(ws_, 9);  // A4
    worksheet_fit_to_pages(ws_, 1, 0);
    worksheet_set_footer(ws_, "&L&A&R&P / &N");
  }

  lxw_worksheet* ws() { return ws_; }

  // Which columns wrap long text. A cell does not inherit its column's
  // format, so every cell of a wrapped column is written with it.
  void Wrap(std::vector<bool> wrapped) { wrapped_ = std::move(wrapped); }

  // Rows past the sheet's last are left out, and counted: a report of a
  // million warnings keeps its first million.
  bool Beyond(lxw_row_t row) {
    if (row <= kLastRow) return false;
    stats_.rows_left_out = std::max<long>(stats_.rows_left_out, static_cast<long>(row - kLastRow));
    return true;
  }

  void Text(lxw_row_t row, lxw_col_t col, std::string_view raw, lxw_format* format = nullptr) {
    if (Beyond(row)) return;
    bool cut = false;
    const std::string text = XlsxText(raw, {kMaxCellUnits, l_.truncated}, &cut);
    if (cut) ++stats_.truncated_cells;
    if (!format) format = col < wrapped_.size() && wrapped_[col] ? f_.wrap : f_.top;
    // worksheet_write_string stores a string cell: "=1+2" stays text.
    Check(worksheet_write_string(ws_, row, col, text.c_str(), format), "cannot write cell");
    Measure(col, text);
    if (format == f_.wrap) {
      // Keep only what the row height needs: the length of each line.
      std::vector<uint32_t> lines;
      size_t start = 0;
      while (start <= text.size()) {
        size_t end = text.find('\n', start);
        if (end == std::string::npos) end = text.size();
        lines.push_back(static_cast<uint32_t>(CodePoints(std::string_view(text).substr(start, end - start))));
        start = end + 1;
      }
      wrapped_cells_.push_back({row, col, std::move(lines)});
    }
  }

  void Number(lxw_row_t row, lxw_col_t col, double value, lxw_format* format = nullptr) {
    if (Beyond(row)) return;
    Check(worksheet_write_number(ws_, row, col, value, format ? format : f_.integer), "cannot write number");
    Measure(col, "0000000");
  }

  // An ISO date as a date cell; a month-only date gets a month format.
  // Anything else (a curated record's "2024-13-45") is shown as written.
  void Date(lxw_row_t row, lxw_col_t col, const std::string& iso) {
    if (iso.empty() || Beyond(row)) return;
    const std::optional<coordreport::Date> d = ParseIsoDate(iso);
    if (!d) {
      Text(row, col, iso);
      return;
    }
    lxw_datetime dt = {};
    dt.year = d->year;
    dt.month = d->month;
    dt.day = d->day > 0 ? d->day : 1;
    Check(worksheet_write_datetime(ws_, row, col, &dt, d->day > 0 ? f_.date : f_.month), "cannot write date");
    Measure(col, "00/00/0000");
  }

  void Link(lxw_row_t row, lxw_col_t col, const std::string& raw_url, const std::string& raw_text) {
    if (Beyond(row)) return;
    // Excel refuses URLs over 2,079 characters and more than 65,530 links
    // in a sheet; such a link stays text.
    bool long_url = false;
    const std::string url = XlsxText(raw_url, {kMaxUrlUnits, "", true}, &long_url);
    const std::string text = XlsxText(raw_text, {kMaxCellUnits, l_.truncated, true});
    if (long_url || ++links_ > 65000 ||
        worksheet_write_url_opt(ws_, row, col, url.c_str(), f_.link, text.c_str(), nullptr) != LXW_NO_ERROR) {
      Text(row, col, raw_text);
      return;
    }
    Measure(col, text);
  }

  // Makes rows [0, last_row] a real Excel table with these headers, freezes
  // the header, fits the columns, repeats the header on printed pages.
  void Table(lxw_row_t last_row, const std::vector<std::string>& headers) {
    if (last_row == 0) {  // Excel tables need a data row
      Text(1, 0, l_.none);
      last_row = 1;
    }
    for (size_t i = 0; i < headers.size(); ++i) Measure(static_cast<lxw_col_t>(i), headers[i] + "  ");
    AddTable(ws_, 0, std::min(last_row, kLastRow), headers, 2);
    worksheet_freeze_panes(ws_, 1, 0);
    worksheet_repeat_rows(ws_, 0, 0);
    FitColumns();
  }

  void FitColumns() {
    std::map<lxw_col_t, double> fitted;
    for (auto [col, width] : widths_) {
      bool wrap = col < wrapped_.size() && wrapped_[col];
      double w = std::max(std::min(width + 2.0, wrap ? 60.0 : 40.0), 8.0);
      fitted[col] = w;
      worksheet_set_column(ws_, col, col, w, wrap ? f_.wrap : nullptr);
    }
    // Spreadsheet programs do not all re-measure rows on opening, so rows
    // with wrapped text get a height from their estimated line count.
    std::map<lxw_row_t, size_t> lines;
    for (const WrappedCell& c : wrapped_cells_) {
      size_t per_line = static_cast<size_t>(std::max(fitted[c.col] - 1.0, 1.0)), n = 0;
      for (uint32_t chars : c.line_chars) n += std::max<size_t>(1, (chars + per_line - 1) / per_line);
      lines[c.row] = std::max(lines[c.row], n);
    }
    for (auto [row, n] : lines)
      if (n > 1) worksheet_set_row(ws_, row, std::min(15.0 * static_cast<double>(n), 409.0), nullptr);
  }

 private:
  void Measure(lxw_col_t col, std::string_view text) {
    // Display width ~ characters: NFC Vietnamese is one code point per letter.
    double& w = widths_[col];
    w = std::max(w, static_cast<double>(std::min<size_t>(CodePoints(text), 120)));
  }

  lxw_worksheet* ws_;
  const Formats& f_;
  const Labels& l_;
  WorkbookStats& stats_;
  struct WrappedCell {
    lxw_row_t row;
    lxw_col_t col;
    std::vector<uint32_t> line_chars;  // characters of each line of the cell
  };
  std::map<lxw_col_t, double> widths_;
  long links_ = 0;
  std::vector<bool> wrapped_;
  std::vector<WrappedCell> wrapped_cells_;
};

std::string InternalLink(const std::string& sheet, lxw_row_t row) {
  return "internal:'" + sheet + "'!A" + std::to_string(row + 1);
}

// An axis of counts: whole numbers only. Small counts get a tick per unit
// (Excel would otherwise show 0.5 steps); larger ones keep Excel's own
// spacing, since a tick per unit would draw thousands of gridlines.
void CountAxis(lxw_chart_axis* axis, int largest) {
  chart_axis_set_num_format(axis, "0");
  if (largest <= 10) chart_axis_set_major_unit(axis, 1);
}

// Frees what a written row holds; its numbers stay. (Assigning an empty
// row would keep the strings' buffers.)
template <typename Row>
void Free(Row& row) {
  Row gone = std::move(row);
}

bool IsWebUrl(const std::string& url) { return url.rfind("http://", 0) == 0 || url.rfind("https://", 0) == 0; }

void WritePeriods(Sheet& s, const Report& r, const Labels& l, const Formats& f) {
  lxw_row_t row = 1;
  const PeriodFigures* prev = nullptr;
  for (const PeriodFigures& p : r.series) {
    s.Text(row, 0, p.period.label);
    s.Date(row, 1, ToIso(p.period.first));
    s.Date(row, 2, ToIso(p.period.last));
    s.Number(row, 3, p.articles);
    s.Number(row, 4, p.programs_active);
    s.Number(row, 5, p.programs_signed);
    s.Number(row, 6, p.documents);
    s.Number(row, 7, p.agencies);
    s.Number(row, 8, p.pairs);
    if (prev && prev->articles > 0) s.Number(row, 9, double(p.articles - prev->articles) / prev->articles, f.percent);
    prev = &p;
    ++row;
  }
  s.Table(row - 1, l.period_columns);
}

}  // namespace

WorkbookStats WriteWorkbook(Report r, const std::string& path, const WorkbookOptions& o) {
  AtomicFile out(path);
  WorkbookStats stats = WriteWorkbookTo(std::move(r), out, o);
  out.Commit();
  return stats;
}

WorkbookStats WriteWorkbookTo(Report r, AtomicFile& out, const WorkbookOptions& o) {
  const Labels& l = *o.labels;
  WorkbookStats stats;
  WorkbookHandle wb(out.temp_path(), std::filesystem::absolute(out.temp_path()).parent_path().string());

  lxw_doc_properties props = {};
  const XlsxTextOptions property = {kMaxHeaderUnits, "…", true};
  const std::string title = XlsxText(l.report_title + " — " + r.span.label, property);
  const std::string subject = XlsxText(l.report_title, property);
  const std::string author = XlsxText(o.author, property);
  const std::string company = XlsxText(o.company, property);
  props.title = const_cast<char*>(title.c_str());
  props.subject = const_cast<char*>(subject.c_str());
  props.author = const_cast<char*>(author.c_str());
  props.company = const_cast<char*>(company.c_str());
  props.created = o.created;
  Check(workbook_set_properties(wb.get(), &props), "cannot set document properties");

  Formats f = MakeFormats(wb.get(), l);
  Sheet summary(wb.get(), l.summary, f, l, stats);
  Sheet attention(wb.get(), l.attention, f, l, stats);
  Sheet programs(wb.get(), l.programs, f, l, stats);
  Sheet agencies(wb.get(), l.agencies, f, l, stats);
  Sheet matrix(wb.get(), l.matrix, f, l, stats);
  Sheet documents(wb.get(), l.documents, f, l, stats);
  Sheet periods(wb.get(), l.by_period, f, l, stats);
  Sheet sources(wb.get(), l.sources, f, l, stats);
  Sheet warnings(wb.get(), l.warnings, f, l, stats);
  sources.Wrap({false, true, false, false, true, true, false});
  attention.Wrap({false, false, true, false, false, false, false, false});
  programs.Wrap({false, true, false, false, false, false, false, false, false, true, false, false, true});
  agencies.Wrap({true, false, false, false, true, true, false});
  documents.Wrap({false, false, false, false, true, false, false, false, false, false, false, true});
  warnings.Wrap({false, true});

  // Sources first: other sheets link to their rows.
  std::map<std::string, lxw_row_t> source_row;
  lxw_row_t row = 1;
  for (SourceRow& s : r.sources) {
    source_row[s.id] = row;
    sources.Date(row, 0, s.date);
    sources.Text(row, 1, s.title);
    sources.Text(row, 2, s.site);
    if (IsWebUrl(s.url)) sources.Link(row, 3, s.url, s.url);
    else sources.Text(row, 3, s.url);
    sources.Text(row, 4, Join(s.agencies, "; "));
    sources.Text(row, 5, Join(s.evidence, "\n"));
    sources.Text(row, 6, s.id);
    Free(s);
    ++row;
  }
  sources.Table(row - 1, l.source_columns);

  auto link_source = [&](Sheet& sheet, lxw_row_t at, lxw_col_t col, const std::vector<std::string>& ids) {
    if (ids.empty()) return;
    auto it = source_row.find(ids.front());
    if (it != source_row.end()) sheet.Link(at, col, InternalLink(l.sources, it->second), ids.front());
    else sheet.Text(at, col, ids.front());
  };

  // What needs the director: the attention list, linked to its sources.
  row = 1;
  for (ProgramRow& p : r.attention) {
    attention.Text(row, 0, l.Status(p.status), f.status[static_cast<size_t>(p.status)]);
    attention.Text(row, 1, p.instrument.empty() ? l.no_instrument : p.instrument);
    attention.Text(row, 2, Join(p.parties, "; "));
    attention.Text(row, 3, Join(p.periods, ", "));
    attention.Date(row, 4, p.period_end);
    attention.Text(row, 5, p.last_action);
    attention.Date(row, 6, p.last_activity);
    // libxlsxwriter holds ~2 KB per external link until the file is
    // written; past the Sources sheet's number of them, a national list
    // links to its Sources row, or names its article.
    if (IsWebUrl(p.last_url) && row <= kMaxAttentionLinks) attention.Link(row, 7, p.last_url, p.last_source);
    else link_source(attention, row, 7, {p.last_source});
    Free(p);
    ++row;
  }
  if (row == 1) attention.Text(1, 0, l.nothing_to_attend);
  attention.Table(std::max<lxw_row_t>(row - 1, 1), l.attention_columns);

  row = 1;
  for (ProgramRow& p : r.programs) {
    programs.Text(row, 0, p.instrument.empty() ? l.no_instrument : p.instrument);
    programs.Text(row, 1, Join(p.parties, "; "));
    programs.Text(row, 2, p.reference);
    programs.Date(row, 3, p.signed_on);
    programs.Text(row, 4, Join(p.periods, ", "));
    programs.Date(row, 5, p.period_start);
    programs.Date(row, 6, p.period_end);
    programs.Text(row, 7, l.Status(p.status), f.status[static_cast<size_t>(p.status)]);
    programs.Date(row, 8, p.last_activity);
    programs.Text(row, 9, l.Actions(p.actions, r.action_names, true));
    programs.Number(row, 10, p.articles);
    link_source(programs, row, 11, p.sources);
    programs.Text(row, 12, p.evidence);
    Free(p);
    ++row;
  }
  programs.Table(row - 1, l.program_columns);

  row = 1;
  for (AgencyRow& a : r.agencies) {
    agencies.Text(row, 0, a.name);
    agencies.Number(row, 1, a.articles);
    agencies.Number(row, 2, a.mentions);
    agencies.Number(row, 3, a.programs);
    agencies.Text(row, 4, Join(a.partners, "; "));
    agencies.Text(row, 5, Join(a.other_names, "; "));
    agencies.Text(row, 6, a.province);
    Free(a);
    ++row;
  }
  agencies.Table(row - 1, l.agency_columns);

  // The matrix: names down the side, rotated names across the top, narrow
  // cells; zero cells stay empty so the heat map shows only real pairs.
  std::vector<std::string> matrix_headers = {l.matrix_corner};
  for (const std::string& n : r.matrix_names) matrix_headers.push_back(n);
  const lxw_row_t n = static_cast<lxw_row_t>(r.matrix_names.size());
  for (size_t i = 0; i < r.matrix_names.size(); ++i) {
    matrix.Text(static_cast<lxw_row_t>(i + 1), 0, r.matrix_names[i]);
    for (size_t j = 0; j < r.matrix_names.size(); ++j)
      if (r.matrix[i][j] > 0) matrix.Number(static_cast<lxw_row_t>(i + 1), static_cast<lxw_col_t>(j + 1), r.matrix[i][j]);
  }
  if (n == 0) matrix.Text(1, 0, l.none);
  AddTable(matrix.ws(), 0, std::max<lxw_row_t>(n, 1), matrix_headers, 2, f.vertical);
  if (r.matrix_omitted > 0) {
    std::string note = l.matrix_omitted;
    note.replace(note.find("{n}"), 3, std::to_string(r.matrix_omitted));
    matrix.Text(std::max<lxw_row_t>(n, 1) + 2, 0, note);
  }
  worksheet_freeze_panes(matrix.ws(), 1, 1);
  worksheet_repeat_rows(matrix.ws(), 0, 0);
  worksheet_set_column(matrix.ws(), 0, 0, 45, f.top);
  if (n > 0) worksheet_set_column(matrix.ws(), 1, static_cast<lxw_col_t>(n), 5, nullptr);
  worksheet_set_row(matrix.ws(), 0, 190, nullptr);
  if (n > 0) {
    lxw_conditional_format heat = {};
    heat.type = LXW_CONDITIONAL_3_COLOR_SCALE;
    heat.min_color = 0xFFFFFF;
    heat.mid_color = 0xFFEB84;
    heat.max_color = 0xF8696B;
    Check(worksheet_conditional_format_range(matrix.ws(), 1, 1, n, static_cast<lxw_col_t>(n), &heat),
          "cannot add heat map");
  }

  row = 1;
  for (DocumentRow& d : r.documents) {
    documents.Text(row, 0, d.id);
    documents.Text(row, 1, d.type);
    documents.Text(row, 2, d.issuer);
    documents.Date(row, 3, d.issued);
    documents.Text(row, 4, d.issuing_body);
    documents.Number(row, 5, d.articles);
    documents.Number(row, 6, d.mentions);
    documents.Date(row, 7, d.first_cited);
    documents.Date(row, 8, d.last_cited);
    documents.Number(row, 9, d.programs);
    link_source(documents, row, 10, d.sources);
    documents.Text(row, 11, d.evidence);
    Free(d);
    ++row;
  }
  const lxw_row_t document_rows = row - 1;
  documents.Table(document_rows, l.document_columns);

  WritePeriods(periods, r, l, f);

  row = 1;
  for (const WarningRow& w : r.warnings) {
    warnings.Text(row, 0, w.origin);
    warnings.Text(row, 1, w.message);
    ++row;
  }
  // The workbook's own notes: what it left out or cut.
  auto workbook_note = [&](const std::string& message) {
    warnings.Text(row, 0, "workbook");
    warnings.Text(row, 1, "warning: " + message);
    ++row;
  };
  if (std::string note = SourcesLeftOutNote(r); !note.empty()) workbook_note(note);
  if (r.warnings_left_out > 0)
    workbook_note(std::to_string(r.warnings_left_out) + " more warnings are not listed here; the run's log has them all");
  if (stats.truncated_cells > 0)  // every sheet above is written by now
    workbook_note(std::to_string(stats.truncated_cells) +
                  " cells were longer than Excel's 32,767 characters and were cut (marked \"" + l.truncated + "\")");
  warnings.Table(row - 1, l.warning_columns);

  // Summary: headline figures against the previous period, then charts.
  summary.Text(0, 0, l.report_title, f.title);
  summary.Text(1, 0, l.period, f.bold);
  summary.Text(1, 1, r.span.label + " (" + l.Date(ToIso(r.span.first)) + " – " + l.Date(ToIso(r.span.last)) + ")");
  summary.Text(2, 0, l.previous_period, f.bold);
  summary.Text(2, 1, r.previous.period.label);
  summary.Text(3, 0, l.generated, f.bold);
  summary.Text(3, 1, std::string("coordreport ") + COORDREPORT_VERSION);
  // What needs the director, one click from the first sheet.
  summary.Text(4, 0, l.attention, f.bold);
  summary.Number(4, 1, static_cast<double>(r.attention.size()));
  summary.Link(4, 2, InternalLink(l.attention, 0), l.attention);
  struct Figure {
    const std::string* name;
    int now, before;
  };
  const Figure figures[] = {{&l.articles, r.current.articles, r.previous.articles},
                            {&l.programs_active, r.current.programs_active, r.previous.programs_active},
                            {&l.programs_signed, r.current.programs_signed, r.previous.programs_signed},
                            {&l.documents_cited, r.current.documents, r.previous.documents},
                            {&l.agencies_active, r.current.agencies, r.previous.agencies},
                            {&l.pairs, r.current.pairs, r.previous.pairs}};
  const lxw_row_t top = 5;
  summary.Text(top, 0, l.figure);
  row = top + 1;
  for (const Figure& fig : figures) {
    summary.Text(row, 0, *fig.name);
    summary.Number(row, 1, fig.now);
    summary.Number(row, 2, fig.before);
    summary.Number(row, 3, fig.now - fig.before);
    if (fig.before > 0) summary.Number(row, 4, double(fig.now - fig.before) / fig.before, f.percent);
    ++row;
  }
  AddTable(summary.ws(), top, row - 1, {l.figure, l.this_period, l.previous_period, l.change, l.change_pct}, 9);
  summary.FitColumns();
  worksheet_set_column(summary.ws(), 0, 0, 34, nullptr);
  worksheet_set_column(summary.ws(), 1, 4, 16, nullptr);

  lxw_chart* activity = workbook_add_chart(wb.get(), LXW_CHART_COLUMN);
  chart_title_set_name(activity, l.chart_activity.c_str());
  const lxw_row_t last_period = static_cast<lxw_row_t>(std::max<size_t>(r.series.size(), 1));
  for (lxw_col_t col : {lxw_col_t{3}, lxw_col_t{4}}) {
    lxw_chart_series* s = chart_add_series(activity, nullptr, nullptr);
    chart_series_set_categories(s, l.by_period.c_str(), 1, 0, last_period, 0);
    chart_series_set_values(s, l.by_period.c_str(), 1, col, last_period, col);
    chart_series_set_name_range(s, l.by_period.c_str(), 0, col);
  }
  chart_legend_set_position(activity, LXW_CHART_LEGEND_BOTTOM);
  int most_active = 0;
  for (const PeriodFigures& p : r.series) most_active = std::max({most_active, p.articles, p.programs_active});
  CountAxis(chart_axis_get(activity, LXW_CHART_AXIS_TYPE_Y), most_active);
  lxw_chart_options place = {};
  place.x_scale = 1.3;
  place.y_scale = 1.1;
  Check(worksheet_insert_chart_opt(summary.ws(), top + 9, 0, activity, &place), "cannot insert chart");

  lxw_chart* cited = workbook_add_chart(wb.get(), LXW_CHART_BAR);
  chart_title_set_name(cited, l.chart_documents.c_str());
  const lxw_row_t top_docs = std::clamp<lxw_row_t>(document_rows, 1, 10);
  lxw_chart_series* s = chart_add_series(cited, nullptr, nullptr);
  chart_series_set_categories(s, l.documents.c_str(), 1, 0, top_docs, 0);
  chart_series_set_values(s, l.documents.c_str(), 1, 5, top_docs, 5);
  chart_series_set_name_range(s, l.documents.c_str(), 0, 5);
  chart_legend_set_position(cited, LXW_CHART_LEGEND_NONE);
  chart_axis_set_reverse(chart_axis_get(cited, LXW_CHART_AXIS_TYPE_Y));
  CountAxis(chart_axis_get(cited, LXW_CHART_AXIS_TYPE_X), r.documents.empty() ? 0 : r.documents.front().articles);  // kept by Free
  Check(worksheet_insert_chart_opt(summary.ws(), top + 9, 6, cited, &place), "cannot insert chart");
  worksheet_activate(summary.ws());

  wb.Close();
  CheckWrittenWorkbook(out.temp_path());  // before it replaces the last good report
  return stats;
}

}  // namespace coordreport
