// The report as an Excel workbook (libxlsxwriter): Summary with headline
// figures and charts, then one real Excel table per aspect (Programs,
// Agencies, Agency matrix as a heat map, Documents, By period, Sources,
// Warnings) with frozen headers, fitted widths, date cells and print setup.
// Text is always written as text, never as a formula.
#pragma once

#include <ctime>
#include <string>

#include "aggregate/aggregate.h"
#include "render/atomic_file.h"
#include "render/labels.h"

namespace coordreport {

struct WorkbookOptions {
  const Labels* labels = nullptr;
  std::string author = "coordreport";
  std::string company;
  // Written into the document properties and the zip entries; fixing it
  // makes the same input produce the same bytes.
  std::time_t created = 0;
};

struct WorkbookStats {
  int truncated_cells = 0;
  long rows_left_out = 0;  // beyond a sheet's 1,048,576 rows
};

// Writes `report` to `path` atomically. Throws std::runtime_error.
// REQUIRES: options.labels is set.
// Takes the report by value and frees each row once its cells are
// written: libxlsxwriter holds its own copy of every string until the file
// is closed, and two copies of a national report were the peak of a run.
// A caller done with its report moves it in.
WorkbookStats WriteWorkbook(Report report, const std::string& path, const WorkbookOptions& options);
// The same into `out`'s temporary file, read back and checked, not yet
// committed: the caller replaces the report when everything else it
// writes is ready too.
WorkbookStats WriteWorkbookTo(Report report, AtomicFile& out, const WorkbookOptions& options);


}  // namespace coordreport
