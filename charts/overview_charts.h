#pragma once
// The start page's chart: how many goals of each group (who decided them) have each status.

#include <optional>
#include <string>
#include <vector>

#include "charts/indicator_charts.h"

namespace jamfor {

struct GoalGroup {
  std::string label;  // "Kommunfullmäktige"
  std::vector<const GoalResult*> goals;
};

// Goals grouped by level (council first), then by who decided them, in order of first
// appearance: the start page's sections.
std::vector<GoalGroup> goal_groups(const Results& results);

// A stacked bar per group, one colour per status in the order of the summary table.
std::optional<ChartSpec> goal_status_chart(const std::vector<GoalGroup>& groups, size_t period_index,
                                           const std::string& period_label, const Wording& words);

}  // namespace jamfor
