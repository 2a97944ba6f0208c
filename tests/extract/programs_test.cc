#include "extract/programs.h"

#include <gtest/gtest.h>

#include "extract/documents.h"
#include "normalize/text.h"
#include "test_util.h"

namespace coordreport {
namespace {

std::vector<Program> Find(const std::string& text, const std::string& event_date = "2024-11-19") {
  static const DomainTables tables = BuiltinTables();
  static const Lexicon lexicon(tables);
  ArticleText a = testing::Article(text);
  DocumentFindings docs = FindDocuments(a, lexicon);
  AgencyFindings agencies = FindAgencies(a, lexicon, docs.citation_spans);
  std::vector<DateMention> dates = FindDates(a.key);
  std::vector<PeriodMention> periods = FindPeriods(a.key);
  return FindPrograms({a, lexicon, agencies.spans, docs.references, dates, periods, docs.citation_spans, event_date})
      .programs;
}

const std::vector<std::string> kPair = {"Ban Tuyên giáo Tỉnh ủy", "Trường Chính trị tỉnh"};

// FindInstruments takes the longest phrase at a word start and goes on
// after it; that finds every instrument only while none starts at a later
// word of another ("kế hoạch" inside "chương trình kế hoạch …").
TEST(ProgramsTest, NoInstrumentStartsInsideAnother) {
  const DomainTables tables = BuiltinTables();
  for (const std::string& outer : tables.instruments) {
    const std::string o = MatchKey(outer);
    for (size_t space = o.find(' '); space != std::string::npos; space = o.find(' ', space + 1))
      for (const std::string& inner : tables.instruments) {
        const std::string i = MatchKey(inner);
        const std::string first_word = i.substr(0, i.find(' ')) + " ";
        EXPECT_NE((o + " ").compare(space + 1, first_word.size(), first_word), 0) << outer << " / " << inner;
      }
  }
}

TEST(ProgramsTest, FindsEveryInstrumentOnceInTextOrder) {
  std::vector<Program> p = Find(
      "Sở Tư pháp và Hội Luật gia tỉnh ký kết quy chế phối hợp công tác. Sở Tư pháp và Hội Luật gia tỉnh "
      "triển khai kế hoạch liên tịch năm 2024. Sở Tư pháp và Hội Luật gia tỉnh ký biên bản ghi nhớ.");
  ASSERT_EQ(p.size(), 3u);
  EXPECT_EQ(p[0].instrument, "quy chế phối hợp");
  EXPECT_EQ(p[1].instrument, "kế hoạch liên tịch");
  EXPECT_EQ(p[2].instrument, "biên bản ghi nhớ");
}

TEST(ProgramsTest, InstrumentWithPartiesActionAndPeriod) {
  auto p = Find("Ban Tuyên giáo Tỉnh ủy phối hợp với Trường Chính trị tỉnh đánh giá chương trình phối hợp năm "
                "2023-2024, triển khai chương trình phối hợp năm 2025 giữa Ban Tuyên giáo Tỉnh ủy với Trường Chính "
                "trị tỉnh.");
  ASSERT_EQ(p.size(), 2u);
  EXPECT_EQ(p[0].parties, kPair);
  EXPECT_EQ(p[0].action, "đánh giá");
  EXPECT_EQ(p[0].period, "2023-2024");
  EXPECT_EQ(p[1].action, "triển khai");
  EXPECT_EQ(p[1].period, "2025");
  EXPECT_EQ(p[1].date, "2024-11-19");  // the meeting's date
}

TEST(ProgramsTest, SigningDateAndOwnNumber) {
  auto p = Find("Ban Tuyên giáo Tỉnh ủy và Ban Thường vụ Đảng ủy Khối Các cơ quan tỉnh ký kết Quy chế phối hợp số "
                "05-QCPH/BTGTU-ĐUK ngày 25/11/2020.", "");
  ASSERT_EQ(p.size(), 1u);
  EXPECT_EQ(p[0].instrument, "quy chế phối hợp");
  EXPECT_EQ(p[0].reference, "05-QCPH/BTGTU-ĐUK");
  EXPECT_EQ(p[0].signed_on, "2020-11-25");
  EXPECT_EQ(p[0].parties, (std::vector<std::string>{"Ban Thường vụ Đảng ủy Khối Các cơ quan tỉnh", "Ban Tuyên giáo Tỉnh ủy"}));
}

// "tổng kết 5 năm thực hiện chương trình": what is reported is the review
// of the carrying out (a common lead on the real pages: r035-r038, r053).
TEST(ProgramsTest, AReviewGovernsTheCarryingOutAfterIt) {
  auto p = Find("Ban Tuyên giáo Tỉnh ủy và Trường Chính trị tỉnh tổ chức hội nghị tổng kết 5 năm thực hiện "
                "chương trình phối hợp giai đoạn 2021 - 2025.");
  ASSERT_EQ(p.size(), 1u);
  EXPECT_EQ(p[0].action, "tổng kết");
  p = Find("Ban Tuyên giáo Tỉnh ủy và Trường Chính trị tỉnh sơ kết 3 năm triển khai thực hiện quy chế phối hợp.");
  ASSERT_EQ(p.size(), 1u);
  EXPECT_EQ(p[0].action, "sơ kết");
  p = Find("Ban Tuyên giáo Tỉnh ủy và Trường Chính trị tỉnh đánh giá kết quả qua 1 năm thực hiện quy chế phối hợp.");
  ASSERT_EQ(p.size(), 1u);
  EXPECT_EQ(p[0].action, "đánh giá");
  // Praise is not a review; a review far before the verb governs nothing.
  p = Find("Đồng chí Bí thư đánh giá cao kết quả thực hiện quy chế phối hợp giữa Ban Tuyên giáo Tỉnh ủy và "
           "Trường Chính trị tỉnh.");
  ASSERT_EQ(p.size(), 1u);
  EXPECT_EQ(p[0].action, "thực hiện");
  p = Find("Ban Tuyên giáo Tỉnh ủy và Trường Chính trị tỉnh tổng kết công tác tuyên giáo năm 2024, trong đó có "
           "việc thực hiện quy chế phối hợp.");
  ASSERT_EQ(p.size(), 1u);
  EXPECT_EQ(p[0].action, "thực hiện");
}

TEST(ProgramsTest, HaiBenRefersToPartiesAlreadyNamed) {
  auto p = Find("Công tác phối hợp giữa Ban Tuyên giáo Tỉnh ủy và Trường Chính trị tỉnh đạt kết quả. Hai bên ký kết "
                "chương trình phối hợp năm 2025.");
  ASSERT_EQ(p.size(), 1u);
  EXPECT_EQ(p[0].parties, kPair);
  EXPECT_EQ(p[0].action, "ký kết");
  EXPECT_EQ(p[0].signed_on, "2024-11-19");
}

TEST(ProgramsTest, RecommendationsAndPartylessInstrumentsAreNotPrograms) {
  EXPECT_TRUE(Find("Hai đơn vị cần xây dựng kế hoạch phối hợp trong công tác đào tạo.").empty());
  EXPECT_TRUE(Find("Các cơ quan ký kết chương trình phối hợp năm 2025.").empty());
}

TEST(ProgramsTest, EveryPeriodOfTheClause) {
  auto p = Find("Ban Tuyên giáo Tỉnh ủy và Trường Chính trị tỉnh tổng kết chương trình phối hợp năm 2024, triển khai "
                "nhiệm vụ năm 2025.");
  ASSERT_EQ(p.size(), 2u);
  EXPECT_EQ(p[0].period, "2025");
  EXPECT_EQ(p[0].action, "triển khai");
  EXPECT_EQ(p[1].period, "2024");
  EXPECT_EQ(p[1].action, "tổng kết");
}

TEST(ProgramsTest, QuiChe) {
  auto p = Find("Hội nghị triển khai công tác phối hợp giữa Ban Tuyên giáo Tỉnh ủy với Trường Chính trị tỉnh. "
                "Trường Chính trị tỉnh trở thành một trong 2 đơn vị trong qui chế phối hợp.");
  ASSERT_EQ(p.size(), 1u);
  EXPECT_EQ(p[0].instrument, "quy chế phối hợp");
}

// A year that names a law is no period of the instrument beside it.
TEST(ProgramsTest, YearOfALawIsNoPeriod) {
  std::vector<Program> p = Find(
      "Ban Tuyên giáo Tỉnh ủy và Trường Chính trị tỉnh ký kết quy chế phối hợp phù hợp với Hiến pháp năm 2013.");
  ASSERT_EQ(p.size(), 1u);
  EXPECT_EQ(p[0].period, "");
  p = Find("Ban Tuyên giáo Tỉnh ủy và Trường Chính trị tỉnh ký kết quy chế phối hợp năm 2013.");
  ASSERT_EQ(p.size(), 1u);
  EXPECT_EQ(p[0].period, "2013");
}

TEST(ProgramsTest, CooperationBetweenNamedSides) {
  std::vector<Program> p = Find("Hội nghị đánh giá kết quả hợp tác giữa Ban Tuyên giáo Tỉnh ủy và Trường Chính trị tỉnh.");
  ASSERT_EQ(p.size(), 1u);
  EXPECT_EQ(p[0].instrument, "");
  EXPECT_EQ(p[0].parties, kPair);
  EXPECT_TRUE(Find("Ban Tuyên giáo Tỉnh ủy hợp tác tốt với Trường Chính trị tỉnh trong nhiều năm.").empty());
}

// Further down than the lead, a signing of no named instrument counts
// between named sides, one program per "giữa" list.
TEST(ProgramsTest, SigningsBetweenNamedSidesOnePerList) {
  const std::string lead = "Hội nghị tổng kết công tác năm 2020.\n\nSáng nay, hội nghị diễn ra.\n\nCác đại biểu dự.\n\n";
  std::vector<Program> p = Find(lead + "Đại biểu chứng kiến lễ ký kết hợp tác giữa Ban Tuyên giáo Tỉnh ủy với Trường "
                                       "Chính trị tỉnh; giữa Sở Tư pháp với Sở Nội vụ tỉnh.");
  ASSERT_EQ(p.size(), 2u);
  EXPECT_EQ(p[0].parties, kPair);
  EXPECT_EQ(p[1].parties, (std::vector<std::string>{"Sở Nội vụ tỉnh", "Sở Tư pháp"}));
  // Without "giữa", further down, no program.
  EXPECT_TRUE(Find(lead + "Ban Tuyên giáo Tỉnh ủy và Trường Chính trị tỉnh dự lễ ký kết.").empty());
}

// A cue after a quotation mark or an en dash is a cue like any other.
TEST(ProgramsTest, CuesAfterNonAsciiPunctuation) {
  std::vector<Program> p = Find("Ban Tuyên giáo Tỉnh ủy và Trường Chính trị tỉnh “ký kết” “quy chế” hợp tác.");
  ASSERT_EQ(p.size(), 1u);
  EXPECT_EQ(p[0].parties, kPair);
}

}  // namespace
}  // namespace coordreport
