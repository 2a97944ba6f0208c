#include "cli/commands.h"

#include <gtest/gtest.h>

#include <filesystem>
#include <vector>

namespace coordreport {
namespace {

int RunCli(std::vector<std::string> args) {
  args.insert(args.begin(), "coordreport");
  std::vector<char*> argv;
  for (auto& a : args) argv.push_back(a.data());
  ::testing::internal::CaptureStderr();
  ::testing::internal::CaptureStdout();
  int code = Main(static_cast<int>(argv.size()), argv.data());
  ::testing::internal::GetCapturedStdout();
  ::testing::internal::GetCapturedStderr();
  return code;
}

TEST(CommandsTest, UsageErrorsExitTwo) {
  EXPECT_EQ(RunCli({"report", "--no-such-flag"}), kExitUsage);
  EXPECT_EQ(RunCli({}), kExitUsage);
  EXPECT_EQ(RunCli({"report", EXAMPLES_DIR, "--period", "2024-Q9", "-o", "/tmp"}), kExitUsage);
  EXPECT_EQ(RunCli({"report", EXAMPLES_DIR, "--period", "2024-Q4", "--by", "month"}), kExitUsage);
  EXPECT_EQ(RunCli({"report", EXAMPLES_DIR, "--period", "2024-Q4", "--lang", "fr"}), kExitUsage);
  EXPECT_EQ(RunCli({"report", EXAMPLES_DIR, "--period", "2024-Q4", "--format", "pdf"}), kExitUsage);
}

TEST(CommandsTest, HelpAndVersionExitZero) {
  EXPECT_EQ(RunCli({"--help"}), kExitOk);
  EXPECT_EQ(RunCli({"--version"}), kExitOk);
  EXPECT_EQ(RunCli({"report", "--help"}), kExitOk);
}

TEST(CommandsTest, NothingToReadExitsThree) {
  EXPECT_EQ(RunCli({"report", "/nonexistent/input.jsonl", "--period", "2024-Q4", "-o", "/tmp"}), kExitNothingProduced);
  EXPECT_EQ(RunCli({"validate", "/nonexistent/input.jsonl"}), kExitNothingProduced);
}

TEST(CommandsTest, ValidateCleanExamplesExitsZero) {
  EXPECT_EQ(RunCli({"validate", EXAMPLES_DIR}), kExitOk);
}

}  // namespace
}  // namespace coordreport
