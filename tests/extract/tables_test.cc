#include "extract/tables.h"

#include <gtest/gtest.h>

#include <set>

namespace coordreport {
namespace {

TEST(TablesTest, BuiltinTablesAreConsistent) {
  DomainTables t = BuiltinTables();
  std::set<std::string> bodies;
  for (const AgencyBody& b : t.bodies) EXPECT_TRUE(bodies.insert(b.name).second) << "duplicate body " << b.name;
  for (const auto& [alias, target] : t.aliases) EXPECT_TRUE(bodies.count(target)) << alias << " -> " << target;
  EXPECT_EQ(t.document_types.at("QCPH"), "Quy chế phối hợp");
  EXPECT_EQ(t.document_types.at("ĐA"), "Đề án");
  std::set<std::string> countables(t.countables.begin(), t.countables.end());
  EXPECT_EQ(countables.size(), t.countables.size());
}

}  // namespace
}  // namespace coordreport
