// libFuzzer: memo templates. The input is a main template and a partial
// (split at the first NUL byte), rendered over a small report: a template
// may be broken (an exception), never a crash or an endless recursion.
#include <unistd.h>

#include <filesystem>
#include <fstream>
#include <stdexcept>
#include <string>

#include "aggregate/aggregate.h"
#include "render/labels.h"
#include "render/markdown.h"

namespace fs = std::filesystem;

extern "C" int LLVMFuzzerTestOneInput(const uint8_t* data, size_t size) {
  static const fs::path dir = fs::temp_directory_path() / ("coordreport-template-fuzz-" + std::to_string(getpid()));
  static const bool made = fs::create_directories(dir) || true;
  (void)made;
  const std::string input(reinterpret_cast<const char*>(data), size);
  const size_t nul = input.find('\0');
  std::ofstream(dir / "summary.md.mustache", std::ios::trunc) << input.substr(0, nul);
  std::ofstream(dir / "part.md.mustache", std::ios::trunc) << (nul == std::string::npos ? "" : input.substr(nul + 1));
  coordreport::Report report;
  report.programs.resize(2);
  report.programs[0].parties = {"Ban Dân vận Tỉnh ủy", "Hội Nông dân tỉnh"};
  try {
    coordreport::RenderMarkdown(report, dir.string(), *coordreport::LabelsFor("vi"));
  } catch (const std::runtime_error&) {
  }
  return 0;
}
