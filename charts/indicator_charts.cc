#include "charts/indicator_charts.h"

#include <boost/json.hpp>

#include "generator/number_format.h"

namespace jamfor {
namespace {

namespace json = boost::json;

std::string axis_format(const Indicator& ind) {
  return ind.decimals ? ",." + std::to_string(*ind.decimals) + "f" : ",.2~f";
}

std::string axis_title(const Indicator& ind) {
  return ind.unit.empty() ? ind.title : ind.unit;
}

json::array period_order(const std::vector<Period>& periods, const Wording& w) {
  json::array order;
  for (const auto& p : periods) order.push_back(json::value(p.label(w)));
  return order;
}

// Target levels as labelled horizontal rules: "Mål: minst 85 %".
json::array target_rules(const IndicatorResult& r, const Wording& w) {
  json::array rules;
  const Indicator& ind = *r.indicator;
  for (const auto& c : r.checks) {
    if (!c.target || c.target->assessment != Assessment::Measured) continue;
    std::string who = c.goal ? " (" + c.goal->decided_by + ")" : "";
    auto add = [&](double level, std::string_view word) {
      rules.push_back(json::object{{"level", level},
                                   {"label", w.target_line(std::string(word) + format_value(level, ind, w)) + who}});
    };
    const Target& t = *c.target;
    if (t.at_least) add(*t.at_least, w.target_at_least);
    if (t.at_most) add(*t.at_most, w.target_at_most);
    if (t.exactly) add(*t.exactly, "");
    if (t.between_low) {
      add(*t.between_low, w.target_lowest);
      add(*t.between_high, w.target_at_most);
    }
  }
  return rules;
}

}  // namespace

std::optional<ChartSpec> trend_chart(const IndicatorResult& r, const Project& project) {
  const Series* total = r.total();
  if (!total) return std::nullopt;
  const Indicator& ind = *r.indicator;
  const auto& periods = project.settings.periods;
  const Wording& w = wording(project.settings.language);
  json::array values, names, colors;
  const char* palette[] = {"#1f4e79", "#6b6b6b", "#b35806", "#542788"};
  for (const auto& s : r.series) {
    if (&s != total && (s.kind != UnitKind::Reference || s.gender != Gender::Total)) continue;
    const OrgUnit* unit = project.find_unit(s.unit_id);
    std::string name = unit ? unit->name : ind.values_for.empty() ? project.settings.organisation : ind.values_for;
    names.push_back(json::value(name));
    colors.push_back(json::value(palette[std::min<size_t>(colors.size(), 3)]));
    for (size_t i = 0; i < periods.size(); ++i) {
      if (!s.points[i].value) continue;
      double v = *s.points[i].value;
      values.push_back(json::object{{"period", periods[i].label(w)}, {"series", name}, {"value", v},
                                    {"text", format_value(v, ind, w)}});
    }
  }
  if (values.empty()) return std::nullopt;

  ChartSpec chart;
  chart.id = "spec-" + ind.id + "-trend";
  chart.description = w.outcomes_over_time(ind.title);
  json::object spec = chart_base(chart.description);
  json::object x{{"field", "period"}, {"type", "ordinal"}, {"title", w.col_period},
                 {"sort", period_order(periods, w)}, {"scale", json::object{{"domain", period_order(periods, w)}}},
                 {"axis", json::object{{"labelAngle", 0}}}};
  json::object y{{"field", "value"}, {"type", "quantitative"}, {"title", axis_title(ind)},
                 {"axis", json::object{{"format", axis_format(ind)}}},
                 {"scale", json::object{{"zero", true}}}};
  json::array tooltip{json::object{{"field", "series"}, {"title", w.chart_series}},
                      json::object{{"field", "period"}, {"title", w.col_period}},
                      json::object{{"field", "text"}, {"title", w.col_outcome}}};
  // Series differ by dash and point shape as well as colour; one shared legend names them.
  json::value legend = names.size() > 1 ? json::value(json::object{}) : json::value(nullptr);
  auto by_series = [&](json::object scale) {
    return json::object{{"field", "series"}, {"type", "nominal"}, {"title", nullptr}, {"legend", legend},
                        {"scale", std::move(scale)}};
  };
  json::object color = by_series({{"domain", names}, {"range", colors}});
  json::object dash = by_series({{"domain", names}});
  json::object shape = by_series({{"domain", names}});
  json::array layers;
  layers.push_back(json::object{
      {"data", json::object{{"values", values}}},
      {"mark", json::object{{"type", "line"}, {"point", json::object{{"size", 80}, {"filled", true}}},
                            {"strokeWidth", 3}}},
      {"encoding", json::object{{"x", x}, {"y", y}, {"color", color}, {"strokeDash", dash},
                                {"shape", shape}, {"tooltip", tooltip}}}});
  layers.push_back(json::object{
      {"data", json::object{{"values", values}}},
      {"mark", json::object{{"type", "text"}, {"dy", -14}, {"fontSize", 13}, {"color", "#1a1a1a"}}},
      {"encoding", json::object{{"x", x}, {"y", json::object{{"field", "value"}, {"type", "quantitative"}}},
                                {"text", json::object{{"field", "text"}}}}}});
  json::array rules = target_rules(r, w);
  if (!rules.empty()) {
    json::object level{{"field", "level"}, {"type", "quantitative"}};
    layers.push_back(json::object{
        {"data", json::object{{"values", rules}}},
        {"mark", json::object{{"type", "rule"}, {"strokeDash", json::array{6, 4}}, {"strokeWidth", 2},
                              {"color", "#8a1c1c"}}},
        {"encoding", json::object{{"y", level}, {"tooltip", json::object{{"field", "label"}, {"title", w.chart_target}}}}}});
    layers.push_back(json::object{
        {"data", json::object{{"values", rules}}},
        {"mark", json::object{{"type", "text"}, {"align", "left"}, {"x", 4}, {"dy", -8}, {"fontSize", 12},
                              {"color", "#8a1c1c"}}},
        {"encoding", json::object{{"y", level}, {"text", json::object{{"field", "label"}}}}}});
  }
  spec["layer"] = std::move(layers);
  chart.spec = std::move(spec);
  return chart;
}

std::optional<ChartSpec> gender_chart(const IndicatorResult& r, const Project& project) {
  if (!r.split_by_gender()) return std::nullopt;
  const Indicator& ind = *r.indicator;
  const auto& periods = project.settings.periods;
  const Wording& w = wording(project.settings.language);
  json::array values;
  for (const auto& s : r.series) {
    if (!s.unit_id.empty()) continue;
    for (size_t i = 0; i < periods.size(); ++i) {
      if (!s.points[i].value) continue;
      double v = *s.points[i].value;
      values.push_back(json::object{{"period", periods[i].label(w)},
                                    {"gender", gender_label(s.gender, w)},
                                    {"value", v},
                                    {"text", format_value(v, ind, w)}});
    }
  }
  if (values.empty()) return std::nullopt;
  ChartSpec chart;
  chart.id = "spec-" + ind.id + "-gender";
  chart.description = w.outcomes_by_gender(ind.title);
  json::object spec = chart_base(chart.description);
  spec["data"] = json::object{{"values", values}};
  json::array genders{w.gender_women, w.gender_men, w.gender_total};
  json::object color{{"field", "gender"}, {"type", "nominal"}, {"title", w.chart_gender},
                     {"sort", genders},
                     {"scale", json::object{{"domain", genders},
                                            {"range", json::array{"#7b3294", "#1b7837", "#404040"}}}}};
  json::object x{{"field", "period"}, {"type", "ordinal"}, {"title", w.col_period},
                 {"sort", period_order(periods, w)}, {"axis", json::object{{"labelAngle", 0}}}};
  json::object y{{"field", "value"}, {"type", "quantitative"}, {"title", axis_title(ind)},
                 {"axis", json::object{{"format", axis_format(ind)}}}};
  json::object offset{{"field", "gender"}, {"sort", genders}};
  json::array tooltip{json::object{{"field", "period"}, {"title", w.col_period}},
                      json::object{{"field", "gender"}, {"title", w.chart_gender}},
                      json::object{{"field", "text"}, {"title", w.col_outcome}}};
  json::array layers;
  layers.push_back(json::object{
      {"mark", json::object{{"type", "bar"}}},
      {"encoding", json::object{{"x", x}, {"xOffset", offset}, {"y", y}, {"color", color}, {"tooltip", tooltip}}}});
  layers.push_back(json::object{
      {"mark", json::object{{"type", "text"}, {"dy", -8}, {"fontSize", 12}, {"color", "#1a1a1a"}}},
      {"encoding", json::object{{"x", x}, {"xOffset", offset}, {"y", json::object{{"field", "value"}, {"type", "quantitative"}}},
                                {"text", json::object{{"field", "text"}}}}}});
  spec["layer"] = std::move(layers);
  chart.spec = std::move(spec);
  return chart;
}

std::optional<ChartSpec> unit_chart(const IndicatorResult& r, const Project& project) {
  const Indicator& ind = *r.indicator;
  const auto& periods = project.settings.periods;
  const Wording& w = wording(project.settings.language);
  json::array values;
  for (const auto& s : r.series) {
    if (s.unit_id.empty() || s.kind != UnitKind::Own || s.gender != Gender::Total) continue;
    std::string name = project.find_unit(s.unit_id)->name;
    for (size_t i = 0; i < periods.size(); ++i) {
      if (!s.points[i].value) continue;
      double v = *s.points[i].value;
      values.push_back(json::object{{"period", periods[i].label(w)}, {"unit", name}, {"value", v},
                                    {"text", format_value(v, ind, w)}});
    }
  }
  if (values.empty()) return std::nullopt;
  ChartSpec chart;
  chart.id = "spec-" + ind.id + "-units";
  chart.description = w.outcomes_by_unit(ind.title);
  json::object spec = chart_base(chart.description);
  spec["data"] = json::object{{"values", values}};
  json::object y{{"field", "unit"}, {"type", "nominal"}, {"title", nullptr}};
  json::object x{{"field", "value"}, {"type", "quantitative"}, {"title", axis_title(ind)},
                 {"axis", json::object{{"format", axis_format(ind)}}}};
  json::object offset{{"field", "period"}, {"sort", period_order(periods, w)}};
  json::object color{{"field", "period"}, {"type", "ordinal"}, {"title", w.col_period},
                     {"sort", period_order(periods, w)}, {"scale", json::object{{"scheme", "darkblue"}}}};
  json::array tooltip{json::object{{"field", "unit"}, {"title", w.chart_unit}},
                      json::object{{"field", "period"}, {"title", w.col_period}},
                      json::object{{"field", "text"}, {"title", w.col_outcome}}};
  spec["layer"] = json::array{
      json::object{{"mark", json::object{{"type", "bar"}}},
                   {"encoding", json::object{{"x", x}, {"y", y}, {"yOffset", offset}, {"color", color},
                                             {"tooltip", tooltip}}}},
      json::object{{"mark", json::object{{"type", "text"}, {"align", "left"}, {"dx", 4}, {"fontSize", 12},
                                        {"color", "#1a1a1a"}}},
                   {"encoding", json::object{{"x", json::object{{"field", "value"}, {"type", "quantitative"}}},
                                             {"y", y}, {"yOffset", offset}, {"text", json::object{{"field", "text"}}}}}}};
  chart.spec = std::move(spec);
  return chart;
}

json::object chart_base(const std::string& description, int height) {
  json::object spec;
  spec["$schema"] = kVegaLiteSchema;
  spec["description"] = description;
  spec["width"] = "container";
  spec["height"] = height;
  spec["config"] = json::object{
      {"font", "system-ui, sans-serif"},
      {"axis", json::object{{"labelFontSize", 13}, {"titleFontSize", 13}}},
      // On a phone 12 year labels do not fit side by side: every other one is left out.
      {"axisX", json::object{{"labelOverlap", "greedy"}}},
      // One entry per row, so no entry is cut off at the right edge of a phone.
      {"legend", json::object{{"labelFontSize", 13}, {"titleFontSize", 13}, {"orient", "bottom"}, {"columns", 1}, {"labelLimit", 300}}}};
  return spec;
}

}  // namespace jamfor
