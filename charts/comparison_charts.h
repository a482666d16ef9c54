#pragma once
// Vega-Lite specs for the comparison pages: ranked bars, time series against references, the
// women/men split, the user-survey aspects and a choropleth of the county.

#include <optional>
#include <string>
#include <vector>

#include "charts/indicator_charts.h"
#include "generator/comparison.h"

namespace jamfor {

// Every municipality of the population, best first, the own one and the county's highlighted,
// with rules for Riket, the county and the median.
std::optional<ChartSpec> ranked_bar_chart(const Benchmark& b, const KpiComparison& c);
// The own municipality against Riket, the county and the similar-municipality group, per year.
std::optional<ChartSpec> reference_trend_chart(const Benchmark& b, const BenchmarkKpi& kpi);
// Women and men in the own municipality, per year.
std::optional<ChartSpec> own_gender_chart(const Benchmark& b, const BenchmarkKpi& kpi);
// Several KPIs side by side for the own municipality, Riket and the group (the user survey).
std::optional<ChartSpec> aspects_chart(const Benchmark& b, const std::vector<const BenchmarkKpi*>& kpis, int year,
                                       Gender gender, const std::string& id);
// The county's municipalities coloured by quartile class; `geojson` is a FeatureCollection.
std::optional<ChartSpec> county_map(const Benchmark& b, const KpiComparison& c, const boost::json::value& geojson);

// "%": from the KPI's unit or, for KPIs no indicator names, from its Kolada title.
std::string kpi_unit(const BenchmarkKpi& kpi);
// What the number formatting needs of a KPI: its unit, decimals and direction.
Indicator kpi_as_indicator(const BenchmarkKpi& kpi);

// A KPI's value as pages and tooltips show it: "10,8 %", or "Ja"/"Nej" for answers, where a
// median or mean between them is the share that said yes ("40 % ja").
std::string kpi_value_text(double value, const BenchmarkKpi& kpi);

}  // namespace jamfor
