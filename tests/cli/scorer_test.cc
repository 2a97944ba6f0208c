#include "cli/scorer.h"

#include <gtest/gtest.h>

#include <filesystem>
#include <fstream>

namespace coordreport {
namespace {

Record Extracted() {
  Record r;
  r.id = "a";
  r.event_date = "2024-11-19";
  r.references = {{"35-NQ/TW", "", "", "", "", "", 1, ""}, {"37-CT/TW", "", "", "", "", "", 1, ""}};
  r.agencies = {{"A", 1}, {"B", 1}, {"X", 1}};
  r.programs = {{"chương trình phối hợp", {"B", "A"}, "", "", "", "", "", ""}};
  r.periods = {"2025"};
  return r;
}

TEST(ScorerTest, CountsCorrectMissingExtraAndLeaks) {
  Gold g;
  g.id = "a";
  g.event_date = "2024-11-19";
  g.references = {"35-NQ/TW", "05-CT/TW"};
  g.not_references = {"37-CT/TW"};
  g.agencies = {{"A", {}}, {"B", {}}};
  g.entries = {{"A", "B"}};
  g.periods = {"2025", "2023-2024"};
  Scores s = Score({g}, {Extracted()});
  EXPECT_EQ(s.articles, 1);
  EXPECT_EQ(s.dates_correct, 1);
  EXPECT_EQ(s.leaks, 1);
  const KindScore& docs = s.kinds.at("documents");
  EXPECT_EQ(docs.gold, 2);
  EXPECT_EQ(docs.found, 2);
  EXPECT_EQ(docs.correct, 1);
  EXPECT_DOUBLE_EQ(docs.F1(), 0.5);
  EXPECT_DOUBLE_EQ(s.kinds.at("agencies").Precision(), 2.0 / 3);
  EXPECT_DOUBLE_EQ(s.kinds.at("pairs").F1(), 1.0);
  EXPECT_DOUBLE_EQ(s.kinds.at("periods").Recall(), 0.5);
  EXPECT_EQ(s.programs_found, 1);
  EXPECT_EQ(s.programs_right, 1);
}

TEST(ScorerTest, GoldWithoutRecordIsUnmatched) {
  Gold g;
  g.id = "missing";
  Scores s = Score({g}, {Extracted()});
  EXPECT_EQ(s.unmatched, std::vector<std::string>{"missing"});
  EXPECT_EQ(s.articles, 0);
}

TEST(ScorerTest, LoadsGoldFiles) {
  namespace fs = std::filesystem;
  fs::path dir = fs::temp_directory_path() / ("coordreport-gold-" + std::to_string(::getpid()));
  fs::create_directories(dir);
  std::ofstream(dir / "a.json") << R"({"id":"a","event_date":null,"references":["35-NQ/TW"],"pairs":[["B","A"]]})";
  std::ofstream(dir / "notes.md") << "not gold";
  auto gold = LoadGold(dir.string());
  ASSERT_EQ(gold.size(), 1u);
  EXPECT_EQ(gold[0].event_date, "");
  EXPECT_EQ(gold[0].entries[0], (std::vector<std::string>{"B", "A"}));
  std::ofstream(dir / "b.json") << "{broken";
  EXPECT_THROW(LoadGold(dir.string()), std::runtime_error);
  fs::remove_all(dir);
}

}  // namespace
}  // namespace coordreport
