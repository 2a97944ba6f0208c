// A fast path for the common JSONL line: one flat object whose values are
// all strings or null, which is what scrapers write. nlohmann's lexer
// reads ~160 MB/s and was the largest single cost of a run; this reads the
// same lines several times faster and builds the same tree.
//
// It only ever says "yes, and here is the tree" or "not mine": anything
// else (numbers, nested arrays, invalid UTF-8, a bad escape, a stray
// byte) is left to nlohmann, which decides what is valid and words the
// error. The fuzzer holds it to that: whenever it accepts a line, the tree
// equals nlohmann::json::parse of the same line.
#pragma once

#include <string_view>

#include <nlohmann/json_fwd.hpp>

namespace coordreport {

// Parses `line` into *out when it is a flat object of string and null
// values (JSON whitespace around tokens allowed); returns false, leaving
// *out unspecified, for anything else.
bool ParseFlatJsonObject(std::string_view line, nlohmann::json* out);

}  // namespace coordreport
