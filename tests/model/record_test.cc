#include "model/record.h"

#include <gtest/gtest.h>
#include <nlohmann/json.hpp>

namespace coordreport {
namespace {

using nlohmann::json;

TEST(RecordTest, ReadsInputFieldsAndCutsDatetimeToDate) {
  Record r = RecordFromJson(json::parse(R"({"id":"a1","url":"https://x.vn/a","site":"x.vn","title":"T",
      "published":"2024-11-19T08:30:00+07:00","text":"Nội dung"})"));
  EXPECT_EQ(r.id, "a1");
  EXPECT_EQ(r.published, "2024-11-19");
  EXPECT_EQ(r.text, "Nội dung");
  EXPECT_FALSE(r.curated);
}

TEST(RecordTest, StructuredFieldsMarkTheRecordCurated) {
  Record r = RecordFromJson(json::parse(R"({"id":"c","agencies":[{"name":"Ban Dân vận Tỉnh ủy","mentions":2}]})"));
  EXPECT_TRUE(r.curated);
  ASSERT_EQ(r.agencies.size(), 1u);
  EXPECT_EQ(r.agencies[0].mentions, 2);
}

TEST(RecordTest, WrongTypesAreRejectedNamingTheField) {
  try {
    RecordFromJson(json::parse(R"({"id":"a","text":42})"));
    FAIL() << "expected a rejection";
  } catch (const std::invalid_argument& e) {
    EXPECT_NE(std::string(e.what()).find("\"text\""), std::string::npos) << e.what();
  }
  EXPECT_THROW(RecordFromJson(json::parse(R"({"id":"a","text":"x","agencies":"Ban"})")), std::invalid_argument);
  EXPECT_THROW(RecordFromJson(json::parse(R"([1,2])")), std::invalid_argument);
}

TEST(RecordTest, MissingIdOrTextIsRejected) {
  EXPECT_THROW(RecordFromJson(json::parse(R"({"text":"x"})")), std::invalid_argument);
  EXPECT_THROW(RecordFromJson(json::parse(R"({"id":"a"})")), std::invalid_argument);
  EXPECT_THROW(RecordFromJson(json::parse(R"({"id":"a","text":""})")), std::invalid_argument);
}

TEST(RecordTest, NumericIdIsKeptAsText) {
  EXPECT_EQ(RecordFromJson(json::parse(R"({"id":17,"text":"x"})")).id, "17");
}

TEST(RecordTest, JsonRoundTripKeepsExtractedFields) {
  Record r;
  r.id = "x";
  r.title = "Tiêu đề";
  r.event_date = "2024-11-19";
  r.agencies = {{"Ban Tuyên giáo Tỉnh ủy", 3}};
  r.references = {{"35-NQ/TW", "Nghị quyết", "35", "TW", "2018-10-22", "Bộ Chính trị", 1, "câu"}};
  r.programs = {{"chương trình phối hợp", {"A", "B"}, "", "2024-11-19", "2025", "ký kết", "2024-11-19", "câu"}};
  r.periods = {"2025"};
  r.counts = {{"hội thảo", 4, "cấp Bộ", "câu"}};
  json j = ToJson(r);
  EXPECT_TRUE(j["url"].is_null());
  EXPECT_FALSE(j.contains("text"));
  EXPECT_EQ(j["programs"][0]["signed"], "2024-11-19");
  Record back = RecordFromJson(j);
  EXPECT_EQ(back.references[0].issuing_body, "Bộ Chính trị");
  EXPECT_EQ(back.programs[0].parties, (std::vector<std::string>{"A", "B"}));
  EXPECT_EQ(back.counts[0].count, 4);
  EXPECT_EQ(ToJson(back), j);
}

}  // namespace
}  // namespace coordreport
