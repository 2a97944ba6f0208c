#include "cli/log.h"

#include <unistd.h>

#include <cstdio>
#include <iostream>

#include <nlohmann/json.hpp>

#include "model/text_util.h"

namespace coordreport {

Logger::Logger(Format format, bool quiet)
    : format_(format), quiet_(quiet), tty_(isatty(STDERR_FILENO) == 1), start_(std::chrono::steady_clock::now()),
      last_progress_(start_) {}

double Logger::Seconds() const {
  return std::chrono::duration<double>(std::chrono::steady_clock::now() - start_).count();
}

void Logger::Emit(const char* level, const std::string& raw_origin, const std::string& raw_message) {
  EndProgress();
  // Whatever the input held, every line on stderr is valid UTF-8, one line,
  // of bounded length.
  const std::string origin = Printable(raw_origin, 1000);
  const std::string message = Printable(raw_message);
  if (format_ == Format::kJson) {
    nlohmann::json j = {{"level", level}, {"message", message}};
    if (!origin.empty()) j["origin"] = origin;
    std::cerr << j.dump(-1, ' ', false, nlohmann::json::error_handler_t::replace) << '\n';
  } else if (origin.empty()) {
    std::cerr << "coordreport: " << level << ": " << message << '\n';
  } else {
    std::cerr << origin << ": " << level << ": " << message << '\n';
  }
}

void Logger::Report(const Diagnostic& d) {
  if (d.severity == Diagnostic::Severity::kError) {
    ++errors_;
    Emit("error", d.origin, d.message);
  } else {
    ++warnings_;
    if (!quiet_) Emit("warning", d.origin, d.message);
  }
}

void Logger::Info(const std::string& message) {
  if (!quiet_) Emit("info", "", message);
}

void Logger::Error(const std::string& message) { Emit("error", "", message); }

void Logger::Progress(long records) {
  if (!tty_ || quiet_ || format_ == Format::kJson) return;
  auto now = std::chrono::steady_clock::now();
  if (now - last_progress_ < std::chrono::milliseconds(200)) return;
  last_progress_ = now;
  std::fprintf(stderr, "\r%ld records read (%.1f s)", records, Seconds());
  progress_shown_ = true;
}

void Logger::EndProgress() {
  if (!progress_shown_) return;
  std::fprintf(stderr, "\r\033[K");
  progress_shown_ = false;
}

}  // namespace coordreport
