#include "render/markdown.h"

#include <gtest/gtest.h>

#include <filesystem>
#include <fstream>

namespace coordreport {
namespace {

namespace fs = std::filesystem;

TEST(EscapeMarkdownTest, EscapesTableAndInlineSyntax) {
  EXPECT_EQ(EscapeMarkdown("a|b"), "a\\|b");
  EXPECT_EQ(EscapeMarkdown("x\\y"), "x\\\\y");
  EXPECT_EQ(EscapeMarkdown("dòng\nmới"), "dòng mới");
  EXPECT_EQ(EscapeMarkdown("*đậm* _nghiêng_ [link] <b> `code` #1"),
            "\\*đậm\\* \\_nghiêng\\_ \\[link\\] \\<b\\> \\`code\\` \\#1");
  EXPECT_EQ(EscapeMarkdown("Ủy ban - 35-NQ/TW"), "Ủy ban - 35-NQ/TW");
  EXPECT_EQ(EscapeMarkdown("xem http://x.vn"), "xem http\\://x.vn");
}

Report SmallReport() {
  Report r;
  r.span = *ParsePeriod("2024-Q4", {2025, 1, 1});
  r.previous.period = PreviousPeriod(r.span);
  r.current.articles = 3;
  r.previous.articles = 2;
  ProgramRow p;
  p.instrument = "chương trình phối hợp";
  p.parties = {"Ban A|B", "Ban C"};
  p.sources = {"x"};
  p.articles = 1;
  p.actions = {{1, {2024, 11, 19}}, {0, {2024, 12, 2}}};
  r.action_names = {"sơ kết", "ký kết"};
  r.programs = {p};
  r.sources = {{"x", "Tiêu đề *đặc biệt*", "https://example.org/a b", "", "2024-11-19", false, {}, {}}};
  return r;
}

TEST(RenderMarkdownTest, RendersTheShippedTemplatesWithEscaping) {
  std::string md = RenderMarkdown(SmallReport(), std::string(TEMPLATES_DIR) + "/vi", *LabelsFor("vi"));
  EXPECT_EQ(md.rfind("# Báo cáo", 0), 0u) << md;
  EXPECT_NE(md.find("| Bài viết | 3 | 2 | +1 | +50,0% |"), std::string::npos) << md;
  EXPECT_NE(md.find("Ban A\\|B; Ban C"), std::string::npos) << md;
  EXPECT_NE(md.find("- 19/11/2024: [Tiêu đề \\*đặc biệt\\*](<https://example.org/a%20b>)"), std::string::npos) << md;
  EXPECT_EQ(md.find("\n\n\n"), std::string::npos);
  EXPECT_EQ(md.back(), '\n');
  std::string en = RenderMarkdown(SmallReport(), std::string(TEMPLATES_DIR) + "/en", *LabelsFor("en"));
  EXPECT_NE(en.find("| Articles | 3 | 2 | +1 | +50.0% |"), std::string::npos) << en;
}

// The memo reads what it shows when prepared: the report may be gone (the
// workbook consumes it) by the time it renders.
TEST(RenderMarkdownTest, PreparedMemoRendersWithoutTheReport) {
  const std::string dir = std::string(TEMPLATES_DIR) + "/vi";
  std::function<std::string()> render;
  {
    Report r = SmallReport();
    render = PrepareMarkdown(r, dir, *LabelsFor("vi"));
  }
  const std::string md = render();
  EXPECT_EQ(md, RenderMarkdown(SmallReport(), dir, *LabelsFor("vi")));
  EXPECT_NE(md.find("ký kết (19/11/2024); sơ kết (02/12/2024)"), std::string::npos) << md;
}

TEST(RenderMarkdownTest, BrokenTemplateIsReportedWithFileAndLine) {
  fs::path dir = fs::temp_directory_path() / ("coordreport-tpl-" + std::to_string(::getpid()));
  fs::create_directories(dir);
  std::ofstream(dir / "summary.md.mustache") << "# Tiêu đề\n\n{{#program_rows}}\n{{instrument}}\n";
  try {
    RenderMarkdown(SmallReport(), dir.string(), *LabelsFor("vi"));
    FAIL() << "expected an error";
  } catch (const std::runtime_error& e) {
    std::string what = e.what();
    EXPECT_NE(what.find("summary.md.mustache"), std::string::npos) << what;
    EXPECT_NE(what.find("program_rows"), std::string::npos) << what;
  }
  std::ofstream(dir / "summary.md.mustache") << "ok {{> part}}\n";
  std::ofstream(dir / "part.md.mustache") << "{{#x}}\n";
  try {
    RenderMarkdown(SmallReport(), dir.string(), *LabelsFor("vi"));
    FAIL() << "expected an error";
  } catch (const std::runtime_error& e) {
    EXPECT_NE(std::string(e.what()).find("part.md.mustache"), std::string::npos) << e.what();
  }
  fs::remove_all(dir);
  EXPECT_THROW(RenderMarkdown(SmallReport(), dir.string(), *LabelsFor("vi")), std::runtime_error);
}

}  // namespace
}  // namespace coordreport
