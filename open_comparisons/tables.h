#pragma once
// Open Comparisons (Öppna jämförelser) tables: the wide shape Socialstyrelsen and SKR publish,
// one row per municipality (code or name), one column per measure, saved from Excel as CSV.
// A small TOML mapping file says which table, which year, and each column's measure id,
// title, unit and direction; see docs/project-format.md.

#include <optional>
#include <string>
#include <string_view>
#include <vector>

#include "model/comparison.h"
#include "model/diagnostics.h"
#include "model/project.h"

namespace jamfor {

struct OpenComparisonsMeasure {
  std::string column;     // the header text, as in the table
  int column_number = 0;  // or its position, 1 = the first (two-level headers repeat texts)
  std::string id;      // the project's id for it: file names and links use it
  std::string title;
  std::string unit;
  std::optional<Direction> direction;  // none: shown, not ranked
  ValueKind cells = ValueKind::Number;  // numbers ("10,8", "57 %") or Ja/Nej
  SourceLoc loc;  // the [[measure]] in the mapping file
};

struct OpenComparisonsMapping {
  std::string path;   // the mapping file
  std::string table;  // the CSV, resolved against the mapping file's folder
  int year = 0;
  std::string area_column;    // municipality code or name
  std::string gender_column;  // optional: T/K/M per row
  std::string source = "Öppna jämförelser";
  std::vector<std::string> no_value;   // more cell texts that mean "no value" ("ej svar")
  std::vector<std::string> skip_rows;  // area cells of rows to leave out ("Storstäder")
  std::vector<OpenComparisonsMeasure> measures;
  SourceLoc table_loc, area_column_loc, gender_column_loc;
};

struct OpenComparisonsValue {
  std::string area;  // Kolada's id: "1081", "0010", "0000"
  size_t measure = 0;
  Gender gender = Gender::Total;
  double value = 0;
};

struct OpenComparisonsTable {
  OpenComparisonsMapping mapping;
  std::vector<OpenComparisonsValue> values;
};

std::optional<OpenComparisonsMapping> read_open_comparisons_mapping(const std::string& path, Diagnostics& diags);

// The values of `text` (the table named by `mapping`); every bad cell is reported.
std::vector<OpenComparisonsValue> parse_open_comparisons_csv(std::string_view text, const std::string& path,
                                                             const OpenComparisonsMapping& mapping,
                                                             Diagnostics& diags);

// The mapping file and the table it names.
std::optional<OpenComparisonsTable> read_open_comparisons(const std::string& mapping_path, Diagnostics& diags);

// Every table of the project's [open_comparisons], each error reported; those without errors.
std::vector<OpenComparisonsTable> read_open_comparisons_tables(const Project& project, Diagnostics& diags);

// Adds the table's measures to `c` as KPIs with the table's source; the same measure id in
// tables of other years extends its series. Areas the comparison lacks are added.
void add_open_comparisons(Comparison& c, const OpenComparisonsTable& table, Diagnostics& diags);

}  // namespace jamfor
