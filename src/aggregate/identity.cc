#include "aggregate/identity.h"

#include <algorithm>

#include "extract/agency_names.h"
#include "extract/lexicon.h"
#include "extract/places.h"
#include "model/text_util.h"
#include "normalize/text.h"

namespace coordreport {
namespace {

// Whole words: `phrase` at the start of `key`, or anywhere in it.
bool StartsWithWords(std::string_view key, std::string_view phrase) {
  return key.starts_with(phrase) && (key.size() == phrase.size() || key[phrase.size()] == ' ');
}
bool HoldsWords(std::string_view key, std::string_view phrase) {
  const std::string padded = " " + std::string(key) + " ";
  return padded.find(" " + std::string(phrase) + " ") != std::string::npos;
}
bool EndsWithWords(std::string_view key, std::string_view phrase) {
  return key.size() > phrase.size() && key.ends_with(phrase) && key[key.size() - phrase.size() - 1] == ' ';
}

// A level below or at the province: such a name belongs to a province.
constexpr std::string_view kLocalWords[] = {"tỉnh",   "thành phố", "huyện",   "quận",     "thị xã", "thị trấn",
                                            "phường", "xã",        "đặc khu", "thành ủy", "thị ủy"};
// Words that hold a level word without naming a level ("xã" is a commune,
// but not in "xã hội", "hợp tác xã", "thông tấn xã").
constexpr std::string_view kNotLevels[] = {" xã hội ", " hợp tác xã ", " thông tấn xã "};
// Whether a name's key names a level at or below the province ("tỉnh",
// "huyện Kỳ Sơn", "xã", "Thành ủy"), the compounds above aside.
bool NamesLocalLevel(std::string_view key) {
  std::string levels = " " + std::string(key) + " ";
  for (std::string_view compound : kNotLevels)
    for (size_t at = levels.find(compound); at != std::string::npos; at = levels.find(compound, at))
      levels.replace(at, compound.size(), " ");
  for (std::string_view w : kLocalWords)
    if (HoldsWords(levels, w)) return true;
  return false;
}

// Province-level words a name may end with before its province is written.
constexpr std::string_view kProvinceLevels[] = {"tỉnh", "thành phố", "tp"};

}  // namespace

std::string IdentityKey(const std::string& body, const std::string& place) { return body + '\x1f' + place; }

void SplitIdentityKey(std::string_view key, std::string* body, std::string* place) {
  const size_t sep = key.find('\x1f');
  *body = std::string(key.substr(0, sep));
  *place = sep == std::string_view::npos ? "" : std::string(key.substr(sep + 1));
}

AgencyIdentifier::AgencyIdentifier(const DomainTables& tables)
    : tables_(tables), lexicon_(std::make_unique<Lexicon>(tables)) {
  for (const Province& p : Provinces()) province_keys_.emplace_back(" " + MatchKey(NormalizeText(p.name)), p.name);
  // Longest first: "hồ chí minh" before a shorter name it ends with.
  std::stable_sort(province_keys_.begin(), province_keys_.end(),
                   [](const auto& a, const auto& b) { return a.first.size() > b.first.size(); });
}

AgencyIdentifier::~AgencyIdentifier() = default;

AgencyIdentifier::Parsed AgencyIdentifier::Parse(const std::string& name) const {
  Parsed p;
  // The user's aliases name the agency they stand for ("BTG" in a config
  // for "Ban Tuyên giáo Tỉnh ủy"); names from records already went through.
  const std::string aliased = UserAlias(name, *lexicon_);
  std::string key = AgencyKey(aliased, *lexicon_);
  bool acronym = false;
  Initials(aliased, &acronym);
  p.abbreviated = acronym;
  for (const auto& [suffix, province] : province_keys_) {
    if (key.size() <= suffix.size() || !key.ends_with(suffix)) continue;
    // "Đoàn Thanh niên Cộng sản Hồ Chí Minh", "Học viện Chính trị quốc
    // gia Hồ Chí Minh": the city's name is also the person's, so there it
    // is a place only after its level ("thành phố Hồ Chí Minh", "TP.HCM").
    const std::string_view before = std::string_view(key).substr(0, key.size() - suffix.size());
    // (The key folds "Thành ủy Thành phố" to "thành ủy".)
    if (province == kPersonNamedCity && !EndsWithCityLevel(before)) break;
    key.resize(key.size() - suffix.size());
    p.written_place = province;
    break;
  }
  const bool local = !p.written_place.empty() || NamesLocalLevel(key);
  for (std::string_view level : kProvinceLevels)
    if (EndsWithWords(key, level)) key.resize(key.size() - level.size() - 1);
  if (!local) {
    // National words are looked for as written: the key spells "TƯ" out as
    // "trung ương", and so also the "tư" of "Sở Tư pháp", "Đầu tư".
    const std::string plain = MatchKey(NormalizeText(aliased));
    bool provincial_head = false;
    for (const std::string& h : tables_.provincial_heads) provincial_head = provincial_head || StartsWithWords(plain, h);
    for (const std::string& h : tables_.national_heads) p.national = p.national || StartsWithWords(key, h);
    for (const std::string& w : tables_.national_words) p.national = p.national || HoldsWords(plain, w);
    // "Ban Tuyên giáo TW": the abbreviation, written in capitals.
    const std::string spaced = " " + aliased + " ";
    for (std::string_view central : {" TW ", " TƯ ", " T.Ư ", " T.W "})
      p.national = p.national || spaced.find(central) != std::string::npos;
    p.national = p.national && !provincial_head;
  }
  p.body = std::move(key);
  return p;
}

AgencyIdentity AgencyIdentifier::Identify(const std::string& name, const std::string& place) {
  auto it = seen_.find(name);
  if (it == seen_.end()) it = seen_.emplace(name, Parse(name)).first;
  const Parsed& p = it->second;
  AgencyIdentity id;
  id.body = p.body;
  id.national = p.national;
  id.abbreviated = p.abbreviated;
  id.written_place = !p.written_place.empty();
  id.place = id.written_place ? p.written_place : (p.national ? "" : place);
  return id;
}

std::string WithPlace(const std::string& name, const std::string& province) {
  if (province.empty() || province[0] == kSitePlace) return name;
  const Province* known = nullptr;
  for (const Province& p : Provinces())
    if (p.name == province) known = &p;
  const bool city = known && known->city;
  for (std::string_view level : {"tỉnh", "Tỉnh ủy", "thành phố", "Thành ủy", "TP"})
    if (EndsWithWords(name, level)) return name + " " + province;
  if (name == "Tỉnh ủy" || name == "Thành ủy") return name + " " + province;
  // A name with a level of its own below the province stays as written.
  if (NamesLocalLevel(MatchKey(name))) return name;
  return name + (city ? " thành phố " : " tỉnh ") + province;
}

std::string CanonicalAgencyName(const std::vector<AgencyForm>& forms, const std::string& place) {
  const AgencyForm* best = &forms.front();
  auto better = [](const AgencyForm& a, const AgencyForm& b) {
    if (a.written_place != b.written_place) return a.written_place;
    if (a.abbreviated != b.abbreviated) return !a.abbreviated;
    if (a.uses != b.uses) return a.uses > b.uses;
    if (a.name.size() != b.name.size()) return a.name.size() > b.name.size();
    return a.name < b.name;
  };
  for (const AgencyForm& f : forms)
    if (better(f, *best)) best = &f;
  return best->written_place ? best->name : WithPlace(best->name, place);
}

}  // namespace coordreport
