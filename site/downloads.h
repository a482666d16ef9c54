#pragma once
// The data behind a page, in every form a reader may want it: CSV for Swedish Excel (';',
// decimal comma, UTF-8 with BOM, so Excel opens it as it is), plain CSV (',', decimal
// point, UTF-8, for R, Python and other tools) and JSON. All three come from one table, so
// they always hold the same values, at full precision.

#include <optional>
#include <string>
#include <variant>
#include <vector>

#include "model/wording.h"
#include "site/html_text.h"

namespace jamfor {

using DataCell = std::variant<std::monostate, std::string, double>;  // empty, text, number

struct DataTable {
  std::string title;   // "Utfall för Placerade barn"
  std::string unit;    // of the values: "%", "kr/inv"; may be empty
  std::string source;  // "Kolada, nyckeltal N31814, hämtad 2026-12-03"
  std::vector<std::string> columns;
  std::vector<std::vector<DataCell>> rows;
};

enum class CsvDialect { ExcelSwedish, Plain };

// Excel's dialect also defuses text that Excel would run as a formula ("=", "+", "-", "@", tab
// or carriage return first: CWE-1236) with a leading apostrophe, quoted; numbers are never
// touched, nor text that is only a number ("-12", "-3,5"). Plain CSV and JSON keep every text.
std::string to_csv(const DataTable& table, CsvDialect dialect);
// {"title", "unit", "source", "columns", "rows": [{column: value, …}]}; empty cells are null.
std::string to_json(const DataTable& table);

// The links to the three files of `stem` ("placerade-barn" beside the page): "Ladda ned: …".
Html download_links(const std::string& stem, std::string_view what, const Wording& words);

// Files for the page at `stem`: STEM.csv (Excel), STEM.plain.csv, STEM.json.
struct DownloadFile {
  std::string path;
  std::string content;
};
std::vector<DownloadFile> download_files(const std::string& stem, const DataTable& table);

}  // namespace jamfor
