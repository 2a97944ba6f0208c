// Atomic replacement of an output file: write a temporary file in the
// target folder, fsync it, rename it over the target, fsync the folder. A
// crash or kill at any moment leaves either the old file or the new one,
// never half of one.
#pragma once

#include <string>
#include <string_view>

namespace coordreport {

class AtomicFile {
 public:
  // Picks a temporary name beside `path`; nothing is created yet.
  explicit AtomicFile(std::string path);
  // Removes the temporary file unless Commit() succeeded.
  ~AtomicFile();
  AtomicFile(const AtomicFile&) = delete;
  AtomicFile& operator=(const AtomicFile&) = delete;

  // Where the content must be written before Commit().
  const std::string& temp_path() const { return temp_; }
  // Writes `content` to the temporary file. Throws std::runtime_error.
  void Write(std::string_view content);
  // fsync + rename + fsync folder. Throws std::runtime_error naming the file.
  void Commit();

 private:
  std::string path_;
  std::string temp_;
  bool committed_ = false;
};

}  // namespace coordreport
