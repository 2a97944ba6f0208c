// Holds what a C library prints on stderr while it runs, so the run can
// report it through its own logger: libxlsxwriter prints "[WARNING]: …"
// lines itself, which would break --log-format json's promise that every
// stderr line is JSON.
#pragma once

#include <string>
#include <vector>

namespace coordreport {

class StderrCapture {
 public:
  // Points file descriptor 2 at a temporary file until Release(). When
  // that cannot be done, stderr is left as it is.
  StderrCapture();
  ~StderrCapture();
  StderrCapture(const StderrCapture&) = delete;
  StderrCapture& operator=(const StderrCapture&) = delete;

  // Restores stderr and returns the non-empty lines printed meanwhile.
  std::vector<std::string> Release();

 private:
  int saved_ = -1;  // the real stderr
  int file_ = -1;   // the temporary file
};

}  // namespace coordreport
