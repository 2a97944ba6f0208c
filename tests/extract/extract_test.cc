#include "extract/extract.h"

#include <gtest/gtest.h>

#include <filesystem>
#include <fstream>
#include <sstream>

namespace coordreport {
namespace {

Record Extracted(const std::string& text, const std::string& title = "", const std::string& published = "") {
  static const DomainTables tables = BuiltinTables();
  Extractor extractor(tables);
  Record r;
  r.id = "t";
  r.title = title;
  r.published = published;
  r.text = text;
  extractor.Extract(r);
  return r;
}

TEST(ExtractTest, HeadlineBecomesTitleAndLeadDateIsTheEventDate) {
  Record r = Extracted("Banner X\n\nKý kết chương trình phối hợp giữa Ban Dân vận Tỉnh ủy và Hội Nông dân tỉnh\n\n"
                       "Sáng 18/01/2024, hai bên ký kết chương trình phối hợp giai đoạn 2024 – 2026 theo Nghị quyết "
                       "số 43-NQ/TW ngày 24/11/2023.\n");
  EXPECT_EQ(r.title, "Ký kết chương trình phối hợp giữa Ban Dân vận Tỉnh ủy và Hội Nông dân tỉnh");
  EXPECT_EQ(r.event_date, "2024-01-18");
  ASSERT_FALSE(r.programs.empty());
  EXPECT_EQ(r.programs[0].parties, (std::vector<std::string>{"Ban Dân vận Tỉnh ủy", "Hội Nông dân tỉnh"}));
  EXPECT_EQ(r.periods, (std::vector<std::string>{"2024-2026"}));
  ASSERT_EQ(r.references.size(), 1u);
  EXPECT_TRUE(r.warnings.empty());
}

TEST(ExtractTest, YearlessDateTakesPublishedYearElseWarns) {
  EXPECT_EQ(Extracted("Chiều 6/1, hội nghị diễn ra.", "Tiêu đề", "2025-01-07").event_date, "2025-01-06");
  EXPECT_EQ(Extracted("Chiều 28/12, hội nghị diễn ra.", "Tiêu đề", "2025-01-03").event_date, "2024-12-28");
  Record r = Extracted("Chiều 6/1, hội nghị diễn ra. Nhiệm vụ năm 2020 rất nặng.", "Tiêu đề");
  EXPECT_EQ(r.event_date, "2020-01-06");
  ASSERT_EQ(r.warnings.size(), 1u);
  EXPECT_NE(r.warnings[0].find("inferred"), std::string::npos);
}

TEST(ExtractTest, DateRangeLendsItsYearAndDatelinesAreNotEvents) {
  EXPECT_EQ(Extracted("Từ ngày 11/11 đến 15/11/2024, đoàn công tác làm việc.", "Tiêu đề").event_date, "2024-11-11");
  EXPECT_EQ(Extracted("Thứ Hai, 06/01/2025 08:15 GMT+7\n\nTiêu đề của bài viết này\n\nChiều 3/1/2025, hai bên họp.")
                .event_date,
            "2025-01-03");
  EXPECT_EQ(Extracted("Sáng 17.4, hai bên ký kết.", "Tiêu đề", "2024-04-18").event_date, "2024-04-17");
}

TEST(ExtractTest, CuratedRecordsAreTrusted) {
  static const DomainTables tables = BuiltinTables();
  Extractor extractor(tables);
  Record r;
  r.id = "c";
  r.curated = true;
  r.text = "Ban Tuyên giáo Tỉnh ủy ký kết Nghị quyết số 35-NQ/TW.";
  r.agencies = {{"Tên do người nhập", 1}};
  extractor.Extract(r);
  ASSERT_EQ(r.agencies.size(), 1u);
  EXPECT_EQ(r.agencies[0].name, "Tên do người nhập");
  EXPECT_TRUE(r.references.empty());
}

// The real seed articles, when ../shared/seeds is there.
std::string ReadSeed(const std::string& name) {
  std::ifstream in(std::filesystem::path(SEEDS_DIR) / name);
  std::ostringstream ss;
  ss << in.rdbuf();
  return ss.str();
}

TEST(ExtractSeedsTest, SigningArticle) {
  if (!std::filesystem::exists(SEEDS_DIR)) GTEST_SKIP() << "no " << SEEDS_DIR;
  Record r = Extracted(ReadSeed("000_fc63037c321770f8.txt"));
  EXPECT_EQ(r.event_date, "2024-11-19");
  EXPECT_EQ(r.title, "Ký kết chương trình phối hợp giữa Ban Tuyên giáo Tỉnh ủy và Trường Chính trị tỉnh");
  std::vector<std::string> ids;
  for (const auto& d : r.references) ids.push_back(d.id);
  EXPECT_EQ(ids, (std::vector<std::string>{"144-QĐ/TW", "05-ĐA/TU", "35-NQ/TW", "01-KL/TW", "05-CT/TW"}));
  // 37-CT/TW is only in the "Tin cùng chuyên mục" list.
  ASSERT_FALSE(r.programs.empty());
  for (const Program& p : r.programs)
    EXPECT_EQ(p.parties, (std::vector<std::string>{"Ban Tuyên giáo Tỉnh ủy", "Trường Chính trị tỉnh"}));
  EXPECT_EQ(r.periods, (std::vector<std::string>{"2023-2024", "2025"}));
}

TEST(ExtractSeedsTest, RelatedListsNeverLeak) {
  if (!std::filesystem::exists(SEEDS_DIR)) GTEST_SKIP() << "no " << SEEDS_DIR;
  Record r = Extracted(ReadSeed("001_7b4006af6d2009e8.txt"));
  std::vector<std::string> ids;
  for (const auto& d : r.references) ids.push_back(d.id);
  EXPECT_EQ(ids, (std::vector<std::string>{"208-QĐ/TW"}));
  EXPECT_EQ(r.event_date, "2020-02-25");
}

TEST(ExtractSeedsTest, TwoInstrumentsWithTheirOwnParties) {
  if (!std::filesystem::exists(SEEDS_DIR)) GTEST_SKIP() << "no " << SEEDS_DIR;
  Record r = Extracted(ReadSeed("003_1e1845e5b246efe0.txt"));
  bool quy_che = false, chuong_trinh = false;
  for (const Program& p : r.programs) {
    if (p.instrument == "quy chế phối hợp" && p.reference == "05-QCPH/BTGTU-ĐUK") {
      quy_che = true;
      EXPECT_EQ(p.parties, (std::vector<std::string>{"Ban Tuyên giáo Tỉnh ủy", "Đảng ủy Khối Các cơ quan tỉnh"}));
      EXPECT_EQ(p.signed_on, "2020-11-25");
    }
    if (p.instrument == "chương trình phối hợp" && p.action == "ký kết") {
      chuong_trinh = true;
      EXPECT_EQ(p.parties, (std::vector<std::string>{"Ban Dân vận Tỉnh ủy", "Đảng ủy Khối Các cơ quan tỉnh"}));
      EXPECT_EQ(p.date, "2020-09-25");
    }
  }
  EXPECT_TRUE(quy_che);
  EXPECT_TRUE(chuong_trinh);
}

}  // namespace
}  // namespace coordreport
