#include "generator/results_json.h"

#include <boost/json.hpp>

namespace jamfor {
namespace {

namespace json = boost::json;

json::object verdict(const Verdict& v) {
  json::object o;
  o["status"] = status_id(v.status);
  o["sentence"] = v.sentence;
  if (v.judgement) o["judged"] = true;
  return o;
}

json::object indicator_json(const IndicatorResult& r, const std::vector<Period>& periods) {
  const Indicator& ind = *r.indicator;
  json::object o;
  o["id"] = ind.id;
  o["title"] = ind.title;
  o["unit"] = ind.unit;
  o["direction"] = ind.direction == Direction::HigherIsBetter ? "higher" : "lower";
  json::array series;
  for (const auto& s : r.series) {
    json::object so;
    so["unit"] = s.unit_id;
    if (s.kind == UnitKind::Reference) so["reference"] = true;
    so["gender"] = gender_code(s.gender);
    json::object values;
    for (size_t i = 0; i < periods.size(); ++i)
      if (s.points[i].value) values[periods[i].id()] = *s.points[i].value;
    so["values"] = std::move(values);
    series.push_back(std::move(so));
  }
  o["series"] = std::move(series);
  json::array checks;
  for (const auto& c : r.checks) {
    json::object co;
    co["goal"] = c.goal ? json::value(c.goal->id) : json::value(nullptr);
    co["target"] = c.target ? json::value(c.target_text) : json::value(nullptr);
    json::object by_period;
    for (size_t pi = 0; pi < periods.size(); ++pi) {
      json::object po = verdict(c.headline[pi]);
      if (!c.by_series.empty()) {
        json::object genders;
        for (size_t si = 0; si < r.series.size(); ++si) {
          const Evaluation& e = c.by_series[si][pi];
          if (!e.value) continue;
          std::string key = std::string(gender_code(r.series[si].gender));
          if (!r.series[si].unit_id.empty()) key = r.series[si].unit_id + "/" + key;
          genders[key] = json::object{{"status", status_id(e.status)}, {"sentence", e.sentence}};
        }
        if (!genders.empty()) po["series"] = std::move(genders);
      }
      by_period[periods[pi].id()] = std::move(po);
    }
    co["periods"] = std::move(by_period);
    checks.push_back(std::move(co));
  }
  o["checks"] = std::move(checks);
  return o;
}

json::object goal_json(const GoalResult& r, const std::vector<Period>& periods) {
  const Goal& g = *r.goal;
  json::object o;
  o["id"] = g.id;
  o["title"] = g.title;
  o["level"] = level_id(g.level);
  o["decided_by"] = g.decided_by;
  if (!g.decided.empty()) o["decided"] = g.decided;
  if (!g.reference.empty()) o["reference"] = g.reference;
  if (!g.parent.empty()) o["parent"] = g.parent;
  json::array indicators;
  for (const auto& link : g.indicators) indicators.push_back(json::value(link.indicator_id));
  o["indicators"] = std::move(indicators);
  json::object by_period;
  for (size_t pi = 0; pi < periods.size(); ++pi) {
    const GoalPeriod& gp = r.periods[pi];
    json::object po;
    po["status"] = status_id(gp.status);
    po["sentence"] = gp.sentence;
    if (gp.override_judgement) po["judged"] = true;
    if (!gp.unit_judgements.empty()) {
      json::object units;
      for (const Judgement* j : gp.unit_judgements) units[j->unit_id] = status_id(j->status);
      po["units"] = std::move(units);
    }
    by_period[periods[pi].id()] = std::move(po);
  }
  o["periods"] = std::move(by_period);
  return o;
}

}  // namespace

boost::json::value results_to_json(const Results& results) {
  const Project& p = *results.project;
  const auto& periods = p.settings.periods;
  json::object root;
  root["title"] = p.settings.title;
  root["organisation"] = p.settings.organisation;
  root["current_period"] = p.settings.current_period.id();
  json::array period_list;
  for (const auto& period : periods)
    period_list.push_back(json::object{{"id", period.id()}, {"label", period.label(wording(p.settings.language))}});
  root["periods"] = std::move(period_list);
  json::array goals, indicators;
  for (const auto& g : results.goals) goals.push_back(goal_json(g, periods));
  for (const auto& i : results.indicators) indicators.push_back(indicator_json(i, periods));
  root["goals"] = std::move(goals);
  root["indicators"] = std::move(indicators);
  return root;
}

}  // namespace jamfor
