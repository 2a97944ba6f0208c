// coordreport: Vietnamese coordination-program articles in, quarterly
// workbook and memo summary out. See README.md.
#include "cli/commands.h"

int main(int argc, char** argv) { return coordreport::Main(argc, argv); }
