#include "generator/comparison_json.h"

#include <boost/json.hpp>
#include <cmath>

namespace jamfor {
namespace {

namespace json = boost::json;

std::string_view type_id(AreaType t) {
  switch (t) {
    case AreaType::Municipality: return "municipality";
    case AreaType::Region: return "county";
    case AreaType::Country: return "country";
    case AreaType::Group: return "group";
  }
  return "";
}

json::value reference_json(const std::optional<Reference>& ref) {
  if (!ref) return nullptr;
  json::object o{{"value", ref->value}, {"origin", ref->origin == ReferenceOrigin::Source ? "source" : "mean"}};
  if (ref->origin == ReferenceOrigin::MeanOfMunicipalities) o["count"] = ref->count;
  return o;
}

json::value optional_number(const std::optional<double>& v) { return v ? json::value(*v) : json::value(nullptr); }

// One decimal is what a percentile means; more would only be noise in the file.
double rounded(double v) { return std::round(v * 10) / 10; }

}  // namespace

std::string kpi_json_path(const ComparisonKpi& k) { return "data/comparison/" + k.id + ".json"; }

json::value comparison_index_json(const ComparisonResults& r) {
  const Comparison& c = *r.data;
  json::object root;
  root["fetched"] = c.kolada_fetched.empty() ? json::value(nullptr) : json::value(c.kolada_fetched);
  json::array population;
  for (size_t a : r.population.areas) population.push_back(json::value(c.areas[a].id));
  root["population"] = json::object{{"label", r.population.label}, {"areas", population}};
  json::array scope;
  for (size_t a : r.scope) scope.push_back(json::value(c.areas[a].id));
  root["scope"] = std::move(scope);
  root["focus"] = r.focus ? json::value(c.areas[*r.focus].id) : json::value(nullptr);
  json::array counties;
  for (const auto& county : r.counties)
    counties.push_back(json::object{{"code", county}, {"name", c.county_name(county)},
                                    {"page", std::find(r.county_pages.begin(), r.county_pages.end(), county) != r.county_pages.end()}});
  root["counties"] = std::move(counties);
  json::array areas;
  for (const auto& a : c.areas) {
    json::object o{{"id", a.id}, {"name", a.title}, {"type", type_id(a.type)}};
    if (!a.county.empty()) o["county"] = a.county;
    areas.push_back(std::move(o));
  }
  root["areas"] = std::move(areas);
  json::array kpis;
  for (const auto& k : r.kpis)
    kpis.push_back(json::object{{"id", k.kpi->id}, {"title", k.kpi->title}, {"source", k.kpi->source_name},
                                {"file", kpi_json_path(*k.kpi).substr(5)}});
  root["kpis"] = std::move(kpis);
  return root;
}

json::value kpi_comparison_json(const ComparisonResults& r, const KpiResult& k) {
  const Comparison& c = *r.data;
  const ComparisonKpi& kpi = *k.kpi;
  json::object root;
  json::object meta{{"id", kpi.id}, {"title", kpi.title}, {"unit", kpi.unit}, {"source", kpi.source_name},
                    {"kind", kpi.kind == ValueKind::YesNo ? "yes_no" : "number"},
                    {"divided_by_gender", kpi.divided_by_gender}};
  meta["direction"] = kpi.direction ? json::value(*kpi.direction == Direction::HigherIsBetter ? "higher" : "lower")
                                    : json::value(nullptr);
  meta["indicator"] = kpi.indicator_id.empty() ? json::value(nullptr) : json::value(kpi.indicator_id);
  if (!kpi.publication_date.empty()) meta["publication_date"] = kpi.publication_date;
  root["kpi"] = std::move(meta);
  if (kpi.source == Source::Kolada && !c.kolada_fetched.empty()) root["fetched"] = c.kolada_fetched;
  // Its areas are listed once, in data/comparison.json.
  root["population"] = json::object{{"label", r.population.label}};
  json::array rankings;
  for (const auto& y : k.years) {
    const Ranking& ranking = y.ranking;
    json::object o{{"year", y.year}, {"gender", gender_code(y.gender)}, {"n", ranking.n},
                   {"classes", classing_id(ranking.classing)}, {"median", optional_number(ranking.median)},
                   {"mean", optional_number(ranking.mean)}};
    json::object refs{{"riket", reference_json(y.riket)}};
    if (r.similar_group) refs["group"] = reference_json(y.group);
    json::object counties;
    for (size_t i = 0; i < r.counties.size(); ++i) counties[r.counties[i]] = reference_json(y.counties[i]);
    refs["counties"] = std::move(counties);
    o["references"] = std::move(refs);
    o["columns"] = json::array{"area", "value", "rank", "percentile", "class"};
    json::array rows;
    for (auto slot : ranking.order) {
      const size_t area = r.population.areas[slot];
      auto v = c.value(kpi, area, y.year, y.gender);
      const bool ranked = ranking.rank[slot] != 0;
      rows.push_back(json::array{json::value(c.areas[area].id), optional_number(v),
                                 ranked ? json::value(ranking.rank[slot]) : json::value(nullptr),
                                 ranked ? json::value(rounded(ranking.percentile(slot))) : json::value(nullptr),
                                 json::value(class_id(ranking.cls[slot]))});
    }
    o["rows"] = std::move(rows);
    rankings.push_back(std::move(o));
  }
  root["rankings"] = std::move(rankings);
  return root;
}

}  // namespace jamfor
