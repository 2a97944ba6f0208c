// The extracted record as one line of JSON, written straight into a
// buffer. `extract` writes a line per article: building an nlohmann
// object for each (a node and a key string per field) and dumping it cost
// as much as a whole extraction stage, for bytes fixed by the schema.
#pragma once

#include <string>

#include "model/record.h"

namespace coordreport {

// Appends ToJson(record).dump(-1, ' ', false, replace) to `out`, byte for
// byte (keys sorted, no spaces, UTF-8 written raw; an ill-formed string
// takes nlohmann's replacement). No newline.
void AppendJson(const Record& record, std::string& out);

}  // namespace coordreport
