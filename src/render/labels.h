// Every word the outputs show a reader, per language. Sheet names stay
// within Excel's 31 characters and avoid []:*?/\ (checked by tests).
#pragma once

#include <string>
#include <vector>

#include "aggregate/aggregate.h"

namespace coordreport {

struct Labels {
  std::string language;  // "vi" or "en"
  // Sheet names.
  std::string summary, attention, programs, agencies, matrix, documents, by_period, sources, warnings;
  // Summary sheet.
  std::string report_title, period, previous_period, generated, figure, this_period, change, change_pct;
  std::string articles, programs_active, programs_signed, documents_cited, agencies_active, pairs;
  std::string chart_activity, chart_documents;
  // Column headers.
  std::vector<std::string> attention_columns, program_columns, agency_columns, document_columns, period_columns, source_columns,
      warning_columns;
  // A program's status, by ProgramStatus, and what the attention list
  // says when nothing needs attention.
  std::vector<std::string> status_names;
  std::string nothing_to_attend;
  std::string matrix_corner;
  std::string matrix_omitted;  // "{n}": parties left out of the matrix
  std::string none;       // placeholder row of an empty table
  std::string no_instrument;  // a program reported without a named instrument
  std::string truncated;  // marker appended to a cut cell
  std::string date_format, month_format;

  // An ISO date as this language writes it in text: "19/11/2024" or
  // "2024-11-19"; "11/2024" for a month.
  std::string Date(const std::string& iso) const;
  // "ký kết (19/11/2024); sơ kết (07/03/2024)", with each action's source
  // id after its date when `with_sources` ("ký kết (19/11/2024, a12)").
  // REQUIRES: every action's name indexes `names`.
  std::string Actions(const std::vector<ProgramAction>& actions, const std::vector<std::string>& names,
                      bool with_sources = false) const;
  const std::string& Status(ProgramStatus status) const { return status_names[static_cast<size_t>(status)]; }
};

// "vi" (default) or "en"; nullptr for any other language.
const Labels* LabelsFor(const std::string& language);

}  // namespace coordreport
