// libFuzzer: UTF-8 repair, ICU normalization, match keys and boilerplate.
#include <string>

#include "normalize/boilerplate.h"
#include "normalize/text.h"

extern "C" int LLVMFuzzerTestOneInput(const uint8_t* data, size_t size) {
  std::string text(reinterpret_cast<const char*>(data), size);
  coordreport::RepairUtf8(text);
  std::string normalized = coordreport::NormalizeText(text);
  if (normalized != coordreport::internal::NormalizeTextWithIcu(text)) __builtin_trap();  // fast path == ICU
  std::string key = coordreport::MatchKey(normalized);
  if (key.size() != normalized.size()) __builtin_trap();  // offsets must line up
  if (coordreport::NormalizeText(normalized) != normalized) __builtin_trap();  // idempotent
  coordreport::StripBoilerplate(normalized);
  return 0;
}
