#include "charts/comparison_charts.h"

#include <algorithm>
#include <boost/json.hpp>
#include <functional>

#include "generator/number_format.h"

namespace jamfor {
namespace {

namespace json = boost::json;

json::array strings(const std::vector<std::string>& v) {
  json::array a;
  for (const auto& s : v) a.push_back(json::value(s));
  return a;
}

// The legend shows only the classes a chart can have.
json::object class_scale(Classing classing, const Wording& w) {
  std::vector<Class> shown;
  switch (classing) {
    case Classing::Quartiles: shown = {Class::Best, Class::Middle, Class::Worst, Class::NoValue}; break;
    case Classing::Answers: shown = {Class::Good, Class::Bad, Class::NoValue}; break;
    case Classing::TooFew:
    case Classing::NoDirection: shown = {Class::Unclassed, Class::NoValue}; break;
  }
  json::array domain, range;
  for (Class c : shown) {
    domain.push_back(json::value(class_label(c, w)));
    range.push_back(json::value(class_colour(c)));
  }
  return json::object{{"domain", domain}, {"range", range}};
}

std::string axis_title(const ComparisonKpi& k, const Wording& w) {
  const std::string unit = kpi_unit(k, w);
  return unit.empty() ? k.title : unit;
}

std::string rank_text(const Ranking& ranking, int slot, const Wording& w) {
  return w.rank_of(std::to_string(ranking.rank[static_cast<size_t>(slot)]), std::to_string(ranking.n));
}

// "Riket", or "Riket (medelvärde av kommunerna)" when every point drawn is our own mean.
std::string reference_name(const std::string& name, bool all_means, const Wording& w) {
  return all_means ? w.mean_of_municipalities_line(name) : name;
}

json::object year_axis(const Wording& w) {
  return json::object{{"field", "year"}, {"type", "ordinal"}, {"title", w.col_year}, {"axis", json::object{{"labelAngle", 0}}}};
}

// `text` as a string literal of a Vega expression.
std::string expression_string(std::string_view text) {
  std::string out = "'";
  for (char c : text) {
    if (c == '\'' || c == '\\') out += '\\';
    out += c;
  }
  return out + "'";
}

// The transforms that complete a ranked bar chart's compact rows: name and link from the
// site's list of municipalities, the group where a row names none, the rank's words.
json::array ranked_row_transforms(const std::string& default_group, const std::optional<std::string>& rank_words) {
  json::array t{json::object{{"lookup", "id"},
                             {"from", json::object{{"data", json::object{{"name", std::string(kMunicipalityAreas)}}},
                                                   {"key", "id"},
                                                   {"fields", json::array{"kommun", "href"}}}}},
                json::object{{"calculate", "isValid(datum.group) ? datum.group : " + expression_string(default_group)},
                             {"as", "group"}}};
  if (rank_words) t.push_back(json::object{{"calculate", *rank_words}, {"as", "rank"}});
  return t;
}

// "a, b och c"
template <class Names, class NameOf>
std::string joined(const Names& names, NameOf name_of, const Wording& w) {
  std::string out;
  for (size_t i = 0; i < names.size(); ++i)
    out += (i == 0 ? "" : i + 1 == names.size() ? std::string(w.list_and) : ", ") + std::string(name_of(names[i]));
  return out;
}

}  // namespace

std::string profile_href(const Area& municipality) { return "municipality-" + municipality.id + ".html"; }
std::string county_href(std::string_view county) { return "county-" + std::string(county) + ".html"; }
std::string kpi_href(const ComparisonKpi& k) { return "kpi-" + k.id + ".html"; }

std::string_view class_label(Class c, const Wording& w) {
  switch (c) {
    case Class::Best: return w.class_best;
    case Class::Middle: return w.class_middle;
    case Class::Worst: return w.class_worst;
    case Class::Good: return w.class_good;
    case Class::Bad: return w.class_bad;
    case Class::Unclassed: return w.class_unclassed;
    case Class::NoValue: return w.class_no_value;
  }
  return "";
}

std::string class_colour(Class c) {
  switch (c) {
    case Class::Best:
    case Class::Good: return "#1a9641";
    case Class::Middle: return "#f2c94c";
    case Class::Worst:
    case Class::Bad: return "#d7191c";
    case Class::Unclassed: return "#8fb3d9";
    case Class::NoValue: return "#bdbdbd";
  }
  return "#bdbdbd";
}

std::string kpi_unit(const ComparisonKpi& k, const Wording& w) {
  if (!k.unit.empty()) return k.unit;
  // Kolada's titles are Swedish whatever the site's language.
  const std::string& t = k.title;
  if (t.find("(%)") != std::string::npos || t.find("andel") != std::string::npos) return "%";
  if (t.find("kr/inv") != std::string::npos) return std::string(w.unit_kr_per_inhabitant);
  if (t.find("/1000 inv") != std::string::npos) return std::string(w.unit_per_1000);
  if (t.find("dagar") != std::string::npos) return std::string(w.unit_days);
  if (t.find("miljoner kronor") != std::string::npos) return std::string(w.unit_million_kr);
  return "";
}

Indicator kpi_as_indicator(const ComparisonKpi& k, const Wording& w) {
  Indicator ind;
  ind.id = k.id;
  ind.title = k.title;
  ind.unit = kpi_unit(k, w);
  ind.decimals = k.decimals;
  ind.direction = k.direction.value_or(Direction::HigherIsBetter);
  return ind;
}

std::string kpi_value_text(double v, const ComparisonKpi& k, const Wording& w) {
  if (k.kind == ValueKind::YesNo) {
    if (v == 1 || v == 0) return std::string(v == 1 ? w.yes : w.no);
    Indicator percent;
    percent.unit = "%";
    percent.decimals = 0;
    return w.share_yes(format_value(v * 100, percent, w));
  }
  return format_value(v, kpi_as_indicator(k, w), w);
}

std::optional<ChartSpec> ranked_bar_chart(const ComparisonResults& r, const KpiResult& k, const YearComparison& y) {
  const Comparison& c = *r.data;
  const Wording& w = *r.words;
  const Ranking& ranking = y.ranking;
  if (ranking.n == 0) return std::nullopt;
  const bool scope_is_everyone = r.scope.size() >= r.population.areas.size();
  const std::string focus_name = r.focus ? c.areas[*r.focus].title : "";
  const std::string scope_group = r.county_pages.size() == 1 ? w.municipalities_of_county(c.county_name(r.county_pages[0]))
                                                               : std::string(w.municipalities_in_selection);
  json::array values;
  std::vector<std::string> groups;
  auto group_of = [&](size_t area) {
    if (r.focus && area == *r.focus) return focus_name;
    if (!scope_is_everyone && r.in_scope(area)) return scope_group;
    return std::string(scope_is_everyone ? w.municipalities : w.other_municipalities);
  };
  json::array highlighted_bars;  // drawn again as wide rules: a phone's 300 px give each bar about one
  json::object focus_label;
  // Rows name their group only where it is not the one most of them have.
  const std::string default_group(scope_is_everyone ? w.municipalities : w.other_municipalities);
  // The rank's words ("12 av 288") are made from the rank when every row drawn has one.
  bool all_ranked = true;
  size_t drawn = 0;
  for (auto slot : ranking.order) {
    if (!c.value(*k.kpi, r.population.areas[slot], y.year, y.gender)) continue;
    all_ranked = all_ranked && ranking.rank[slot] != 0;
    ++drawn;
  }
  for (auto slot : ranking.order) {
    const size_t area = r.population.areas[slot];
    auto v = c.value(*k.kpi, area, y.year, y.gender);
    if (!v) continue;
    const Area& a = c.areas[area];
    json::object datum{{"id", a.id}, {"value", *v}, {"text", kpi_value_text(*v, *k.kpi, w)}};
    if (group_of(area) != default_group) datum["group"] = group_of(area);
    if (ranking.rank[slot]) {
      if (all_ranked) datum["r"] = ranking.rank[slot];
      else datum["rank"] = rank_text(ranking, slot, w);
    }
    if (group_of(area) != w.municipalities && group_of(area) != w.other_municipalities) highlighted_bars.push_back(datum);
    if (r.focus && area == *r.focus) {
      focus_label = datum;
      focus_label["label"] = a.title + ": " + kpi_value_text(*v, *k.kpi, w);
      // The label runs into the chart from the side the bar is on.
      focus_label["align"] = values.size() * 2 > ranking.order.size() ? "right" : "left";
    }
    values.push_back(std::move(datum));
    if (std::find(groups.begin(), groups.end(), group_of(area)) == groups.end()) groups.push_back(group_of(area));
  }
  std::optional<std::string> rank_words;
  if (all_ranked && drawn > 0) {
    const std::string words = w.rank_of("\x01", std::to_string(ranking.n));
    const size_t at = words.find('\x01');
    rank_words = expression_string(words.substr(0, at)) + " + datum.r + " + expression_string(words.substr(at + 1));
  }
  const json::array transforms = ranked_row_transforms(default_group, rank_words);
  // Focus first, then the scope, then the rest, in the legend and the colours.
  std::vector<std::string> domain, range;
  auto add_group = [&](const std::string& name, const char* colour) {
    if (std::find(groups.begin(), groups.end(), name) != groups.end()) {
      domain.push_back(name);
      range.push_back(colour);
    }
  };
  add_group(focus_name, "#1f4e79");
  add_group(scope_group, "#e08214");
  add_group(std::string(w.other_municipalities), "#c6c6c6");
  add_group(std::string(w.municipalities), "#9a9a9a");

  ChartSpec chart;
  chart.id = "spec-" + k.kpi->id + "-ranking" + (y.gender == Gender::Total ? "" : "-" + std::string(gender_code(y.gender)));
  std::string highlighted;
  if (r.focus) highlighted = focus_name;
  if (!scope_is_everyone)
    highlighted += (highlighted.empty() ? "" : std::string(w.list_and)) +
                   (r.county_pages.size() == 1 ? scope_group : std::string(w.the_selected_municipalities));
  std::vector<std::pair<double, std::string>> rule_labels;  // (value, label)
  std::vector<std::string> rule_names;
  auto rule = [&](const std::string& name, const std::string& in_text, const std::optional<double>& v) {
    if (!v) return;
    rule_labels.emplace_back(*v, name + ": " + kpi_value_text(*v, *k.kpi, w));
    rule_names.push_back(in_text);
  };
  if (y.riket) {
    const bool mean = y.riket->origin == ReferenceOrigin::MeanOfMunicipalities;
    rule(reference_name(std::string(w.riket), mean, w), reference_name(std::string(w.riket_in_text), mean, w), y.riket->value);
  }
  std::optional<std::string> county = r.focus ? std::optional(c.areas[*r.focus].county)
                                      : r.county_pages.size() == 1 ? std::optional(r.county_pages[0])
                                                                  : std::nullopt;
  if (county)
    if (auto ref = r.county_reference(y, *county)) {
      const std::string name = reference_name(c.county_name(*county), ref->origin == ReferenceOrigin::MeanOfMunicipalities, w);
      rule(name, name, ref->value);
    }
  rule(std::string(w.median), std::string(w.the_median), ranking.median);
  // Labels alternate above and below their lines from the highest down, so close lines do
  // not write over each other.
  std::sort(rule_labels.begin(), rule_labels.end(), [](const auto& a, const auto& b) { return a.first > b.first; });
  json::array rules, above, below;
  for (size_t i = 0; i < rule_labels.size(); ++i) {
    json::object label{{"value", rule_labels[i].first}, {"label", rule_labels[i].second}};
    rules.push_back(label);
    (i % 2 ? below : above).push_back(std::move(label));
  }
  const std::string lines = joined(rule_names, [](const std::string& name) { return name; }, w);
  chart.description = w.ranked_by(std::to_string(ranking.n), k.kpi->title, std::to_string(y.year)) +
                      std::string(y.gender == Gender::Women ? w.women_suffix : y.gender == Gender::Men ? w.men_suffix : "") +
                      (highlighted.empty() ? "" : w.marked(highlighted)) + (lines.empty() ? "" : w.with_lines(lines)) + ".";
  json::object spec = chart_base(chart.description, 300);
  json::array tooltip{json::object{{"field", "kommun"}, {"title", w.col_municipality}},
                      json::object{{"field", "text"}, {"title", w.col_value}}};
  if (ranking.classing != Classing::NoDirection) tooltip.push_back(json::object{{"field", "rank"}, {"title", w.col_rank}});
  // The rows come best first: the bars keep their order.
  const json::object x{{"field", "kommun"}, {"type", "nominal"}, {"sort", nullptr},
                       {"title", k.kpi->direction ? w.best_to_the_left : w.highest_to_the_left},
                       {"scale", json::object{{"paddingInner", 0.1}, {"paddingOuter", 0}}},
                       {"axis", json::object{{"labels", false}, {"ticks", false}}}};
  json::object encoding{
      {"x", x},
      {"y", json::object{{"field", "value"}, {"type", "quantitative"}, {"title", axis_title(*k.kpi, w)}}},
      {"color", json::object{{"field", "group"}, {"type", "nominal"}, {"title", nullptr},
                             {"scale", json::object{{"domain", strings(domain)}, {"range", strings(range)}}},
                             {"legend", json::object{{"labelLimit", 320}}}}},
      {"tooltip", tooltip}};
  if (!r.scope.empty()) encoding["href"] = json::object{{"field", "href"}};
  json::array layers;
  layers.push_back(json::object{{"data", json::object{{"values", values}}}, {"transform", transforms},
                                {"mark", json::object{{"type", "bar"}}}, {"encoding", encoding}});
  if (!highlighted_bars.empty()) {
    json::object bars = encoding;
    bars.erase("href");
    bars["y2"] = json::object{{"datum", 0}};
    layers.push_back(json::object{{"data", json::object{{"values", highlighted_bars}}}, {"transform", transforms},
                                  {"mark", json::object{{"type", "rule"}, {"strokeWidth", 3}}}, {"encoding", bars}});
  }
  if (!focus_label.empty()) {
    const std::string align(focus_label["align"].as_string());
    layers.push_back(json::object{
        {"data", json::object{{"values", json::array{focus_label}}}},
        {"transform", transforms},
        {"mark", json::object{{"type", "text"}, {"align", align}, {"baseline", "bottom"}, {"dx", align == "left" ? 4 : -4},
                              {"dy", -4}, {"fontSize", 13}, {"fontWeight", "bold"}, {"color", "#1f4e79"}}},
        {"encoding", json::object{{"x", x}, {"y", json::object{{"field", "value"}, {"type", "quantitative"}}},
                                  {"text", json::object{{"field", "label"}}}}}});
  }
  if (!rules.empty()) {
    layers.push_back(json::object{
        {"data", json::object{{"values", rules}}},
        {"mark", json::object{{"type", "rule"}, {"strokeDash", json::array{6, 4}}, {"color", "#333333"}}},
        {"encoding", json::object{{"y", json::object{{"field", "value"}, {"type", "quantitative"}}},
                                  {"tooltip", json::object{{"field", "label"}}}}}});
    for (auto* labels : {&above, &below})
      if (!labels->empty())
        layers.push_back(json::object{
            {"data", json::object{{"values", *labels}}},
            {"mark", json::object{{"type", "text"}, {"align", "right"}, {"x", "width"}, {"dy", labels == &above ? -6 : 14},
                                  {"fontSize", 12}}},
            {"encoding", json::object{{"y", json::object{{"field", "value"}, {"type", "quantitative"}}},
                                      {"text", json::object{{"field", "label"}}}}}});
  }
  spec["layer"] = std::move(layers);
  chart.spec = std::move(spec);
  return chart;
}

std::optional<ChartSpec> rank_trend_chart(const ComparisonResults& r, const KpiResult& k, const std::vector<size_t>& areas) {
  const Comparison& c = *r.data;
  const Wording& w = *r.words;
  json::array values, names;
  for (size_t area : areas) {
    const int slot = r.population.slot(area);
    if (slot < 0) continue;
    bool any = false;
    for (const auto& y : k.years) {
      if (y.gender != Gender::Total || !y.ranking.rank[static_cast<size_t>(slot)]) continue;
      values.push_back(json::object{{"year", std::to_string(y.year)}, {"kommun", c.areas[area].title},
                                    {"rank", y.ranking.rank[static_cast<size_t>(slot)]},
                                    {"text", rank_text(y.ranking, slot, w)},
                                    {"class", class_label(y.ranking.cls[static_cast<size_t>(slot)], w)}});
      any = true;
    }
    if (any) names.push_back(json::value(c.areas[area].title));
  }
  if (names.empty()) return std::nullopt;
  ChartSpec chart;
  chart.id = "spec-" + k.kpi->id + "-rank-trend";
  const std::string who = joined(names, [](const json::value& name) { return name.as_string(); }, w);
  chart.description = w.rank_per_year_description(r.population.label, who, k.kpi->title);
  json::object spec = chart_base(chart.description, 260);
  spec["data"] = json::object{{"values", values}};
  spec["mark"] = json::object{{"type", "line"}, {"point", json::object{{"filled", true}, {"size", 50}}}, {"strokeWidth", 2.5}};
  spec["encoding"] = json::object{
      {"x", year_axis(w)},
      {"y", json::object{{"field", "rank"}, {"type", "quantitative"}, {"title", w.rank_axis},
                         {"scale", json::object{{"reverse", true}, {"domainMin", 1}}}}},
      {"color", json::object{{"field", "kommun"}, {"type", "nominal"}, {"title", nullptr}, {"scale", json::object{{"domain", names}}},
                             {"legend", json::object{{"labelLimit", 320}}}}},
      {"strokeDash", json::object{{"field", "kommun"}, {"type", "nominal"}, {"title", nullptr}, {"scale", json::object{{"domain", names}}}}},
      {"tooltip", json::array{json::object{{"field", "kommun"}, {"title", w.col_municipality}},
                              json::object{{"field", "year"}, {"title", w.col_year}}, json::object{{"field", "text"}, {"title", w.col_rank}},
                              json::object{{"field", "class"}, {"title", w.col_class}}}}};
  chart.spec = std::move(spec);
  return chart;
}

std::optional<ChartSpec> reference_trend_chart(const ComparisonResults& r, const KpiResult& k,
                                               std::optional<size_t> area, std::vector<std::string>* drawn) {
  const Comparison& c = *r.data;
  const Wording& w = *r.words;
  struct Line {
    std::string name;
    std::vector<std::pair<int, Reference>> points;
  };
  std::vector<Line> lines;
  auto add_line = [&](const std::string& name, auto value_of) {
    Line line{name, {}};
    bool all_means = true;
    for (const auto& y : k.years) {
      if (y.gender != Gender::Total) continue;
      if (auto v = value_of(y)) {
        line.points.emplace_back(y.year, *v);
        all_means = all_means && v->origin == ReferenceOrigin::MeanOfMunicipalities;
      }
    }
    if (line.points.empty()) return;
    line.name = reference_name(name, all_means, w);
    lines.push_back(std::move(line));
  };
  if (area)
    add_line(c.areas[*area].title, [&](const YearComparison& y) -> std::optional<Reference> {
      auto v = c.value(*k.kpi, *area, y.year, Gender::Total);
      return v ? std::optional(Reference{*v, ReferenceOrigin::Source, 0}) : std::nullopt;
    });
  add_line(std::string(w.riket), [&](const YearComparison& y) { return y.riket; });
  std::optional<std::string> county = area ? std::optional(c.areas[*area].county)
                                      : r.county_pages.size() == 1 ? std::optional(r.county_pages[0])
                                                                  : std::nullopt;
  if (county) add_line(c.county_name(*county), [&](const YearComparison& y) { return r.county_reference(y, *county); });
  if (r.similar_group) add_line(c.areas[*r.similar_group].title, [&](const YearComparison& y) { return y.group; });
  if (lines.empty()) return std::nullopt;
  json::array values, names;
  for (const auto& line : lines) {
    names.push_back(json::value(line.name));
    if (drawn) drawn->push_back(line.name);
    for (const auto& [year, ref] : line.points) {
      std::string text = kpi_value_text(ref.value, *k.kpi, w);
      if (ref.origin == ReferenceOrigin::MeanOfMunicipalities)
        text += " (" + w.mean_of_n_municipalities(std::to_string(ref.count)) + ")";
      values.push_back(json::object{{"year", std::to_string(year)}, {"series", line.name}, {"value", ref.value}, {"text", text}});
    }
  }
  ChartSpec chart;
  chart.id = "spec-" + k.kpi->id + "-references";
  chart.description = w.kpi_per_year_description(k.kpi->title, joined(lines, [](const Line& line) { return line.name; }, w));
  json::object spec = chart_base(chart.description, 260);
  auto by_series = [&](json::object scale) {
    return json::object{{"field", "series"}, {"type", "nominal"}, {"title", nullptr}, {"scale", std::move(scale)},
                        {"legend", json::object{{"labelLimit", 320}}}};
  };
  spec["data"] = json::object{{"values", values}};
  spec["mark"] = json::object{{"type", "line"}, {"point", json::object{{"filled", true}, {"size", 50}}}, {"strokeWidth", 2.5}};
  spec["encoding"] = json::object{
      {"x", year_axis(w)},
      {"y", json::object{{"field", "value"}, {"type", "quantitative"}, {"title", axis_title(*k.kpi, w)}}},
      {"color", by_series({{"domain", names}, {"range", json::array{"#1f4e79", "#444444", "#e08214", "#7b3294"}}})},
      {"strokeDash", by_series({{"domain", names}})},
      {"shape", by_series({{"domain", names}})},
      {"tooltip", json::array{json::object{{"field", "series"}, {"title", w.chart_area}},
                              json::object{{"field", "year"}, {"title", w.col_year}},
                              json::object{{"field", "text"}, {"title", w.col_value}}}}};
  chart.spec = std::move(spec);
  return chart;
}

std::optional<ChartSpec> gender_chart(const ComparisonResults& r, const KpiResult& k, size_t area) {
  const Comparison& c = *r.data;
  const Wording& w = *r.words;
  if (!k.kpi->divided_by_gender) return std::nullopt;
  json::array values;
  for (int y = c.first_year; y <= c.last_year; ++y)
    for (Gender g : {Gender::Women, Gender::Men})
      if (auto v = c.value(*k.kpi, area, y, g))
        values.push_back(json::object{{"year", std::to_string(y)}, {"gender", gender_label(g, w)}, {"value", *v},
                                      {"text", kpi_value_text(*v, *k.kpi, w)}});
  if (values.empty()) return std::nullopt;
  ChartSpec chart;
  chart.id = "spec-" + k.kpi->id + "-gender";
  chart.description = w.women_and_men_description(k.kpi->title, c.areas[area].title);
  json::object spec = chart_base(chart.description, 240);
  json::array genders{w.women, w.men};
  spec["data"] = json::object{{"values", values}};
  spec["mark"] = json::object{{"type", "line"}, {"point", json::object{{"filled", true}, {"size", 50}}}, {"strokeWidth", 2.5}};
  spec["encoding"] = json::object{
      {"x", year_axis(w)},
      {"y", json::object{{"field", "value"}, {"type", "quantitative"}, {"title", axis_title(*k.kpi, w)}}},
      {"color", json::object{{"field", "gender"}, {"type", "nominal"}, {"title", nullptr},
                             {"scale", json::object{{"domain", genders}, {"range", json::array{"#7b3294", "#1b7837"}}}}}},
      {"strokeDash", json::object{{"field", "gender"}, {"type", "nominal"}, {"title", nullptr}, {"scale", json::object{{"domain", genders}}}}},
      {"tooltip", json::array{json::object{{"field", "gender"}, {"title", w.chart_gender}},
                              json::object{{"field", "year"}, {"title", w.col_year}},
                              json::object{{"field", "text"}, {"title", w.col_value}}}}};
  chart.spec = std::move(spec);
  return chart;
}

std::optional<ChartSpec> aspects_chart(const ComparisonResults& r, const std::vector<const KpiResult*>& kpis, size_t area,
                                       int year, Gender gender, const std::string& id) {
  const Comparison& c = *r.data;
  const Wording& w = *r.words;
  json::array values, names;
  struct Column {
    std::string name;
    std::function<std::optional<Reference>(const KpiResult&)> value;
  };
  std::vector<Column> columns = {
      {c.areas[area].title,
       [&](const KpiResult& k) -> std::optional<Reference> {
         auto v = c.value(*k.kpi, area, year, gender);
         return v ? std::optional(Reference{*v, ReferenceOrigin::Source, 0}) : std::nullopt;
       }},
      {std::string(w.riket), [&](const KpiResult& k) -> std::optional<Reference> {
         const YearComparison* y = k.at(year, gender);
         return y ? y->riket : std::nullopt;
       }}};
  if (r.similar_group)
    columns.push_back({c.areas[*r.similar_group].title, [&](const KpiResult& k) -> std::optional<Reference> {
                         const YearComparison* y = k.at(year, gender);
                         return y ? y->group : std::nullopt;
                       }});
  for (auto& column : columns) {
    bool any = false, all_means = true;
    for (const KpiResult* k : kpis)
      if (auto v = column.value(*k)) {
        any = true;
        all_means = all_means && v->origin == ReferenceOrigin::MeanOfMunicipalities;
      }
    if (!any) continue;
    const std::string name = reference_name(column.name, all_means, w);
    names.push_back(json::value(name));
    for (const KpiResult* k : kpis)
      if (auto v = column.value(*k)) {
        const std::string& title = k->kpi->title;
        std::string aspect = title.substr(title.rfind(" - ") == std::string::npos ? 0 : title.rfind(" - ") + 3);
        aspect = aspect.substr(0, aspect.find(','));
        values.push_back(json::object{{"aspect", aspect}, {"area", name}, {"value", v->value},
                                      {"text", kpi_value_text(v->value, *k->kpi, w)}});
      }
  }
  if (values.empty()) return std::nullopt;
  ChartSpec chart;
  chart.id = id;
  chart.description = w.aspects_description(std::to_string(year), gender_label(gender, w),
                                            joined(names, [](const json::value& name) { return name.as_string(); }, w));
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
                                             {"tooltip", json::array{json::object{{"field", "area"}, {"title", w.chart_area}},
                                                                     json::object{{"field", "aspect"}, {"title", w.chart_aspect}},
                                                                     json::object{{"field", "text"}, {"title", w.chart_share}}}}}}},
      json::object{{"mark", json::object{{"type", "text"}, {"align", "left"}, {"dx", 3}, {"fontSize", 11}}},
                   {"encoding", json::object{{"y", y}, {"yOffset", offset},
                                             {"x", json::object{{"field", "value"}, {"type", "quantitative"}}},
                                             {"text", json::object{{"field", "text"}}}}}}};
  chart.spec = std::move(spec);
  return chart;
}

namespace {

// A choropleth over shared geometry: `rows` (id, name, class, text) are joined to the named
// boundary data by id; shapes without a row are left out. With `names`, rows have no name of
// their own: it is looked up by id in that shared data ("kommun" of kMunicipalityAreas).
ChartSpec map_chart(std::string_view boundaries, json::array rows, Classing classing, std::string id,
                    std::string description, std::string_view class_title, std::string_view name_title, const Wording& w,
                    std::string_view names = {}) {
  ChartSpec chart;
  chart.id = std::move(id);
  chart.description = std::move(description);
  json::object spec = chart_base(chart.description, 420);
  spec["data"] = json::object{{"name", std::string(boundaries)}};
  json::array ids;
  for (const auto& row : rows) ids.push_back(row.at("id"));
  json::array transforms{
      json::object{{"filter", json::object{{"field", "properties.id"}, {"oneOf", std::move(ids)}}}},
      json::object{{"lookup", "properties.id"},
                   {"from", json::object{{"data", json::object{{"values", std::move(rows)}}},
                                         {"key", "id"},
                                         {"fields", names.empty() ? json::array{"name", "class", "text"} : json::array{"class", "text"}}}}}};
  if (!names.empty())
    transforms.push_back(json::object{{"lookup", "properties.id"},
                                      {"from", json::object{{"data", json::object{{"name", std::string(names)}}},
                                                            {"key", "id"},
                                                            {"fields", json::array{"kommun"}}}},
                                      {"as", json::array{"name"}}});
  spec["transform"] = std::move(transforms);
  spec["projection"] = json::object{{"type", "mercator"}};
  spec["mark"] = json::object{{"type", "geoshape"}, {"stroke", "#ffffff"}, {"strokeWidth", 1}};
  spec["encoding"] = json::object{
      {"color", json::object{{"field", "class"}, {"type", "nominal"}, {"title", class_title}, {"scale", class_scale(classing, w)},
                             {"legend", json::object{{"titleLimit", 320}, {"columns", 2}}}}},
      {"tooltip", json::array{json::object{{"field", "name"}, {"title", name_title}}, json::object{{"field", "text"}, {"title", w.col_value}},
                              json::object{{"field", "class"}, {"title", class_title}}}}};
  chart.spec = std::move(spec);
  return chart;
}

}  // namespace

std::optional<ChartSpec> municipality_map(const ComparisonResults& r, const KpiResult& k, const YearComparison& y,
                                          const std::vector<std::string>& counties, const std::string& id) {
  const Comparison& c = *r.data;
  const Wording& w = *r.words;
  if (c.municipality_boundaries.empty()) return std::nullopt;
  json::array rows;
  for (size_t area : c.municipalities()) {
    const Area& a = c.areas[area];
    if (!counties.empty() && std::find(counties.begin(), counties.end(), a.county) == counties.end()) continue;
    const int slot = r.population.slot(area);
    auto v = c.value(*k.kpi, area, y.year, y.gender);
    Class cls = slot >= 0 ? y.ranking.cls[static_cast<size_t>(slot)] : v ? Class::Unclassed : Class::NoValue;
    rows.push_back(json::object{{"id", a.id}, {"class", class_label(cls, w)},
                                {"text", v ? kpi_value_text(*v, *k.kpi, w) : std::string(w.class_no_value)}});
  }
  if (rows.empty()) return std::nullopt;
  const std::string where = counties.empty() ? std::string(w.all_municipalities_of_sweden)
                            : counties.size() == 1 ? w.municipalities_of_county(c.county_name(counties[0]))
                                                   : w.municipalities_in_counties(std::to_string(counties.size()));
  return map_chart(kMunicipalityBoundaries, std::move(rows), y.ranking.classing, id,
                   w.municipality_map_description(where, r.population.label, k.kpi->title + " " + std::to_string(y.year)),
                   w.col_class, w.col_municipality, w, kMunicipalityAreas);
}

std::optional<ChartSpec> county_map(const ComparisonResults& r, const KpiResult& k, const YearComparison& y) {
  const Comparison& c = *r.data;
  const Wording& w = *r.words;
  if (c.county_boundaries.empty() || !y.county_ranking) return std::nullopt;
  json::array rows;
  for (size_t i = 0; i < r.counties.size(); ++i) {
    const auto& ref = y.counties[i];
    rows.push_back(json::object{{"id", region_id(r.counties[i])}, {"name", c.county_name(r.counties[i])},
                                {"class", class_label(y.county_ranking->cls[i], w)},
                                {"text", ref ? kpi_value_text(ref->value, *k.kpi, w) : std::string(w.class_no_value)}});
  }
  return map_chart(kCountyBoundaries, std::move(rows), y.county_ranking->classing, "spec-" + k.kpi->id + "-county-map",
                   w.county_map_description(std::to_string(y.county_ranking->n), k.kpi->title + " " + std::to_string(y.year)),
                   w.class_among_counties, w.col_county, w);
}

}  // namespace jamfor
