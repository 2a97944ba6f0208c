// The user's configuration file (JSON): agency additions and aliases,
// report defaults, document properties. Looked up at --config, else
// $COORDREPORT_CONFIG, else $XDG_CONFIG_HOME/coordreport/config.json (or
// ~/.config/coordreport/config.json); a missing default file is fine.
#pragma once

#include <map>
#include <optional>
#include <string>
#include <vector>

#include "extract/tables.h"

namespace coordreport {

struct Config {
  std::string source;  // file it came from, "" for none
  std::string language;
  std::string templates;
  std::string output;
  std::string author;
  std::string company;
  std::string name = "coordination-{period}";  // output file name, without extension
  std::map<std::string, std::string> sites;     // site -> province
  std::vector<std::string> agency_bodies;                          // extra bodies
  std::vector<std::pair<std::string, std::string>> agency_aliases;  // alias -> canonical
  // Why the default location was not read ("" when it was, or is absent):
  // a config nobody asked for that cannot be read is a warning, and the
  // built-in settings apply.
  std::string default_unreadable;
};

// Reads the config. Throws std::runtime_error listing every problem with
// its JSON path ("/agencies/aliases/BTG: must be a string").
Config LoadConfig(const std::string& explicit_path);

// Built-in tables plus the config's additions.
DomainTables TablesWith(const Config& config);

}  // namespace coordreport
