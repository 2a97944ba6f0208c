// libFuzzer: the document-number parser on its own (the canonical-id entry
// point exercises every grammar branch).
#include <string>

#include "extract/documents.h"
#include "normalize/text.h"

extern "C" int LLVMFuzzerTestOneInput(const uint8_t* data, size_t size) {
  std::string text(reinterpret_cast<const char*>(data), size);
  coordreport::RepairUtf8(text);
  std::string id = coordreport::CanonicalDocumentId(text);
  if (!id.empty() && coordreport::CanonicalDocumentId(id) != id) __builtin_trap();  // canonical is a fixpoint
  return 0;
}
