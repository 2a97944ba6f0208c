// Coordination programs: an instrument phrase ("chương trình phối hợp",
// "quy chế phối hợp", "thỏa thuận hợp tác", …) with its parties ("giữa A
// và/với B", agencies of the sentence, "hai bên" = the parties already
// named), the action reported (ký kết, sơ kết, tổng kết, đánh giá, triển
// khai), the covered period, the date and the instrument's own number.
#pragma once

#include <string>
#include <vector>

#include "extract/agencies.h"
#include "extract/article_text.h"
#include "extract/dates.h"
#include "extract/periods.h"
#include "extract/lexicon.h"
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
  std::string event_date;  // ISO, "" when unknown
};

std::vector<Program> FindPrograms(const ProgramContext& context);

}  // namespace coordreport
