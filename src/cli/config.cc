#include "cli/config.h"

#include <cstdlib>
#include <filesystem>
#include <fstream>
#include <stdexcept>

#include <nlohmann/json.hpp>

namespace coordreport {
namespace {

using nlohmann::json;

std::string DefaultPath() {
  if (const char* env = std::getenv("COORDREPORT_CONFIG"); env && *env) return env;
  if (const char* xdg = std::getenv("XDG_CONFIG_HOME"); xdg && *xdg) return std::string(xdg) + "/coordreport/config.json";
  if (const char* home = std::getenv("HOME"); home && *home) return std::string(home) + "/.config/coordreport/config.json";
  return "";
}

void ReadString(const json& j, const char* key, const std::string& path, std::string* out, std::vector<std::string>& problems) {
  auto it = j.find(key);
  if (it == j.end()) return;
  if (!it->is_string()) problems.push_back(path + "/" + key + ": must be a string");
  else *out = it->get<std::string>();
}

}  // namespace

Config LoadConfig(const std::string& explicit_path) {
  Config c;
  std::string path = explicit_path.empty() ? DefaultPath() : explicit_path;
  if (path.empty()) return c;
  if (explicit_path.empty()) {
    std::error_code ec;
    const bool exists = std::filesystem::exists(path, ec);
    if (ec) {
      c.default_unreadable = "cannot check " + path + ": " + ec.message();
      return c;
    }
    if (!exists) return c;
    if (std::filesystem::is_directory(path, ec) || !std::ifstream(path)) {
      c.default_unreadable = "cannot read " + path;
      return c;
    }
  }
  std::ifstream in(path);
  if (!in) throw std::runtime_error("cannot read config " + path);
  json j;
  try {
    j = json::parse(in);
  } catch (const json::parse_error& e) {
    throw std::runtime_error("config " + path + ": malformed JSON: " + e.what());
  }
  c.source = path;
  std::vector<std::string> problems;
  if (!j.is_object()) problems.push_back("/: must be an object");
  else {
    for (const auto& [key, value] : j.items()) {
      if (key != "language" && key != "templates" && key != "output" && key != "author" && key != "company" &&
          key != "agencies" && key != "name" && key != "sites")
        problems.push_back("/" + key + ": unknown key");
    }
    ReadString(j, "language", "", &c.language, problems);
    ReadString(j, "templates", "", &c.templates, problems);
    ReadString(j, "output", "", &c.output, problems);
    ReadString(j, "author", "", &c.author, problems);
    ReadString(j, "company", "", &c.company, problems);
    ReadString(j, "name", "", &c.name, problems);
    if (c.name.find("{period}") == std::string::npos) problems.push_back("/name: must contain {period}");
    if (c.name.find('/') != std::string::npos) problems.push_back("/name: must be a file name, not a path");
    if (auto sites = j.find("sites"); sites != j.end()) {
      if (!sites->is_object()) problems.push_back("/sites: must be an object of site -> province");
      else
        for (const auto& [site, province] : sites->items()) {
          if (province.is_string()) c.sites[site] = province.get<std::string>();
          else problems.push_back("/sites/" + site + ": must be a string");
        }
    }
    if (!c.language.empty() && c.language != "vi" && c.language != "en")
      problems.push_back("/language: must be \"vi\" or \"en\"");
    if (auto a = j.find("agencies"); a != j.end()) {
      if (!a->is_object()) problems.push_back("/agencies: must be an object");
      else {
        for (const auto& [key, value] : a->items()) {
          if (key == "bodies") {
            if (!value.is_array()) problems.push_back("/agencies/bodies: must be an array of strings");
            else
              for (size_t i = 0; i < value.size(); ++i) {
                if (value[i].is_string()) c.agency_bodies.push_back(value[i].get<std::string>());
                else problems.push_back("/agencies/bodies/" + std::to_string(i) + ": must be a string");
              }
          } else if (key == "aliases") {
            if (!value.is_object()) problems.push_back("/agencies/aliases: must be an object");
            else
              for (const auto& [alias, target] : value.items()) {
                if (target.is_string()) c.agency_aliases.emplace_back(alias, target.get<std::string>());
                else problems.push_back("/agencies/aliases/" + alias + ": must be a string");
              }
          } else {
            problems.push_back("/agencies/" + key + ": unknown key");
          }
        }
      }
    }
  }
  if (!problems.empty()) {
    std::string message = "config " + path + ":";
    for (const std::string& p : problems) message += "\n  " + p;
    throw std::runtime_error(message);
  }
  return c;
}

DomainTables TablesWith(const Config& config) {
  DomainTables t = BuiltinTables();
  t.site_provinces = config.sites;
  // The user's bodies are whole names; an alias starts a name like a head.
  for (const std::string& body : config.agency_bodies) t.heads.push_back({body, HeadKind::kComplete});
  for (const auto& [alias, target] : config.agency_aliases) {
    t.heads.push_back({alias, HeadKind::kBody});
    t.aliases[alias] = target;  // matched case-insensitively
  }
  return t;
}

}  // namespace coordreport
