#include "extract/tables.h"

#include <gtest/gtest.h>

#include <set>

namespace coordreport {
namespace {

TEST(TablesTest, BuiltinTablesAreConsistent) {
  DomainTables t = BuiltinTables();
  std::set<std::string> heads, levels, words;
  for (const AgencyHead& h : t.heads) EXPECT_TRUE(heads.insert(h.phrase).second) << "duplicate head " << h.phrase;
  for (const AgencyLevel& l : t.levels) EXPECT_TRUE(levels.insert(l.name).second) << "duplicate level " << l.name;
  for (const std::string& w : t.name_words) EXPECT_TRUE(words.insert(w).second) << "duplicate name word " << w;
  EXPECT_EQ(t.document_types.at("QCPH"), "Quy chế phối hợp");
  EXPECT_EQ(t.document_types.at("ĐA"), "Đề án");
  std::set<std::string> countables(t.countables.begin(), t.countables.end());
  EXPECT_EQ(countables.size(), t.countables.size());
}

}  // namespace
}  // namespace coordreport
