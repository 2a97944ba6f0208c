#include "cli/stderr_capture.h"

#include <gtest/gtest.h>

#include <cstdio>

namespace coordreport {
namespace {

TEST(StderrCaptureTest, HoldsWhatIsPrintedAndGivesItBack) {
  StderrCapture capture;
  std::fprintf(stderr, "[WARNING]: first\n\n[WARNING]: second");
  std::vector<std::string> lines = capture.Release();
  EXPECT_EQ(lines, (std::vector<std::string>{"[WARNING]: first", "[WARNING]: second"}));
  EXPECT_TRUE(capture.Release().empty());  // once
}

}  // namespace
}  // namespace coordreport
