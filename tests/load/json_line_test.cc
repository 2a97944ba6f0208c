#include "load/json_line.h"

#include <gtest/gtest.h>

#include <algorithm>
#include <fstream>
#include <random>
#include <string>

#include <nlohmann/json.hpp>

namespace coordreport {
namespace {

using nlohmann::json;

// The fast path's whole contract: accepted means nlohmann's tree.
void ExpectAcceptedAsNlohmann(const std::string& line) {
  json fast;
  ASSERT_TRUE(ParseFlatJsonObject(line, &fast)) << line;
  EXPECT_EQ(fast, json::parse(line)) << line;
}

void ExpectLeftToNlohmann(const std::string& line) {
  json fast;
  EXPECT_FALSE(ParseFlatJsonObject(line, &fast)) << line;
}

TEST(JsonLineTest, ReadsTheScrapersShape) {
  ExpectAcceptedAsNlohmann(R"({"id":"a1","title":"Ủy ban \"MTTQ\" tỉnh","text":"Dòng 1\nDòng 2\t\\ /","url":null})");
  ExpectAcceptedAsNlohmann(" \t{ \"id\" : \"x\" ,\r\n \"text\": \"\" } \r\n");
  ExpectAcceptedAsNlohmann("{}");
  ExpectAcceptedAsNlohmann(R"({"a":"\b\f\r\/"})");
}

// Python's json.dumps escapes every non-ASCII character by default.
TEST(JsonLineTest, DecodesUnicodeEscapesLikeNlohmann) {
  ExpectAcceptedAsNlohmann(R"({"text":"\u1ee6y ban nh\u00e2n d\u00e2n \u0110\u1ea3ng"})");
  ExpectAcceptedAsNlohmann(R"({"text":"emoji \ud83d\ude00 and \u0000 nul and \uFFFF \u007f"})");
  json tree;
  ASSERT_TRUE(ParseFlatJsonObject(R"({"t":"\u1ee6y"})", &tree));
  EXPECT_EQ(tree["t"], "Ủy");
}

TEST(JsonLineTest, RepeatedKeyKeepsTheLastValueAsNlohmannDoes) {
  ExpectAcceptedAsNlohmann(R"({"id":"first","id":"second"})");
}

TEST(JsonLineTest, LeavesEverythingElseToNlohmann) {
  for (const char* line : {
           R"({"id":5})", R"({"id":"a","tags":["x"]})", R"({"a":{"b":"c"}})", R"({"a":true})",
           R"(["a"])", R"("a")", "", "   ",
           "{\"a\":\"b\"} x", R"({"a":"b",})", R"({"a" "b"})", R"({"a":"b")", R"({"a":"b)",
           "{\"a\":\"tab\there\"}",          // raw control character
           R"({"a":"\x"})", R"({"a":"\u12"})", R"({"a":"\u12G4"})",
           R"({"a":"\udc00"})", R"({"a":"\ud800"})", R"({"a":"\ud800\u0041"})", R"({"a":"\ud800x"})",
           "{\"a\":\"\xC0\x80\"}",           // overlong
           "{\"a\":\"\xE0\x9F\xBF\"}",       // overlong 3-byte
           "{\"a\":\"\xED\xA0\x80\"}",       // a surrogate in UTF-8
           "{\"a\":\"\xF4\x90\x80\x80\"}",   // above U+10FFFF
           "{\"a\":\"\xF0\x8F\xBF\xBF\"}",   // overlong 4-byte
           "{\"a\":\"\xC3\"}", "{\"a\":\"\xE1\xBA\"}", "{\"a\":\"\x80\"}", "{\"a\":\"\xFF\"}",
           // Vietnamese leads (read without the table) cut short or followed by no continuation
           "{\"a\":\"\xC3" "A\"}", "{\"a\":\"\xC6\xC6\"}", "{\"a\":\"\xE1\xBA" "A\"}", "{\"a\":\"\xE1\xBB\xC3\"}",
           "{\"a\":\"\xE1\xB8", "{\"a\":\"\xC4",
           "\xEF\xBB\xBF{\"a\":\"b\"}",      // a BOM: nlohmann skips it, the loader reports it
           "{\"a\":nul}",
       }) {
    ExpectLeftToNlohmann(std::string(line));
  }
  ExpectLeftToNlohmann(std::string("{\"a\":\"b\"}\0", 10));
}

TEST(JsonLineTest, AcceptsWellFormedMultiByteCharacters) {
  ExpectAcceptedAsNlohmann("{\"a\":\"\xC2\x80 \xDF\xBF \xE0\xA0\x80 \xED\x9F\xBF \xEE\x80\x80 \xF0\x90\x80\x80 "
                           "\xF4\x8F\xBF\xBF \xF3\xBF\xBF\xBF\"}");
}

// Mutations of real lines: whatever the fast path accepts, nlohmann reads
// to the same tree; and it does accept the unmutated lines.
TEST(JsonLineTest, RandomMutationsAgreeWithNlohmann) {
  std::ifstream in(std::string(EXAMPLES_DIR) + "/records.jsonl");
  std::vector<std::string> lines;
  std::vector<bool> flat;  // only strings and nulls: lines the fast path must take
  for (std::string line; std::getline(in, line);) {
    if (line.empty()) continue;
    json record = json::parse(line);
    std::string text = record.value("text", "");
    size_t cut = std::min<size_t>(text.size(), 600);  // short texts keep the test fast
    while (cut > 0 && cut < text.size() && (static_cast<unsigned char>(text[cut]) & 0xC0) == 0x80) --cut;
    record["text"] = text.substr(0, cut);
    lines.push_back(record.dump());
    flat.push_back(false);
    json strings_only = json::object();  // the scraper's shape of the same record
    for (auto& [key, value] : record.items())
      if (value.is_string() || value.is_null()) strings_only[key] = value;
    lines.push_back(strings_only.dump());
    flat.push_back(true);
  }
  ASSERT_GE(std::count(flat.begin(), flat.end(), true), 4);
  const std::string alphabet[] = {"\"", "\\", "\\u", "\\ud83d", "\\ude00", "u", "0", "A", "{", "}", ",", ":",
                                  " ", "\n", "\x01", "\x7f", "\xC3", "\xA0", "\xE1\xBA", "\xED", "\xF4",
                                  "\xF0\x9F\x98\x80", "null", "1", "[", "]"};
  std::mt19937 rng(20261123);
  int accepted = 0, agreed = 0;
  for (int round = 0; round < 20000; ++round) {
    const size_t pick = rng() % lines.size();
    std::string line = lines[pick];
    json tree;
    if (flat[pick]) {
      ASSERT_TRUE(ParseFlatJsonObject(line, &tree)) << line;
    }
    for (int edits = 1 + rng() % 3; edits > 0; --edits) {
      size_t at = rng() % (line.size() + 1);
      const std::string& piece = alphabet[rng() % std::size(alphabet)];
      switch (rng() % 3) {
        case 0: line.insert(at, piece); break;
        case 1: line.erase(at, 1 + rng() % 3); break;
        default: line.replace(at, 1, piece); break;
      }
    }
    if (!ParseFlatJsonObject(line, &tree)) continue;
    ++accepted;
    json reference = json::parse(line, nullptr, false);
    ASSERT_FALSE(reference.is_discarded()) << line;
    ASSERT_EQ(tree, reference) << line;
    ++agreed;
  }
  EXPECT_GT(accepted, 1000);  // the mutations leave many lines valid
  EXPECT_EQ(agreed, accepted);
}

}  // namespace
}  // namespace coordreport
