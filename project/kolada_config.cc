#include "project/kolada_config.h"

#include <ctime>

#include "model/area.h"

namespace jamfor {
namespace {

bool is_group_id(std::string_view id) { return id.size() > 1 && id[0] == 'G' && is_kolada_id(id); }
bool is_kolada_kpi(std::string_view id) { return is_kolada_id(id); }

int current_year() {
  std::time_t t = std::time(nullptr);
  std::tm tm{};
  gmtime_r(&t, &tm);
  return tm.tm_year + 1900;
}

}  // namespace

KoladaConfig read_kolada_config(TomlTable& t, ComparisonConfigReader& comparison) {
  KoladaConfig c;
  c.loc = t.loc();
  if (auto url = t.string("url", false)) {
    if (url->rfind("http://", 0) != 0 && url->rfind("https://", 0) != 0)
      t.diags().error(t.loc_of(*t.node("url")), "expected an http:// or https:// URL, got " + quote(*url));
    c.url = *url;
    while (!c.url.empty() && c.url.back() == '/') c.url.pop_back();
  }
  c.kpis = t.string_list("kpis", "a KPI id such as 'N31814'", is_kolada_kpi);
  c.kpi_groups = t.string_list("kpi_groups", "a KPI group id such as 'G2KPI110'", is_group_id);
  c.municipalities = t.string_list("municipalities", "a 4-digit area id such as '1081', '0010' or '0000'", is_area_code);
  c.counties = t.string_list("counties", "a 2-digit county code such as '10'", is_county_code);
  c.municipality_groups = t.string_list("municipality_groups", "a municipality group id such as 'G38151'", is_group_id);
  c.all_municipalities = t.boolean("all_municipalities").value_or(false);
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
  if (auto n = t.integer("stall_timeout", false)) {
    if (*n < 1 || *n > 600)
      t.diags().error(t.loc_of(*t.node("stall_timeout")), "expected a stall timeout of 1-600 seconds");
    c.stall_seconds = static_cast<int>(*n);
  }
  if (auto n = t.integer("max_response_mb", false)) {
    if (*n < 1 || *n > 4096)
      t.diags().error(t.loc_of(*t.node("max_response_mb")), "expected a size of 1-4096 MB for one answer");
    c.max_response_mb = static_cast<int>(*n);
  }
  if (auto n = t.number("max_lost_percent", false)) {
    if (!(*n >= 0 && *n <= 100))
      t.diags().error(t.loc_of(*t.node("max_lost_percent")),
                      "expected a share of 0-100 (percent), got " + describe_toml_value(*t.node("max_lost_percent")));
    c.max_lost_percent = *n;
  }
  comparison.read_legacy(t);
  return c;
}

KoladaConfig default_kolada_config() {
  KoladaConfig c;
  c.last_year = current_year();
  return c;
}

}  // namespace jamfor
