#include "cli/scorer.h"

#include <algorithm>
#include <filesystem>
#include <fstream>
#include <set>
#include <stdexcept>

#include <nlohmann/json.hpp>

namespace coordreport {
namespace {

namespace fs = std::filesystem;
using nlohmann::json;

std::vector<std::string> Strings(const json& j, const char* key) {
  std::vector<std::string> out;
  if (j.contains(key))
    for (const auto& s : j.at(key)) out.push_back(s.get<std::string>());
  return out;
}

template <typename T>
void Compare(const std::string& id, const std::string& kind, const std::set<T>& gold, const std::set<T>& found,
             KindScore& score, std::vector<std::string>& mismatches, std::string (*show)(const T&)) {
  score.gold += static_cast<long>(gold.size());
  score.found += static_cast<long>(found.size());
  for (const T& g : gold) {
    if (found.count(g)) ++score.correct;
    else mismatches.push_back(id + ": " + kind + ": missing " + show(g));
  }
  for (const T& f : found)
    if (!gold.count(f)) mismatches.push_back(id + ": " + kind + ": extra " + show(f));
}

std::string ShowString(const std::string& s) { return s; }
std::string ShowPair(const std::pair<std::string, std::string>& p) { return p.first + " <-> " + p.second; }

}  // namespace

std::vector<std::pair<std::string, std::string>> PartyPairs(const Record& r) {
  std::set<std::pair<std::string, std::string>> pairs;
  for (const Program& p : r.programs)
    for (size_t i = 0; i < p.parties.size(); ++i)
      for (size_t j = i + 1; j < p.parties.size(); ++j)
        pairs.insert(std::minmax(p.parties[i], p.parties[j]));
  return {pairs.begin(), pairs.end()};
}

std::vector<Gold> LoadGold(const std::string& dir) {
  std::vector<fs::path> files;
  for (const auto& e : fs::directory_iterator(dir))
    if (e.path().extension() == ".json") files.push_back(e.path());
  std::sort(files.begin(), files.end());
  std::vector<Gold> out;
  for (const fs::path& f : files) {
    try {
      std::ifstream in(f);
      json j = json::parse(in);
      Gold g;
      g.id = j.at("id").get<std::string>();
      if (j.contains("event_date") && !j["event_date"].is_null()) g.event_date = j["event_date"].get<std::string>();
      g.references = Strings(j, "references");
      g.agencies = Strings(j, "agencies");
      g.periods = Strings(j, "periods");
      g.not_references = Strings(j, "not_references");
      if (j.contains("pairs"))
        for (const auto& p : j["pairs"]) g.pairs.push_back(std::minmax(p.at(0).get<std::string>(), p.at(1).get<std::string>()));
      out.push_back(std::move(g));
    } catch (const std::exception& e) {
      throw std::runtime_error("gold file " + f.string() + ": " + e.what());
    }
  }
  return out;
}

Scores Score(const std::vector<Gold>& gold, const std::vector<Record>& records) {
  std::map<std::string, const Record*> by_id;
  for (const Record& r : records) by_id.emplace(r.id, &r);
  Scores s;
  for (const char* kind : {"documents", "agencies", "pairs", "periods"}) s.kinds[kind];
  for (const Gold& g : gold) {
    auto it = by_id.find(g.id);
    if (it == by_id.end()) {
      s.unmatched.push_back(g.id);
      continue;
    }
    const Record& r = *it->second;
    ++s.articles;
    if (r.event_date == g.event_date) ++s.dates_correct;
    else s.mismatches.push_back(g.id + ": event date: got \"" + r.event_date + "\", want \"" + g.event_date + "\"");

    std::set<std::string> found_docs;
    for (const auto& d : r.references) found_docs.insert(d.id);
    for (const std::string& leak : g.not_references) {
      if (found_docs.count(leak)) {
        ++s.leaks;
        s.mismatches.push_back(g.id + ": boilerplate leak: " + leak);
      }
    }
    Compare(g.id, "documents", std::set<std::string>(g.references.begin(), g.references.end()), found_docs,
            s.kinds["documents"], s.mismatches, ShowString);
    std::set<std::string> found_agencies;
    for (const auto& a : r.agencies) found_agencies.insert(a.name);
    Compare(g.id, "agencies", std::set<std::string>(g.agencies.begin(), g.agencies.end()), found_agencies,
            s.kinds["agencies"], s.mismatches, ShowString);
    auto found_pairs = PartyPairs(r);
    Compare(g.id, "pairs", std::set<std::pair<std::string, std::string>>(g.pairs.begin(), g.pairs.end()),
            std::set<std::pair<std::string, std::string>>(found_pairs.begin(), found_pairs.end()), s.kinds["pairs"],
            s.mismatches, ShowPair);
    Compare(g.id, "periods", std::set<std::string>(g.periods.begin(), g.periods.end()),
            std::set<std::string>(r.periods.begin(), r.periods.end()), s.kinds["periods"], s.mismatches, ShowString);
  }
  return s;
}

}  // namespace coordreport
