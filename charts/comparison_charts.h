#pragma once
// Vega-Lite specs for the comparison pages, drawn from the generator's comparison results:
// ranked bars, ranks over time, time series against the references, women and men, the
// user-survey aspects, and maps of municipalities and counties. Maps name their geometry as
// the data source "boundaries-municipalities" or "boundaries-counties": the site ships each
// boundary file once (assets/), and jamfor.js puts it in before drawing.

#include <optional>
#include <string>
#include <vector>

#include "charts/indicator_charts.h"
#include "generator/comparison.h"

namespace jamfor {

inline constexpr std::string_view kMunicipalityBoundaries = "boundaries-municipalities";
inline constexpr std::string_view kCountyBoundaries = "boundaries-counties";
// Every municipality's code, name and profile page (fields "id", "kommun", "href"; the href
// only for those with a profile), shipped once per site (assets/areas-municipalities.js) and
// joined to the charts' rows by code, so that 290 rows do not each carry name and link.
inline constexpr std::string_view kMunicipalityAreas = "areas-municipalities";

// The profile page of a municipality, relative to compare/: "municipality-1081.html".
std::string profile_href(const Area& municipality);
std::string county_href(std::string_view county);  // "county-10.html"
std::string kpi_href(const ComparisonKpi& kpi);     // "kpi-N31814.html"

// The population ranked in `y`, best first: the focus, the municipalities in scope and the
// others told apart; each bar in scope links to its profile; lines for Riket, the focus's
// county and the median. Its rows carry code, value and rank; names, links, groups and the
// rank's words come from kMunicipalityAreas and the spec's transforms.
std::optional<ChartSpec> ranked_bar_chart(const ComparisonResults& r, const KpiResult& k, const YearComparison& y);
// The rank of each of `areas` per year (1 at the top).
std::optional<ChartSpec> rank_trend_chart(const ComparisonResults& r, const KpiResult& k, const std::vector<size_t>& areas);
// `area` (if any) against Riket, its county and the similar group, per year. `drawn` gets the
// names of the lines actually drawn, for the caption.
std::optional<ChartSpec> reference_trend_chart(const ComparisonResults& r, const KpiResult& k,
                                               std::optional<size_t> area, std::vector<std::string>* drawn);
// Women and men in `area`, per year.
std::optional<ChartSpec> gender_chart(const ComparisonResults& r, const KpiResult& k, size_t area);
// Several KPIs side by side for `area`, Riket and the group (the user survey).
std::optional<ChartSpec> aspects_chart(const ComparisonResults& r, const std::vector<const KpiResult*>& kpis,
                                       size_t area, int year, Gender gender, const std::string& id);
// The municipalities of `counties` coloured by their class in `y` (all counties: every one);
// their names from kMunicipalityAreas.
std::optional<ChartSpec> municipality_map(const ComparisonResults& r, const KpiResult& k, const YearComparison& y,
                                          const std::vector<std::string>& counties, const std::string& id);
// The counties coloured by their class among the counties in `y` (scope "all").
std::optional<ChartSpec> county_map(const ComparisonResults& r, const KpiResult& k, const YearComparison& y);

// "%": from the KPI's unit or, for KPIs no indicator names, from its Kolada title.
std::string kpi_unit(const ComparisonKpi& kpi, const Wording& words);
// What the number formatting needs of a KPI: its unit, decimals and direction.
Indicator kpi_as_indicator(const ComparisonKpi& kpi, const Wording& words);
// A KPI's value as pages and tooltips show it: "10,8 %", or "Ja"/"Nej" for answers, where a
// median or mean between them is the share that said yes ("40 % ja").
std::string kpi_value_text(double value, const ComparisonKpi& kpi, const Wording& words);
// A class as words: "bästa fjärdedelen", "önskat svar", "ej klassad", "inget värde".
std::string_view class_label(Class c, const Wording& words);
// The colour a class is drawn in (the same as the pages' cell colours).
std::string class_colour(Class c);

}  // namespace jamfor
