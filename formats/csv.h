#pragma once
// CSV as Swedish Excel and LibreOffice write it: ';' or ',' separated (chosen from the header
// line), optional UTF-8 byte-order mark, CRLF or LF, RFC 4180 quotes.

#include <string>
#include <string_view>
#include <vector>

#include "model/diagnostics.h"

namespace jamfor {

struct CsvRow {
  int line = 0;  // where the row starts, 1-based
  std::vector<std::string> cells;
};

struct CsvTable {
  char separator = ';';
  std::vector<CsvRow> rows;  // the header is rows[0]; blank lines are left out
};

CsvTable parse_csv(std::string_view text, const std::string& path, Diagnostics& diags);

}  // namespace jamfor
