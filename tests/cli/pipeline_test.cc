#include "cli/pipeline.h"

#include <gtest/gtest.h>

#include <filesystem>
#include <fstream>

namespace coordreport {
namespace {

namespace fs = std::filesystem;

TEST(PipelineTest, KeepsInputOrderAcrossBatchesAndThreads) {
  fs::path p = fs::temp_directory_path() / ("coordreport-pipe-" + std::to_string(::getpid()) + ".jsonl");
  {
    std::ofstream out(p);
    for (int i = 0; i < 23; ++i)
      out << "{\"id\":\"r" << i << "\",\"text\":\"Ngày 1/2/2024, Ban Dân vận Tỉnh ủy họp.\"}\n";
    out << "{oops\n";
  }
  Logger log(Logger::Format::kText, true);
  std::vector<std::string> ids;
  std::vector<Diagnostic> diagnostics;
  PipelineOptions options{{p.string()}, 3, true, 5};
  LoadStats stats = RunPipeline(
      options, BuiltinTables(), log,
      [&](Record&& r) {
        EXPECT_EQ(r.event_date, "2024-02-01");
        ids.push_back(r.id);
      },
      [&](const Diagnostic& d) { diagnostics.push_back(d); });
  ASSERT_EQ(ids.size(), 23u);
  for (int i = 0; i < 23; ++i) EXPECT_EQ(ids[i], "r" + std::to_string(i));
  EXPECT_EQ(stats.rejected, 1);
  ASSERT_EQ(diagnostics.size(), 1u);
  EXPECT_EQ(diagnostics[0].origin, p.string() + ":24");
  fs::remove(p);
}

}  // namespace
}  // namespace coordreport
