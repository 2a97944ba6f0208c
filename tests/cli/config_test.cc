#include "cli/config.h"

#include <gtest/gtest.h>

#include <filesystem>
#include <fstream>

namespace coordreport {
namespace {

namespace fs = std::filesystem;

// Each test's config file; removed when the test ends so runs leave no files in /tmp.
class ConfigFile {
 public:
  ConfigFile() : path_(fs::temp_directory_path() / ("coordreport-config-" + std::to_string(::getpid()) + ".json")) {}
  ~ConfigFile() { fs::remove(path_); }
  std::string With(const std::string& content) {
    std::ofstream(path_) << content;
    return path_.string();
  }

 private:
  fs::path path_;
};

TEST(ConfigTest, ReadsKnownKeys) {
  ConfigFile file;
  Config c = LoadConfig(file.With(R"({"language":"en","author":"Văn phòng","company":"Tỉnh ủy",
      "agencies":{"bodies":["Ban Chỉ đạo 35"],"aliases":{"BTG":"Ban Tuyên giáo"}}})"));
  EXPECT_EQ(c.language, "en");
  EXPECT_EQ(c.author, "Văn phòng");
  ASSERT_EQ(c.agency_aliases.size(), 1u);
  DomainTables t = TablesWith(c);
  EXPECT_EQ(t.aliases.at("BTG"), "Ban Tuyên giáo");
  bool body = false;
  for (const AgencyHead& h : t.heads) body = body || (h.phrase == "Ban Chỉ đạo 35" && h.kind == HeadKind::kComplete);
  EXPECT_TRUE(body);
}

TEST(ConfigTest, ReportsEveryProblemWithItsJsonPath) {
  ConfigFile file;
  try {
    LoadConfig(file.With(R"({"langage":"vi","author":3,"agencies":{"aliases":{"BTG":1},"extra":[]}})"));
    FAIL();
  } catch (const std::runtime_error& e) {
    std::string what = e.what();
    for (const char* path : {"/langage: unknown key", "/author: must be a string", "/agencies/aliases/BTG",
                             "/agencies/extra: unknown key"})
      EXPECT_NE(what.find(path), std::string::npos) << what;
  }
}

TEST(ConfigTest, MalformedOrMissingExplicitFileIsAnError) {
  ConfigFile file;
  EXPECT_THROW(LoadConfig(file.With("{not json")), std::runtime_error);
  EXPECT_THROW(LoadConfig("/nonexistent/coordreport.json"), std::runtime_error);
}

TEST(ConfigTest, MissingDefaultFileIsFine) {
  setenv("COORDREPORT_CONFIG", "/nonexistent/default.json", 1);
  EXPECT_EQ(LoadConfig("").source, "");
  unsetenv("COORDREPORT_CONFIG");
}

}  // namespace
}  // namespace coordreport
