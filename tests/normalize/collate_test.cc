#include "normalize/collate.h"

#include <gtest/gtest.h>

namespace coordreport {
namespace {

TEST(VietnameseCollatorTest, OrdersVietnameseLetters) {
  VietnameseCollator c;
  std::vector<std::string> names = {"Đảng ủy Khối", "Ủy ban Kiểm tra", "Ăn", "Ban Tuyên giáo", "Dân", "An", "Ân", "Hội"};
  c.Sort(names);
  EXPECT_EQ(names, (std::vector<std::string>{"An", "Ăn", "Ân", "Ban Tuyên giáo", "Dân", "Đảng ủy Khối", "Hội",
                                             "Ủy ban Kiểm tra"}));
}

TEST(VietnameseCollatorTest, IsATotalOrder) {
  VietnameseCollator c;
  EXPECT_FALSE(c.Less("a", "a"));
  EXPECT_NE(c.Less("Ban", "ban"), c.Less("ban", "Ban"));
}

}  // namespace
}  // namespace coordreport
