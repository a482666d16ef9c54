#include "generator/comparison_setup.h"

#include <catch2/catch.hpp>

using namespace jamfor;

namespace {

struct Fixture {
  Comparison data;
  Project project;
  Fixture() {
    data.first_year = 2021;
    data.last_year = 2022;
    data.areas = {{"0000", "Riket", AreaType::Country, ""}, {"0010", "Blekinge län", AreaType::Region, "10"},
                  {"1081", "Ronneby", AreaType::Municipality, "10"}, {"1082", "Karlshamn", AreaType::Municipality, "10"}};
    ComparisonKpi kolada;
    kolada.id = "N31814";
    kolada.title = "Långvarigt ekonomiskt bistånd";
    data.kpis.push_back(kolada);
    ComparisonKpi table;
    table.id = "oj-vantetid";
    table.title = "Väntetid";
    table.unit = "dagar";
    table.direction = Direction::LowerIsBetter;
    table.source = Source::OpenComparisons;
    table.source_name = "Öppna jämförelser";
    data.kpis.push_back(table);
    ComparisonKpi listed;
    listed.id = "U30453";
    data.kpis.push_back(listed);
    project.comparison.focus = "1081";
    project.comparison.higher_is_better = {"U30453"};
    Indicator ind;
    ind.id = "langvarigt";
    ind.values_from = ValuesFrom::Kolada;
    ind.kpi = "N31814";
    ind.unit = "%";
    ind.direction = Direction::LowerIsBetter;
    ind.decimals = 0;
    project.indicators.push_back(ind);
  }
  void set(const char* kpi, size_t area, int year, double v, Gender g = Gender::Total) {
    data.set(*data.kpi(kpi), area, year, g, v);
  }
};

std::vector<std::string> messages(const Diagnostics& d) {
  std::vector<std::string> out;
  for (const auto& e : d.items()) out.push_back(e.message);
  return out;
}

}  // namespace

TEST_CASE("join: KPIs take direction, unit and decimals from their indicator or from the lists") {
  Fixture f;
  Diagnostics d;
  join_project(f.data, f.project, d);
  REQUIRE(messages(d).empty());
  const ComparisonKpi& k = *f.data.kpi("N31814");
  CHECK(k.direction == Direction::LowerIsBetter);
  CHECK(k.indicator_id == "langvarigt");
  CHECK(k.unit == "%");
  CHECK(k.decimals == 0);
  CHECK(f.data.kpi("U30453")->direction == Direction::HigherIsBetter);
  CHECK_FALSE(f.data.kpi("oj-vantetid")->indicator_id.size());
  CHECK(f.project.indicators[0].source == "Kolada (RKA), nyckeltal N31814: Långvarigt ekonomiskt bistånd");
  CHECK(f.project.indicators[0].values_for == "Ronneby");
}

TEST_CASE("join: the focus's values become outcomes, with Riket and the county as references") {
  Fixture f;
  f.set("N31814", 2, 2022, 49);
  f.set("N31814", 2, 2022, 51, Gender::Women);
  f.set("N31814", 3, 2022, 20);
  f.set("N31814", 0, 2022, 47.3);
  Diagnostics d;
  join_project(f.data, f.project, d);
  REQUIRE(messages(d).empty());
  std::vector<std::tuple<std::string, std::string, double, std::string>> outcomes;  // unit, gender, value, comment
  for (const auto& o : f.project.outcomes)
    outcomes.emplace_back(o.unit_id, std::string(gender_code(o.gender)), *o.value, o.comment);
  CHECK(outcomes == std::vector<std::tuple<std::string, std::string, double, std::string>>{
                        {"", "T", 49, ""},
                        {"", "K", 51, ""},
                        {"area-0000", "T", 47.3, ""},
                        // Kolada has no value for the region: our own mean, said so.
                        {"area-0010", "T", 34.5, "medelvärde av 2 kommuner, egen bearbetning"}});
  REQUIRE(f.project.units.size() == 2);
  CHECK(f.project.units[1].name == "Blekinge län");
  CHECK(f.project.units[1].kind == UnitKind::Reference);
}

TEST_CASE("join: an indicator and its table's measure must agree, and the measure must exist") {
  Fixture f;
  Indicator wait;
  wait.id = "vantetid";
  wait.values_from = ValuesFrom::OpenComparisons;
  wait.kpi = "oj-vantetid";
  wait.unit = "veckor";
  wait.direction = Direction::HigherIsBetter;
  f.project.indicators.push_back(wait);
  Indicator missing = wait;
  missing.id = "saknas";
  missing.kpi = "oj-vantetd";
  f.project.indicators.push_back(missing);
  Diagnostics d;
  join_project(f.data, f.project, d);
  CHECK(messages(d) == std::vector<std::string>{
                           "indicator 'vantetid' says higher is better, but its measure 'oj-vantetid' says the opposite; "
                           "make them agree",
                           "indicator 'vantetid' has the unit 'veckor', but its measure 'oj-vantetid' has 'dagar'; make them agree",
                           "indicator 'saknas' takes its values from the Open Comparisons measure 'oj-vantetd', which no "
                           "table in [open_comparisons] maps (did you mean 'oj-vantetid'?)"});
  CHECK(f.project.outcomes.empty());
}
