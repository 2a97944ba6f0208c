// Reads a just-written .xlsx back before it replaces a report.
// libxlsxwriter writes each part to a temporary file without checking the
// writes, then zips what is there: a full disk or a file-size limit can
// leave a valid zip of cut XML, and the run would succeed. Every part is
// read (its CRC checked) and every XML part must end with its root
// element's closing tag.
#pragma once

#include <string>

namespace coordreport {

// Throws std::runtime_error naming the first broken part.
void CheckWrittenWorkbook(const std::string& path);

}  // namespace coordreport
