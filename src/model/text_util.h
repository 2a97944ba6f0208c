// Small string helpers several stages need: joining, cutting UTF-8 on a
// character boundary, and the FNV-1a hash used for fingerprints and
// duplicate detection.
#pragma once

#include <cstdint>
#include <string>
#include <string_view>
#include <vector>

namespace coordreport {

inline std::string Join(const std::vector<std::string>& parts, std::string_view sep) {
  std::string out;
  for (const std::string& p : parts) {
    if (!out.empty()) out += sep;
    out += p;
  }
  return out;
}

// Cuts `text` to at most `max_bytes`, never inside a UTF-8 character.
inline void CutUtf8(std::string& text, size_t max_bytes) {
  if (text.size() <= max_bytes) return;
  size_t cut = max_bytes;
  while (cut > 0 && (static_cast<unsigned char>(text[cut]) & 0xC0) == 0x80) --cut;
  text.resize(cut);
}

inline constexpr uint64_t kFnvOffset = 1469598103934665603ull;

inline uint64_t Fnv1a(std::string_view data, uint64_t seed = kFnvOffset) {
  uint64_t h = seed;
  for (unsigned char c : data) h = (h ^ c) * 1099511628211ull;
  return h;
}

}  // namespace coordreport
