#include "project/comparison_config.h"

#include <algorithm>

#include "formats/swedish_areas.h"
#include "model/area.h"

namespace jamfor {
namespace {

bool is_group_id(std::string_view id) { return id.size() > 1 && id[0] == 'G' && is_kolada_id(id); }
bool is_kpi_id(std::string_view id) { return is_kolada_id(id); }

constexpr std::string_view kAreaForms = "a municipality or county by code or name, such as '1081', 'Ronneby', '10' or 'Blekinge län'";

// The [comparison] name of a key that [kolada] used to hold.
std::string legacy_name(const std::string& key) { return key == "focus" ? "own_municipality" : key; }

void add_unique(std::vector<std::string>& list, const std::string& item) {
  if (std::find(list.begin(), list.end(), item) == list.end()) list.push_back(item);
}

}  // namespace

void ComparisonConfigReader::read_table(TomlTable& t) {
  config_.loc = t.loc();
  read_keys(t, false);
}

void ComparisonConfigReader::read_legacy(TomlTable& kolada) { read_keys(kolada, true); }

bool ComparisonConfigReader::given(const std::string& key, const SourceLoc& loc, bool legacy, TomlTable& t) {
  if (auto it = given_.find(key); it != given_.end()) {
    const Given& first = it->second.legacy ? it->second : Given{loc, legacy};
    t.diags().error(first.loc, "'" + legacy_name(key) + "' in [kolada] and '" + key +
                                   "' in [comparison] say the same thing; keep '" + key + "' in [comparison]");
    return false;
  }
  given_[key] = {loc, legacy};
  if (legacy)
    t.diags().warning(loc, "'" + legacy_name(key) + "' belongs in [comparison] now" +
                               (key == "focus" ? std::string(" as 'focus'") : std::string()) +
                               "; it still works here, but [kolada] only says what to fetch (see docs/project-format.md)");
  return true;
}

void ComparisonConfigReader::read_keys(TomlTable& t, bool legacy) {
  auto key_node = [&](const std::string& key) -> const toml::node* {
    const toml::node* n = t.node(legacy ? legacy_name(key) : key);
    return n && given(key, t.loc_of(*n), legacy, t) ? n : nullptr;
  };
  if (const toml::node* n = key_node("focus")) {
    auto text = n->value<std::string>();
    const SwedishArea* area = text && n->is_string() ? find_swedish_area(*text) : nullptr;
    if (!area || area->type != AreaType::Municipality)
      t.diags().error(t.loc_of(*n), "expected a municipality by code or name, such as '1081' or 'Ronneby', for '" +
                                        std::string(legacy ? "own_municipality" : "focus") + "', got " + describe_toml_value(*n) +
                                        (text ? did_you_mean(*text, swedish_area_names()) : ""));
    else
      config_.focus = area->id;
    config_.focus_loc = t.loc_of(*n);
  }
  if (!legacy)
    if (const toml::node* n = key_node("scope")) read_scope(t, *n);
  if (key_node("higher_is_better"))
    config_.higher_is_better = t.string_list("higher_is_better", "a Kolada KPI id such as 'N31814'", is_kpi_id);
  if (key_node("lower_is_better"))
    config_.lower_is_better = t.string_list("lower_is_better", "a Kolada KPI id such as 'N31814'", is_kpi_id);
  if (const toml::node* n = key_node("similar_group")) {
    auto g = n->value<std::string>();
    if (!n->is_string() || !is_group_id(*g))
      t.diags().error(t.loc_of(*n), "expected a municipality group id such as 'G38151', got " + describe_toml_value(*n));
    else
      config_.similar_group = *g;
  }
  for (const char* key : {"boundaries", "county_boundaries"}) {
    if (legacy && std::string_view(key) == "county_boundaries") continue;
    if (const toml::node* n = key_node(key)) {
      if (!n->is_string())
        t.diags().error(t.loc_of(*n), "expected the path of a GeoJSON file for '" + std::string(key) + "', got " +
                                          describe_toml_value(*n));
      else
        (std::string_view(key) == "boundaries" ? config_.boundaries : config_.county_boundaries) = *n->value<std::string>();
    }
  }
  if (const toml::node* n = key_node("population")) {
    if (n->is_array()) {
      config_.population = PopulationKind::List;
      config_.population_list = t.string_list("population", "a 4-digit municipality id such as '1081'", is_area_code);
    } else if (auto s = n->value<std::string>(); s && n->is_string() && (*s == "all" || *s == "scope" || *s == "county")) {
      config_.population = *s == "all" ? PopulationKind::All : *s == "scope" ? PopulationKind::Scope : PopulationKind::County;
    } else if (s && n->is_string() && is_group_id(*s)) {
      config_.population = PopulationKind::Group;
      config_.population_group = *s;
    } else {
      t.diags().error(t.loc_of(*n), "expected 'all', 'scope', 'county', a municipality group id or a list of "
                                    "municipality ids for 'population', got " + describe_toml_value(*n));
    }
  }
}

void ComparisonConfigReader::read_scope(TomlTable& t, const toml::node& n) {
  config_.scope_loc = t.loc_of(n);
  if (auto s = n.value<std::string>(); s && n.is_string() && *s == "all") {
    config_.scope.all = true;
    return;
  }
  std::vector<const toml::node*> items;
  if (const toml::array* list = n.as_array()) {
    for (const auto& e : *list) items.push_back(&e);
    if (items.empty()) t.diags().error(t.loc_of(n), "expected \"all\" or a list of " + std::string(kAreaForms) + ", got an empty list");
  } else if (n.is_string()) {
    items.push_back(&n);
  } else {
    t.diags().error(t.loc_of(n), "expected \"all\" or a list of " + std::string(kAreaForms) + " for 'scope', got " +
                                     describe_toml_value(n));
    return;
  }
  for (const toml::node* e : items) {
    auto text = e->value<std::string>();
    const SwedishArea* area = text && e->is_string() ? find_swedish_area(*text) : nullptr;
    if (text && e->is_string() && *text == "all") {
      t.diags().error(t.loc_of(*e), "expected scope = \"all\" on its own, got \"all\" in a list");
    } else if (area && area->type == AreaType::Country) {
      t.diags().error(t.loc_of(*e), "expected " + std::string(kAreaForms) + " in 'scope', got " + quote(*text) +
                                        "; for the whole country write scope = \"all\"");
    } else if (!area) {
      t.diags().error(t.loc_of(*e), "expected " + std::string(kAreaForms) + " in 'scope', got " + describe_toml_value(*e) +
                                        (text ? did_you_mean(*text, swedish_area_names()) : ""));
    } else if (area->type == AreaType::Municipality) {
      add_unique(config_.scope.municipalities, area->id);
    } else {
      add_unique(config_.scope.counties, area->county);
    }
  }
}

ComparisonConfig ComparisonConfigReader::finish(Diagnostics& diags) {
  ComparisonConfig c = std::move(config_);
  for (const auto& k : c.higher_is_better)
    if (std::find(c.lower_is_better.begin(), c.lower_is_better.end(), k) != c.lower_is_better.end())
      diags.error(given_.count("lower_is_better") ? given_["lower_is_better"].loc : c.loc,
                  "KPI " + quote(k) + " is in both higher_is_better and lower_is_better");
  if (c.scope.empty() && !c.focus.empty()) c.scope.municipalities.push_back(c.focus);
  const bool focus_in_scope =
      c.focus.empty() || c.scope.all ||
      std::find(c.scope.municipalities.begin(), c.scope.municipalities.end(), c.focus) != c.scope.municipalities.end() ||
      std::find(c.scope.counties.begin(), c.scope.counties.end(), county_of(c.focus)) != c.scope.counties.end();
  if (!focus_in_scope)
    diags.error(c.focus_loc, "the focus municipality " + quote(c.focus) +
                                 " is not in 'scope'; add it there, or its county");
  if (c.population == PopulationKind::County && c.focus.empty())
    diags.error(given_["population"].loc, "population = \"county\" ranks among the focus municipality's county, but "
                                          "there is no focus; set focus, or write population = \"scope\"");
  return c;
}

}  // namespace jamfor
