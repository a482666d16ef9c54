#include "project/outcomes_reader.h"

#include <array>
#include <optional>

#include "formats/csv.h"
#include "formats/number.h"
#include "formats/text.h"

namespace jamfor {
namespace {

enum Column { kIndicator, kPeriod, kValue, kGender, kUnit, kReference, kComment, kColumnCount };

struct ColumnName {
  Column column;
  std::string_view swedish, english;
  std::string_view old_swedish = "", old_english = "";  // still read, with a warning
};
constexpr std::array<ColumnName, kColumnCount> kColumns = {{
    {kIndicator, "indikator", "indicator"},
    {kPeriod, "period", "period"},
    {kValue, "värde", "value"},
    {kGender, "kön", "gender"},
    {kUnit, "enhet", "unit"},
    {kReference, "referens", "reference", "jämförelse", "comparison"},
    {kComment, "kommentar", "comment"},
}};

std::string lower_trimmed(std::string_view s) { return lower_swedish(trimmed(s)); }

std::vector<std::string> ids_of(const auto& items) {
  std::vector<std::string> ids;
  for (const auto& x : items) ids.push_back(x.id);
  return ids;
}

}  // namespace

std::vector<Outcome> parse_outcomes_csv(std::string_view text, const std::string& path,
                                        const Project& project, Diagnostics& diags) {
  const size_t errors_before = diags.items().size();
  CsvTable table = parse_csv(text, path, diags);
  std::vector<Outcome> outcomes;
  if (diags.items().size() != errors_before && table.rows.empty()) return outcomes;  // e.g. not UTF-8
  if (table.rows.empty()) {
    diags.error({path, 0, 0}, "expected a header row 'indikator;period;värde', got an empty file");
    return outcomes;
  }

  std::array<int, kColumnCount> index;
  index.fill(-1);
  const CsvRow& header = table.rows[0];
  for (size_t i = 0; i < header.cells.size(); ++i) {
    std::string name = lower_trimmed(header.cells[i]);
    bool known = false;
    for (const auto& c : kColumns) {
      const bool old = !c.old_swedish.empty() && (name == c.old_swedish || name == c.old_english);
      if (name != c.swedish && name != c.english && !old) continue;
      if (old)
        diags.warning({path, header.line, static_cast<int>(i) + 1},
                      "the column " + quote(name) + " is now called '" + std::string(c.swedish) +
                          "'; it still works, but rename it");
      if (index[c.column] >= 0)
        diags.error({path, header.line, 0}, "column " + quote(name) + " appears twice");
      index[c.column] = static_cast<int>(i);
      known = true;
    }
    if (!known) {
      std::vector<std::string> names;
      for (const auto& c : kColumns) {
        names.emplace_back(c.swedish);
        names.emplace_back(c.english);
      }
      diags.error({path, header.line, 0},
                  "unknown column " + quote(header.cells[i]) + did_you_mean(name, names) +
                      "; expected indikator, period, värde and optionally kön, enhet, referens, kommentar");
    }
  }
  for (Column required : {kIndicator, kPeriod, kValue}) {
    if (index[required] < 0)
      diags.error({path, header.line, 0},
                  "missing column '" + std::string(kColumns[required].swedish) + "' (or '" +
                      std::string(kColumns[required].english) + "') in the header");
  }
  if (index[kIndicator] < 0 || index[kPeriod] < 0 || index[kValue] < 0) return outcomes;

  const auto indicator_ids = ids_of(project.indicators);
  std::vector<std::string> unit_ids, reference_ids;
  for (const auto& u : project.units) (u.kind == UnitKind::Own ? unit_ids : reference_ids).push_back(u.id);
  for (size_t r = 1; r < table.rows.size(); ++r) {
    const CsvRow& row = table.rows[r];
    auto cell = [&](Column c) -> std::string {
      int i = index[c];
      return i >= 0 && static_cast<size_t>(i) < row.cells.size() ? trimmed(row.cells[i]) : "";
    };
    auto error = [&](Column c, std::string message) {
      diags.error({path, row.line, index[c] + 1}, std::move(message));
    };
    if (row.cells.size() != header.cells.size()) {
      diags.error({path, row.line, 0},
                  "expected " + std::to_string(header.cells.size()) + " cells separated by '" +
                      std::string(1, table.separator) + "', got " +
                      std::to_string(row.cells.size()));
      continue;
    }
    size_t row_errors_before = diags.items().size();
    Outcome o;
    o.loc = {path, row.line, 0};
    o.indicator_id = cell(kIndicator);
    if (!project.find_indicator(o.indicator_id))
      error(kIndicator, "unknown indicator " + quote(o.indicator_id) +
                            did_you_mean(o.indicator_id, indicator_ids));
    if (auto period = parse_period(cell(kPeriod)))
      o.period = *period;
    else
      error(kPeriod, "expected " + std::string(kPeriodForms) + ", got " + quote(cell(kPeriod)));
    if (std::string v = cell(kValue); !v.empty()) {
      o.value = parse_swedish_number(v);
      if (!o.value)
        error(kValue, "expected a number such as 21 745 or 10,8, got " + quote(v));
    }
    if (index[kGender] >= 0) {
      if (auto g = parse_gender(cell(kGender)))
        o.gender = *g;
      else
        error(kGender, "expected T, K or M (totalt, kvinnor, män), got " + quote(cell(kGender)));
    }
    if (std::string unit = cell(kUnit); !unit.empty()) {
      const OrgUnit* u = project.find_unit(unit);
      if (!u || u->kind != UnitKind::Own)
        error(kUnit, "unknown unit " + quote(unit) + did_you_mean(unit, unit_ids) +
                         "; units are declared as [[unit]] in jamfor.toml");
      o.unit_id = unit;
    }
    if (std::string reference = cell(kReference); !reference.empty()) {
      const OrgUnit* u = project.find_unit(reference);
      if (!u || u->kind != UnitKind::Reference)
        error(kReference, "unknown reference " + quote(reference) + did_you_mean(reference, reference_ids) +
                              "; reference series are declared as [[reference]] in jamfor.toml");
      if (!o.unit_id.empty())
        error(kReference, "expected either 'enhet' or 'referens' in a row, got both");
      o.unit_id = reference;
    }
    o.comment = cell(kComment);
    if (diags.items().size() == row_errors_before) outcomes.push_back(std::move(o));
  }
  return outcomes;
}

std::vector<Outcome> read_outcomes_csv(const std::string& path, const Project& project,
                                       Diagnostics& diags) {
  auto text = read_text_file(path, diags);
  return text ? parse_outcomes_csv(*text, path, project, diags) : std::vector<Outcome>{};
}

}  // namespace jamfor
