// The event date: the day of the meeting or signing an article reports,
// and the year the text leaves out ("Chiều 8-1"), taken from the page's
// own stamp when it agrees with the day (GUIDELINES.md §10), else from
// the sentence, else inferred and flagged.
#pragma once

#include <string>
#include <vector>

#include "extract/article_text.h"
#include "extract/dates.h"
#include "extract/periods.h"

namespace coordreport {

struct EventDateInput {
  const ArticleText& article;
  const std::vector<DateMention>& dates;      // in the article's key
  const std::vector<Span>& citations;         // cited documents: their dates are theirs
  const std::vector<PeriodMention>& periods;  // in the article's key
  const std::string& stamps;                  // CleanText::stamps
  const std::string& published;               // ISO date or ""
};

// ISO date ("" when the article gives none); an inferred year is reported
// in `warnings`.
std::string PickEventDate(const EventDateInput& input, std::vector<std::string>& warnings);

}  // namespace coordreport
