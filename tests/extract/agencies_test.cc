#include "extract/agencies.h"

#include <gtest/gtest.h>

#include "extract/documents.h"
#include "test_util.h"

namespace coordreport {
namespace {

using testing::Article;

std::vector<std::pair<std::string, int>> Find(const std::string& text) {
  static const DomainTables tables = BuiltinTables();
  static const Lexicon lexicon(tables);
  ArticleText a = Article(text);
  DocumentFindings docs = FindDocuments(a, lexicon);
  std::vector<std::pair<std::string, int>> out;
  for (const auto& m : FindAgencies(a, lexicon, docs.citation_spans).agencies) out.emplace_back(m.name, m.mentions);
  return out;
}

using Names = std::vector<std::pair<std::string, int>>;

TEST(AgenciesTest, BodyPlusLevel) {
  EXPECT_EQ(Find("Ban Tuyên giáo Tỉnh ủy phối hợp với Trường Chính trị tỉnh."),
            (Names{{"Ban Tuyên giáo Tỉnh ủy", 1}, {"Trường Chính trị tỉnh", 1}}));
}

TEST(AgenciesTest, SpellingAndCaseVariantsFold) {
  EXPECT_EQ(Find("Ban Tuyên giáo Tỉnh uỷ; Ban tuyên giáo Tỉnh ủy; BAN TUYÊN GIÁO TỈNH ỦY."),
            (Names{{"Ban Tuyên giáo Tỉnh ủy", 3}}));
}

TEST(AgenciesTest, PlacesAfterLevels) {
  EXPECT_EQ(Find("Ban Dân vận Huyện ủy Kỳ Sơn làm việc với Huyện ủy Tương Dương."),
            (Names{{"Ban Dân vận Huyện ủy Kỳ Sơn", 1}, {"Huyện ủy Tương Dương", 1}}));
}

TEST(AgenciesTest, PersonNameIsNotAPlace) {
  EXPECT_EQ(Find("Ban Tuyên giáo Tỉnh ủy chủ trì. Trưởng Ban Tuyên giáo Tỉnh ủy Nguyễn Thị Hồng Hoa phát biểu."),
            (Names{{"Ban Tuyên giáo Tỉnh ủy", 2}}));
  EXPECT_EQ(Find("Hội Nông dân tỉnh và Bộ trưởng Bộ Nông nghiệp và Phát triển nông thôn Cao Đức Phát ký kết."),
            (Names{{"Hội Nông dân tỉnh", 1}}));
}

// A body named only in a person's title is where the person works, not an
// actor of the article (GUIDELINES.md §5: titles are not agencies).
TEST(AgenciesTest, BodiesNamedOnlyInTitlesAreNotActors) {
  EXPECT_EQ(Find("Phó Chủ tịch UBND tỉnh Võ Văn Cảnh phát biểu. Tỉnh ủy viên Lê Văn A dự."), Names{});
}

TEST(AgenciesTest, NestedBodies) {
  EXPECT_EQ(Find("Ban cán sự đảng UBND tỉnh và Ban Thường vụ Tỉnh ủy."),
            (Names{{"Ban cán sự đảng UBND tỉnh", 1}, {"Ban Thường vụ Tỉnh ủy", 1}}));
}

// The standing body acts for its agency: one agency, shown by the fullest
// form the article writes (GUIDELINES.md §5), the body's own when both
// say their level.
TEST(AgenciesTest, StandingBodyAndItsAgencyAreOne) {
  EXPECT_EQ(Find("Ban Thường vụ Đảng ủy Khối Các cơ quan tỉnh ký kết. Đảng ủy Khối chủ trì."),
            (Names{{"Ban Thường vụ Đảng ủy Khối Các cơ quan tỉnh", 2}}));
  EXPECT_EQ(Find("Ban Thường trực Ủy ban MTTQ tỉnh chủ trì. Ủy ban MTTQ tỉnh phát động."),
            (Names{{"Ủy ban MTTQ tỉnh", 2}}));
}

TEST(AgenciesTest, ShortFormResolvesToFullName) {
  EXPECT_EQ(Find("Ban Tuyên giáo Tỉnh ủy chủ trì. Ban Tuyên giáo đề nghị các đơn vị phối hợp."),
            (Names{{"Ban Tuyên giáo Tỉnh ủy", 2}}));
}

TEST(AgenciesTest, BareShortFormWithoutFullNameIsDropped) {
  EXPECT_EQ(Find("Ban Tuyên giáo các cấp cần chủ động tham mưu."), Names{});
}

TEST(AgenciesTest, NameWithPlaceAbsorbsTheSameNameWithout) {
  EXPECT_EQ(Find("Công an tỉnh Thanh Hóa và Hội Liên hiệp Phụ nữ tỉnh. Công an tỉnh cho biết."),
            (Names{{"Công an tỉnh Thanh Hóa", 2}, {"Hội Liên hiệp Phụ nữ tỉnh", 1}}));
}

// A group is one party as written, but an agency of the article only as
// a party of a program (see ProgramsTest.GroupsAreParties).
TEST(AgenciesTest, GroupsAreNotAgenciesByThemselves) {
  EXPECT_EQ(Find("Học viện Chính trị khu vực IV làm việc với Ban Tuyên giáo các tỉnh, Thành uỷ khu vực Tây Nam Bộ."),
            (Names{{"Học viện Chính trị khu vực IV", 1}}));
}

TEST(AgenciesTest, SharedHeadAndSharedTailListsAreExpanded) {
  EXPECT_EQ(Find("Đảng ủy các phường Hạnh Thông, An Nhơn và Tân Sơn Nhất họp."),
            (Names{{"Đảng ủy phường Hạnh Thông", 1}, {"Đảng ủy phường An Nhơn", 1}, {"Đảng ủy phường Tân Sơn Nhất", 1}}));
  EXPECT_EQ(Find("Thường trực HĐND, UBND, Ủy ban MTTQ huyện Kỳ Anh ký kết."),
            (Names{{"Thường trực HĐND huyện Kỳ Anh", 1}, {"UBND huyện Kỳ Anh", 1}, {"Ủy ban MTTQ huyện Kỳ Anh", 1}}));
  EXPECT_EQ(Find("Ban Tuyên giáo Tỉnh ủy các tỉnh: An Giang, Cà Mau và Kiên Giang dự."),
            (Names{{"Ban Tuyên giáo Tỉnh ủy An Giang", 1}, {"Ban Tuyên giáo Tỉnh ủy Cà Mau", 1},
                   {"Ban Tuyên giáo Tỉnh ủy Kiên Giang", 1}}));
}

TEST(AgenciesTest, AbbreviationsAndTheirFullNamesAreOneAgency) {
  EXPECT_EQ(Find("Viện Kiểm sát nhân dân (VKSND) tỉnh và Tòa án tỉnh họp. VKSND tỉnh chủ trì; Viện KSND tỉnh báo cáo."),
            (Names{{"Viện Kiểm sát nhân dân tỉnh", 3}, {"Tòa án tỉnh", 1}}));
}

TEST(AgenciesTest, IssuersOfCitedDocumentsAreNotAgencies) {
  EXPECT_EQ(Find("Đề án số 05-ĐA/TU của Ban Thường vụ Tỉnh ủy được triển khai."), Names{});
}

TEST(AgenciesTest, BodiesOutsideTheGazetteerByComposition) {
  EXPECT_EQ(Find("Ban Dân tộc tỉnh và Ngân hàng Nông nghiệp và Phát triển nông thôn Chi nhánh tỉnh ký kết."),
            (Names{{"Ban Dân tộc tỉnh", 1}, {"Ngân hàng Nông nghiệp và Phát triển nông thôn Chi nhánh tỉnh", 1}}));
  EXPECT_EQ(Find("Hội đoàn kết sư sãi yêu nước thành phố và Báo Bắc Kạn dự."),
            (Names{{"Hội đoàn kết sư sãi yêu nước thành phố", 1}, {"Báo Bắc Kạn", 1}}));
  // Without a level a capitalized phrase is not taken for an agency.
  EXPECT_EQ(Find("Hội nghị Trung ương 5 và Ban Chấp hành họp."), Names{});
}

TEST(AgenciesTest, DistrictListsAndGenericDistrictNames) {
  EXPECT_EQ(Find("Làm việc với 3 Huyện ủy: Kỳ Sơn, Tương Dương và Con Cuông. Thường trực Huyện ủy dự."),
            (Names{{"Huyện ủy Kỳ Sơn", 1}, {"Huyện ủy Tương Dương", 1}, {"Huyện ủy Con Cuông", 1}}));
  EXPECT_EQ(Find("Ban Dân vận Huyện ủy Thường Xuân phối hợp với UBND huyện Thường Xuân."),
            (Names{{"Ban Dân vận Huyện ủy Thường Xuân", 1}, {"UBND huyện Thường Xuân", 1}}));
}

TEST(AgenciesTest, StandingBodyOfANonCommitteeAgency) {
  EXPECT_EQ(Find("Ban Thường vụ Tỉnh đoàn Nghệ An báo cáo. Ban Thường vụ Tỉnh đoàn cho biết."),
            (Names{{"Ban Thường vụ Tỉnh đoàn Nghệ An", 2}}));
}

TEST(AgenciesTest, CommonWordsAreNotAgencies) {
  EXPECT_EQ(Find("báo cáo kết quả, lực lượng công an xã và các sở, ngành, Tỉnh ủy viên."), Names{});
}

// The scan jumps over lower-case stretches to the next capital; agencies
// must still be found wherever that capital falls: first word or second
// ("trường Chính trị"), after a newline, a bracket or a long lower-case
// run, on a multi-byte capital that differs from its lower case only in
// its last byte ("Ủy"), and at the very end of the text.
TEST(AgenciesTest, FoundWhereverTheCapitalFalls) {
  const std::string run = "các đồng chí cùng nhau thảo luận rất lâu về những việc cần làm ";
  EXPECT_EQ(Find(run + "với trường Chính trị tỉnh."), (Names{{"Trường Chính trị tỉnh", 1}}));
  EXPECT_EQ(Find(run + "\nBan Dân vận Tỉnh ủy họp."), (Names{{"Ban Dân vận Tỉnh ủy", 1}}));
  EXPECT_EQ(Find(run + "(Ủy ban MTTQ tỉnh)"), (Names{{"Ủy ban MTTQ tỉnh", 1}}));
  EXPECT_EQ(Find(run + "với ban Đối ngoại Tỉnh ủy."), (Names{{"Ban Đối ngoại Tỉnh ủy", 1}}));
  EXPECT_EQ(Find(run + "x Ban Tuyên giáo Tỉnh ủy"), (Names{{"Ban Tuyên giáo Tỉnh ủy", 1}}));
  EXPECT_EQ(Find(run + run + "Huyện ủy Kỳ Sơn"), (Names{{"Huyện ủy Kỳ Sơn", 1}}));
  EXPECT_EQ(Find(run + "công an tỉnh và " + run), Names{});
}

TEST(AgenciesTest, CentralYouthUnionShortAndFull) {
  EXPECT_EQ(Find("Trung ương Đoàn và Bộ Giáo dục và Đào tạo phối hợp chặt chẽ."),
            (Names{{"Trung ương Đoàn", 1}, {"Bộ Giáo dục và Đào tạo", 1}}));
  EXPECT_EQ(Find("Trung ương Đoàn Thanh niên Cộng sản Hồ Chí Minh ký kết chương trình phối hợp."),
            (Names{{"Trung ương Đoàn Thanh niên Cộng sản Hồ Chí Minh", 1}}));
}

TEST(AgenciesTest, StandingCommitteeMemberIsATitle) {
  // "Thường vụ Tỉnh ủy" after a name is the person's title, not a body.
  EXPECT_EQ(Find("Đồng chí Nguyễn Văn An - Thường vụ Tỉnh ủy phát biểu tại hội nghị của Sở Tư pháp."),
            (Names{{"Sở Tư pháp", 1}}));
  EXPECT_EQ(Find("Ban Thường vụ Tỉnh ủy ban hành kế hoạch."), (Names{{"Ban Thường vụ Tỉnh ủy", 1}}));
}

}  // namespace
}  // namespace coordreport
