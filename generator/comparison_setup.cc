#include "generator/comparison_setup.h"

#include <algorithm>

#include "generator/comparison.h"
#include "generator/number_format.h"

namespace jamfor {
namespace {

bool listed(const std::vector<std::string>& list, const std::string& id) {
  return std::find(list.begin(), list.end(), id) != list.end();
}

std::string direction_word(Direction d) { return d == Direction::HigherIsBetter ? "higher" : "lower"; }

// The KPI an indicator takes its values from, when the data has it.
ComparisonKpi* measured_by(Comparison& data, const Indicator& ind) {
  ComparisonKpi* k = data.kpi(ind.kpi);
  const Source wanted = ind.values_from == ValuesFrom::Kolada ? Source::Kolada : Source::OpenComparisons;
  return k && k->source == wanted ? k : nullptr;
}

void link_indicator(Comparison& data, const Indicator& ind, Diagnostics& diags) {
  ComparisonKpi* k = measured_by(data, ind);
  if (!k) {
    if (ind.values_from == ValuesFrom::Kolada) return;  // reading the store said which KPI it lacks
    std::vector<std::string> measures;
    for (const auto& m : data.kpis)
      if (m.source == Source::OpenComparisons) measures.push_back(m.id);
    diags.error(ind.loc, "indicator " + quote(ind.id) + " takes its values from the Open Comparisons measure " +
                             quote(ind.kpi) + ", which no table in [open_comparisons] maps" + did_you_mean(ind.kpi, measures));
    return;
  }
  if (k->source == Source::OpenComparisons) {
    // A mapping says which way is better and in what unit; an indicator must not say otherwise.
    if (k->direction && *k->direction != ind.direction)
      diags.error(ind.loc, "indicator " + quote(ind.id) + " says " + direction_word(ind.direction) +
                               " is better, but its measure " + quote(k->id) + " says the opposite; make them agree");
    if (!k->unit.empty() && k->unit != ind.unit)
      diags.error(ind.loc, "indicator " + quote(ind.id) + " has the unit " + quote(ind.unit) + ", but its measure " +
                               quote(k->id) + " has " + quote(k->unit) + "; make them agree");
  }
  k->indicator_id = ind.id;
  k->direction = ind.direction;
  k->unit = ind.unit;
  k->decimals = ind.decimals.value_or(k->decimals);
}

void add_series(Project& project, const Comparison& data, const ComparisonKpi& k, const Indicator& ind) {
  const auto focus = data.area_index(project.comparison.focus);
  if (!focus) return;  // computing the comparison reports a focus without values
  for (int year = data.first_year; year <= data.last_year; ++year)
    for (Gender g : {Gender::Total, Gender::Women, Gender::Men})
      if (auto v = data.value(k, *focus, year, g))
        project.outcomes.push_back({ind.id, Period{year, PeriodKind::Year, 1, 12}, g, "", v, "", ind.loc});
  const std::string county = data.areas[*focus].county;
  const std::vector<size_t> everyone = data.municipalities(), neighbours = data.municipalities_of(county);
  struct Line {
    std::optional<size_t> area;
    std::string id, name;
    const std::vector<size_t>* members;
    int min_counties;
  };
  const Wording& words = wording(project.settings.language);
  for (const Line& line : {Line{data.riket(), std::string(kRiketId), std::string(words.riket), &everyone, kMinCountiesForRiket},
                           Line{data.region(county), region_id(county), data.county_name(county), &neighbours, 1}}) {
    const std::string unit = reference_unit_id(line.id);
    size_t added = 0;
    for (int year = data.first_year; year <= data.last_year; ++year) {
      auto ref = reference_value(data, k, line.area, *line.members, year, Gender::Total, line.min_counties);
      if (!ref) continue;
      std::string comment = ref->origin == ReferenceOrigin::Source
                                ? ""
                                : words.mean_of_n_municipalities(std::to_string(ref->count));
      project.outcomes.push_back({ind.id, Period{year, PeriodKind::Year, 1, 12}, Gender::Total, unit, ref->value,
                                  std::move(comment), ind.loc});
      ++added;
    }
    if (added && !project.find_unit(unit)) project.units.push_back({unit, line.name, UnitKind::Reference});
  }
}

}  // namespace

std::string reference_unit_id(std::string_view area_id) { return "area-" + std::string(area_id); }

void join_project(Comparison& data, Project& project, Diagnostics& diags) {
  const ComparisonConfig& config = project.comparison;
  for (auto& k : data.kpis) {
    if (k.source != Source::Kolada) continue;
    if (listed(config.higher_is_better, k.id)) k.direction = Direction::HigherIsBetter;
    if (listed(config.lower_is_better, k.id)) k.direction = Direction::LowerIsBetter;
  }
  for (const auto& ind : project.indicators)
    if (ind.values_from != ValuesFrom::Outcomes) link_indicator(data, ind, diags);
  if (diags.has_errors()) return;
  for (auto& ind : project.indicators) {
    if (ind.values_from == ValuesFrom::Outcomes) continue;
    const ComparisonKpi* k = measured_by(data, ind);
    if (!k) continue;
    const Wording& words = wording(project.settings.language);
    if (ind.source.empty())
      ind.source = k->source == Source::Kolada ? words.kolada_kpi_source(k->id, k->title)
                                               : words.table_measure_source(k->source_name, k->id, k->title);
    if (auto focus = data.area_index(config.focus)) ind.values_for = data.areas[*focus].title;
    add_series(project, data, *k, ind);
  }
}

}  // namespace jamfor
