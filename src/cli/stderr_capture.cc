#include "cli/stderr_capture.h"

#include <unistd.h>

#include <cstdio>
#include <cstdlib>

namespace coordreport {

StderrCapture::StderrCapture() {
  std::fflush(stderr);
  char name[] = "/tmp/coordreport-stderr-XXXXXX";
  file_ = mkstemp(name);
  if (file_ < 0) return;
  unlink(name);
  saved_ = dup(STDERR_FILENO);
  if (saved_ < 0 || dup2(file_, STDERR_FILENO) < 0) {
    if (saved_ >= 0) close(saved_);
    close(file_);
    saved_ = file_ = -1;
  }
}

StderrCapture::~StderrCapture() { Release(); }

std::vector<std::string> StderrCapture::Release() {
  std::vector<std::string> lines;
  if (file_ < 0) return lines;
  std::fflush(stderr);
  dup2(saved_, STDERR_FILENO);
  close(saved_);
  std::string text;
  char buffer[4096];
  lseek(file_, 0, SEEK_SET);
  for (ssize_t n; (n = read(file_, buffer, sizeof buffer)) > 0 && text.size() < (1 << 20);)
    text.append(buffer, static_cast<size_t>(n));
  close(file_);
  saved_ = file_ = -1;
  size_t start = 0;
  while (start < text.size()) {
    size_t end = text.find('\n', start);
    if (end == std::string::npos) end = text.size();
    if (end > start) lines.push_back(text.substr(start, end - start));
    start = end + 1;
  }
  return lines;
}

}  // namespace coordreport
