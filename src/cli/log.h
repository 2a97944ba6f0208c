// What the run tells its operator on stderr: diagnostics, a progress line
// when stderr is a terminal (never in cron mail), and a final summary.
// --log-format json gives one JSON object per line for log collectors.
#pragma once

#include <chrono>
#include <string>

#include "model/diagnostic.h"

namespace coordreport {

class Logger {
 public:
  enum class Format { kText, kJson };
  Logger(Format format, bool quiet);

  void Report(const Diagnostic& d);
  void Info(const std::string& message);
  void Error(const std::string& message);
  // Overwrites one status line on a terminal; silent otherwise.
  void Progress(long records);
  void EndProgress();

  long errors() const { return errors_; }
  long warnings() const { return warnings_; }
  double Seconds() const;

 private:
  void Emit(const char* level, const std::string& origin, const std::string& message);

  Format format_;
  bool quiet_;
  bool tty_;
  bool progress_shown_ = false;
  long errors_ = 0;
  long warnings_ = 0;
  std::chrono::steady_clock::time_point start_;
  std::chrono::steady_clock::time_point last_progress_;
};

}  // namespace coordreport
