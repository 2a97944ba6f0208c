// A problem with one piece of input, reported and then stepped over: bad
// input never stops the run nor disappears silently.
//
// Error convention for the whole program: problems with input data are
// values (Diagnostic) handed to a sink, and processing goes on; problems
// that make the run itself impossible (bad usage, unwritable output, a
// broken template) are exceptions, caught once at the CLI edge and turned
// into an exit code.
#pragma once

#include <functional>
#include <string>

namespace coordreport {

struct Diagnostic {
  enum class Severity { kWarning, kError };
  Severity severity = Severity::kError;
  std::string origin;   // "file.jsonl:12", "file.json", "-:3" for stdin
  std::string message;  // what is wrong, in plain words
};

using DiagnosticSink = std::function<void(const Diagnostic&)>;

}  // namespace coordreport
