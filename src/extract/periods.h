// Year spans in running text and what they mean: a program's covered
// period ("giai đoạn 2023 - 2025", "năm 2023-2024", "năm 2025") as opposed
// to an anniversary ("(1954 - 2024)"), a congress term used as a name
// ("nhiệm kỳ 2020 - 2025") or a horizon ("đến năm 2030, tầm nhìn 2045").
#pragma once

#include <string>
#include <string_view>
#include <vector>

namespace coordreport {

// kName: inside a quoted title (“… giai đoạn 2021 - 2025 …”), part of a name.
enum class PeriodKind { kCovered, kYear, kTerm, kAnniversary, kHorizon, kName };

struct PeriodMention {
  size_t begin = 0;
  size_t end = 0;
  int from = 0;
  int to = 0;  // == from for a single year
  PeriodKind kind = PeriodKind::kYear;

  // "2023-2025" or "2025".
  std::string Label() const;
};

// REQUIRES: key is a MatchKey of normalized text (dashes are "-").
std::vector<PeriodMention> FindPeriods(std::string_view key);

}  // namespace coordreport
