// libFuzzer: date and period parsers (text dates, ISO dates, report periods).
#include <string>

#include "aggregate/period.h"
#include "extract/dates.h"
#include "extract/periods.h"
#include "normalize/text.h"

extern "C" int LLVMFuzzerTestOneInput(const uint8_t* data, size_t size) {
  std::string text(reinterpret_cast<const char*>(data), size);
  coordreport::RepairUtf8(text);
  std::string key = coordreport::MatchKey(coordreport::NormalizeText(text));
  for (const auto& d : coordreport::FindDates(key))
    if (d.has_year && !coordreport::IsValidDate(d.date.year, d.date.month, d.date.day)) __builtin_trap();
  coordreport::FindPeriods(key);
  if (auto d = coordreport::ParseIsoDate(text)) {
    if (coordreport::ToIso(*d) != text) __builtin_trap();
  }
  if (auto p = coordreport::ParsePeriod(text, {2025, 1, 15})) {
    coordreport::PreviousPeriod(*p);
    if (p->last < p->first) __builtin_trap();
  }
  return 0;
}
