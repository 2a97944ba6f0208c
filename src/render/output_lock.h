// One run at a time per output folder: an flock on DIR/.coordreport.lock,
// held while outputs are written. Holding it also makes it safe to clear
// temporary files that a killed run left behind (no one else is writing).
#pragma once

#include <functional>
#include <string>

namespace coordreport {

class OutputLock {
 public:
  // Blocks until the folder is free; calls `on_wait` once if it must wait.
  // Throws std::runtime_error when the lock file cannot be created.
  OutputLock(const std::string& folder, const std::function<void(const std::string&)>& on_wait);
  ~OutputLock();
  OutputLock(const OutputLock&) = delete;
  OutputLock& operator=(const OutputLock&) = delete;

  // Temporary files of earlier, killed runs that were removed.
  int stale_files_removed() const { return stale_; }

 private:
  int fd_ = -1;
  int stale_ = 0;
};

}  // namespace coordreport
