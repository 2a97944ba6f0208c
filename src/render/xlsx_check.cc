#include "render/xlsx_check.h"

#include <unzip.h>

#include <stdexcept>
#include <string_view>

namespace coordreport {
namespace {

// Owns the unzFile (minizip's handle).
class Zip {
 public:
  explicit Zip(const std::string& path) : zip_(unzOpen64(path.c_str())) {
    if (!zip_) throw std::runtime_error("workbook " + path + " is no readable zip");
  }
  ~Zip() { unzClose(zip_); }
  Zip(const Zip&) = delete;
  Zip& operator=(const Zip&) = delete;
  unzFile get() { return zip_; }

 private:
  unzFile zip_;
};

bool EndsWithRootClose(std::string_view xml) {
  size_t p = 0;
  // Past the declaration, comments and processing instructions.
  while ((p = xml.find('<', p)) != std::string_view::npos && p + 1 < xml.size() &&
         (xml[p + 1] == '?' || xml[p + 1] == '!'))
    ++p;
  if (p == std::string_view::npos) return false;
  size_t name_end = p + 1;
  while (name_end < xml.size() && xml[name_end] != ' ' && xml[name_end] != '>' && xml[name_end] != '/' &&
         xml[name_end] != '\n' && xml[name_end] != '\r' && xml[name_end] != '\t')
    ++name_end;
  const std::string_view root = xml.substr(p + 1, name_end - p - 1);
  while (!xml.empty() && (xml.back() == '\n' || xml.back() == '\r' || xml.back() == ' ')) xml.remove_suffix(1);
  if (root.empty()) return false;
  const std::string close = "</" + std::string(root) + ">";
  if (xml.ends_with(close)) return true;
  // A root with no content: "<root …/>" and nothing after.
  return xml.ends_with("/>") && xml.find('<', p + 1) == std::string_view::npos;
}

}  // namespace

void CheckWrittenWorkbook(const std::string& path) {
  Zip zip(path);
  int parts = 0;
  for (int status = unzGoToFirstFile(zip.get()); status != UNZ_END_OF_LIST_OF_FILE;
       status = unzGoToNextFile(zip.get())) {
    if (status != UNZ_OK) throw std::runtime_error("workbook " + path + ": unreadable zip directory");
    char name[512];
    unz_file_info64 info;
    if (unzGetCurrentFileInfo64(zip.get(), &info, name, sizeof name, nullptr, 0, nullptr, 0) != UNZ_OK ||
        unzOpenCurrentFile(zip.get()) != UNZ_OK)
      throw std::runtime_error("workbook " + path + ": unreadable part");
    std::string content;
    char buffer[1 << 16];
    int n;
    while ((n = unzReadCurrentFile(zip.get(), buffer, sizeof buffer)) > 0) content.append(buffer, static_cast<size_t>(n));
    const int closed = unzCloseCurrentFile(zip.get());  // checks the CRC
    if (n < 0 || closed != UNZ_OK) throw std::runtime_error("workbook " + path + ": part " + name + " is damaged");
    const std::string_view part(name);
    if ((part.ends_with(".xml") || part.ends_with(".rels")) && !EndsWithRootClose(content))
      throw std::runtime_error("workbook " + path + ": part " + std::string(part) +
                               " was written incompletely (is the disk or the temporary folder full?)");
    ++parts;
  }
  if (parts == 0) throw std::runtime_error("workbook " + path + " is empty");
}

}  // namespace coordreport
