#pragma once
// CSV as Swedish Excel and LibreOffice write it: ';' or ',' separated (chosen from the header
// line), optional UTF-8 byte-order mark, CRLF or LF, RFC 4180 quotes.

#include <functional>
#include <optional>
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

// Gets each row as it is read, with the separator chosen for the file.
using CsvRowFn = std::function<void(CsvRow&& row, char separator)>;

// Parses CSV fed piece by piece (a quoted cell or a CRLF may span two pieces), holding only
// the row being read, so the size of a file costs no memory. The text must already be known
// to be UTF-8: read_csv_file and parse_csv check it first.
class CsvParser {
 public:
  CsvParser(std::string path, Diagnostics& diags, CsvRowFn each);
  void feed(std::string_view piece);
  void finish();  // the last row, and an unclosed quote if any

 private:
  void parse(std::string_view text);
  void take(char c);
  void end_row();
  void start();  // chooses the separator from the text held so far

  std::string path_;
  Diagnostics& diags_;
  CsvRowFn each_;
  // Until the separator is chosen (from the first lines), the text is held here.
  std::optional<char> separator_;
  std::string head_;
  int head_lines_ = 0;
  bool head_quoted_ = false;

  CsvRow row_;
  std::string cell_;
  int line_ = 1;
  bool in_quotes_ = false, quote_seen_ = false, cr_seen_ = false;  // quote_seen_: a '"' in quotes, closing or doubled
  int quote_line_ = 0;
};

CsvTable parse_csv(std::string_view text, const std::string& path, Diagnostics& diags);

// Whether `text` may be fed to a CsvParser; else reports what is wrong and where.
bool check_csv_text(std::string_view text, const std::string& path, Diagnostics& diags);

// Reads the file at `path` in blocks: first to check that it is UTF-8 without control
// characters (then nothing is passed on: one error, not also errors of the rows before it),
// then row by row into `each`. False when it cannot be read or is not such text.
bool read_csv_file(const std::string& path, Diagnostics& diags, const CsvRowFn& each);

}  // namespace jamfor
