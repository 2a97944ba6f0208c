// libFuzzer: records (one JSON object per line, as `report` reads them)
// through the aggregator and Finish: agency and program identity, the
// lifecycle, the attention list and both scopes must hold on any names,
// places, numbers, periods and dates, and never crash.
#include <stdexcept>
#include <string>
#include <string_view>

#include <nlohmann/json.hpp>

#include "aggregate/aggregate.h"
#include "aggregate/lifecycle.h"

namespace {

using namespace coordreport;

const DomainTables& Tables() {
  static const DomainTables tables = BuiltinTables();
  return tables;
}

}  // namespace

extern "C" int LLVMFuzzerTestOneInput(const uint8_t* data, size_t size) {
  const std::string_view input(reinterpret_cast<const char*>(data), size);
  // The input's length picks a scope (none, an agency, a province, both):
  // every byte stays the records', so JSONL lines seed it as they are.
  const size_t pick = size % 4;
  Aggregator aggregator;
  aggregator.IdentifyWith(Tables());
  std::vector<Record> records;
  for (size_t begin = 0; begin < input.size();) {
    size_t end = input.find('\n', begin);
    if (end == std::string_view::npos) end = input.size();
    const nlohmann::json object = nlohmann::json::parse(input.substr(begin, end - begin), nullptr, false);
    begin = end + 1;
    if (object.is_discarded()) continue;
    try {
      records.push_back(RecordFromJson(object));
    } catch (const std::invalid_argument&) {
    }
  }
  ReportScope scope;
  if ((pick & 1) && !records.empty() && !records.front().agencies.empty())
    scope.agencies.push_back(records.front().agencies.front().name);
  if (pick & 2) scope.province = "Hà Tĩnh";
  if (!scope.empty()) aggregator.Restrict(scope);
  for (const Record& r : records) aggregator.Add(r);
  Date first, last;
  aggregator.DateRange(&first, &last);
  const Period span = *ParsePeriod("2024", {2026, 12, 1});
  const Period q4 = *ParsePeriod("2024-Q4", {2026, 12, 1});
  Report report = aggregator.Finish(span, PreviousPeriod(span), {q4});
  for (const ProgramRow& p : report.programs)
    if (p.parties.size() < 2) __builtin_trap();
  for (const ProgramRow& p : report.attention)
    if (!NeedsAttention(p.status) || p.instrument.empty()) __builtin_trap();
  return 0;
}
