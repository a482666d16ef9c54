#include "charts/comparison_charts.h"

#include <boost/json.hpp>

#include "generator/format_sv.h"

namespace jamfor {
namespace {

namespace json = boost::json;



json::array strings(const std::vector<std::string>& v) {
  json::array a;
  for (const auto& s : v) a.push_back(json::value(s));
  return a;
}

const std::vector<std::string> kQuartileLabels = {"bästa fjärdedelen", "mittersta hälften", "sämsta fjärdedelen",
                                                  "inget värde"};
const std::vector<std::string> kQuartileColours = {"#1a9641", "#f2c94c", "#d7191c", "#bdbdbd"};

}  // namespace

std::string kpi_unit(const BenchmarkKpi& k) {
  if (!k.unit.empty()) return k.unit;
  const std::string& t = k.title;
  if (t.find("(%)") != std::string::npos || t.find("andel") != std::string::npos) return "%";
  if (t.find("kr/inv") != std::string::npos) return "kr/inv";
  if (t.find("/1000 inv") != std::string::npos) return "per 1 000 inv";
  if (t.find("dagar") != std::string::npos) return "dagar";
  if (t.find("miljoner kronor") != std::string::npos) return "mnkr";
  return "";
}

std::optional<ChartSpec> ranked_bar_chart(const Benchmark& b, const KpiComparison& c) {
  if (c.ranking.with_value == 0) return std::nullopt;
  const Indicator ind = kpi_as_indicator(*c.kpi);
  const std::string county = b.own_area.substr(0, 2);
  const std::string own_name = b.areas[*b.area_index(b.own_area)].title;
  json::array values, order;
  for (const auto& e : c.ranking.entries) {
    if (!e.value) continue;
    const BenchmarkArea& a = b.areas[e.area];
    std::string group = a.id == b.own_area ? own_name : a.county == county ? "Länets kommuner" : "Övriga kommuner";
    values.push_back(json::object{{"kommun", a.title}, {"value", *e.value}, {"text", kpi_value_text(*e.value, *c.kpi)},
                                  {"rank", e.rank}, {"group", group}});
    order.push_back(json::value(a.title));
  }
  ChartSpec chart;
  chart.id = "spec-" + c.kpi->id + "-ranking";
  chart.description = "Alla kommuner rangordnade efter " + c.kpi->title + " " + std::to_string(c.year) + ", " +
                      own_name + " och länets kommuner markerade, med linjer för riket, länet och medianen.";
  json::object spec = chart_base(chart.description, 300);
  json::array groups = strings({own_name, "Länets kommuner", "Övriga kommuner"});
  json::array rules;
  auto rule = [&](const char* name, const std::optional<double>& v) {
    if (v) rules.push_back(json::object{{"value", *v}, {"label", std::string(name) + ": " + kpi_value_text(*v, *c.kpi)}});
  };
  rule("Riket", c.riket);
  rule("Länet", c.county);
  rule("Median", c.ranking.median);
  json::array layers;
  layers.push_back(json::object{
      {"data", json::object{{"values", values}}},
      {"mark", json::object{{"type", "bar"}}},
      {"encoding",
       json::object{{"x", json::object{{"field", "kommun"}, {"type", "nominal"}, {"sort", order}, {"title", "Kommuner, bäst till vänster"},
                                       {"axis", json::object{{"labels", false}, {"ticks", false}}}}},
                    {"y", json::object{{"field", "value"}, {"type", "quantitative"}, {"title", ind.unit.empty() ? c.kpi->title : ind.unit}}},
                    {"color", json::object{{"field", "group"}, {"type", "nominal"}, {"title", nullptr},
                                           {"scale", json::object{{"domain", groups},
                                                                  {"range", json::array{"#1f4e79", "#e08214", "#c6c6c6"}}}}}},
                    {"tooltip", json::array{json::object{{"field", "kommun"}, {"title", "Kommun"}},
                                            json::object{{"field", "text"}, {"title", "Värde"}},
                                            json::object{{"field", "rank"}, {"title", "Rang"}}}}}}});
  if (!rules.empty()) {
    layers.push_back(json::object{
        {"data", json::object{{"values", rules}}},
        {"mark", json::object{{"type", "rule"}, {"strokeDash", json::array{6, 4}}, {"color", "#333333"}}},
        {"encoding", json::object{{"y", json::object{{"field", "value"}, {"type", "quantitative"}}},
                                  {"tooltip", json::object{{"field", "label"}}}}}});
    layers.push_back(json::object{
        {"data", json::object{{"values", rules}}},
        {"mark", json::object{{"type", "text"}, {"align", "right"}, {"x", "width"}, {"dy", -6}, {"fontSize", 12}}},
        {"encoding", json::object{{"y", json::object{{"field", "value"}, {"type", "quantitative"}}},
                                  {"text", json::object{{"field", "label"}}}}}});
  }
  spec["layer"] = std::move(layers);
  chart.spec = std::move(spec);
  return chart;
}

std::optional<ChartSpec> reference_trend_chart(const Benchmark& b, const BenchmarkKpi& kpi) {
  const Indicator ind = kpi_as_indicator(kpi);
  std::vector<std::pair<std::string, std::string>> lines;  // (area id, name)
  auto add_line = [&](const std::string& id) {
    if (auto i = b.area_index(id)) lines.emplace_back(id, b.areas[*i].title);
  };
  add_line(b.own_area);
  add_line("0000");
  add_line("00" + b.own_area.substr(0, 2));
  if (!b.similar_group.empty()) add_line(b.similar_group);
  json::array values, names;
  for (const auto& [id, name] : lines) {
    size_t area = *b.area_index(id);
    bool any = false;
    for (int y = b.first_year; y <= b.last_year; ++y)
      if (auto v = b.value(kpi, area, y, Gender::Total)) {
        values.push_back(json::object{{"year", std::to_string(y)}, {"series", name}, {"value", *v}, {"text", kpi_value_text(*v, kpi)}});
        any = true;
      }
    if (any) names.push_back(json::value(name));
  }
  if (values.empty()) return std::nullopt;
  ChartSpec chart;
  chart.id = "spec-" + kpi.id + "-references";
  chart.description = kpi.title + " per år för " + lines.front().second + " jämfört med riket, länet och liknande kommuner.";
  json::object spec = chart_base(chart.description, 260);
  json::object legend_scale{{"domain", names}};
  auto by_series = [&](json::object scale) {
    return json::object{{"field", "series"}, {"type", "nominal"}, {"title", nullptr}, {"scale", std::move(scale)}};
  };
  spec["data"] = json::object{{"values", values}};
  spec["mark"] = json::object{{"type", "line"}, {"point", json::object{{"filled", true}, {"size", 50}}}, {"strokeWidth", 2.5}};
  spec["encoding"] = json::object{
      {"x", json::object{{"field", "year"}, {"type", "ordinal"}, {"title", "År"}, {"axis", json::object{{"labelAngle", 0}}}}},
      {"y", json::object{{"field", "value"}, {"type", "quantitative"}, {"title", ind.unit.empty() ? kpi.title : ind.unit}}},
      {"color", by_series({{"domain", names}, {"range", json::array{"#1f4e79", "#444444", "#e08214", "#7b3294"}}})},
      {"strokeDash", by_series({{"domain", names}})},
      {"shape", by_series({{"domain", names}})},
      {"tooltip", json::array{json::object{{"field", "series"}, {"title", "Område"}}, json::object{{"field", "year"}, {"title", "År"}},
                              json::object{{"field", "text"}, {"title", "Värde"}}}}};
  chart.spec = std::move(spec);
  return chart;
}

std::optional<ChartSpec> own_gender_chart(const Benchmark& b, const BenchmarkKpi& kpi) {
  auto own = b.area_index(b.own_area);
  if (!own || !kpi.divided_by_gender) return std::nullopt;
  const Indicator ind = kpi_as_indicator(kpi);
  json::array values;
  for (int y = b.first_year; y <= b.last_year; ++y)
    for (Gender g : {Gender::Women, Gender::Men})
      if (auto v = b.value(kpi, *own, y, g))
        values.push_back(json::object{{"year", std::to_string(y)}, {"gender", gender_label(g)}, {"value", *v},
                                      {"text", kpi_value_text(*v, kpi)}});
  if (values.empty()) return std::nullopt;
  ChartSpec chart;
  chart.id = "spec-" + kpi.id + "-gender";
  chart.description = kpi.title + " per år för kvinnor och män i " + b.areas[*own].title + ".";
  json::object spec = chart_base(chart.description, 240);
  json::array genders{"Kvinnor", "Män"};
  spec["data"] = json::object{{"values", values}};
  spec["mark"] = json::object{{"type", "line"}, {"point", json::object{{"filled", true}, {"size", 50}}}, {"strokeWidth", 2.5}};
  spec["encoding"] = json::object{
      {"x", json::object{{"field", "year"}, {"type", "ordinal"}, {"title", "År"}, {"axis", json::object{{"labelAngle", 0}}}}},
      {"y", json::object{{"field", "value"}, {"type", "quantitative"}, {"title", ind.unit.empty() ? kpi.title : ind.unit}}},
      {"color", json::object{{"field", "gender"}, {"type", "nominal"}, {"title", nullptr},
                             {"scale", json::object{{"domain", genders}, {"range", json::array{"#7b3294", "#1b7837"}}}}}},
      {"strokeDash", json::object{{"field", "gender"}, {"type", "nominal"}, {"title", nullptr}, {"scale", json::object{{"domain", genders}}}}},
      {"tooltip", json::array{json::object{{"field", "gender"}, {"title", "Kön"}}, json::object{{"field", "year"}, {"title", "År"}},
                              json::object{{"field", "text"}, {"title", "Värde"}}}}};
  chart.spec = std::move(spec);
  return chart;
}

std::optional<ChartSpec> aspects_chart(const Benchmark& b, const std::vector<const BenchmarkKpi*>& kpis, int year,
                                       Gender gender, const std::string& id) {
  std::vector<std::string> areas = {b.own_area, "0000"};
  if (!b.similar_group.empty()) areas.push_back(b.similar_group);
  json::array values, names, aspects;
  for (const auto& area_id : areas) {
    auto area = b.area_index(area_id);
    if (!area) continue;
    bool any = false;
    for (const BenchmarkKpi* k : kpis)
      if (auto v = b.value(*k, *area, year, gender)) {
        std::string aspect = k->title.substr(k->title.rfind(" - ") == std::string::npos ? 0 : k->title.rfind(" - ") + 3);
        aspect = aspect.substr(0, aspect.find(','));
        values.push_back(json::object{{"aspect", aspect}, {"area", b.areas[*area].title}, {"value", *v},
                                      {"text", kpi_value_text(*v, *k)}});
        any = true;
      }
    if (any) names.push_back(json::value(b.areas[*area].title));
  }
  if (values.empty()) return std::nullopt;
  ChartSpec chart;
  chart.id = id;
  chart.description = "Brukarbedömning per aspekt " + std::to_string(year) + " (" + std::string(gender_label(gender)) +
                      "): den egna kommunen, riket och liknande kommuner sida vid sida.";
  json::object spec = chart_base(chart.description, 320);
  spec["data"] = json::object{{"values", values}};
  json::object y{{"field", "aspect"}, {"type", "nominal"}, {"title", nullptr}};
  json::object offset{{"field", "area"}, {"sort", names}};
  json::object color{{"field", "area"}, {"type", "nominal"}, {"title", nullptr},
                     {"scale", json::object{{"domain", names}, {"range", json::array{"#1f4e79", "#444444", "#7b3294"}}}}};
  spec["layer"] = json::array{
      json::object{{"mark", json::object{{"type", "bar"}}},
                   {"encoding", json::object{{"y", y}, {"yOffset", offset}, {"color", color},
                                             {"x", json::object{{"field", "value"}, {"type", "quantitative"}, {"title", "%"},
                                                                {"scale", json::object{{"domain", json::array{0, 100}}}}}},
                                             {"tooltip", json::array{json::object{{"field", "area"}, {"title", "Område"}},
                                                                     json::object{{"field", "aspect"}, {"title", "Aspekt"}},
                                                                     json::object{{"field", "text"}, {"title", "Andel"}}}}}}},
      json::object{{"mark", json::object{{"type", "text"}, {"align", "left"}, {"dx", 3}, {"fontSize", 11}}},
                   {"encoding", json::object{{"y", y}, {"yOffset", offset},
                                             {"x", json::object{{"field", "value"}, {"type", "quantitative"}}},
                                             {"text", json::object{{"field", "text"}}}}}}};
  chart.spec = std::move(spec);
  return chart;
}

std::optional<ChartSpec> county_map(const Benchmark& b, const KpiComparison& c, const json::value& geojson) {
  if (!geojson.is_object() || !geojson.as_object().contains("features")) return std::nullopt;
  const std::string county = b.own_area.substr(0, 2);
  json::array features;
  for (const auto& f : geojson.at("features").as_array()) {
    if (!f.is_object() || !f.as_object().contains("properties")) continue;
    const auto& props = f.at("properties").as_object();
    const json::value* id = props.if_contains("id");
    if (!id) continue;
    std::string code = id->is_string() ? std::string(id->as_string()) : std::to_string(id->to_number<long long>());
    if (code.size() < 4) code = std::string(4 - code.size(), '0') + code;
    if (code.substr(0, 2) != county) continue;
    auto area = b.area_index(code);
    if (!area) continue;
    const RankedArea* r = c.ranking.find(*area);
    json::object feature = f.as_object();
    json::object p;
    p["kommun"] = b.areas[*area].title;
    p["klass"] = std::string(quartile_label(r ? r->quartile : Quartile::NoValue));
    p["text"] = r && r->value ? kpi_value_text(*r->value, *c.kpi) : "inget värde";
    feature["properties"] = std::move(p);
    features.push_back(std::move(feature));
  }
  if (features.empty()) return std::nullopt;
  ChartSpec chart;
  chart.id = "spec-" + c.kpi->id + "-map";
  chart.description = "Karta över länets kommuner färgade efter kvartil i riket för " + c.kpi->title + " " +
                      std::to_string(c.year) + ".";
  json::object spec = chart_base(chart.description, 360);
  spec["data"] = json::object{{"values", json::object{{"type", "FeatureCollection"}, {"features", features}}},
                              {"format", json::object{{"type", "json"}, {"property", "features"}}}};
  spec["projection"] = json::object{{"type", "mercator"}};
  spec["mark"] = json::object{{"type", "geoshape"}, {"stroke", "#ffffff"}, {"strokeWidth", 1.5}};
  spec["encoding"] = json::object{
      {"color", json::object{{"field", "properties.klass"}, {"type", "nominal"}, {"title", "Kvartil i riket"},
                             {"scale", json::object{{"domain", strings(kQuartileLabels)}, {"range", strings(kQuartileColours)}}}}},
      {"tooltip", json::array{json::object{{"field", "properties.kommun"}, {"title", "Kommun"}},
                              json::object{{"field", "properties.text"}, {"title", "Värde"}},
                              json::object{{"field", "properties.klass"}, {"title", "Kvartil"}}}}};
  chart.spec = std::move(spec);
  return chart;
}

std::string kpi_value_text(double v, const BenchmarkKpi& k) {
  if (k.kind == ValueKind::YesNo) return v == 1 ? "Ja" : v == 0 ? "Nej" : format_number(v * 100, 0) + "\u00a0% ja";
  return format_value(v, kpi_as_indicator(k));
}

Indicator kpi_as_indicator(const BenchmarkKpi& k) {
  Indicator ind;
  ind.id = k.id;
  ind.title = k.title;
  ind.unit = kpi_unit(k);
  ind.decimals = k.decimals;
  ind.direction = k.direction.value_or(Direction::HigherIsBetter);
  return ind;
}

}  // namespace jamfor
