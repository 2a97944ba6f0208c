// Vietnamese sort order (Ă after A, Đ after D, tones ordered) via ICU's
// collator, for every list a person reads.
#pragma once

#include <memory>
#include <string>
#include <vector>

namespace coordreport {

class VietnameseCollator {
 public:
  VietnameseCollator();
  ~VietnameseCollator();
  VietnameseCollator(const VietnameseCollator&) = delete;
  VietnameseCollator& operator=(const VietnameseCollator&) = delete;

  bool Less(const std::string& a, const std::string& b) const;
  void Sort(std::vector<std::string>& names) const;

 private:
  struct Impl;
  std::unique_ptr<Impl> impl_;
};

}  // namespace coordreport
