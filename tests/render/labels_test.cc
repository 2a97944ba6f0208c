#include "render/labels.h"

#include <gtest/gtest.h>

#include <set>

namespace coordreport {
namespace {

size_t Chars(const std::string& s) {
  size_t n = 0;
  for (unsigned char c : s) n += (c & 0xC0) != 0x80;
  return n;
}

TEST(LabelsTest, SheetNamesAreValidExcelNames) {
  for (const char* lang : {"vi", "en"}) {
    const Labels* l = LabelsFor(lang);
    ASSERT_NE(l, nullptr);
    std::set<std::string> names;
    for (const std::string& n : {l->summary, l->programs, l->agencies, l->matrix, l->documents, l->by_period,
                                 l->sources, l->warnings}) {
      EXPECT_FALSE(n.empty());
      EXPECT_LE(Chars(n), 31u) << n;
      EXPECT_EQ(n.find_first_of("[]:*?/\\'"), std::string::npos) << n;
      EXPECT_TRUE(names.insert(n).second) << "duplicate sheet name " << n;
    }
  }
  EXPECT_EQ(LabelsFor("fr"), nullptr);
}

TEST(LabelsTest, BothLanguagesHaveTheSameColumns) {
  const Labels* vi = LabelsFor("vi");
  const Labels* en = LabelsFor("en");
  EXPECT_EQ(vi->program_columns.size(), en->program_columns.size());
  EXPECT_EQ(vi->document_columns.size(), en->document_columns.size());
  EXPECT_EQ(vi->source_columns.size(), en->source_columns.size());
  EXPECT_EQ(vi->period_columns.size(), en->period_columns.size());
  EXPECT_EQ(vi->agency_columns.size(), en->agency_columns.size());
}

}  // namespace
}  // namespace coordreport
