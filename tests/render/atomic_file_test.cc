#include "render/atomic_file.h"

#include <gtest/gtest.h>

#include <filesystem>
#include <fstream>
#include <sstream>

namespace coordreport {
namespace {

namespace fs = std::filesystem;

std::string Read(const fs::path& p) {
  std::ifstream in(p);
  std::ostringstream ss;
  ss << in.rdbuf();
  return ss.str();
}

class AtomicFileTest : public ::testing::Test {
 protected:
  void SetUp() override {
    dir_ = fs::temp_directory_path() / ("coordreport-atomic-" + std::to_string(::getpid()));
    fs::create_directories(dir_);
  }
  void TearDown() override { fs::remove_all(dir_); }
  fs::path dir_;
};

TEST_F(AtomicFileTest, CommitReplacesTheTarget) {
  fs::path target = dir_ / "report.md";
  std::ofstream(target) << "old";
  {
    AtomicFile f(target.string());
    f.Write("new");
    EXPECT_EQ(Read(target), "old");  // untouched until Commit
    f.Commit();
  }
  EXPECT_EQ(Read(target), "new");
  EXPECT_EQ(std::distance(fs::directory_iterator(dir_), fs::directory_iterator()), 1);
}

TEST_F(AtomicFileTest, AbandonedWriteLeavesTheOldFileAndNoTemp) {
  fs::path target = dir_ / "report.md";
  std::ofstream(target) << "old";
  {
    AtomicFile f(target.string());
    f.Write("half");
  }
  EXPECT_EQ(Read(target), "old");
  EXPECT_EQ(std::distance(fs::directory_iterator(dir_), fs::directory_iterator()), 1);
}

TEST_F(AtomicFileTest, UnwritableFolderThrowsNamingTheFile) {
  AtomicFile f((dir_ / "missing" / "x.md").string());
  try {
    f.Write("x");
    FAIL();
  } catch (const std::runtime_error& e) {
    EXPECT_NE(std::string(e.what()).find("missing"), std::string::npos);
  }
}

}  // namespace
}  // namespace coordreport
