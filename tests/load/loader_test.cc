#include "load/loader.h"

#include <gtest/gtest.h>

#include <filesystem>
#include <fstream>
#include <sstream>

namespace coordreport {
namespace {

namespace fs = std::filesystem;

struct Loaded {
  std::vector<Record> records;
  std::vector<Diagnostic> diagnostics;
  LoadStats stats;
};

Loaded LoadString(const std::string& content, const std::string& name) {
  Loaded out;
  std::istringstream in(content);
  LoadStream(in, name, [&](Record&& r) { out.records.push_back(std::move(r)); },
             [&](const Diagnostic& d) { out.diagnostics.push_back(d); }, out.stats);
  return out;
}

class TempDir : public ::testing::Test {
 protected:
  void SetUp() override {
    dir_ = fs::temp_directory_path() / ("coordreport-loader-" + std::to_string(::getpid()) + "-" +
                                        ::testing::UnitTest::GetInstance()->current_test_info()->name());
    fs::create_directories(dir_);
  }
  void TearDown() override { fs::remove_all(dir_); }
  std::string Write(const std::string& name, const std::string& content) {
    fs::path p = dir_ / name;
    fs::create_directories(p.parent_path());
    std::ofstream(p, std::ios::binary) << content;
    return p.string();
  }
  fs::path dir_;
};

TEST(LoaderTest, JsonLinesKeepGoodRecordsAndNameBadLines) {
  Loaded l = LoadString("{\"id\":\"a\",\"text\":\"x\"}\n{broken\n\n{\"id\":\"b\",\"text\":5}\n{\"id\":\"c\",\"text\":\"y\"}\n",
                        "news.jsonl");
  ASSERT_EQ(l.records.size(), 2u);
  EXPECT_EQ(l.records[0].origin, "news.jsonl:1");
  EXPECT_EQ(l.records[1].id, "c");
  ASSERT_EQ(l.diagnostics.size(), 2u);
  EXPECT_EQ(l.diagnostics[0].origin, "news.jsonl:2");
  EXPECT_NE(l.diagnostics[0].message.find("malformed JSON"), std::string::npos);
  EXPECT_EQ(l.diagnostics[1].origin, "news.jsonl:4");
  EXPECT_NE(l.diagnostics[1].message.find("\"text\""), std::string::npos);
  EXPECT_EQ(l.stats.rejected, 2);
}

TEST(LoaderTest, BomCrlfAndInvalidUtf8) {
  Loaded l = LoadString("\xEF\xBB\xBF{\"id\":\"a\",\"text\":\"x\"}\r\n{\"id\":\"b\",\"text\":\"\xFF\"}\r\n", "a.jsonl");
  ASSERT_EQ(l.records.size(), 1u);
  ASSERT_EQ(l.diagnostics.size(), 1u);
  EXPECT_EQ(l.diagnostics[0].origin, "a.jsonl:2");
}

TEST(LoaderTest, BadDatesAreReportedAndDroppedNotTheRecord) {
  Loaded l = LoadString("{\"id\":\"a\",\"text\":\"x\",\"published\":\"2024-02-31\"}\n", "a.jsonl");
  ASSERT_EQ(l.records.size(), 1u);
  EXPECT_EQ(l.records[0].published, "");
  ASSERT_EQ(l.diagnostics.size(), 1u);
  EXPECT_NE(l.diagnostics[0].message.find("2024-02-31"), std::string::npos);
}

TEST(LoaderTest, JsonArrayElementsAreIndependentAndLineNumbered) {
  Loaded l = LoadString("[\n  {\"id\":\"a\",\"text\":\"x\"},\n  {\"id\":\"b\" \"text\":\"y\"},\n  7,\n"
                        "  {\"id\":\"c\",\"text\":\"has \\\"quotes\\\" and } braces\"}\n]\n",
                        "list.json");
  ASSERT_EQ(l.records.size(), 2u);
  EXPECT_EQ(l.records[1].id, "c");
  EXPECT_EQ(l.records[1].origin, "list.json:5");
  ASSERT_EQ(l.diagnostics.size(), 2u);
  EXPECT_EQ(l.diagnostics[0].origin, "list.json:3");
  EXPECT_EQ(l.diagnostics[1].origin, "list.json:4");
}

TEST(LoaderTest, TruncatedJsonArrayIsReported) {
  Loaded l = LoadString("[{\"id\":\"a\",\"text\":\"x\"}, {\"id\":\"b\",\"te", "cut.json");
  EXPECT_EQ(l.records.size(), 1u);
  ASSERT_EQ(l.diagnostics.size(), 1u);
  EXPECT_NE(l.diagnostics[0].message.find("truncated"), std::string::npos);
}

TEST(LoaderTest, RawTextArticleUsesFileStemAndStripsNul) {
  Loaded l = LoadString(std::string("Tiêu đề\n\nNội\0 dung.", 22), "dir/000_abc.txt");
  ASSERT_EQ(l.records.size(), 1u);
  EXPECT_EQ(l.records[0].id, "000_abc");
  EXPECT_EQ(l.records[0].text.find('\0'), std::string::npos);
  EXPECT_EQ(l.diagnostics.size(), 1u);
}

TEST(LoaderTest, EmptyInputsAreErrors) {
  EXPECT_EQ(LoadString("", "e.txt").diagnostics.size(), 1u);
  EXPECT_EQ(LoadString("  \n", "e.json").diagnostics.size(), 1u);
  EXPECT_EQ(LoadString("", "e.jsonl").records.size(), 0u);
}

TEST(LoaderTest, StdinFormatIsGuessed) {
  EXPECT_EQ(LoadString("{\"id\":\"a\",\"text\":\"x\"}\n{\"id\":\"b\",\"text\":\"y\"}\n", "-").records.size(), 2u);
  EXPECT_EQ(LoadString("[{\"id\":\"a\",\"text\":\"x\"}]", "-").records.size(), 1u);
  Loaded raw = LoadString("Một bài viết thô.", "-");
  ASSERT_EQ(raw.records.size(), 1u);
  EXPECT_EQ(raw.records[0].id, "stdin");
}

TEST_F(TempDir, FoldersAreSortedMixedFilesSkippedMissingPathsReported) {
  Write("b.txt", "Bài B.");
  Write("a/z.jsonl", "{\"id\":\"z\",\"text\":\"x\"}\n");
  Write("notes.md", "# không phải bài viết");
  Write(".hidden/x.txt", "ẩn");
  std::vector<std::string> ids;
  std::vector<Diagnostic> diags;
  LoadStats stats = LoadInputs({dir_.string(), (dir_ / "missing.jsonl").string()},
                               [&](Record&& r) { ids.push_back(r.id); },
                               [&](const Diagnostic& d) { diags.push_back(d); });
  EXPECT_EQ(ids, (std::vector<std::string>{"z", "b"}));
  EXPECT_EQ(stats.skipped_files, 1);
  ASSERT_EQ(diags.size(), 2u);  // never skipped silently: the folder says what it left out
  EXPECT_NE(diags[0].message.find("1 files of other types skipped"), std::string::npos);
  EXPECT_EQ(diags[0].severity, Diagnostic::Severity::kWarning);
  EXPECT_NE(diags[1].message.find("no such file"), std::string::npos);
}

TEST_F(TempDir, UnsupportedExplicitFileIsAnError) {
  std::string p = Write("data.csv", "id,text\n");
  std::vector<Diagnostic> diags;
  LoadInputs({p}, [](Record&&) {}, [&](const Diagnostic& d) { diags.push_back(d); });
  ASSERT_EQ(diags.size(), 1u);
  EXPECT_NE(diags[0].message.find("unsupported"), std::string::npos);
}

}  // namespace
}  // namespace coordreport
