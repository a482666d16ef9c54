#pragma once
// Ranks areas on a key figure the way Kolada and Open Comparisons colour them. The rules,
// written down because the tests recompute them independently:
//
// - Only areas with a value take part; n is their number.
// - "Better" follows the KPI's direction. Without a direction nothing is ranked or coloured.
// - rank = 1 + the number of areas with a strictly better value ("competition ranking": equal
//   values share the best rank of their group, the next rank skips). Ties are listed by area id.
// - percentile = 100 · (n − rank) / (n − 1), and 100 when n = 1.
// - quartile: best when 4 · rank ≤ n; worst when 4 · (rank − 1) ≥ 3 · n; otherwise middle.
//   Areas without a value are grey (no value).
// - median: the middle value, or the mean of the two middle ones; mean: unweighted, as Kolada
//   computes group values.

#include <optional>
#include <string>
#include <vector>

#include "model/benchmark.h"

namespace jamfor {

enum class Quartile { Best, Middle, Worst, NoValue };

std::string_view quartile_id(Quartile q);     // "best", "middle", "worst", "no-value"
std::string_view quartile_label(Quartile q);  // "bästa fjärdedelen", …

struct RankedArea {
  size_t area = 0;  // index into Benchmark::areas
  std::optional<double> value;
  int rank = 0;  // 0: not ranked (no value or no direction)
  double percentile = 0;
  Quartile quartile = Quartile::NoValue;
};

struct Ranking {
  std::vector<RankedArea> entries;  // best first; unranked last, by area id
  std::optional<double> median, mean;
  size_t with_value = 0;
  const RankedArea* find(size_t area) const;
};

Ranking rank_areas(const std::vector<std::pair<size_t, std::optional<double>>>& population,
                   std::optional<Direction> direction, const std::vector<BenchmarkArea>& areas);

// Configured: the project's population (Benchmark::population), all municipalities by default.
enum class Population { Configured, AllMunicipalities, County, Group };

// One KPI in one year for one gender: the ranking of the population and the reference values.
struct KpiComparison {
  const BenchmarkKpi* kpi = nullptr;
  int year = 0;
  Gender gender = Gender::Total;
  Ranking ranking;
  std::optional<double> riket, county, group;  // Kolada's own values for 0000, 00LL, the group
  std::optional<double> own, own_previous;
};

KpiComparison compare_kpi(const Benchmark& b, const BenchmarkKpi& kpi, int year, Gender gender,
                          Population population = Population::Configured);

// The latest year in which the own area has a value for the KPI, or the latest with any value.
std::optional<int> latest_year(const Benchmark& b, const BenchmarkKpi& kpi);

// The own area's county's municipalities, sorted by name.
std::vector<size_t> county_municipalities(const Benchmark& b);

}  // namespace jamfor
