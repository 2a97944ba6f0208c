#include "normalize/collate.h"

#include <unicode/coll.h>

#include <algorithm>
#include <stdexcept>

namespace coordreport {

struct VietnameseCollator::Impl {
  std::unique_ptr<icu::Collator> collator;
};

VietnameseCollator::VietnameseCollator() : impl_(std::make_unique<Impl>()) {
  UErrorCode status = U_ZERO_ERROR;
  impl_->collator.reset(icu::Collator::createInstance(icu::Locale("vi"), status));
  if (U_FAILURE(status)) throw std::runtime_error(std::string("ICU Vietnamese collator: ") + u_errorName(status));
}

VietnameseCollator::~VietnameseCollator() = default;

bool VietnameseCollator::Less(const std::string& a, const std::string& b) const {
  UErrorCode status = U_ZERO_ERROR;
  UCollationResult r = impl_->collator->compareUTF8(a, b, status);
  if (U_FAILURE(status) || r == UCOL_EQUAL) return a < b;  // total order either way
  return r == UCOL_LESS;
}

void VietnameseCollator::Sort(std::vector<std::string>& names) const {
  std::sort(names.begin(), names.end(), [this](const std::string& a, const std::string& b) { return Less(a, b); });
}

}  // namespace coordreport
