#pragma once
// One function per kind of page. Each returns the finished HTML; writing files is site_writer's.

#include <string>

#include "generator/results.h"
#include "site/downloads.h"
#include "site/html_text.h"
#include "site/site_frame.h"

namespace jamfor {

Html render_index_page(const Results& results, const SiteFrame& site);
Html render_goal_page(const Results& results, const SiteFrame& site, const GoalResult& goal);
Html render_indicator_page(const Results& results, const SiteFrame& site, const IndicatorResult& indicator);
// All indicators, grouped by the goals they measure.
Html render_indicator_index(const Results& results, const SiteFrame& site);
// The data behind an indicator page, for its downloads. The columns are those of
// outcomes/*.csv, so the Excel download can be read back in.
DataTable indicator_table(const Results& results, const IndicatorResult& indicator);

}  // namespace jamfor
