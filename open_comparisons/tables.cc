#include "open_comparisons/tables.h"

#include <algorithm>
#include <filesystem>
#include <map>

#include "formats/csv.h"
#include "formats/number.h"
#include "formats/swedish_areas.h"
#include "formats/text.h"
#include "formats/toml_reader.h"

namespace jamfor {
namespace {

// Published tables put title rows above the header; it is looked for this far down.
constexpr size_t kHeaderSearchRows = 30;

// Excel wraps long headers ("Andel (%)\nkvinnor"): compare them as one line, any case.
std::string header_key(std::string_view text) { return lower_swedish_key(text, " \t\r\n"); }

std::vector<std::string> header_keys(const std::vector<std::string>& texts) {
  std::vector<std::string> keys;
  for (const auto& t : texts) keys.push_back(header_key(t));
  return keys;
}

bool contains(const std::vector<std::string>& keys, const std::string& key) {
  return std::find(keys.begin(), keys.end(), key) != keys.end();
}

// What published tables write where there is no value: suppressed for small numbers ("<5"),
// not reported, not applicable; and what the mapping adds. As header keys, made once a table.
std::vector<std::string> no_value_keys(const OpenComparisonsMapping& mapping) {
  std::vector<std::string> keys = header_keys({"..", "...", "…", "-", "–", "—", "x", "*", "na", "n/a",
                                               "uppgift saknas", "ej svar", "ej aktuellt"});
  for (auto& k : header_keys(mapping.no_value)) keys.push_back(std::move(k));
  return keys;
}

bool is_no_value(std::string_view text, const std::vector<std::string>& no_value) {
  const std::string t = header_key(text);
  return t.starts_with('<') || contains(no_value, t);
}

std::vector<std::string> string_list(TomlTable& t, std::string_view key, std::string_view what) {
  std::vector<std::string> out;
  const toml::node* n = t.node(key);
  if (!n) return out;
  const toml::array* array = n->as_array();
  if (!array) {
    t.diags().error(t.loc_of(*n), "expected a list of " + std::string(what) + ", got " + describe_toml_value(*n));
    return out;
  }
  for (const auto& e : *array) {
    if (e.is_string())
      out.push_back(*e.value<std::string>());
    else
      t.diags().error(t.loc_of(e), "expected " + std::string(what) + ", got " + describe_toml_value(e));
  }
  return out;
}

// How the mapping names a measure's column in messages and duplicate checks.
std::string column_label(const OpenComparisonsMeasure& m) {
  return m.column_number ? "column " + std::to_string(m.column_number) : "column " + quote(m.column);
}

std::optional<double> parse_yes_no(std::string_view text) {
  std::string t = lower_swedish(text);
  if (t == "ja" || t == "yes" || t == "1") return 1.0;
  if (t == "nej" || t == "no" || t == "0") return 0.0;
  return std::nullopt;
}

std::optional<OpenComparisonsMeasure> read_measure(TomlTable& t) {
  OpenComparisonsMeasure m;
  m.loc = t.loc();
  m.column = t.string("column", false).value_or("");
  if (auto number = t.integer("column_number", false)) {
    if (*number < 1 || *number > 10000)
      t.diags().error(t.loc_of(*t.node("column_number")), "expected a column number from 1 (the first), got " + std::to_string(*number));
    else if (!m.column.empty())
      t.diags().error(t.loc_of(*t.node("column_number")), "expected either 'column' or 'column_number', got both");
    else
      m.column_number = static_cast<int>(*number);
  } else if (m.column.empty()) {
    t.diags().error(t.loc(), "expected 'column' (the header text) or 'column_number' (its position, 1 = the first), got neither");
  }
  auto id = t.string("id", true);
  if (id && !is_valid_id(*id))
    t.diags().error(t.loc_of(*t.node("id")),
                    "expected " + std::string(id_rule_broken_by(*id)) + " for the measure, got " + quote(*id));
  m.id = id.value_or("");
  m.title = t.string("title", false).value_or(m.column.empty() ? m.id : m.column);
  m.unit = t.string("unit", false).value_or("");
  if (auto d = t.choice("direction", {"higher", "lower", "none"}, false); d && *d != "none")
    m.direction = *d == "lower" ? Direction::LowerIsBetter : Direction::HigherIsBetter;
  if (auto v = t.choice("values", {"number", "yes_no"}, false)) m.cells = *v == "yes_no" ? ValueKind::YesNo : ValueKind::Number;
  t.reject_unknown_keys();
  return m;
}

}  // namespace

std::optional<OpenComparisonsMapping> read_open_comparisons_mapping(const std::string& path, Diagnostics& diags) {
  const size_t errors_before = diags.items().size();
  auto root = parse_toml_file(path, diags);
  if (!root) return std::nullopt;
  TomlTable t(*root, path, diags);
  OpenComparisonsMapping m;
  m.path = path;
  if (auto table = t.string("table", true)) {
    m.table = (std::filesystem::path(path).parent_path() / *table).lexically_normal().string();
    m.table_loc = t.loc_of(*t.node("table"));
  }
  if (auto year = t.integer("year", true)) {
    if (*year < 1900 || *year > 2200)
      diags.error(t.loc_of(*t.node("year")), "expected the year of the results, such as 2022, got " + std::to_string(*year));
    m.year = static_cast<int>(*year);
  }
  if (auto column = t.string("area_column", true)) {
    m.area_column = *column;
    m.area_column_loc = t.loc_of(*t.node("area_column"));
  }
  if (auto column = t.string("gender_column", false)) {
    m.gender_column = *column;
    m.gender_column_loc = t.loc_of(*t.node("gender_column"));
  }
  m.source = t.string("source", false).value_or(m.source);
  m.no_value = string_list(t, "no_value", "a cell text meaning no value, such as 'ej svar'");
  m.skip_rows = string_list(t, "skip_rows", "the area cell of a row to leave out, such as 'Storstäder'");
  if (const toml::node* measures = t.node("measure")) {
    const toml::array* array = measures->as_array();
    if (!array || !array->is_array_of_tables())
      diags.error(t.loc_of(*measures), "expected [[measure]] tables, got " + describe_toml_value(*measures));
    else
      for (const auto& element : *array) {
        TomlTable mt(*element.as_table(), path, diags);
        if (auto measure = read_measure(mt)) m.measures.push_back(std::move(*measure));
      }
  }
  if (m.measures.empty() && diags.items().size() == errors_before)
    diags.error({path, 0, 0}, "expected at least one [[measure]] naming a column of the table, got none");
  std::map<std::string, const OpenComparisonsMeasure*> ids, columns;
  for (const auto& measure : m.measures) {
    if (auto [it, fresh] = ids.emplace(measure.id, &measure); !fresh && !measure.id.empty())
      diags.error(measure.loc, "measure id " + quote(measure.id) + " is used twice; the first is on line " +
                                   std::to_string(it->second->loc.line));
    if (measure.column.empty() && !measure.column_number) continue;  // reported by read_measure
    const std::string key = measure.column_number ? "#" + std::to_string(measure.column_number) : header_key(measure.column);
    if (auto [it, fresh] = columns.emplace(key, &measure); !fresh)
      diags.error(measure.loc, column_label(measure) + " is mapped twice; the first is on line " +
                                   std::to_string(it->second->loc.line));
    if (!measure.column.empty() && header_key(measure.column) == header_key(m.area_column))
      diags.error(measure.loc, "column " + quote(measure.column) + " is the area_column; a measure needs a column of its own");
  }
  t.reject_unknown_keys();
  if (diags.items().size() != errors_before) return std::nullopt;
  return m;
}

std::vector<OpenComparisonsValue> parse_open_comparisons_csv(std::string_view text, const std::string& path,
                                                             const OpenComparisonsMapping& mapping,
                                                             Diagnostics& diags) {
  std::vector<OpenComparisonsValue> values;
  const size_t errors_before = diags.items().size();
  CsvTable table = parse_csv(text, path, diags);
  if (diags.items().size() != errors_before) return values;
  if (table.rows.empty()) {
    diags.error({path, 0, 0}, "expected a table with a header row naming " + quote(mapping.area_column) + ", got an empty file");
    return values;
  }

  // The header is the first row with the area column.
  const std::string area_key = header_key(mapping.area_column);
  size_t header_row = table.rows.size();
  for (size_t r = 0; r < std::min(table.rows.size(), kHeaderSearchRows) && header_row == table.rows.size(); ++r)
    for (const auto& cell : table.rows[r].cells)
      if (header_key(cell) == area_key) header_row = r;
  if (header_row == table.rows.size()) {
    std::vector<std::string> cells;
    for (size_t r = 0; r < std::min(table.rows.size(), kHeaderSearchRows); ++r)
      for (const auto& cell : table.rows[r].cells) cells.push_back(trimmed(cell));
    std::string hint = did_you_mean(mapping.area_column, cells);
    for (const auto& cell : cells)  // "Kommun" for "Kommunnamn" is too far for edit distance
      if (hint.empty() && header_key(cell).find(area_key) != std::string::npos) hint = " (did you mean " + quote(cell) + "?)";
    diags.error({path, table.rows[0].line, 0}, "expected a header row with the column " + quote(mapping.area_column) +
                                                   " (area_column in " + mapping.path + "), got none" + hint);
    return values;
  }
  const CsvRow& header = table.rows[header_row];
  std::vector<std::string> header_cells;
  for (const auto& cell : header.cells) header_cells.push_back(trimmed(cell));
  auto column_of = [&](const std::string& name, const SourceLoc& where) -> std::optional<size_t> {
    std::optional<size_t> found;
    for (size_t i = 0; i < header.cells.size(); ++i) {
      if (header_key(header.cells[i]) != header_key(name)) continue;
      if (found) {
        diags.error({path, header.line, static_cast<int>(i) + 1},
                    "column " + quote(name) + " appears twice in the header; the mapping cannot tell which is meant");
        return std::nullopt;
      }
      found = i;
    }
    if (!found)
      diags.error(where, "expected a column " + quote(name) + " in the header of " + path + " (line " +
                             std::to_string(header.line) + "), got none" + did_you_mean(name, header_cells));
    return found;
  };
  const auto area_index = column_of(mapping.area_column, mapping.area_column_loc);
  std::optional<size_t> gender_index;
  if (!mapping.gender_column.empty()) gender_index = column_of(mapping.gender_column, mapping.gender_column_loc);
  std::vector<size_t> measure_index;
  for (const auto& m : mapping.measures) {
    if (m.column_number && static_cast<size_t>(m.column_number) > header.cells.size())
      diags.error(m.loc, "expected a column_number within the " + std::to_string(header.cells.size()) +
                             " columns of the header of " + path + " (line " + std::to_string(header.line) + "), got " +
                             std::to_string(m.column_number));
    else if (auto i = m.column_number ? std::optional<size_t>(m.column_number - 1) : column_of(m.column, m.loc))
      measure_index.push_back(*i);
  }
  if (diags.items().size() != errors_before) return values;

  const std::vector<std::string> area_names = swedish_area_names();
  const std::vector<std::string> no_value = no_value_keys(mapping), skip_rows = header_keys(mapping.skip_rows);
  std::map<std::pair<std::string, Gender>, int> seen;  // -> the line that gave it
  for (size_t r = header_row + 1; r < table.rows.size(); ++r) {
    const CsvRow& row = table.rows[r];
    auto cell = [&](size_t i) { return i < row.cells.size() ? trimmed(row.cells[i]) : std::string(); };
    auto error = [&](size_t column, std::string message) {
      diags.error({path, row.line, static_cast<int>(column) + 1}, std::move(message));
    };
    // Footnotes and section titles ("Källa: …", "Blekinge län") carry no values.
    if (std::all_of(measure_index.begin(), measure_index.end(), [&](size_t i) { return cell(i).empty(); })) continue;
    const std::string area_text = cell(*area_index);
    if (contains(skip_rows, header_key(area_text))) continue;
    const SwedishArea* area = find_swedish_area(area_text);
    if (!area) {
      error(*area_index, "expected a municipality, region or Riket by code or name in column " +
                             quote(mapping.area_column) + ", got " + (area_text.empty() ? "an empty cell" : quote(area_text)) +
                             did_you_mean(area_text, area_names));
      continue;
    }
    Gender gender = Gender::Total;
    if (gender_index) {
      auto g = parse_gender(cell(*gender_index));
      if (!g) {
        error(*gender_index, "expected T, K or M (totalt, kvinnor, män) in column " + quote(mapping.gender_column) +
                                 ", got " + quote(cell(*gender_index)));
        continue;
      }
      gender = *g;
    }
    if (auto [it, fresh] = seen.emplace(std::pair(area->id, gender), row.line); !fresh) {
      error(*area_index, area->name + " (" + area->id + ") appears twice; the first row is on line " +
                             std::to_string(it->second));
      continue;
    }
    for (size_t m = 0; m < mapping.measures.size(); ++m) {
      const std::string text = cell(measure_index[m]);
      if (text.empty() || is_no_value(text, no_value)) continue;
      const auto& measure = mapping.measures[m];
      auto value = measure.cells == ValueKind::YesNo ? parse_yes_no(text) : parse_swedish_number(text);
      if (!value) {
        error(measure_index[m], std::string(measure.cells == ValueKind::YesNo ? "expected Ja or Nej"
                                                                             : "expected a number such as 21 745 or 10,8") +
                                    " or '..' for no value in " + column_label(measure) + ", got " + quote(text));
        continue;
      }
      values.push_back({area->id, m, gender, *value});
    }
  }
  return values;
}

std::optional<OpenComparisonsTable> read_open_comparisons(const std::string& mapping_path, Diagnostics& diags) {
  auto mapping = read_open_comparisons_mapping(mapping_path, diags);
  if (!mapping) return std::nullopt;
  const size_t errors_before = diags.items().size();
  if (!std::filesystem::is_regular_file(mapping->table)) {
    diags.error(mapping->table_loc, "expected a CSV table, got no file " + quote(mapping->table) +
                                        " (in Excel: Save as, 'CSV UTF-8')");
    return std::nullopt;
  }
  auto text = read_text_file(mapping->table, diags);
  if (!text) return std::nullopt;
  OpenComparisonsTable table{std::move(*mapping), {}};
  table.values = parse_open_comparisons_csv(*text, table.mapping.table, table.mapping, diags);
  if (diags.items().size() != errors_before) return std::nullopt;
  return table;
}

std::vector<OpenComparisonsTable> read_open_comparisons_tables(const Project& project, Diagnostics& diags) {
  std::vector<OpenComparisonsTable> tables;
  for (const auto& source : project.open_comparisons) {
    const auto mapping = (std::filesystem::path(project.root) / source.mapping).lexically_normal().string();
    if (!std::filesystem::is_regular_file(mapping))
      diags.error(source.loc, "expected an Open Comparisons mapping file, got no file " + quote(mapping));
    else if (auto table = read_open_comparisons(mapping, diags))
      tables.push_back(std::move(*table));
  }
  return tables;
}

void add_open_comparisons(Comparison& b, const OpenComparisonsTable& table, Diagnostics& diags) {
  const OpenComparisonsMapping& mapping = table.mapping;
  constexpr size_t kSkipped = static_cast<size_t>(-1);
  std::vector<size_t> kpi_index;
  for (const auto& m : mapping.measures) {
    ComparisonKpi* k = b.kpi(m.id);
    std::string conflict;
    if (k && k->source == Source::Kolada)
      conflict = "measure id " + quote(m.id) + " is also a Kolada KPI of this project; give the measure an id of its own";
    else if (k && (k->unit != m.unit || k->direction != m.direction || k->kind != m.cells))
      conflict = "measure " + quote(m.id) + " has another unit, direction or kind of values in an earlier table; a "
                 "measure keeps them from year to year";
    if (!conflict.empty()) {
      diags.error(m.loc, conflict);
      kpi_index.push_back(kSkipped);
      continue;
    }
    if (!k) {
      ComparisonKpi fresh;
      fresh.id = m.id;
      fresh.title = m.title;
      fresh.unit = m.unit;
      fresh.direction = m.direction;
      fresh.source = Source::OpenComparisons;
      fresh.source_name = mapping.source;
      fresh.kind = m.cells;
      b.kpis.push_back(std::move(fresh));
      k = &b.kpis.back();
    }
    kpi_index.push_back(static_cast<size_t>(k - b.kpis.data()));
  }
  for (const auto& v : table.values) {
    if (kpi_index[v.measure] == kSkipped) continue;
    auto area = b.area_index(v.area);
    if (!area) {
      const SwedishArea* a = swedish_area_by_code(v.area);
      area = b.add_area({a->id, a->type == AreaType::Region ? b.county_name(a->county) : a->name, a->type, a->county});
    }
    ComparisonKpi& k = b.kpis[kpi_index[v.measure]];
    if (b.value(k, *area, mapping.year, v.gender)) {
      diags.error(mapping.table_loc, "measure " + quote(k.id) + " for " + std::to_string(mapping.year) + " (" +
                                         b.areas[*area].title + ") is in an earlier table too; each year of a "
                                         "measure belongs in one table");
      kpi_index[v.measure] = kSkipped;  // once per measure is enough
      continue;
    }
    b.set(k, *area, mapping.year, v.gender, v.value);
    if (v.gender != Gender::Total) k.divided_by_gender = true;
  }
}

}  // namespace jamfor
