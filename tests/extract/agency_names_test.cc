#include "extract/agency_names.h"

#include <gtest/gtest.h>

namespace coordreport {
namespace {

const Lexicon& Lex() {
  static const DomainTables tables = BuiltinTables();
  static const Lexicon lexicon(tables);
  return lexicon;
}

TEST(AgencyNamesTest, OneKeyForTheWaysOfWritingTheFront) {
  const std::string key = AgencyKey("Ủy ban Mặt trận Tổ quốc Việt Nam tỉnh", Lex());
  EXPECT_EQ(AgencyKey("Ủy ban MTTQ tỉnh", Lex()), key);
  EXPECT_EQ(AgencyKey("Ban Thường trực UBMTTQ tỉnh", Lex()), key);
  EXPECT_EQ(AgencyKey("Mặt trận Tổ quốc tỉnh", Lex()), key);
  // A party committee's standing body is a body of its own.
  EXPECT_NE(AgencyKey("Ban Thường vụ Tỉnh ủy", Lex()), AgencyKey("Tỉnh ủy", Lex()));
  EXPECT_EQ(AgencyKey("Huyện ủy huyện Gò Công Đông", Lex()), AgencyKey("Huyện ủy Gò Công Đông", Lex()));
}

TEST(AgencyNamesTest, InitialsOfFullAndAbbreviatedNames) {
  bool acronym = true;
  EXPECT_EQ(Initials("Ủy ban Mặt trận Tổ quốc tỉnh", &acronym), "ủbmttqt");
  EXPECT_FALSE(acronym);
  EXPECT_EQ(Initials("Ủy ban MTTQ tỉnh", &acronym), "ủbmttqt");
  EXPECT_TRUE(acronym);
  EXPECT_EQ(Initials("Viện KSND (Viện Kiểm sát) Khu vực 9", &acronym), "vksndkv9");
}

TEST(AgencyNamesTest, AliasesAndCapitals) {
  EXPECT_EQ(UserAlias("Học viện khu vực II", Lex()), "Học viện Chính trị khu vực II");
  EXPECT_EQ(UserAlias("Học viện Chính trị khu vực II", Lex()), "Học viện Chính trị khu vực II");
  EXPECT_EQ(Capitalized("trường Chính trị tỉnh"), "Trường Chính trị tỉnh");
  EXPECT_EQ(Capitalized("ủy ban nhân dân"), "Ủy ban nhân dân");
  EXPECT_EQ(Capitalized("Sở Tư pháp"), "Sở Tư pháp");
}

TEST(AgencyNamesTest, AProvinceHoweverWritten) {
  const std::string key = AgencyKey("Công an Thành phố Hồ Chí Minh", Lex());
  EXPECT_EQ(AgencyKey("Công an TP. HCM", Lex()), key);
  EXPECT_EQ(AgencyKey("Công an TP.Hồ Chí Minh", Lex()), key);
  EXPECT_EQ(AgencyKey("Công an TP.HCM", Lex()), key);
  EXPECT_NE(AgencyKey("Công an tỉnh Long An", Lex()), AgencyKey("Công an tỉnh An Giang", Lex()));
}

}  // namespace
}  // namespace coordreport
