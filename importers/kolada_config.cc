#include "importers/kolada_config.h"

#include <algorithm>
#include <ctime>

namespace jamfor {

bool is_kolada_id(std::string_view id) {
  return !id.empty() && id.size() <= 32 &&
         std::all_of(id.begin(), id.end(), [](char c) { return (c >= 'A' && c <= 'Z') || (c >= '0' && c <= '9'); });
}

namespace {

std::vector<std::string> id_list(TomlTable& t, std::string_view key, std::string_view what,
                                 bool (*valid)(std::string_view)) {
  std::vector<std::string> out;
  const toml::node* n = t.node(key);
  if (!n) return out;
  const auto* array = n->as_array();
  if (!array) {
    t.diags().error(t.loc_of(*n), "expected a list of " + std::string(what) + " for '" + std::string(key) +
                                      "', got " + describe_toml_value(*n));
    return out;
  }
  for (const auto& e : *array) {
    auto s = e.value<std::string>();
    if (!e.is_string() || !valid(*s)) {
      t.diags().error(t.loc_of(e), "expected " + std::string(what) + ", got " + describe_toml_value(e));
      continue;
    }
    if (std::find(out.begin(), out.end(), *s) == out.end()) out.push_back(*s);
  }
  return out;
}

bool is_area_id(std::string_view id) {
  return id.size() == 4 && std::all_of(id.begin(), id.end(), [](char c) { return c >= '0' && c <= '9'; });
}
bool is_county_code(std::string_view id) {
  return id.size() == 2 && std::all_of(id.begin(), id.end(), [](char c) { return c >= '0' && c <= '9'; });
}
bool is_group_id(std::string_view id) { return id.size() > 1 && id[0] == 'G' && is_kolada_id(id); }

int current_year() {
  std::time_t t = std::time(nullptr);
  std::tm tm{};
  gmtime_r(&t, &tm);
  return tm.tm_year + 1900;
}

}  // namespace

KoladaConfig read_kolada_config(TomlTable& t) {
  KoladaConfig c;
  c.loc = t.loc();
  if (auto url = t.string("url", false)) {
    if (url->rfind("http://", 0) != 0 && url->rfind("https://", 0) != 0)
      t.diags().error(t.loc_of(*t.node("url")), "expected an http:// or https:// URL, got " + quote(*url));
    c.url = *url;
    while (!c.url.empty() && c.url.back() == '/') c.url.pop_back();
  }
  c.kpis = id_list(t, "kpis", "a KPI id such as 'N31814'", is_kolada_id);
  c.kpi_groups = id_list(t, "kpi_groups", "a KPI group id such as 'G2KPI110'", is_group_id);
  c.municipalities = id_list(t, "municipalities", "a 4-digit area id such as '1081', '0010' or '0000'", is_area_id);
  c.counties = id_list(t, "counties", "a 2-digit county code such as '10'", is_county_code);
  c.municipality_groups = id_list(t, "municipality_groups", "a municipality group id such as 'G38151'", is_group_id);
  c.all_municipalities = t.boolean("all_municipalities").value_or(false);
  c.higher_is_better = id_list(t, "higher_is_better", "a KPI id such as 'N31814'", is_kolada_id);
  c.lower_is_better = id_list(t, "lower_is_better", "a KPI id such as 'N31814'", is_kolada_id);
  for (const auto& k : c.higher_is_better)
    if (std::find(c.lower_is_better.begin(), c.lower_is_better.end(), k) != c.lower_is_better.end())
      t.diags().error(t.loc(), "KPI " + quote(k) + " is in both higher_is_better and lower_is_better");
  if (auto g = t.string("similar_group", false)) {
    if (!is_group_id(*g))
      t.diags().error(t.loc_of(*t.node("similar_group")), "expected a municipality group id such as 'G38151', got " + quote(*g));
    c.similar_group = *g;
  }
  c.boundaries = t.string("boundaries", false).value_or("");
  if (const toml::node* p = t.node("population")) {
    if (p->is_array()) {
      c.population = "list";
      c.population_list = id_list(t, "population", "a 4-digit municipality id such as '1081'", is_area_id);
    } else if (auto s = p->value<std::string>(); s && (*s == "all" || *s == "county" || is_group_id(*s))) {
      c.population = *s;
    } else {
      t.diags().error(t.loc_of(*p), "expected 'all', 'county', a municipality group id or a list of municipality ids "
                                    "for 'population', got " + describe_toml_value(*p));
    }
  }
  if (auto own = t.string("own_municipality", false)) {
    if (!is_area_id(*own))
      t.diags().error(t.loc_of(*t.node("own_municipality")), "expected a 4-digit municipality id such as '1081', got " + quote(*own));
    c.own_municipality = *own;
  }
  c.first_year = static_cast<int>(t.integer("first_year", false).value_or(2010));
  c.last_year = static_cast<int>(t.integer("last_year", false).value_or(current_year()));
  if (c.first_year < 1990 || c.first_year > c.last_year)
    t.diags().error(t.loc(), "expected 1990 <= first_year <= last_year, got " + std::to_string(c.first_year) +
                                 " and " + std::to_string(c.last_year));
  if (auto n = t.integer("concurrency", false)) {
    if (*n < 1 || *n > 8) t.diags().error(t.loc_of(*t.node("concurrency")), "expected 1-8 requests at a time");
    c.concurrency = static_cast<int>(*n);
  }
  if (auto n = t.integer("timeout", false)) {
    if (*n < 1 || *n > 600) t.diags().error(t.loc_of(*t.node("timeout")), "expected a timeout of 1-600 seconds");
    c.timeout_seconds = static_cast<int>(*n);
  }
  return c;
}

}  // namespace jamfor
