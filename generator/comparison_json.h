#pragma once
// The comparison results as data, beside data/results.json: data/comparison.json (the areas,
// the population, the scope and one entry per KPI) and data/comparison/KPI.json (every ranking
// of the KPI: each year and gender, each municipality's value, rank, percentile and class,
// and the references). Readers and tests reuse them without reading HTML.

#include <boost/json/value.hpp>

#include "generator/comparison.h"

namespace jamfor {

boost::json::value comparison_index_json(const ComparisonResults& r);
boost::json::value kpi_comparison_json(const ComparisonResults& r, const KpiResult& k);

// "data/comparison/N31814.json", relative to the site root.
std::string kpi_json_path(const ComparisonKpi& k);

}  // namespace jamfor
