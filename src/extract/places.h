// Vietnam's provinces and centrally-run cities, before and after the 2025
// mergers, and the words that name an administrative unit ("tỉnh", "huyện",
// "đặc khu", …). Data, not grammar: the agency grammar asks "is this a
// province?" and "which unit word starts here?" and the scorer asks whether
// a trailing phrase is only a place.
#pragma once

#include <string>
#include <string_view>
#include <vector>

namespace coordreport {

struct Province {
  std::string name;                   // canonical: "Thừa Thiên Huế", "Hồ Chí Minh"
  std::vector<std::string> variants;  // other spellings: "Thừa Thiên - Huế", "TP.HCM"
  bool city = false;                  // centrally-run city ("thành phố trực thuộc trung ương")
  bool before_2025 = true;            // one of the 63 units until 30 June 2025
  bool after_2025 = true;             // one of the 34 units from 1 July 2025
  std::string merged_into;            // for a unit merged in 2025: the new unit's name
};

// The city that bears a person's name: "Đoàn Thanh niên Cộng sản Hồ Chí
// Minh", "Học viện Chính trị quốc gia Hồ Chí Minh" name no place, so it is
// a place only after its level ("thành phố", "Thành ủy", "TP.").
inline constexpr std::string_view kPersonNamedCity = "Hồ Chí Minh";

// Whether `key` (a match key) ends with a level the person-named city
// follows when it is the city: "… thành phố", "… thành ủy", "… tp".
bool EndsWithCityLevel(std::string_view key);

// The 63 units before 1 July 2025 and the 34 after, each name once.
const std::vector<Province>& Provinces();

// Unit words, longest first, lower case: "thành phố", "thị trấn", "tỉnh", …
const std::vector<std::string>& UnitWords();

// The province whose name or one of its variants `key` starts with, as
// whole words, longest first; nullptr when none. Sets *length to the bytes
// of `key` it covers.
// REQUIRES: key is a MatchKey of NormalizeText output.
const Province* ProvinceAt(std::string_view key, size_t* length);

}  // namespace coordreport
