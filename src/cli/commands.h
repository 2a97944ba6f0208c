// The coordreport command line: `report`, `extract`, `validate`.
#pragma once

namespace coordreport {

// Exit codes, a contract with cron and monitoring (see README).
enum ExitCode {
  kExitOk = 0,               // everything read, outputs written
  kExitInputRejected = 1,    // some input rejected; outputs still written (unless --strict)
  kExitUsage = 2,            // bad command line or configuration
  kExitNothingProduced = 3,  // no output could be produced
};

int Main(int argc, char** argv);

}  // namespace coordreport
