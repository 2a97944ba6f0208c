#include "render/xlsx_check.h"

#include <gtest/gtest.h>
#include <zip.h>

#include <filesystem>
#include <stdexcept>
#include <string>
#include <utility>
#include <vector>

namespace coordreport {
namespace {

namespace fs = std::filesystem;

// A zip of these parts, written with minizip.
std::string Zipped(const std::vector<std::pair<std::string, std::string>>& parts) {
  const std::string path = (fs::temp_directory_path() / ("xlsx_check_" + std::to_string(::getpid()) + ".zip")).string();
  zipFile z = zipOpen64(path.c_str(), APPEND_STATUS_CREATE);
  for (const auto& [name, content] : parts) {
    zipOpenNewFileInZip64(z, name.c_str(), nullptr, nullptr, 0, nullptr, 0, nullptr, Z_DEFLATED, 6, 0);
    zipWriteInFileInZip(z, content.data(), static_cast<unsigned>(content.size()));
    zipCloseFileInZip(z);
  }
  zipClose(z, nullptr);
  return path;
}

const std::string kTypes = "<?xml version=\"1.0\"?>\n<Types xmlns=\"x\"><Default Extension=\"xml\"/></Types>\n";

TEST(XlsxCheckTest, CompletePartsPass) {
  const std::string path = Zipped({{"[Content_Types].xml", kTypes}, {"xl/empty.xml", "<?xml version=\"1.0\"?><a b=\"c\"/>"}});
  EXPECT_NO_THROW(CheckWrittenWorkbook(path));
  fs::remove(path);
}

TEST(XlsxCheckTest, APartCutShortIsNamed) {
  const std::string path =
      Zipped({{"[Content_Types].xml", kTypes}, {"xl/sharedStrings.xml", "<?xml version=\"1.0\"?>\n<sst><si><t>Ban"}});
  try {
    CheckWrittenWorkbook(path);
    ADD_FAILURE() << "a cut part passed";
  } catch (const std::runtime_error& e) {
    EXPECT_NE(std::string(e.what()).find("xl/sharedStrings.xml"), std::string::npos) << e.what();
  }
  fs::remove(path);
}

TEST(XlsxCheckTest, NoZipOrAnEmptyOneFails) {
  const std::string path = (fs::temp_directory_path() / "xlsx_check_not_a_zip").string();
  FILE* f = fopen(path.c_str(), "w");
  fputs("PK not really", f);
  fclose(f);
  EXPECT_THROW(CheckWrittenWorkbook(path), std::runtime_error);
  fs::remove(path);
  const std::string empty = Zipped({});
  EXPECT_THROW(CheckWrittenWorkbook(empty), std::runtime_error);
  fs::remove(empty);
}

}  // namespace
}  // namespace coordreport
