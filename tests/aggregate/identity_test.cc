#include "aggregate/identity.h"

#include <gtest/gtest.h>

#include <filesystem>
#include <fstream>
#include <set>

#include <nlohmann/json.hpp>

#include "normalize/text.h"

namespace coordreport {
namespace {

class IdentityTest : public ::testing::Test {
 protected:
  std::string Key(const std::string& name, const std::string& place = "") {
    const AgencyIdentity id = identifier_.Identify(name, place);
    return IdentityKey(id.body, id.place);
  }
  DomainTables tables_ = BuiltinTables();
  AgencyIdentifier identifier_{tables_};
};

TEST_F(IdentityTest, ThePlaceOfANameThatWritesNoneIsTheArticles) {
  EXPECT_EQ(Key("Sở Nội vụ", "Thanh Hóa"), Key("Sở Nội vụ tỉnh Thanh Hóa", "Nghệ An"));
  EXPECT_EQ(Key("Công an tỉnh", "Thanh Hóa"), Key("Công an tỉnh Thanh Hóa"));
  EXPECT_EQ(Key("Ban Tuyên giáo Tỉnh ủy", "Nghệ An"), Key("Ban Tuyên giáo Tỉnh ủy Nghệ An"));
  EXPECT_EQ(identifier_.Identify("Sở Nội vụ tỉnh Thanh Hóa", "").place, "Thanh Hóa");
  EXPECT_TRUE(identifier_.Identify("Sở Nội vụ tỉnh Thanh Hóa", "").written_place);
}

TEST_F(IdentityTest, HoChiMinhTheCityOnlyAfterItsLevel) {
  EXPECT_EQ(identifier_.Identify("Thành ủy TP.HCM", "").place, "Hồ Chí Minh");
  EXPECT_EQ(identifier_.Identify("Công an Thành phố Hồ Chí Minh", "").place, "Hồ Chí Minh");
  const AgencyIdentity youth = identifier_.Identify("Trung ương Đoàn Thanh niên Cộng sản Hồ Chí Minh", "Hà Tĩnh");
  EXPECT_TRUE(youth.national);
  EXPECT_FALSE(youth.written_place);
  EXPECT_EQ(identifier_.Identify("Tỉnh đoàn Thanh niên Cộng sản Hồ Chí Minh", "Hà Tĩnh").place, "Hà Tĩnh");
}

TEST_F(IdentityTest, BodiesOfTwoProvincesStayApart) {
  EXPECT_NE(Key("Công an tỉnh", "Thanh Hóa"), Key("Công an tỉnh", "Nghệ An"));
  EXPECT_NE(Key("Ban Tuyên giáo và Dân vận Tỉnh ủy Hà Tĩnh"), Key("Ban Tuyên giáo và Dân vận Tỉnh ủy Nghệ An"));
  EXPECT_NE(Key("Ban Tuyên giáo và Dân vận Tỉnh ủy Hà Tĩnh"),
            Key("Ban Tuyên giáo và Dân vận Tỉnh ủy", "Nghệ An"));
}

TEST_F(IdentityTest, AbbreviationsAndSpelledOutFormsAreOne) {
  EXPECT_EQ(Key("UBND tỉnh", "Hà Tĩnh"), Key("Ủy ban nhân dân tỉnh", "Hà Tĩnh"));
  EXPECT_EQ(Key("LĐLĐ tỉnh", "Hà Tĩnh"), Key("Liên đoàn Lao động tỉnh Hà Tĩnh"));
  EXPECT_EQ(Key("BHXH tỉnh", "Hà Tĩnh"), Key("Bảo hiểm xã hội tỉnh", "Hà Tĩnh"));
  EXPECT_EQ(Key("Ủy ban MTTQ Việt Nam tỉnh", "Hà Tĩnh"), Key("Ủy ban Mặt trận Tổ quốc Việt Nam tỉnh Hà Tĩnh"));
  EXPECT_TRUE(identifier_.Identify("UBND tỉnh", "").abbreviated);
  EXPECT_FALSE(identifier_.Identify("Ủy ban nhân dân tỉnh", "").abbreviated);
}

TEST_F(IdentityTest, NationalBodiesTakeNoProvince) {
  for (const char* name : {"Bộ Công an", "Ban Tuyên giáo Trung ương", "Tòa án nhân dân tối cao", "Quân khu 4",
                           "Thanh tra Chính phủ", "Văn phòng Quốc hội", "Hội Nông dân Việt Nam",
                           "Bộ Tư lệnh Vùng Cảnh sát biển 4", "Ban Tuyên giáo TW", "Bảo hiểm xã hội Việt Nam",
                           "Thông tấn xã Việt Nam", "Cục Chính trị Quân khu 2"}) {
    const AgencyIdentity id = identifier_.Identify(name, "Hà Tĩnh");
    EXPECT_TRUE(id.national) << name;
    EXPECT_EQ(id.place, "") << name;
  }
  // Provincial bodies whose names start like national ones, or name the
  // country before their level.
  for (const char* name : {"Bộ Chỉ huy Quân sự tỉnh", "Bộ đội Biên phòng tỉnh", "Hội Liên hiệp Phụ nữ Việt Nam tỉnh",
                           "Sở Nội vụ", "Đoàn đại biểu Quốc hội tỉnh", "Ban Chỉ đạo 35", "Sở Tư pháp",
                           "Sở Kế hoạch và Đầu tư", "Đoàn đại biểu Quốc hội", "Bảo hiểm xã hội tỉnh",
                           "Chi cục Thuế", "Liên minh Hợp tác xã tỉnh"}) {
    const AgencyIdentity id = identifier_.Identify(name, "Hà Tĩnh");
    EXPECT_FALSE(id.national) << name;
    EXPECT_EQ(id.place, "Hà Tĩnh") << name;
  }
}

TEST_F(IdentityTest, NamesBelowTheProvinceKeepTheirOwnPlace) {
  EXPECT_NE(Key("Huyện ủy Kỳ Sơn", "Nghệ An"), Key("Huyện ủy Tương Dương", "Nghệ An"));
  EXPECT_EQ(WithPlace("Huyện ủy Kỳ Sơn", "Nghệ An"), "Huyện ủy Kỳ Sơn");
}

TEST_F(IdentityTest, WithPlaceWritesTheProvinceAsAReaderWould) {
  EXPECT_EQ(WithPlace("Công an tỉnh", "Thanh Hóa"), "Công an tỉnh Thanh Hóa");
  EXPECT_EQ(WithPlace("Ban Tuyên giáo Tỉnh ủy", "Nghệ An"), "Ban Tuyên giáo Tỉnh ủy Nghệ An");
  EXPECT_EQ(WithPlace("Sở Nội vụ", "Thanh Hóa"), "Sở Nội vụ tỉnh Thanh Hóa");
  EXPECT_EQ(WithPlace("Sở Nội vụ", "Hà Nội"), "Sở Nội vụ thành phố Hà Nội");
  EXPECT_EQ(WithPlace("Thành ủy", "Hà Nội"), "Thành ủy Hà Nội");
  EXPECT_EQ(WithPlace("Sở Nội vụ", ""), "Sở Nội vụ");
  // "xã hội" is no commune: the same rule as Identify's.
  EXPECT_EQ(WithPlace("Bảo hiểm xã hội", "Hà Tĩnh"), "Bảo hiểm xã hội tỉnh Hà Tĩnh");
  EXPECT_EQ(WithPlace("Ủy ban nhân dân xã Kỳ Tân", "Hà Tĩnh"), "Ủy ban nhân dân xã Kỳ Tân");
  EXPECT_EQ(WithPlace("Sở Nội vụ", std::string(1, kSitePlace) + "example.org"), "Sở Nội vụ");
}

TEST(CanonicalAgencyNameTest, PrefersTheWrittenPlaceThenTheSpelledOutForm) {
  std::vector<AgencyForm> forms = {{"Sở Nội vụ", 5, false, false}, {"Sở Nội vụ tỉnh Thanh Hóa", 1, true, false}};
  EXPECT_EQ(CanonicalAgencyName(forms, "Thanh Hóa"), "Sở Nội vụ tỉnh Thanh Hóa");
  forms = {{"UBND tỉnh", 9, false, true}, {"Ủy ban nhân dân tỉnh", 1, false, false}};
  EXPECT_EQ(CanonicalAgencyName(forms, "Hà Tĩnh"), "Ủy ban nhân dân tỉnh Hà Tĩnh");
  forms = {{"UBND tỉnh", 9, false, true}};
  EXPECT_EQ(CanonicalAgencyName(forms, ""), "UBND tỉnh");
}

TEST(IdentityKeyTest, SplitsBack) {
  std::string body, place;
  SplitIdentityKey(IdentityKey("sở nội vụ", "Thanh Hóa"), &body, &place);
  EXPECT_EQ(body, "sở nội vụ");
  EXPECT_EQ(place, "Thanh Hóa");
}


// The agency names of the real pages' gold (../shared/real/gold), when
// there: every one the annotators wrote with a local level stays local,
// every ministry ("Bộ …" but its provincial commands) and every name of a
// central body ("Trung ương", "TW") is national.
TEST(IdentityRealTest, NationalBodiesOfTheRealPagesGold) {
  if (!std::filesystem::exists(REAL_GOLD_DIR)) GTEST_SKIP() << "no " << REAL_GOLD_DIR;
  std::set<std::string> names;
  for (const auto& entry : std::filesystem::directory_iterator(REAL_GOLD_DIR)) {
    if (entry.path().extension() != ".json") continue;
    std::ifstream in(entry.path());
    const nlohmann::json gold = nlohmann::json::parse(in, nullptr, false);
    if (!gold.is_object() || !gold.contains("agencies")) continue;
    for (const auto& a : gold["agencies"]) names.insert(a.is_string() ? a.get<std::string>() : a.value("name", ""));
  }
  ASSERT_GT(names.size(), 100u);
  const DomainTables tables = BuiltinTables();
  AgencyIdentifier identifier(tables);
  int national = 0;
  for (const std::string& name : names) {
    const std::string key = " " + MatchKey(NormalizeText(name)) + " ";
    const AgencyIdentity id = identifier.Identify(name, "Hà Tĩnh");
    national += id.national;
    bool local = false;
    for (const char* level : {" tỉnh ", " huyện ", " thành phố ", " quận ", " thị xã ", " tỉnh ủy ", " huyện ủy "})
      local = local || key.find(level) != std::string::npos;
    if (local) {
      EXPECT_FALSE(id.national) << name;
    }
    const bool ministry = key.starts_with(" bộ ") && !key.starts_with(" bộ chỉ huy ") && !key.starts_with(" bộ đội ") &&
                          !key.starts_with(" bộ chqs ");
    if (ministry) {
      EXPECT_TRUE(id.national) << name;
    }
    if (!local && (key.find(" trung ương ") != std::string::npos || key.find(" t.ư ") != std::string::npos)) {
      EXPECT_TRUE(id.national) << name;
    }
  }
  EXPECT_GE(national, 40) << "of " << names.size();  // 47 when this test was written
}

}  // namespace
}  // namespace coordreport
