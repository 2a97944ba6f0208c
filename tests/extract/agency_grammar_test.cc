#include "extract/agency_grammar.h"

#include <gtest/gtest.h>

#include "test_util.h"

namespace coordreport {
namespace {

using testing::Article;

std::vector<std::string> Read(const std::string& text, std::vector<Span> excluded = {}) {
  static const DomainTables tables = BuiltinTables();
  static const Lexicon lexicon(tables);
  ArticleText a = Article(text);
  std::vector<std::string> out;
  for (const NameMention& m : ReadAgencyMentions(a, lexicon, excluded).mentions) {
    EXPECT_LT(m.begin_byte, m.end_byte);
    out.push_back(m.display + (m.weak ? " [weak]" : ""));
  }
  return out;
}

using Displays = std::vector<std::string>;

TEST(AgencyGrammarTest, ListsShareTheLastMembersLevelAndPlace) {
  EXPECT_EQ(Read("Đảng ủy, HĐND, UBND, Ủy ban MTTQ xã Quỳnh Lưu ký kết quy chế."),
            (Displays{"Đảng ủy xã Quỳnh Lưu", "HĐND xã Quỳnh Lưu", "UBND xã Quỳnh Lưu", "Ủy ban MTTQ xã Quỳnh Lưu"}));
}

TEST(AgencyGrammarTest, GroupsAndBarePlacesAreWeak) {
  EXPECT_EQ(Read("Ủy ban MTTQ tỉnh cùng các tổ chức chính trị - xã hội tỉnh Sơn La."),
            (Displays{"Ủy ban MTTQ tỉnh", "các tổ chức chính trị - xã hội tỉnh Sơn La [weak]"}));
}

TEST(AgencyGrammarTest, NothingStartsInsideAnExcludedSpan) {
  const std::string text = "Theo Kết luận số 01-KL/TW của Bộ Chính trị, Sở Tư pháp triển khai.";
  EXPECT_EQ(Read(text), (Displays{"Bộ Chính trị", "Sở Tư pháp"}));
  const size_t cited = text.find("Kết luận");
  EXPECT_EQ(Read(text, {{cited, text.find(",")}}), (Displays{"Sở Tư pháp"}));
}

TEST(AgencyGrammarTest, BodiesThatShareAHeadOnePerName) {
  EXPECT_EQ(Read("Các Đồn Biên phòng Ga Ry, Tr'Hy, A Nông kết nghĩa với Đại đội Biên phòng 534."),
            (Displays{"Đồn Biên phòng Ga Ry", "Đồn Biên phòng Tr'Hy", "Đồn Biên phòng A Nông", "Đại đội Biên phòng 534"}));
  // Without a list it stays a group of bodies in general.
  EXPECT_EQ(Read("Hội nghị có đại diện các Trung tâm Chính trị cấp huyện."),
            (Displays{"Trung tâm Chính trị cấp huyện [weak]"}));
}

TEST(AgencyGrammarTest, GroupNamedMemberByMemberInBrackets) {
  EXPECT_EQ(Read("Giữa 5 Ban CHQS cấp huyện (TP. Vũng Tàu, TP. Bà Rịa và các huyện Đất Đỏ, Long Điền, Xuyên Mộc) "
                 "với 2 Chi khu quân sự (Kulen và Cheb)."),
            (Displays{"Ban CHQS TP. Vũng Tàu", "Ban CHQS TP. Bà Rịa", "Ban CHQS huyện Đất Đỏ",
                      "Ban CHQS huyện Long Điền", "Ban CHQS huyện Xuyên Mộc", "Chi khu quân sự Kulen",
                      "Chi khu quân sự Cheb"}));
}

TEST(AgencyGrammarTest, ProvincesAsTheSides) {
  EXPECT_EQ(Read("Lễ ký kết chương trình hợp tác giữa tỉnh Cà Mau – Ninh Bình."),
            (Displays{"tỉnh Cà Mau [weak]", "tỉnh Ninh Bình [weak]"}));
  EXPECT_EQ(Read("Kết quả hợp tác giữa Cà Mau và Ninh Bình, Hà Nội."),
            (Displays{"tỉnh Cà Mau [weak]", "tỉnh Ninh Bình [weak]", "thành phố Hà Nội [weak]"}));
  // One bare name is no list of sides.
  EXPECT_EQ(Read("Hợp tác giữa Cà Mau với các đối tác."), Displays{});
}

TEST(AgencyGrammarTest, GroupListedAfterGom) {
  // Mixed levels ("tỉnh, thành phố"): the members take none.
  EXPECT_EQ(Read("Quy chế giữa Công an 3 tỉnh, thành phố gồm: Đồng Nai, Bình Dương, Tây Ninh."),
            (Displays{"Công an Đồng Nai", "Công an Bình Dương", "Công an Tây Ninh"}));
}

}  // namespace
}  // namespace coordreport
