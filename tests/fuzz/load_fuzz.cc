// libFuzzer: the record loader on arbitrary bytes, as JSONL, JSON and text.
#include <sstream>
#include <string>

#include "load/loader.h"

extern "C" int LLVMFuzzerTestOneInput(const uint8_t* data, size_t size) {
  const std::string input(reinterpret_cast<const char*>(data), size);
  for (const char* name : {"f.jsonl", "f.json", "f.txt", "f.html", "-"}) {
    std::istringstream in(input);
    coordreport::LoadStats stats;
    coordreport::LoadStream(in, name, [](coordreport::Record&&) {}, [](const coordreport::Diagnostic&) {}, stats);
  }
  return 0;
}
