#pragma once
// Vega-Lite specs for an indicator page. Specs are data (JSON), built here and embedded by
// the site as <script type="application/json">; the browser only draws them.

#include <optional>
#include <string>
#include <vector>

#include <boost/json/object.hpp>
#include <boost/json/value.hpp>

#include "generator/results.h"

namespace jamfor {

inline constexpr std::string_view kVegaLiteSchema = "https://vega.github.io/schema/vega-lite/v6.json";

struct ChartSpec {
  std::string id;           // unique on the page, usable as an HTML id
  std::string description;  // what the chart shows, for screen readers
  boost::json::value spec;
};

// What every spec starts with: schema, description (read by screen readers), full width, fonts.
boost::json::object chart_base(const std::string& description, int height = 260);

// The whole organisation's total over time, with comparison series beside it and every target
// level drawn in.
std::optional<ChartSpec> trend_chart(const IndicatorResult& r, const Project& project);
// Women and men side by side per period, when the outcomes are split by gender.
std::optional<ChartSpec> gender_chart(const IndicatorResult& r, const Project& project);

// Each organisational unit's total per period, when outcomes are given per unit.
std::optional<ChartSpec> unit_chart(const IndicatorResult& r, const Project& project);

}  // namespace jamfor
