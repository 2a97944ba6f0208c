// The article record: what the loader reads and what the extractor fills in.
// Mirrors the public record schema of docs/record.schema.json; the JSON field
// names there are a contract with other programs, so keep both in step.
#pragma once

#include <cstdint>
#include <optional>
#include <string>
#include <vector>

#include <nlohmann/json_fwd.hpp>

namespace coordreport {

struct AgencyMention {
  std::string name;  // canonical name ("Ban Tuyên giáo Tỉnh ủy")
  int mentions = 0;
};

struct DocumentReference {
  std::string id;      // canonical number: "35-NQ/TW", "36/2021/QH15"
  std::string type;    // "Nghị quyết", or the abbreviation when unknown
  std::string number;  // "35"
  std::string issuer;  // issuer code from the number: "TW", "BTGTU-ĐUK"
  std::string issued;  // ISO date or "" when the text gives none
  std::string issuing_body;  // "Bộ Chính trị" from "… của Bộ Chính trị"
  int mentions = 0;
  std::string evidence;
};

struct Program {
  std::string instrument;            // "chương trình phối hợp", …
  std::vector<std::string> parties;  // canonical agency names, sorted
  std::string reference;             // the instrument's own number, or ""
  std::string signed_on;             // ISO date, or ""
  std::string period;                // covered period "2023-2025", or ""
  std::string action;                // "ký kết", "sơ kết", …, or ""
  std::string date;                  // ISO date of the action, or ""
  std::string evidence;
};

struct Count {
  std::string what;       // "hội thảo"
  long long count = 0;
  std::string qualifier;  // "cấp Bộ", or ""
  std::string evidence;
};

// One article. Input fields come from the loader; the rest from extraction
// unless the input already had them (hand-curated records are trusted).
struct Record {
  // Input.
  std::string id;
  std::string url;
  std::string site;
  // The province the article is about: the configured site's, else the
  // only one it names; "" when neither says (extracted, or given as input).
  std::string province;
  std::string title;
  std::string published;  // ISO date (a datetime is cut to its date)
  std::string text;

  // Extracted (or trusted from input).
  std::string event_date;
  std::vector<AgencyMention> agencies;
  std::vector<DocumentReference> references;
  std::vector<Program> programs;
  std::vector<std::string> periods;
  std::vector<Count> counts;
  std::vector<std::string> warnings;

  // True when the input record carried its own structured fields, so the
  // extractor must leave them alone.
  bool curated = false;

  // Where the record came from, for error messages: "file.jsonl:12".
  std::string origin;

  // Hash of the article's normalized body (0 when not extracted): the same
  // article reposted under another id or URL has the same fingerprint.
  uint64_t fingerprint = 0;
};

// The extracted record as the public JSON object (no "text" field).
nlohmann::json ToJson(const Record& record);

// Reads an input record. Throws std::invalid_argument naming the offending
// field when a field has the wrong type or "id"/"text" are unusable. Fields
// the schema does not know are ignored and, when `unknown` is given, listed.
Record RecordFromJson(const nlohmann::json& object, std::vector<std::string>* unknown = nullptr);

}  // namespace coordreport
