// libFuzzer: the flat-object fast path must build exactly nlohmann's tree
// whenever it accepts a line (and nlohmann must accept that line).
#include <string_view>

#include <nlohmann/json.hpp>

#include "load/json_line.h"

extern "C" int LLVMFuzzerTestOneInput(const uint8_t* data, size_t size) {
  const std::string_view line(reinterpret_cast<const char*>(data), size);
  nlohmann::json fast;
  if (!coordreport::ParseFlatJsonObject(line, &fast)) return 0;
  nlohmann::json reference = nlohmann::json::parse(line, nullptr, /*allow_exceptions=*/false);
  if (reference.is_discarded() || reference != fast) __builtin_trap();
  return 0;
}
