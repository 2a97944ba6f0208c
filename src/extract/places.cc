// The province table. Sources: the 63 units of the 2008-2025 map and
// Resolution 202/2025/QH15 (34 units from 1 July 2025). Variants are the
// spellings real pages use (old and new tone placement are folded by
// NormalizeText, so only other spellings are listed).
#include "extract/places.h"

#include <algorithm>
#include <array>

#include "extract/scan.h"
#include "normalize/text.h"

namespace coordreport {
namespace {

std::vector<Province> BuildProvinces() {
  // name, variants, city, before_2025, after_2025, merged_into
  return {
      // Centrally-run cities.
      {"Hà Nội", {"HN"}, true, true, true, ""},
      {"Hồ Chí Minh", {"HCM", "TPHCM", "TP.HCM", "TP HCM", "Sài Gòn"}, true, true, true, ""},
      {"Hải Phòng", {}, true, true, true, ""},
      {"Đà Nẵng", {}, true, true, true, ""},
      {"Cần Thơ", {}, true, true, true, ""},
      {"Huế", {}, true, false, true, ""},
      // Provinces that kept their name in 2025 (some absorbed others).
      {"An Giang", {}, false, true, true, ""},
      {"Bắc Ninh", {}, false, true, true, ""},
      {"Cà Mau", {}, false, true, true, ""},
      {"Cao Bằng", {}, false, true, true, ""},
      {"Đắk Lắk", {"Đăk Lăk", "Đắc Lắc", "Dak Lak", "Đăk Lắk", "Đắk Lăk"}, false, true, true, ""},
      {"Điện Biên", {}, false, true, true, ""},
      {"Đồng Nai", {}, false, true, true, ""},
      {"Đồng Tháp", {}, false, true, true, ""},
      {"Gia Lai", {}, false, true, true, ""},
      {"Hà Tĩnh", {}, false, true, true, ""},
      {"Hưng Yên", {}, false, true, true, ""},
      {"Khánh Hòa", {}, false, true, true, ""},
      {"Lai Châu", {}, false, true, true, ""},
      {"Lâm Đồng", {}, false, true, true, ""},
      {"Lạng Sơn", {}, false, true, true, ""},
      {"Lào Cai", {}, false, true, true, ""},
      {"Nghệ An", {}, false, true, true, ""},
      {"Ninh Bình", {}, false, true, true, ""},
      {"Phú Thọ", {}, false, true, true, ""},
      {"Quảng Ngãi", {}, false, true, true, ""},
      {"Quảng Ninh", {}, false, true, true, ""},
      {"Quảng Trị", {}, false, true, true, ""},
      {"Sơn La", {}, false, true, true, ""},
      {"Tây Ninh", {}, false, true, true, ""},
      {"Thái Nguyên", {}, false, true, true, ""},
      {"Thanh Hóa", {}, false, true, true, ""},
      {"Tuyên Quang", {}, false, true, true, ""},
      {"Vĩnh Long", {}, false, true, true, ""},
      // Units merged into another on 1 July 2025.
      {"Bà Rịa - Vũng Tàu", {"Bà Rịa-Vũng Tàu", "BR-VT", "Bà Rịa Vũng Tàu"}, false, true, false, "Hồ Chí Minh"},
      {"Bắc Giang", {}, false, true, false, "Bắc Ninh"},
      {"Bắc Kạn", {"Bắc Cạn"}, false, true, false, "Thái Nguyên"},
      {"Bạc Liêu", {}, false, true, false, "Cà Mau"},
      {"Bến Tre", {}, false, true, false, "Vĩnh Long"},
      {"Bình Định", {}, false, true, false, "Gia Lai"},
      {"Bình Dương", {}, false, true, false, "Hồ Chí Minh"},
      {"Bình Phước", {}, false, true, false, "Đồng Nai"},
      {"Bình Thuận", {}, false, true, false, "Lâm Đồng"},
      {"Đắk Nông", {"Đăk Nông", "Dak Nong"}, false, true, false, "Lâm Đồng"},
      {"Hà Giang", {}, false, true, false, "Tuyên Quang"},
      {"Hà Nam", {}, false, true, false, "Ninh Bình"},
      {"Hải Dương", {}, false, true, false, "Hải Phòng"},
      {"Hậu Giang", {}, false, true, false, "Cần Thơ"},
      {"Hòa Bình", {}, false, true, false, "Phú Thọ"},
      {"Kiên Giang", {}, false, true, false, "An Giang"},
      {"Kon Tum", {"Kontum"}, false, true, false, "Quảng Ngãi"},
      {"Long An", {}, false, true, false, "Tây Ninh"},
      {"Nam Định", {}, false, true, false, "Ninh Bình"},
      {"Ninh Thuận", {}, false, true, false, "Khánh Hòa"},
      {"Phú Yên", {}, false, true, false, "Đắk Lắk"},
      {"Quảng Bình", {}, false, true, false, "Quảng Trị"},
      {"Quảng Nam", {}, false, true, false, "Đà Nẵng"},
      {"Sóc Trăng", {}, false, true, false, "Cần Thơ"},
      {"Thái Bình", {}, false, true, false, "Hưng Yên"},
      {"Thừa Thiên Huế", {"Thừa Thiên - Huế", "Thừa Thiên-Huế", "TT-Huế", "TT Huế"}, false, true, false, "Huế"},
      {"Tiền Giang", {}, false, true, false, "Đồng Tháp"},
      {"Trà Vinh", {}, false, true, false, "Vĩnh Long"},
      {"Vĩnh Phúc", {}, false, true, false, "Phú Thọ"},
      {"Yên Bái", {}, false, true, false, "Lào Cai"},
  };
}

// "bà rịa - vũng tàu", "thừa thiên- huế" and "thừa thiên-huế" are one
// spelling: spaces next to a dash are left out.
std::string FoldDashSpaces(std::string_view s) {
  std::string out;
  for (size_t i = 0; i < s.size(); ++i) {
    if (s[i] == ' ' && ((i + 1 < s.size() && s[i + 1] == '-') || (!out.empty() && out.back() == '-'))) continue;
    out.push_back(s[i]);
  }
  return out;
}

struct Entry {
  std::string key;  // folded match key
  const Province* province;
};

struct KeyIndex {
  std::array<std::vector<Entry>, 256> by_first_byte;  // longest first
  size_t longest = 0;
};

// Every name and variant as a folded match key, longest first, by first byte.
const KeyIndex& Keys() {
  static const KeyIndex keys = [] {
    KeyIndex out;
    auto add = [&out](const std::string& name, const Province* p) {
      std::string key = FoldDashSpaces(MatchKey(NormalizeText(name)));
      out.longest = std::max(out.longest, key.size());
      out.by_first_byte[static_cast<unsigned char>(key[0])].push_back({std::move(key), p});
    };
    for (const Province& p : Provinces()) {
      add(p.name, &p);
      for (const std::string& v : p.variants) add(v, &p);
    }
    for (auto& bucket : out.by_first_byte)
      std::stable_sort(bucket.begin(), bucket.end(),
                       [](const Entry& x, const Entry& y) { return x.key.size() > y.key.size(); });
    return out;
  }();
  return keys;
}

}  // namespace

const std::vector<Province>& Provinces() {
  static const std::vector<Province> provinces = BuildProvinces();
  return provinces;
}

const std::vector<std::string>& UnitWords() {
  static const std::vector<std::string> words = {"thành phố", "thị trấn", "đặc khu", "thị xã", "phường",
                                                 "huyện",     "quận",     "tỉnh",    "xã",     "tp"};
  return words;
}

bool EndsWithCityLevel(std::string_view key) {
  while (!key.empty() && (key.back() == ' ' || key.back() == '.')) key.remove_suffix(1);
  for (std::string_view level : {"thành phố", "thành ủy", "tp"})
    if (key == level || (key.ends_with(level) && key[key.size() - level.size() - 1] == ' ')) return true;
  return false;
}

const Province* ProvinceAt(std::string_view key, size_t* length) {
  const KeyIndex& keys = Keys();
  if (key.empty() || keys.by_first_byte[static_cast<unsigned char>(key[0])].empty()) return nullptr;
  // FoldDashSpaces on the first bytes, into fixed buffers: this runs for
  // every capitalized word after a level. Folding the longest name and a
  // few spaces around its dashes more is enough.
  constexpr size_t kMax = 64;
  char folded[kMax];
  size_t ends[kMax], n = 0;
  const size_t limit = std::min({key.size(), keys.longest + 8, kMax});
  for (size_t i = 0; i < limit; ++i) {
    if (key[i] == ' ' && ((i + 1 < key.size() && key[i + 1] == '-') || (n > 0 && folded[n - 1] == '-'))) continue;
    folded[n] = key[i];
    ends[n++] = i + 1;
  }
  const std::string_view f(folded, n);
  for (const Entry& e : keys.by_first_byte[static_cast<unsigned char>(key[0])]) {
    if (f.size() < e.key.size() || (e.key.size() > 1 && f[1] != e.key[1])) continue;
    if (f.compare(0, e.key.size(), e.key) != 0) continue;
    const size_t end = ends[e.key.size() - 1];
    if (!scan::IsWordBoundedAt(key, 0, end)) continue;
    *length = end;
    return e.province;
  }
  return nullptr;
}

}  // namespace coordreport
