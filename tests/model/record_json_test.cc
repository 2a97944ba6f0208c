#include "model/record_json.h"

#include <gtest/gtest.h>
#include <nlohmann/json.hpp>

namespace coordreport {
namespace {

std::string Dumped(const Record& r) {
  return ToJson(r).dump(-1, ' ', false, nlohmann::json::error_handler_t::replace);
}

std::string Written(const Record& r) {
  std::string out = "prefix:";  // appended to, never cleared
  AppendJson(r, out);
  EXPECT_TRUE(out.starts_with("prefix:"));
  return out.substr(7);
}

Record Full() {
  Record r;
  r.id = "x";
  r.url = "https://x.vn/a";
  r.site = "x.vn";
  r.province = "Hà Tĩnh";
  r.title = "Tiêu đề";
  r.published = "2024-11-20";
  r.event_date = "2024-11-19";
  r.agencies = {{"Ban Tuyên giáo Tỉnh ủy", 3}, {"Công an tỉnh", 1}};
  r.references = {{"35-NQ/TW", "Nghị quyết", "35", "TW", "2018-10-22", "Bộ Chính trị", 1, "câu"},
                  {"01-QCPH", "Quy chế", "01", "QCPH", "", "", 2, "câu 2"}};
  r.programs = {{"chương trình phối hợp", {"A", "B"}, "", "2024-11-19", "2025", "ký kết", "2024-11-19", "câu"},
                {"", {}, "01/QC", "", "", "", "", ""}};
  r.periods = {"2025", "2021-2025"};
  r.counts = {{"hội thảo", 4, "cấp Bộ", "câu"}, {"lớp", -1234567890123LL, "", ""}};
  r.warnings = {"một cảnh báo"};
  return r;
}

TEST(RecordJsonTest, WritesWhatNlohmannDumps) {
  EXPECT_EQ(Written(Record{}), Dumped(Record{}));
  EXPECT_EQ(Written(Full()), Dumped(Full()));
}

TEST(RecordJsonTest, EscapesLikeNlohmann) {
  Record r = Full();
  std::string every_byte;
  for (int c = 1; c < 0x80; ++c) every_byte += static_cast<char>(c);
  r.id = every_byte;
  r.title = std::string("nul\0inside", 10) + " \"quoted\" back\\slash \x7f del";
  r.agencies[0].name = "=HYPERLINK(\"x\")\t\r\n";
  EXPECT_EQ(Written(r), Dumped(r));
  EXPECT_NE(Written(r).find("\\u001f"), std::string::npos);  // lower-case hex, as nlohmann
}

TEST(RecordJsonTest, IllFormedUtf8TakesTheReplacement) {
  Record r = Full();
  r.title = "cut \xE1\xBB";         // a sequence cut short
  r.programs[0].evidence = "\xC0\xAF overlong, \xED\xA0\x80 surrogate, \xF4\x90\x80\x80 past U+10FFFF";
  r.warnings = {"\xFF"};
  const std::string written = Written(r);
  EXPECT_EQ(written, Dumped(r));
  EXPECT_NE(written.find("\xEF\xBF\xBD"), std::string::npos);
}

}  // namespace
}  // namespace coordreport
