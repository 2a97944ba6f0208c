// libFuzzer: the whole per-article extractor (documents, agencies, dates,
// periods, programs, counts) on arbitrary text.
#include <string>

#include "extract/extract.h"
#include "normalize/text.h"

extern "C" int LLVMFuzzerTestOneInput(const uint8_t* data, size_t size) {
  static const coordreport::DomainTables tables = coordreport::BuiltinTables();
  static coordreport::Extractor extractor(tables);
  coordreport::Record r;
  r.id = "fuzz";
  r.text.assign(reinterpret_cast<const char*>(data), size);
  coordreport::RepairUtf8(r.text);
  extractor.Extract(r);
  return 0;
}
