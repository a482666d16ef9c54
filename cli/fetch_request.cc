#include "cli/fetch_request.h"

#include <algorithm>

#include "model/area.h"
#include "project/kolada_config.h"

namespace jamfor {
namespace {

void add(std::vector<std::string>& list, const std::string& item) {
  if (!item.empty() && std::find(list.begin(), list.end(), item) == list.end()) list.push_back(item);
}

}  // namespace

std::optional<KoladaRequest> kolada_request(const Project& project, std::string* error) {
  const KoladaConfig config = project.kolada.value_or(default_kolada_config());
  const ComparisonConfig& comparison = project.comparison;
  KoladaRequest r;
  r.url = config.url;
  r.kpis = config.kpis;
  r.kpi_groups = config.kpi_groups;
  for (const auto& ind : project.indicators)
    if (ind.values_from == ValuesFrom::Kolada) add(r.kpis, ind.kpi);
  if (!project.kolada && r.kpis.empty()) {
    *error = "nothing to fetch: jamfor.toml has no [kolada] table and no indicator names a Kolada KPI";
    return std::nullopt;
  }
  r.areas = config.municipalities;
  std::vector<std::string> municipalities = comparison.scope.municipalities;
  add(municipalities, comparison.focus);
  if (comparison.population == PopulationKind::List)
    for (const auto& m : comparison.population_list) add(municipalities, m);
  for (const auto& m : municipalities) {
    add(r.areas, m);
    add(r.areas, region_id(county_of(m)));  // the county's own value, where Kolada has one
  }
  r.counties = config.counties;
  for (const auto& c : comparison.scope.counties) add(r.counties, c);
  if (comparison.population == PopulationKind::County) add(r.counties, county_of(comparison.focus));
  r.municipality_groups = config.municipality_groups;
  add(r.municipality_groups, comparison.similar_group);
  if (comparison.population == PopulationKind::Group) add(r.municipality_groups, comparison.population_group);
  r.all_areas = config.all_municipalities || comparison.scope.all;
  r.first_year = config.first_year;
  r.last_year = config.last_year;
  r.concurrency = config.concurrency;
  r.timeout_seconds = config.timeout_seconds;
  r.stall_seconds = config.stall_seconds;
  r.max_response_mb = static_cast<size_t>(config.max_response_mb);
  r.max_lost_percent = config.max_lost_percent;
  return r;
}

}  // namespace jamfor
