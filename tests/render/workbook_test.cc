#include "render/workbook.h"

#include <gtest/gtest.h>

#include <filesystem>
#include <fstream>
#include <sstream>

namespace coordreport {
namespace {

namespace fs = std::filesystem;

Report SmallReport() {
  Report r;
  r.span = *ParsePeriod("2024-Q4", {2025, 1, 1});
  r.series = {{r.span, 2, 1, 1, 1, 2, 1}};
  r.current = r.series[0];
  r.previous.period = PreviousPeriod(r.span);
  ProgramRow p;
  p.instrument = "chương trình phối hợp";
  p.parties = {"A", "B"};
  p.sources = {"a"};
  p.evidence = "=1+1";
  r.programs = {p};
  r.sources = {{"a", "@tiêu đề", "https://example.org/a", "example.org", "2024-11-19", false, {"A"}, {"-câu"}}};
  r.documents = {{"35-NQ/TW", "Nghị quyết", "TW", "2018-10-22", "Bộ Chính trị", 1, 2, "2024-11-19", "2024-11-19", 1,
                  {"a"}, "+dẫn"}};
  r.agencies = {{"A", 1, 1, 1, {"B"}}, {"B", 1, 1, 1, {"A"}}};
  r.matrix_names = {"A", "B"};
  r.matrix = {{0, 1}, {1, 0}};
  return r;
}

std::string Bytes(const fs::path& p) {
  std::ifstream in(p, std::ios::binary);
  std::ostringstream ss;
  ss << in.rdbuf();
  return ss.str();
}

TEST(WorkbookTest, WritesAZipAndIsByteIdenticalForTheSameInput) {
  fs::path dir = fs::temp_directory_path() / ("coordreport-wb-" + std::to_string(::getpid()));
  fs::create_directories(dir);
  WorkbookOptions o;
  o.labels = LabelsFor("vi");
  o.created = 1732000000;
  WriteWorkbook(SmallReport(), (dir / "a.xlsx").string(), o);
  WriteWorkbook(SmallReport(), (dir / "b.xlsx").string(), o);
  std::string a = Bytes(dir / "a.xlsx");
  EXPECT_EQ(a.substr(0, 2), "PK");
  EXPECT_EQ(a, Bytes(dir / "b.xlsx"));
  EXPECT_EQ(std::distance(fs::directory_iterator(dir), fs::directory_iterator()), 2);  // no temp files left
  fs::remove_all(dir);
}

TEST(WorkbookTest, UnwritableTargetThrows) {
  WorkbookOptions o;
  o.labels = LabelsFor("en");
  EXPECT_THROW(WriteWorkbook(SmallReport(), "/nonexistent-folder/x.xlsx", o), std::runtime_error);
}

}  // namespace
}  // namespace coordreport
