#pragma once
// The evaluated project: every series, every target check, every goal roll-up, per period.
// Charts, pages and the data file are all drawn from this one structure, so they agree.

#include <optional>
#include <string>
#include <vector>

#include "generator/evaluate.h"
#include "model/project.h"

namespace jamfor {

struct Point {
  std::optional<double> value;
  std::string comment;
};

// One line of figures: the whole organisation or one unit, one gender.
struct Series {
  std::string unit_id;  // empty: the whole organisation
  UnitKind kind = UnitKind::Own;  // references are shown, never judged
  Gender gender = Gender::Total;
  std::vector<Point> points;  // one per SiteSettings::periods entry
};

// A period's verdict on an (indicator, target) pair, after judgements are applied.
struct Verdict {
  Status status = Status::NoData;
  std::string sentence;
  const Judgement* judgement = nullptr;  // set when a judgement decided the status
};

// An indicator checked against one target: its own, or the one a goal sets for it.
struct TargetCheck {
  const Goal* goal = nullptr;      // nullptr: the indicator's own target
  const Target* target = nullptr;  // nullptr: the indicator has no target
  std::string target_text;         // describe_target() for the current period
  std::vector<std::vector<Evaluation>> by_series;  // [series][period], measured targets only;
                                                   // reference series hold "no data"
  std::vector<Verdict> headline;                   // [period]
};

struct IndicatorResult {
  const Indicator* indicator = nullptr;
  std::vector<Series> series;        // whole organisation first (T, K, M), then units, then references
  std::vector<TargetCheck> checks;   // own target (maybe none) first, then goals' own targets
  std::vector<const Goal*> goals;    // goals that this indicator measures
  std::vector<const Judgement*> judgements;
  std::vector<const Analysis*> analyses;

  const Series* total() const;           // whole organisation, total; may be null
  bool split_by_gender() const;
  const TargetCheck* check_for(const Goal* goal) const;  // the check a goal uses
};

struct GoalPeriod {
  Status status = Status::NoData;
  std::string sentence;
  const Judgement* override_judgement = nullptr;
  std::vector<const Judgement*> unit_judgements;
};

struct GoalResult {
  const Goal* goal = nullptr;
  std::vector<const Goal*> children;
  std::vector<GoalPeriod> periods;  // [period]
  std::vector<const Analysis*> analyses;
};

struct ComparisonResults;  // generator/comparison.h

struct Results {
  const Project* project = nullptr;
  const ComparisonResults* comparison = nullptr;  // set when the project has comparison data
  std::vector<IndicatorResult> indicators;  // project order
  std::vector<GoalResult> goals;            // project order
  size_t current_period_index = 0;

  const IndicatorResult* indicator(std::string_view id) const;
  const GoalResult* goal(std::string_view id) const;
};

Results compute_results(const Project& project);

// The goal roll-up rule of docs/project-format.md; "no data" entries are ignored.
Status rollup(const std::vector<Status>& statuses, const StatusRules& rules);

}  // namespace jamfor
