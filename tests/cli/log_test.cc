#include "cli/log.h"

#include <gtest/gtest.h>
#include <nlohmann/json.hpp>

#include <iostream>
#include <sstream>

namespace coordreport {
namespace {

// Captures std::cerr for the life of the object.
class CaptureStderr {
 public:
  CaptureStderr() : old_(std::cerr.rdbuf(buffer_.rdbuf())) {}
  ~CaptureStderr() { std::cerr.rdbuf(old_); }
  std::string str() const { return buffer_.str(); }

 private:
  std::ostringstream buffer_;
  std::streambuf* old_;
};

TEST(LoggerTest, TextNamesOriginAndLevel) {
  CaptureStderr capture;
  Logger log(Logger::Format::kText, false);
  log.Report({Diagnostic::Severity::kError, "a.jsonl:3", "malformed JSON"});
  EXPECT_EQ(capture.str(), "a.jsonl:3: error: malformed JSON\n");
  EXPECT_EQ(log.errors(), 1);
}

TEST(LoggerTest, JsonIsOneObjectPerLine) {
  CaptureStderr capture;
  Logger log(Logger::Format::kJson, false);
  log.Report({Diagnostic::Severity::kWarning, "b.txt", "3 NUL bytes removed"});
  log.Info("xong");
  std::istringstream lines(capture.str());
  std::string line;
  std::getline(lines, line);
  auto j = nlohmann::json::parse(line);
  EXPECT_EQ(j["level"], "warning");
  EXPECT_EQ(j["origin"], "b.txt");
  std::getline(lines, line);
  EXPECT_EQ(nlohmann::json::parse(line)["message"], "xong");
}

TEST(LoggerTest, QuietKeepsErrorsOnly) {
  CaptureStderr capture;
  Logger log(Logger::Format::kText, true);
  log.Report({Diagnostic::Severity::kWarning, "b.txt", "w"});
  log.Info("i");
  log.Progress(100);
  log.Report({Diagnostic::Severity::kError, "c.txt", "e"});
  EXPECT_EQ(capture.str(), "c.txt: error: e\n");
  EXPECT_EQ(log.warnings(), 1);
}

}  // namespace
}  // namespace coordreport
