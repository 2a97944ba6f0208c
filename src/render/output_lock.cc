#include "render/output_lock.h"

#include <fcntl.h>
#include <sys/file.h>
#include <unistd.h>

#include <cerrno>
#include <cstring>
#include <filesystem>
#include <stdexcept>

namespace coordreport {

OutputLock::OutputLock(const std::string& folder, const std::function<void(const std::string&)>& on_wait) {
  namespace fs = std::filesystem;
  const std::string path = (fs::path(folder) / ".coordreport.lock").string();
  fd_ = ::open(path.c_str(), O_RDWR | O_CREAT | O_CLOEXEC, 0644);
  if (fd_ < 0) throw std::runtime_error("cannot create lock " + path + ": " + std::strerror(errno));
  if (::flock(fd_, LOCK_EX | LOCK_NB) != 0) {
    if (on_wait) on_wait("another coordreport run is writing to " + folder + "; waiting for it");
    while (::flock(fd_, LOCK_EX) != 0) {
      if (errno != EINTR) throw std::runtime_error("cannot lock " + path + ": " + std::strerror(errno));
    }
  }
  // AtomicFile names its temporaries ".<name>.tmp-<pid>".
  std::error_code ec;
  for (const auto& entry : fs::directory_iterator(folder, ec)) {
    const std::string name = entry.path().filename().string();
    if (name.size() > 1 && name[0] == '.' && name.find(".tmp-") != std::string::npos && entry.is_regular_file()) {
      if (fs::remove(entry.path(), ec)) ++stale_;
    }
  }
}

OutputLock::~OutputLock() {
  if (fd_ >= 0) ::close(fd_);  // closing releases the flock
}

}  // namespace coordreport
