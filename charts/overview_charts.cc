#include "charts/overview_charts.h"

#include <algorithm>

#include <boost/json.hpp>

namespace jamfor {

namespace json = boost::json;

std::vector<GoalGroup> goal_groups(const Results& r) {
  std::vector<GoalGroup> groups;
  for (GoalLevel level : {GoalLevel::Council, GoalLevel::Committee, GoalLevel::Unit}) {
    std::vector<std::string> deciders;
    for (const auto& g : r.goals)
      if (g.goal->level == level && std::find(deciders.begin(), deciders.end(), g.goal->decided_by) == deciders.end())
        deciders.push_back(g.goal->decided_by);
    for (const auto& decider : deciders) {
      GoalGroup group{decider, {}};
      for (const auto& g : r.goals)
        if (g.goal->level == level && g.goal->decided_by == decider) group.goals.push_back(&g);
      groups.push_back(std::move(group));
    }
  }
  return groups;
}

std::optional<ChartSpec> goal_status_chart(const std::vector<GoalGroup>& groups, size_t pi, const std::string& period_label,
                                           const Wording& w) {
  if (groups.empty()) return std::nullopt;
  constexpr Status kOrder[] = {Status::Achieved, Status::PartiallyAchieved, Status::NotAchieved, Status::NoData};
  // The statuses' edge colours of style.css: distinct for the common colour-vision deficiencies
  // together with the order, and the table beside the chart carries the words.
  constexpr const char* kColours[] = {"#2e7d3e", "#b07d00", "#b22a2a", "#7a7a7a"};
  json::array values, domain, range, order;
  for (size_t s = 0; s < 4; ++s) {
    domain.push_back(json::value(capitalised(status_label(kOrder[s], w))));
    range.push_back(json::value(kColours[s]));
  }
  for (const auto& g : groups) {
    order.push_back(json::value(g.label));
    for (size_t s = 0; s < 4; ++s) {
      const auto n = std::count_if(g.goals.begin(), g.goals.end(), [&](const GoalResult* goal) {
        return goal->periods[pi].status == kOrder[s];
      });
      if (n > 0) values.push_back(json::object{{"group", g.label}, {"status", domain[s]}, {"order", s}, {"count", n}});
    }
  }
  ChartSpec chart;
  chart.id = "spec-goal-status";
  chart.description = w.goals_by_status_description(period_label);
  json::object spec = chart_base(chart.description, static_cast<int>(40 * groups.size() + 20));
  spec["data"] = json::object{{"values", values}};
  spec["mark"] = json::object{{"type", "bar"}, {"tooltip", true}};
  spec["encoding"] = json::object{
      {"y", json::object{{"field", "group"}, {"type", "nominal"}, {"title", nullptr}, {"sort", order},
                         {"axis", json::object{{"labelLimit", 160}}}}},
      {"x", json::object{{"field", "count"}, {"type", "quantitative"}, {"title", w.goal_count}, {"stack", "zero"},
                         {"axis", json::object{{"tickMinStep", 1}, {"format", "d"}}}}},
      {"color", json::object{{"field", "status"}, {"type", "nominal"}, {"title", w.col_status},
                             {"scale", json::object{{"domain", domain}, {"range", range}}},
                             {"legend", json::object{{"columns", 2}}}}},
      {"order", json::object{{"field", "order"}, {"type", "quantitative"}}},
      {"tooltip", json::array{json::object{{"field", "group"}, {"title", w.fact_decided_by}},
                              json::object{{"field", "status"}, {"title", w.col_status}},
                              json::object{{"field", "count"}, {"title", w.goal_count}}}}};
  chart.spec = std::move(spec);
  return chart;
}

}  // namespace jamfor
