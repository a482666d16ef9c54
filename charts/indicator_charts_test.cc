#include "charts/indicator_charts.h"

#include <boost/json.hpp>
#include <catch2/catch.hpp>

using namespace jamfor;
namespace json = boost::json;

namespace {

Period period(const char* id) { return *parse_period(id); }

struct Fixture {
  Project project;
  Results results;

  // One indicator "i" (st, lower is better), periods 2015 and 2016.
  explicit Fixture(std::optional<Target> target) {
    project.settings.title = "T";
    project.settings.organisation = "Ronneby kommun";
    project.settings.current_period = period("2016");
    project.settings.periods = {period("2015"), period("2016")};
    Indicator i;
    i.id = "i";
    i.title = "Antal placerade barn";
    i.unit = "st";
    i.direction = Direction::LowerIsBetter;
    i.target = target;
    project.indicators.push_back(i);
  }

  Fixture& outcome(const char* p, Gender g, double value, const char* unit = "") {
    Outcome o;
    o.indicator_id = "i";
    o.period = period(p);
    o.gender = g;
    o.value = value;
    o.unit_id = unit;
    project.outcomes.push_back(o);
    return *this;
  }

  Fixture& goal_target(const char* goal_id, const Target& t) {
    Goal g;
    g.id = goal_id;
    g.title = "Mål";
    g.level = GoalLevel::Council;
    g.decided_by = "Kommunfullmäktige";
    g.indicators.push_back({"i", t, {}});
    project.goals.push_back(g);
    return *this;
  }

  const IndicatorResult& compute() {
    results = compute_results(project);
    return results.indicators.at(0);
  }
};

Target at_most(double v) {
  Target t;
  t.at_most = v;
  return t;
}

// The layers of a layered spec whose mark has the given type.
std::vector<const json::object*> layers_of(const json::value& spec, std::string_view mark) {
  std::vector<const json::object*> out;
  for (const auto& layer : spec.at("layer").as_array())
    if (layer.at("mark").at("type").as_string() == mark) out.push_back(&layer.as_object());
  return out;
}

}  // namespace

TEST_CASE("trend_chart: a Vega-Lite v6 spec of the total over time") {
  Fixture f(at_most(94));
  f.outcome("2015", Gender::Total, 95).outcome("2016", Gender::Total, 67);
  auto chart = trend_chart(f.compute(), f.project);
  REQUIRE(chart);
  CHECK(chart->id == "spec-i-trend");
  CHECK(chart->description == "Utfall över tid för Antal placerade barn, med målvärdet inritat.");
  CHECK(chart->spec.at("$schema").as_string() == "https://vega.github.io/schema/vega-lite/v6.json");
  CHECK(chart->spec.at("description").as_string() == chart->description);

  auto lines = layers_of(chart->spec, "line");
  REQUIRE(lines.size() == 1);
  const auto& values = lines[0]->at("data").at("values").as_array();
  REQUIRE(values.size() == 2);
  CHECK(values[0].at("period").as_string() == "2015");
  CHECK(values[0].at("value").to_number<double>() == 95);
  CHECK(values[1].at("text").as_string() == "67\u00a0st");
}

TEST_CASE("trend_chart: a dashed rule at the target level") {
  Fixture f(at_most(94));
  f.outcome("2016", Gender::Total, 67);
  auto chart = trend_chart(f.compute(), f.project);
  REQUIRE(chart);
  auto rules = layers_of(chart->spec, "rule");
  REQUIRE(rules.size() == 1);
  const auto& levels = rules[0]->at("data").at("values").as_array();
  REQUIRE(levels.size() == 1);
  CHECK(levels[0].at("level").to_number<double>() == 94);
  CHECK(levels[0].at("label").as_string() == "Mål: högst 94\u00a0st");
  CHECK(rules[0]->at("encoding").at("y").at("field").as_string() == "level");
}

TEST_CASE("trend_chart: a goal's own target gets its own rule, labelled with who decided it") {
  Fixture f(at_most(94));
  f.goal_target("kf", at_most(80)).outcome("2016", Gender::Total, 67);
  auto chart = trend_chart(f.compute(), f.project);
  REQUIRE(chart);
  const auto& levels = layers_of(chart->spec, "rule").at(0)->at("data").at("values").as_array();
  REQUIRE(levels.size() == 2);
  CHECK(levels[0].at("label").as_string() == "Mål: högst 94\u00a0st");
  CHECK(levels[1].at("label").as_string() == "Mål: högst 80\u00a0st (Kommunfullmäktige)");
}

TEST_CASE("trend_chart: between draws both edges") {
  Target t;
  t.between_low = 95;
  t.between_high = 105;
  Fixture f(t);
  f.outcome("2016", Gender::Total, 100);
  auto chart = trend_chart(f.compute(), f.project);
  REQUIRE(chart);
  const auto& levels = layers_of(chart->spec, "rule").at(0)->at("data").at("values").as_array();
  REQUIRE(levels.size() == 2);
  CHECK(levels[0].at("label").as_string() == "Mål: lägst 95\u00a0st");
  CHECK(levels[1].at("label").as_string() == "Mål: högst 105\u00a0st");
}

TEST_CASE("trend_chart: no rule without a level to draw") {
  Target change;
  change.change = Change::Decrease;
  Fixture f(change);
  f.outcome("2016", Gender::Total, 67);
  auto chart = trend_chart(f.compute(), f.project);
  REQUIRE(chart);
  CHECK(layers_of(chart->spec, "rule").empty());

  Fixture none(std::nullopt);
  none.outcome("2016", Gender::Total, 67);
  auto plain = trend_chart(none.compute(), none.project);
  REQUIRE(plain);
  CHECK(layers_of(plain->spec, "rule").empty());
}

TEST_CASE("trend_chart: periods without a value are left out, but stay on the axis") {
  Fixture f(at_most(94));
  f.outcome("2016", Gender::Total, 67);
  auto chart = trend_chart(f.compute(), f.project);
  REQUIRE(chart);
  const auto* line = layers_of(chart->spec, "line").at(0);
  CHECK(line->at("data").at("values").as_array().size() == 1);
  const auto& domain = line->at("encoding").at("x").at("scale").at("domain").as_array();
  CHECK(domain == json::array{"2015", "2016"});
}

TEST_CASE("trend_chart: no chart without a total series") {
  Fixture genders(at_most(94));
  genders.outcome("2016", Gender::Women, 30).outcome("2016", Gender::Men, 37);
  CHECK_FALSE(trend_chart(genders.compute(), genders.project));

  Fixture units(at_most(94));
  units.project.units.push_back({"ifo", "IFO"});
  units.outcome("2016", Gender::Total, 30, "ifo");
  CHECK_FALSE(trend_chart(units.compute(), units.project));

  Fixture nothing(at_most(94));
  CHECK_FALSE(trend_chart(nothing.compute(), nothing.project));
}

TEST_CASE("trend_chart: comparison series are drawn beside the total, by name") {
  Fixture f(at_most(94));
  f.project.units.push_back({"ifo", "IFO", UnitKind::Own});
  f.project.units.push_back({"riket", "Riket", UnitKind::Reference});
  f.outcome("2016", Gender::Total, 67).outcome("2016", Gender::Total, 80, "riket").outcome("2016", Gender::Total, 5, "ifo");
  auto chart = trend_chart(f.compute(), f.project);
  REQUIRE(chart);
  const auto* line = layers_of(chart->spec, "line").at(0);
  const auto& values = line->at("data").at("values").as_array();
  REQUIRE(values.size() == 2);  // the unit's own figure belongs in the unit chart
  CHECK(values[0].at("series").as_string() == "Ronneby kommun");
  CHECK(values[1].at("series").as_string() == "Riket");
  CHECK(line->at("encoding").at("color").at("scale").at("domain") == json::array{"Ronneby kommun", "Riket"});
  CHECK(layers_of(chart->spec, "rule").size() == 1);
}

TEST_CASE("trend_chart: a comparison alone makes no chart") {
  Fixture f(at_most(94));
  f.project.units.push_back({"riket", "Riket", UnitKind::Reference});
  f.outcome("2016", Gender::Total, 80, "riket");
  CHECK_FALSE(trend_chart(f.compute(), f.project));
}

TEST_CASE("gender_chart: only when the outcomes are split by gender") {
  Fixture total(at_most(94));
  total.outcome("2015", Gender::Total, 95).outcome("2016", Gender::Total, 67);
  CHECK_FALSE(gender_chart(total.compute(), total.project));

  Fixture split(at_most(94));
  split.outcome("2016", Gender::Total, 67).outcome("2016", Gender::Women, 30).outcome("2016", Gender::Men, 37);
  auto chart = gender_chart(split.compute(), split.project);
  REQUIRE(chart);
  CHECK(chart->id == "spec-i-gender");
  CHECK(chart->spec.at("$schema").as_string() == "https://vega.github.io/schema/vega-lite/v6.json");
  const auto& values = chart->spec.at("data").at("values").as_array();
  REQUIRE(values.size() == 3);
  CHECK(values[0].at("gender").as_string() == "Totalt");
  CHECK(values[1].at("gender").as_string() == "Kvinnor");
  CHECK(values[2].at("gender").as_string() == "Män");
  CHECK(values[2].at("text").as_string() == "37\u00a0st");
}

TEST_CASE("gender_chart: units' gender figures are not mixed into the organisation's") {
  Fixture f(at_most(94));
  f.project.units.push_back({"ifo", "IFO"});
  f.outcome("2016", Gender::Women, 30).outcome("2016", Gender::Men, 37).outcome("2016", Gender::Women, 5, "ifo");
  auto chart = gender_chart(f.compute(), f.project);
  REQUIRE(chart);
  CHECK(chart->spec.at("data").at("values").as_array().size() == 2);
}

TEST_CASE("unit_chart: each unit's total, by the unit's name") {
  Fixture f(at_most(94));
  f.project.units.push_back({"ifo", "Individ- och familjeomsorg"});
  f.outcome("2016", Gender::Total, 67).outcome("2016", Gender::Total, 20, "ifo");
  auto chart = unit_chart(f.compute(), f.project);
  REQUIRE(chart);
  CHECK(chart->id == "spec-i-units");
  const auto& values = chart->spec.at("data").at("values").as_array();
  REQUIRE(values.size() == 1);
  CHECK(values[0].at("unit").as_string() == "Individ- och familjeomsorg");

  Fixture comparison(at_most(94));
  comparison.project.units.push_back({"riket", "Riket", UnitKind::Reference});
  comparison.outcome("2016", Gender::Total, 67).outcome("2016", Gender::Total, 80, "riket");
  CHECK_FALSE(unit_chart(comparison.compute(), comparison.project));

  Fixture whole(at_most(94));
  whole.outcome("2016", Gender::Total, 67);
  CHECK_FALSE(unit_chart(whole.compute(), whole.project));
}

TEST_CASE("charts: specs survive JSON serialisation") {
  Fixture f(at_most(94));
  f.outcome("2016", Gender::Total, 67).outcome("2016", Gender::Women, 30);
  auto chart = gender_chart(f.compute(), f.project);
  REQUIRE(chart);
  CHECK(json::parse(json::serialize(chart->spec)) == chart->spec);
}
