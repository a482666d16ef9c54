#include "importers/benchmark_loader.h"

#include <algorithm>
#include <boost/json.hpp>

#include <filesystem>
#include <fstream>
#include <sstream>
#include <unordered_map>
#include <limits>

#include "importers/open_comparisons.h"
#include "importers/swedish_areas.h"
#include "store/kolada_store.h"

namespace jamfor {

AreaType area_type_of(std::string_view id) {
  if (id == "0000") return AreaType::Country;
  if (!id.empty() && id[0] == 'G') return AreaType::Group;
  if (id.substr(0, 2) == "00") return AreaType::Region;
  return AreaType::Municipality;
}

namespace {

const double kNone = std::numeric_limits<double>::quiet_NaN();

void read_store_areas(const KoladaStore& store, Benchmark& b) {
  for (const auto& a : store.areas()) {
    BenchmarkArea area{a.id, a.title, area_type_of(a.id), ""};
    if (area.type == AreaType::Municipality) area.county = a.id.substr(0, 2);
    if (area.type == AreaType::Region) area.county = a.id.substr(2, 2);
    b.areas.push_back(std::move(area));
  }
  for (auto g : store.groups()) {
    if (!b.area_index(g.id)) b.areas.push_back({g.id, g.title, AreaType::Group, ""});
    b.groups.emplace_back(g.id, std::move(g.members));
  }
}

// Every KPI the project names, with the direction its indicator or lists give it.
void read_store_kpis(const Project& project, const KoladaStore& store, Benchmark& b) {
  const KoladaConfig& config = *project.kolada;
  std::vector<std::string> ids = config.kpis;
  for (const auto& group : config.kpi_groups)
    if (auto g = store.group(group, GroupKind::Kpi))
      for (const auto& member : g->members)
        if (std::find(ids.begin(), ids.end(), member) == ids.end()) ids.push_back(member);
  for (const auto& ind : project.indicators)
    if (!ind.kolada_kpi.empty() && std::find(ids.begin(), ids.end(), ind.kolada_kpi) == ids.end())
      ids.push_back(ind.kolada_kpi);
  std::sort(ids.begin(), ids.end());
  std::unordered_map<std::string, size_t> area_of;  // millions of values: no linear search each
  for (size_t i = 0; i < b.areas.size(); ++i) area_of.emplace(b.areas[i].id, i);
  for (const auto& id : ids) {
    auto meta = store.kpi(id);
    if (!meta) continue;  // never fetched: the fetch reports it
    BenchmarkKpi k;
    k.id = id;
    k.title = meta->title;
    k.divided_by_gender = meta->divided_by_gender;
    k.source = "Kolada";
    if (std::find(config.higher_is_better.begin(), config.higher_is_better.end(), id) != config.higher_is_better.end())
      k.direction = Direction::HigherIsBetter;
    if (std::find(config.lower_is_better.begin(), config.lower_is_better.end(), id) != config.lower_is_better.end())
      k.direction = Direction::LowerIsBetter;
    for (const auto& ind : project.indicators) {
      if (ind.kolada_kpi != id) continue;
      k.direction = ind.direction;
      k.unit = ind.unit;
      k.decimals = ind.decimals.value_or(k.decimals);
      k.indicator_id = ind.id;
      break;
    }
    k.values.assign(b.areas.size() * b.year_count() * 3, kNone);
    for (const auto& v : store.values(id)) {
      if (v.deleted || !v.value || v.period < b.first_year || v.period > b.last_year) continue;
      auto area = area_of.find(v.area);
      if (area == area_of.end()) continue;
      Gender g = v.gender == 'K' ? Gender::Women : v.gender == 'M' ? Gender::Men : Gender::Total;
      k.values[b.slot(area->second, v.period, g)] = *v.value;
    }
    b.kpis.push_back(std::move(k));
  }
}

// Without a store, the own municipality is named by its SCB code; the tables add the others.
void add_own_area(const KoladaConfig& config, Benchmark& b, Diagnostics& diags) {
  const SwedishArea* own = find_swedish_area(config.own_municipality);
  if (!own || own->type != AreaType::Municipality || own->id != config.own_municipality)
    diags.error(config.loc, "expected own_municipality to be a municipality code such as '1081', got " +
                                quote(config.own_municipality));
  else  // with its region and Riket, which the pages name as references
    for (const auto& id : {own->id, "00" + own->county, std::string("0000")})
      if (const SwedishArea* a = find_swedish_area(id); a && !b.area_index(id)) b.add_area({a->id, a->name, a->type, a->county});
}

// An indicator measured by a table's measure lends it its target, and must agree with the
// mapping on which way is better and in what unit.
void link_indicators(const Project& project, Benchmark& b, Diagnostics& diags) {
  for (const auto& ind : project.indicators) {
    BenchmarkKpi* k = ind.open_comparisons_measure.empty() ? nullptr : b.kpi(ind.open_comparisons_measure);
    if (!k || k->source == "Kolada") continue;  // add_open_comparisons_outcomes reports it
    if (k->direction && *k->direction != ind.direction)
      diags.error(ind.loc, "indicator " + quote(ind.id) + " says " +
                               (ind.direction == Direction::HigherIsBetter ? "higher" : "lower") + " is better, but its measure " +
                               quote(k->id) + " says the opposite; make them agree");
    if (!k->unit.empty() && k->unit != ind.unit)
      diags.error(ind.loc, "indicator " + quote(ind.id) + " has the unit " + quote(ind.unit) + ", but its measure " +
                               quote(k->id) + " has " + quote(k->unit) + "; make them agree");
    k->indicator_id = ind.id;
    k->direction = ind.direction;
    k->unit = ind.unit;
    k->decimals = ind.decimals.value_or(k->decimals);
  }
}

void read_boundaries(const Project& project, Benchmark& b, Diagnostics& diags) {
  const KoladaConfig& config = *project.kolada;
  if (config.boundaries.empty()) return;
  const auto file = (std::filesystem::path(project.root) / config.boundaries).lexically_normal();
  std::ifstream in(file, std::ios::binary);
  std::stringstream text;
  text << in.rdbuf();
  if (!in)
    diags.error({file.string(), 0, 0}, "cannot read the boundary file named by [kolada] boundaries");
  else if (boost::system::error_code ec; boost::json::parse(text.str(), ec), ec)
    diags.error({file.string(), 0, 0}, "expected GeoJSON, got invalid JSON (" + ec.message() + ")");
  else
    b.boundaries_geojson = text.str();
}

void choose_population(const KoladaConfig& config, Benchmark& b, Diagnostics& diags) {
  b.population_label = "alla kommuner";
  if (config.population == "county") {
    for (const auto& a : b.areas)
      if (a.type == AreaType::Municipality && a.county == config.own_municipality.substr(0, 2)) b.population.push_back(a.id);
    auto region = b.area_index("00" + config.own_municipality.substr(0, 2));
    b.population_label = region ? "kommunerna i " + b.areas[*region].title : "länets kommuner";
  } else if (config.population == "list") {
    b.population = config.population_list;
    b.population_label = "de " + std::to_string(b.population.size()) + " jämförda kommunerna";
  } else if (config.population != "all") {
    for (const auto& [id, members] : b.groups)
      if (id == config.population) b.population = members;
    if (b.population.empty())
      diags.error(config.loc, "the population group " + quote(config.population) +
                                  " is not in the Kolada store; add it to municipality_groups and run 'jamfor fetch'");
    auto group = b.area_index(config.population);
    b.population_label = group ? b.areas[*group].title : config.population;
  }
}

}  // namespace

std::shared_ptr<const Benchmark> load_benchmark(const Project& project, const std::string& store_path,
                                                Diagnostics& diags) {
  const bool has_store = std::filesystem::exists(store_path);
  const bool has_tables = !project.open_comparisons.empty();
  if (!project.kolada || project.kolada->own_municipality.empty()) {
    if (has_tables)
      diags.error(project.open_comparisons.front().loc,
                  "Open Comparisons tables compare the own municipality with the others: set own_municipality in [kolada]");
    return nullptr;
  }
  if (!has_store && !has_tables) return nullptr;
  const KoladaConfig& config = *project.kolada;
  auto b = std::make_shared<Benchmark>();
  b->own_area = config.own_municipality;
  b->similar_group = config.similar_group;
  b->first_year = config.first_year;
  b->last_year = config.last_year;
  if (has_store) {
    std::string error;
    auto store = KoladaStore::open(store_path, &error);
    if (!store) {
      diags.error({store_path, 0, 0}, "cannot read the Kolada store: " + error);
      return nullptr;
    }
    read_store_areas(*store, *b);
    read_store_kpis(project, *store, *b);
  }
  if (!b->area_index(b->own_area)) add_own_area(config, *b, diags);
  for (const auto& table : read_open_comparisons_tables(project, diags)) add_open_comparisons(*b, table, diags);
  link_indicators(project, *b, diags);
  read_boundaries(project, *b, diags);
  choose_population(config, *b, diags);
  return b;
}

}  // namespace jamfor
