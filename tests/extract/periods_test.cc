#include "extract/periods.h"

#include <gtest/gtest.h>

#include "normalize/text.h"

namespace coordreport {
namespace {

std::vector<std::pair<std::string, PeriodKind>> Find(const std::string& text) {
  std::vector<std::pair<std::string, PeriodKind>> out;
  for (const PeriodMention& m : FindPeriods(MatchKey(NormalizeText(text)))) out.emplace_back(m.Label(), m.kind);
  return out;
}

using K = PeriodKind;

TEST(PeriodsTest, CoveredSpansAndYears) {
  EXPECT_EQ(Find("giai đoạn 2020 - 2022, năm 2023-2024, giai đoạn II (2023 – 2025), năm 2025"),
            (std::vector<std::pair<std::string, K>>{
                {"2020-2022", K::kCovered}, {"2023-2024", K::kCovered}, {"2023-2025", K::kCovered}, {"2025", K::kYear}}));
}

TEST(PeriodsTest, AnniversaryTermAndHorizonAreNotCovered) {
  EXPECT_EQ(Find("70 năm chiến thắng (1954 - 2024), nhiệm kỳ 2020-2025, đến năm 2030, tầm nhìn đến năm 2045"),
            (std::vector<std::pair<std::string, K>>{{"1954-2024", K::kAnniversary},
                                                     {"2020-2025", K::kTerm},
                                                     {"2030", K::kHorizon},
                                                     {"2045", K::kHorizon}}));
}

TEST(PeriodsTest, QuotedTitlesAndSchoolYearsAreNames) {
  EXPECT_EQ(Find("Đề án “Nâng cao hiệu quả giai đoạn 2021 - 2025” và năm học 2024 - 2025"),
            (std::vector<std::pair<std::string, K>>{{"2021-2025", K::kName}, {"2024-2025", K::kTerm}}));
}

TEST(PeriodsTest, DatesNumbersAndPlacesAreNotPeriods) {
  EXPECT_TRUE(Find("ngày 19/11/2024, số 36/2021/QH15, Bà Rịa – Vũng Tàu, 2024 đại biểu").empty());
}

}  // namespace
}  // namespace coordreport
