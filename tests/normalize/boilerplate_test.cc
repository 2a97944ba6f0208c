#include "normalize/boilerplate.h"

#include <gtest/gtest.h>

#include "normalize/text.h"

namespace coordreport {
namespace {

CleanText Strip(const std::string& raw) { return StripBoilerplate(NormalizeText(raw)); }

bool Has(const std::string& s, const std::string& part) { return s.find(part) != std::string::npos; }

TEST(BoilerplateTest, FindsHeadlineAndDropsBanner) {
  CleanText c = Strip("Banner Tỉnh ủy (Home-latest-1)\n\nKý kết chương trình phối hợp năm 2025\n\n"
                      "Ngày 19/11/2024, hai bên ký kết chương trình.\n");
  EXPECT_EQ(c.headline, "Ký kết chương trình phối hợp năm 2025");
  EXPECT_FALSE(Has(c.body, "Banner"));
  EXPECT_TRUE(Has(c.body, "Ngày 19/11/2024"));
}

TEST(BoilerplateTest, DropsHeadedRelatedListAndByline) {
  CleanText c = Strip("Tiêu đề bài viết ở đây\n\nNội dung chính của bài.\n\nÁi Vân, Ban Tuyên giáo\n\n"
                      "Tin cùng chuyên mục\n\nBiểu dương thực hiện Chỉ thị số 37-CT/TW của Ban Bí thư\n\n"
                      "Biểu dương thực hiện Chỉ thị số 37-CT/TW của Ban Bí thư\n");
  EXPECT_FALSE(Has(c.body, "37-CT/TW"));
  EXPECT_FALSE(Has(c.body, "Ái Vân"));
  EXPECT_TRUE(Has(c.body, "Nội dung chính"));
}

TEST(BoilerplateTest, DropsListInjectedMidArticleAndArticleGoesOn) {
  CleanText c = Strip("Tiêu đề bài viết ở đây\n\nĐoạn một của bài.\n\nXem thêm:\n\nQuán triệt Nghị quyết số 57-NQ/TW\n\n"
                      "Hội nghị triển khai Kết luận 100-KL/TW\n\nĐoạn hai của bài vẫn tiếp tục.\n");
  EXPECT_FALSE(Has(c.body, "57-NQ/TW"));
  EXPECT_FALSE(Has(c.body, "100-KL/TW"));
  EXPECT_TRUE(Has(c.body, "Đoạn hai của bài vẫn tiếp tục."));
}

TEST(BoilerplateTest, DropsHeadlessListOfRepeatedHeadlines) {
  CleanText c = Strip("Tiêu đề bài viết ở đây\n\nĐoạn một của bài.\n\nHội nghị giao ban báo chí tháng 11\n\n"
                      "Hội nghị giao ban báo chí tháng 11\n\nSơ kết Nghị quyết số 08-NQ/TU năm 2019\n\n"
                      "Sơ kết Nghị quyết số 08-NQ/TU năm 2019\n\nĐoạn cuối của bài.\n");
  EXPECT_FALSE(Has(c.body, "08-NQ/TU"));
  EXPECT_TRUE(Has(c.body, "Đoạn cuối của bài."));
}

TEST(BoilerplateTest, DropsCreditsFollowWidgetsNullAndRepeatedHeadline) {
  CleanText c = Strip("Xuất bản thông tin\n\nnull Hội nghị triển khai công tác phối hợp\n\nTin tức Tin tức - Sự kiện\n\n"
                      "Hội nghị triển khai công tác phối hợp\n\nTheo dõi Báo Nghệ An trên\n\n"
                      "Toàn cảnh buổi làm việc. Ảnh: Kim Dung\n\nNội dung của bài viết.\n");
  EXPECT_EQ(c.headline, "Hội nghị triển khai công tác phối hợp");
  // A caption is the article's text; its credit is not.
  EXPECT_EQ(c.body, "Toàn cảnh buổi làm việc.\n\nNội dung của bài viết.");
}

TEST(BoilerplateTest, NoHeadlineWhenPageStartsWithProse) {
  CleanText c = Strip("Theo dõi Báo Nghệ An trên\n\nDự hội nghị có các đồng chí lãnh đạo.\n\nNội dung.\n");
  EXPECT_EQ(c.headline, "");
  EXPECT_TRUE(Has(c.body, "Dự hội nghị"));
}

}  // namespace
}  // namespace coordreport
