#include "cli/gold.h"

#include <algorithm>
#include <filesystem>
#include <fstream>
#include <nlohmann/json.hpp>
#include <stdexcept>

#include "normalize/text.h"

namespace coordreport {
namespace {

namespace fs = std::filesystem;
using nlohmann::json;

std::vector<std::string> Strings(const json& j, const char* key) {
  std::vector<std::string> out;
  if (j.contains(key) && j[key].is_array())
    for (const auto& s : j[key]) out.push_back(s.get<std::string>());
  return out;
}

std::string StringOrEmpty(const json& j, const char* key) {
  return j.contains(key) && j[key].is_string() ? j[key].get<std::string>() : "";
}

std::vector<GoldAgency> Agencies(const json& j, const char* key) {
  std::vector<GoldAgency> out;
  if (!j.contains(key)) return out;
  for (const auto& a : j[key]) {
    if (a.is_string()) {
      out.push_back({a.get<std::string>(), {}});
      continue;
    }
    out.push_back({a.at("name").get<std::string>(), Strings(a, "aliases")});
  }
  return out;
}

// An element matches a correction's gold value when it equals it, when it
// is an object holding every key of a gold object with the same values,
// or when it is an object whose "name" is the gold string.
bool Matches(const json& element, const json& gold) {
  if (element == gold) return true;
  if (element.is_object() && gold.is_object()) {
    for (const auto& [k, v] : gold.items())
      if (!element.contains(k) || element[k] != v) return false;
    return true;
  }
  return element.is_object() && gold.is_string() && element.value("name", json()) == gold;
}

void Apply(json& j, const GoldCorrection& c) {
  const json gold = json::parse(c.gold), proposed = json::parse(c.proposed);
  json& field = j[c.field];
  if (!field.is_array()) {
    if (field != gold && !(field.is_null() && gold.is_null()))
      throw std::runtime_error("correction of " + c.field + ": the gold value is " + field.dump() + ", not " + c.gold);
    field = proposed;
    return;
  }
  if (gold.is_null()) {
    field.push_back(proposed);
    return;
  }
  for (auto it = field.begin(); it != field.end(); ++it) {
    if (!Matches(*it, gold)) continue;
    if (proposed.is_null())
      field.erase(it);
    else if (it->is_object() && proposed.is_object())
      it->merge_patch(proposed);
    else
      *it = proposed;
    return;
  }
  throw std::runtime_error("correction of " + c.field + ": no element matches " + c.gold);
}

std::string FirstWord(const std::string& what) {
  std::string key = MatchKey(NormalizeText(what));
  size_t start = key.find_first_not_of(' ');
  if (start == std::string::npos) return "";
  return key.substr(start, key.find(' ', start) - start);
}

// url and published of each page, by id, from the manifests beside `dir`.
std::map<std::string, std::pair<std::string, std::string>> ReadManifests(const fs::path& root) {
  std::map<std::string, std::pair<std::string, std::string>> out;
  if (!fs::is_directory(root)) return out;
  std::vector<fs::path> files;
  for (const auto& e : fs::directory_iterator(root)) {
    const std::string name = e.path().filename().string();
    if (name.rfind("manifest", 0) == 0 && e.path().extension() == ".jsonl") files.push_back(e.path());
  }
  std::sort(files.begin(), files.end());
  for (const fs::path& f : files) {
    std::ifstream in(f);
    std::string line;
    for (int n = 1; std::getline(in, line); ++n) {
      if (line.find_first_not_of(" \t\r") == std::string::npos) continue;
      try {
        json j = json::parse(line);
        std::string id = fs::path(j.at("file").get<std::string>()).stem().string();
        out[id] = {StringOrEmpty(j, "url"), StringOrEmpty(j, "published")};
      } catch (const std::exception& e) {
        throw std::runtime_error("manifest " + f.string() + ":" + std::to_string(n) + ": " + e.what());
      }
    }
  }
  return out;
}

Gold FromJson(const json& j, const fs::path& root,
              const std::map<std::string, std::pair<std::string, std::string>>& manifest) {
  Gold g;
  const bool real = j.contains("file");
  g.id = real ? fs::path(j["file"].get<std::string>()).stem().string() : j.at("id").get<std::string>();
  if (j.contains("event_date") && !j["event_date"].is_null()) g.event_date = j["event_date"].get<std::string>();
  g.references = Strings(j, "references");
  g.periods = Strings(j, "periods");
  g.agencies = Agencies(j, "agencies");
  g.other_agencies = Agencies(j, "other_agencies");
  if (!real) {
    g.not_references = Strings(j, "not_references");
    if (j.contains("pairs"))
      for (const auto& p : j["pairs"]) g.entries.push_back({p.at(0).get<std::string>(), p.at(1).get<std::string>()});
    return g;
  }
  // Boilerplate documents that are also body references are no leak.
  for (const std::string& b : Strings(j, "boilerplate_references"))
    if (std::find(g.references.begin(), g.references.end(), b) == g.references.end()) g.not_references.push_back(b);
  if (j.contains("coordination"))
    for (const auto& e : j["coordination"]) g.entries.push_back(Strings(e, "parties"));
  if (j.contains("counts")) {
    g.has_counts = true;
    for (const auto& c : j["counts"])
      g.counts.push_back({c.at("count").get<long long>(), FirstWord(StringOrEmpty(c, "what"))});
  }
  g.dates_only_when_known = true;
  g.text_path = (root / j["file"].get<std::string>()).string();
  if (auto it = manifest.find(g.id); it != manifest.end()) std::tie(g.url, g.published) = it->second;
  return g;
}

}  // namespace

std::vector<GoldCorrection> LoadCorrections(const std::string& path) {
  std::vector<GoldCorrection> out;
  try {
    std::ifstream in(path);
    if (!in) throw std::runtime_error("cannot read it");
    json j = json::parse(in);
    for (const auto& c : j) {
      GoldCorrection g;
      g.page = c.at("page").get<std::string>();
      g.field = c.at("field").get<std::string>();
      g.reason = c.at("reason").get<std::string>();
      if (g.reason.empty()) throw std::runtime_error("correction of " + g.page + " " + g.field + " has no reason");
      g.gold = c.at("gold").dump();
      g.proposed = c.at("proposed").dump();
      out.push_back(std::move(g));
    }
  } catch (const std::exception& e) {
    throw std::runtime_error("corrections file " + path + ": " + e.what());
  }
  return out;
}

std::vector<Gold> LoadGold(const std::string& dir, const std::vector<GoldCorrection>& corrections) {
  std::vector<fs::path> files;
  for (const auto& e : fs::directory_iterator(dir))
    if (e.path().extension() == ".json") files.push_back(e.path());
  std::sort(files.begin(), files.end());
  fs::path gold_dir = fs::absolute(dir).lexically_normal();
  if (gold_dir.filename().empty()) gold_dir = gold_dir.parent_path();  // "gold/"
  const fs::path root = gold_dir.parent_path();                        // articles/ and manifest-*.jsonl
  std::map<std::string, std::pair<std::string, std::string>> manifest;
  bool manifest_read = false;
  std::vector<Gold> out;
  for (const fs::path& f : files) {
    try {
      std::ifstream in(f);
      json j = json::parse(in);
      const std::string page = f.stem().string();
      for (const GoldCorrection& c : corrections)
        if (c.page == page) Apply(j, c);
      if (j.contains("file") && !manifest_read) {
        manifest = ReadManifests(root);
        manifest_read = true;
      }
      out.push_back(FromJson(j, root, manifest));
    } catch (const std::exception& e) {
      throw std::runtime_error("gold file " + f.string() + ": " + e.what());
    }
  }
  return out;
}

std::set<std::string> LoadIdList(const std::string& path) {
  std::ifstream in(path);
  if (!in) throw std::runtime_error("cannot read the id list " + path);
  std::set<std::string> ids;
  std::string line;
  while (std::getline(in, line)) {
    if (size_t hash = line.find('#'); hash != std::string::npos) line.erase(hash);
    size_t b = line.find_first_not_of(" \t\r"), e = line.find_last_not_of(" \t\r");
    if (b != std::string::npos) ids.insert(line.substr(b, e - b + 1));
  }
  return ids;
}

}  // namespace coordreport
