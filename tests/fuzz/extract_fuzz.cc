// libFuzzer: the whole per-article extractor (documents, agencies, dates,
// periods, programs, counts) on arbitrary text; and the record's JSON
// line, which must be what nlohmann writes for it.
#include <cstdlib>
#include <string>

#include <nlohmann/json.hpp>

#include "extract/extract.h"
#include "model/record_json.h"
#include "normalize/text.h"

extern "C" int LLVMFuzzerTestOneInput(const uint8_t* data, size_t size) {
  static const coordreport::DomainTables tables = coordreport::BuiltinTables();
  static coordreport::Extractor extractor(tables);
  coordreport::Record r;
  r.id = "fuzz";
  r.text.assign(reinterpret_cast<const char*>(data), size);
  coordreport::RepairUtf8(r.text);
  extractor.Extract(r);
  std::string line;
  coordreport::AppendJson(r, line);
  if (line != coordreport::ToJson(r).dump(-1, ' ', false, nlohmann::json::error_handler_t::replace)) std::abort();
  return 0;
}
