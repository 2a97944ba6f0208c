// Coordination programs, sentence by sentence. A sentence reports
// coordination when it names an instrument ("chương trình phối hợp", "thỏa
// thuận liên ngành", "ký kết quy chế"), or bodies that sign, review or act
// together without naming one ("ký kết hợp tác", "A phối hợp với B tổ
// chức …"). Its parties are the bodies "giữa A và B", else the list of
// bodies that does it ("A, B và C ký kết …") with whom it is done ("… với
// D"); "hai bên", "các đơn vị" and sentences that name none refer to the
// article's main parties. Each instrument gets the action reported (ký
// kết, sơ kết, tổng kết, …), its covered period, date and own number.
#pragma once

#include <string>
#include <vector>

#include "extract/agencies.h"
#include "extract/article_text.h"
#include "extract/dates.h"
#include "extract/lexicon.h"
#include "extract/periods.h"
#include "model/record.h"

namespace coordreport {

struct ProgramContext {
  const ArticleText& article;
  const Lexicon& lexicon;
  const std::vector<AgencySpan>& agencies;
  const std::vector<DocumentReference>& references;
  const std::vector<DateMention>& dates;
  const std::vector<PeriodMention>& periods;
  const std::vector<Span>& citations;  // document citations: their dates are not the program's
  std::string event_date;              // ISO, "" when unknown
};

struct ProgramFindings {
  std::vector<Program> programs;
  // The spans coordination instruments cover ("giai đoạn 2021-2025" after
  // an instrument, "năm 2024" of a reviewed one): an instrument's period
  // counts even where its parties are not named.
  std::vector<std::string> periods;
};

ProgramFindings FindPrograms(const ProgramContext& context);

}  // namespace coordreport
