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

// The rows of one file, as the CSV parser passes them on: the header first, then the values.
class OutcomesReader {
 public:
  OutcomesReader(const std::string& path, const Project& project, Diagnostics& diags, const OutcomeSink& take)
      : path_(path), project_(project), diags_(diags), errors_(diags, path), take_(take) {
    indicator_ids_ = ids_of(project.indicators);
    for (const auto& u : project.units) (u.kind == UnitKind::Own ? unit_ids_ : reference_ids_).push_back(u.id);
  }

  void row(CsvRow&& row, char separator) {
    if (!header_) {
      read_header(std::move(row));
      return;
    }
    if (usable_) read_row(row, separator);
  }

  void finish(bool text_ok) {
    if (text_ok && !header_)
      diags_.error({path_, 0, 0}, "expected a header row 'indikator;period;värde', got an empty file");
    errors_.finish();
  }

 private:
  void read_header(CsvRow&& header) {
    header_ = std::move(header);
    index_.fill(-1);
    for (size_t i = 0; i < header_->cells.size(); ++i) {
      std::string name = lower_trimmed(header_->cells[i]);
      bool known = false;
      for (const auto& c : kColumns) {
        const bool old = !c.old_swedish.empty() && (name == c.old_swedish || name == c.old_english);
        if (name != c.swedish && name != c.english && !old) continue;
        if (old)
          diags_.warning({path_, header_->line, static_cast<int>(i) + 1},
                         "the column " + quote(name) + " is now called '" + std::string(c.swedish) +
                             "'; it still works, but rename it");
        if (index_[c.column] >= 0)
          errors_.error({path_, header_->line, 0}, "column " + quote(name) + " appears twice");
        index_[c.column] = static_cast<int>(i);
        known = true;
      }
      if (!known) {
        std::vector<std::string> names;
        for (const auto& c : kColumns) {
          names.emplace_back(c.swedish);
          names.emplace_back(c.english);
        }
        errors_.error({path_, header_->line, 0},
                      "unknown column " + quote(header_->cells[i]) + did_you_mean(name, names) +
                          "; expected indikator, period, värde and optionally kön, enhet, referens, kommentar");
      }
    }
    for (Column required : {kIndicator, kPeriod, kValue}) {
      if (index_[required] < 0)
        errors_.error({path_, header_->line, 0},
                      "missing column '" + std::string(kColumns[required].swedish) + "' (or '" +
                          std::string(kColumns[required].english) + "') in the header");
    }
    usable_ = index_[kIndicator] >= 0 && index_[kPeriod] >= 0 && index_[kValue] >= 0;
  }

  void read_row(const CsvRow& row, char separator) {
    auto cell = [&](Column c) -> std::string {
      int i = index_[c];
      return i >= 0 && static_cast<size_t>(i) < row.cells.size() ? trimmed(row.cells[i]) : "";
    };
    auto error = [&](Column c, std::string message) {
      errors_.error({path_, row.line, index_[c] + 1}, std::move(message));
    };
    if (row.cells.size() != header_->cells.size()) {
      errors_.error({path_, row.line, 0},
                    "expected " + std::to_string(header_->cells.size()) + " cells separated by '" +
                        std::string(1, separator) + "', got " + std::to_string(row.cells.size()));
      return;
    }
    const size_t errors_before = errors_.count();
    Outcome o;
    o.loc = {path_, row.line, 0};
    o.indicator_id = cell(kIndicator);
    if (!project_.find_indicator(o.indicator_id))
      error(kIndicator, "unknown indicator " + quote(o.indicator_id) + did_you_mean(o.indicator_id, indicator_ids_));
    if (auto period = parse_period(cell(kPeriod)))
      o.period = *period;
    else
      error(kPeriod, "expected " + std::string(kPeriodForms) + ", got " + quote(cell(kPeriod)));
    if (std::string v = cell(kValue); !v.empty()) {
      o.value = parse_swedish_number(v);
      if (!o.value) error(kValue, "expected a number such as 21 745 or 10,8, got " + quote(v));
    }
    if (index_[kGender] >= 0) {
      if (auto g = parse_gender(cell(kGender)))
        o.gender = *g;
      else
        error(kGender, "expected T, K or M (totalt, kvinnor, män), got " + quote(cell(kGender)));
    }
    if (std::string unit = cell(kUnit); !unit.empty()) {
      const OrgUnit* u = project_.find_unit(unit);
      if (!u || u->kind != UnitKind::Own)
        error(kUnit, "unknown unit " + quote(unit) + did_you_mean(unit, unit_ids_) +
                         "; units are declared as [[unit]] in jamfor.toml");
      o.unit_id = unit;
    }
    if (std::string reference = cell(kReference); !reference.empty()) {
      const OrgUnit* u = project_.find_unit(reference);
      if (!u || u->kind != UnitKind::Reference)
        error(kReference, "unknown reference " + quote(reference) + did_you_mean(reference, reference_ids_) +
                              "; reference series are declared as [[reference]] in jamfor.toml");
      if (!o.unit_id.empty()) error(kReference, "expected either 'enhet' or 'referens' in a row, got both");
      o.unit_id = reference;
    }
    o.comment = cell(kComment);
    if (errors_.count() != errors_before) return;
    if (auto refused = take_(std::move(o))) errors_.error({path_, row.line, 0}, std::move(*refused));
  }

  const std::string& path_;
  const Project& project_;
  Diagnostics& diags_;
  FileErrors errors_;
  const OutcomeSink& take_;
  std::vector<std::string> indicator_ids_, unit_ids_, reference_ids_;
  std::optional<CsvRow> header_;
  std::array<int, kColumnCount> index_{};
  bool usable_ = false;
};

OutcomeSink keep_all(std::vector<Outcome>& into) {
  return [&into](Outcome&& o) -> std::optional<std::string> {
    into.push_back(std::move(o));
    return std::nullopt;
  };
}

}  // namespace

void read_outcomes_csv(const std::string& path, const Project& project, Diagnostics& diags, const OutcomeSink& take) {
  OutcomesReader reader(path, project, diags, take);
  const bool ok = read_csv_file(path, diags, [&](CsvRow&& row, char separator) { reader.row(std::move(row), separator); });
  reader.finish(ok);
}

std::vector<Outcome> read_outcomes_csv(const std::string& path, const Project& project, Diagnostics& diags) {
  std::vector<Outcome> outcomes;
  read_outcomes_csv(path, project, diags, keep_all(outcomes));
  return outcomes;
}

std::vector<Outcome> parse_outcomes_csv(std::string_view text, const std::string& path, const Project& project,
                                        Diagnostics& diags) {
  std::vector<Outcome> outcomes;
  const OutcomeSink take = keep_all(outcomes);
  OutcomesReader reader(path, project, diags, take);
  const bool ok = check_csv_text(text, path, diags);
  if (ok) {
    CsvParser parser(path, diags, [&](CsvRow&& row, char separator) { reader.row(std::move(row), separator); });
    parser.feed(text);
    parser.finish();
  }
  reader.finish(ok);
  return outcomes;
}

}  // namespace jamfor
