// JSON (de)serialization of the record schema.
#include "model/record.h"

#include <algorithm>
#include <stdexcept>
#include <string_view>

#include <nlohmann/json.hpp>

#include "model/text_util.h"

namespace coordreport {
namespace {

using nlohmann::json;

json NullIfEmpty(const std::string& s) { return s.empty() ? json(nullptr) : json(s); }

// Reads an optional string field; null and absent both mean "".
std::string StringField(const json& object, const char* key) {
  auto it = object.find(key);
  if (it == object.end() || it->is_null()) return "";
  if (!it->is_string())
    throw std::invalid_argument(std::string("field \"") + key + "\" must be a string, got " +
                                it->type_name());
  return it->get<std::string>();
}

long long IntegerField(const json& object, const char* key) {
  auto it = object.find(key);
  if (it == object.end() || it->is_null()) return 0;
  if (!it->is_number_integer())
    throw std::invalid_argument(std::string("field \"") + key + "\" must be an integer, got " +
                                it->type_name());
  return it->get<long long>();
}

const json* ArrayField(const json& object, const char* key) {
  auto it = object.find(key);
  if (it == object.end() || it->is_null()) return nullptr;
  if (!it->is_array())
    throw std::invalid_argument(std::string("field \"") + key + "\" must be an array, got " +
                                it->type_name());
  return &*it;
}

std::vector<std::string> StringArray(const json& array, const char* key) {
  std::vector<std::string> out;
  for (const auto& item : array) {
    if (!item.is_string())
      throw std::invalid_argument(std::string("field \"") + key + "\" must hold strings");
    out.push_back(item.get<std::string>());
  }
  return out;
}

void RequireObject(const json& item, const char* key) {
  if (!item.is_object())
    throw std::invalid_argument(std::string("field \"") + key + "\" must hold objects, got " +
                                item.type_name());
}

// "2024-11-19T08:30:00+07:00" -> "2024-11-19"; the date part is what we use.
// The date part of a timestamp ("2024-11-21T08:00:00+07:00"); never cut
// inside a character ("２０２４-11-21" is no date, and stays whole text).
std::string DatePart(const std::string& s) {
  std::string date = s;
  CutUtf8(date, 10);
  return date;
}

}  // namespace

json ToJson(const Record& r) {
  json agencies = json::array();
  for (const auto& a : r.agencies) agencies.push_back({{"name", a.name}, {"mentions", a.mentions}});
  json references = json::array();
  for (const auto& d : r.references) {
    references.push_back({{"id", d.id},
                          {"type", d.type},
                          {"number", d.number},
                          {"issuer", d.issuer},
                          {"issued", NullIfEmpty(d.issued)},
                          {"issuing_body", NullIfEmpty(d.issuing_body)},
                          {"mentions", d.mentions},
                          {"evidence", d.evidence}});
  }
  json programs = json::array();
  for (const auto& p : r.programs) {
    programs.push_back({{"instrument", NullIfEmpty(p.instrument)},
                        {"parties", p.parties},
                        {"reference", NullIfEmpty(p.reference)},
                        {"signed", NullIfEmpty(p.signed_on)},
                        {"period", NullIfEmpty(p.period)},
                        {"action", NullIfEmpty(p.action)},
                        {"date", NullIfEmpty(p.date)},
                        {"evidence", p.evidence}});
  }
  json counts = json::array();
  for (const auto& c : r.counts) {
    counts.push_back({{"what", c.what},
                      {"count", c.count},
                      {"qualifier", NullIfEmpty(c.qualifier)},
                      {"evidence", c.evidence}});
  }
  // nlohmann's default object type sorts keys, so the output is stable.
  return json{{"id", r.id},
              {"title", r.title},
              {"url", NullIfEmpty(r.url)},
              {"site", NullIfEmpty(r.site)},
              {"province", NullIfEmpty(r.province)},
              {"published", NullIfEmpty(r.published)},
              {"event_date", NullIfEmpty(r.event_date)},
              {"agencies", std::move(agencies)},
              {"references", std::move(references)},
              {"programs", std::move(programs)},
              {"periods", r.periods},
              {"counts", std::move(counts)},
              {"warnings", r.warnings}};
}

Record RecordFromJson(const json& o, std::vector<std::string>* unknown) {
  if (!o.is_object()) throw std::invalid_argument(std::string("record must be a JSON object, got ") + o.type_name());
  if (unknown) {
    static constexpr std::string_view kKnown[] = {"id", "url", "site", "province", "title", "published", "text", "event_date",
                                                  "agencies", "references", "programs", "periods", "counts",
                                                  "warnings"};
    for (const auto& [key, value] : o.items())
      if (std::find(std::begin(kKnown), std::end(kKnown), key) == std::end(kKnown)) unknown->push_back(key);
  }
  Record r;
  // An id may be given as a number in hand-made files; keep it as text.
  if (auto it = o.find("id"); it != o.end() && it->is_number_integer())
    r.id = std::to_string(it->get<long long>());
  else
    r.id = StringField(o, "id");
  r.url = StringField(o, "url");
  r.site = StringField(o, "site");
  r.province = StringField(o, "province");
  r.title = StringField(o, "title");
  r.published = DatePart(StringField(o, "published"));
  // The text is the bulk of a record: take it without a copy when we can.
  if (auto it = o.find("text"); it != o.end() && it->is_string())
    r.text = std::move(const_cast<json&>(*it).get_ref<std::string&>());
  else
    r.text = StringField(o, "text");
  r.event_date = DatePart(StringField(o, "event_date"));

  if (const json* a = ArrayField(o, "agencies")) {
    r.curated = true;
    for (const auto& item : *a) {
      RequireObject(item, "agencies");
      r.agencies.push_back({StringField(item, "name"), static_cast<int>(IntegerField(item, "mentions"))});
    }
  }
  if (const json* a = ArrayField(o, "references")) {
    r.curated = true;
    for (const auto& item : *a) {
      RequireObject(item, "references");
      DocumentReference d;
      d.id = StringField(item, "id");
      d.type = StringField(item, "type");
      d.number = StringField(item, "number");
      d.issuer = StringField(item, "issuer");
      d.issued = StringField(item, "issued");
      d.issuing_body = StringField(item, "issuing_body");
      d.mentions = static_cast<int>(IntegerField(item, "mentions"));
      d.evidence = StringField(item, "evidence");
      r.references.push_back(std::move(d));
    }
  }
  if (const json* a = ArrayField(o, "programs")) {
    r.curated = true;
    for (const auto& item : *a) {
      RequireObject(item, "programs");
      Program p;
      p.instrument = StringField(item, "instrument");
      if (const json* parties = ArrayField(item, "parties")) p.parties = StringArray(*parties, "parties");
      p.reference = StringField(item, "reference");
      p.signed_on = StringField(item, "signed");
      p.period = StringField(item, "period");
      p.action = StringField(item, "action");
      p.date = StringField(item, "date");
      p.evidence = StringField(item, "evidence");
      r.programs.push_back(std::move(p));
    }
  }
  if (const json* a = ArrayField(o, "periods")) {
    r.curated = true;
    r.periods = StringArray(*a, "periods");
  }
  if (const json* a = ArrayField(o, "counts")) {
    r.curated = true;
    for (const auto& item : *a) {
      RequireObject(item, "counts");
      r.counts.push_back({StringField(item, "what"), IntegerField(item, "count"),
                          StringField(item, "qualifier"), StringField(item, "evidence")});
    }
  }
  if (const json* a = ArrayField(o, "warnings")) r.warnings = StringArray(*a, "warnings");

  if (r.id.empty()) throw std::invalid_argument("field \"id\" is missing or empty");
  if (!r.curated && r.text.find_first_not_of(" \t\r\n\f\v") == std::string::npos)
    throw std::invalid_argument("field \"text\" is missing or empty (and no extracted fields are given)");
  return r;
}

}  // namespace coordreport
