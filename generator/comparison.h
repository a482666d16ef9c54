#pragma once
// Ranks, classes, references and target statuses of the comparison, computed once before any
// page is drawn; pages, charts and data/comparison/*.json are all drawn from these results.
// The rules, written down because the tests recompute them independently:
//
// - The population is the municipalities a KPI is ranked among ([comparison] population; by
//   default every municipality in the data). Only those with a value take part; n is their
//   number. Every year and each gender (where the KPI is divided by gender) is ranked.
// - "Better" follows the KPI's direction. Without a direction nothing is ranked or classed.
// - rank = 1 + the number with a strictly better value ("competition ranking": equal values
//   share the best rank of their group, the next rank skips). Ties are listed by name.
// - percentile = 100 · (n − rank) / (n − 1), and 100 when n = 1.
// - Classes of numbers, by quartile: a tie group spanning ranks first..last has the middle
//   position m = (first + last) / 2; it is in the best quarter when 4 · m ≤ n, the worst
//   when 4 · (m − 1) ≥ 3 · n, otherwise the middle half. An untied value has m = rank.
// - Yes/no measures are classed by the answer, as Open Comparisons colours them: the good
//   answer (ja when higher is better) is "good", the other "bad".
// - With fewer than 8 values there are ranks but no classes.
// - Median: the middle value, or the mean of the two middle ones; mean: unweighted.
// - References: Riket is the source's own value for 0000, else the unweighted mean of every
//   municipality with a value, when those lie in at least half of the 21 counties (a mean of
//   one county's municipalities is no national figure); a county is the source's value for
//   its region, else the unweighted mean of its municipalities; the similar group likewise.
//   Means are our own processing and are always labelled so.

#include <cstdint>
#include <optional>
#include <string>
#include <vector>

#include "generator/results.h"
#include "model/comparison.h"

namespace jamfor {

// A municipality's class in a ranking; never shown by colour alone.
enum class Class : std::uint8_t { Best, Middle, Worst, Good, Bad, Unclassed, NoValue };
std::string_view class_id(Class c);     // "best", "middle", "worst", "good", "bad", "unclassed", "no-value"

// How a ranking classes its municipalities, and why not when it does not.
enum class Classing { Quartiles, Answers, TooFew, NoDirection };
std::string_view classing_id(Classing c);  // "quartiles", "answers", "too-few", "no-direction"

inline constexpr int kMinimumForClasses = 8;

// Whom a KPI is ranked among: area indices in Swedish alphabetical order, each a slot.
struct Population {
  PopulationKind kind = PopulationKind::All;
  std::vector<size_t> areas;
  std::vector<int> slot_of_area;  // [area] -> slot, or -1
  std::string label;              // after "bland": "Sveriges 290 kommuner", "Blekinge läns 5 kommuner"
  int slot(size_t area) const {
    return area < slot_of_area.size() ? slot_of_area[area] : -1;
  }
};

// One KPI, one year, one gender, over the population: arrays by slot.
struct Ranking {
  Classing classing = Classing::NoDirection;
  int n = 0;  // slots with a value
  std::vector<std::uint16_t> rank;  // [slot]; 0: not ranked (no value, or no direction)
  std::vector<Class> cls;           // [slot]
  std::vector<std::uint16_t> order; // slots: best first, then those without a value
  std::optional<double> median, mean;
  double percentile(int slot) const;  // of a ranked slot
};

// The ranking of `values` ([slot], NaN where there is none), by the rules above. Tied and
// missing values keep the slots' order.
Ranking rank_values(const std::vector<double>& values, std::optional<Direction> direction, ValueKind kind);

enum class ReferenceOrigin { Source, MeanOfMunicipalities };
struct Reference {
  double value = 0;
  ReferenceOrigin origin = ReferenceOrigin::Source;
  int count = 0;  // municipalities averaged, for a mean
};

struct YearComparison {
  int year = 0;
  Gender gender = Gender::Total;
  Ranking ranking;
  std::optional<Reference> riket, group;
  std::vector<std::optional<Reference>> counties;  // [ComparisonResults::counties index]
  std::optional<Ranking> county_ranking;           // the counties by their reference, in scope "all"
};

// A municipality's status against the project's target, in the year its value is from.
struct AreaStatus {
  int year = 0;
  Status status = Status::NoData;
};

// The project's target for the KPI's indicator, judged for every presented municipality.
struct TargetMatrix {
  const Indicator* indicator = nullptr;
  const Target* target = nullptr;
  std::string text;                   // "högst 16 dagar"
  std::vector<AreaStatus> by_area;    // [ComparisonResults::presented index]
};

struct KpiResult {
  const ComparisonKpi* kpi = nullptr;
  std::vector<YearComparison> years;  // every year with a value in the data, totals first, then women, men
  std::optional<TargetMatrix> targets;

  const YearComparison* at(int year, Gender g) const;
  // The latest year in which the population has a value (or, without one, any area has).
  const YearComparison* latest(Gender g = Gender::Total) const;
};

struct ComparisonResults {
  const Comparison* data = nullptr;
  const Wording* words = nullptr;       // the site's language, for every label drawn from these results
  Population population;
  std::optional<size_t> focus;          // the highlighted municipality
  std::optional<size_t> similar_group;  // the group drawn beside Riket and the county
  std::vector<size_t> scope;            // municipalities with a profile, Swedish order
  std::vector<size_t> presented;        // scope and every municipality of a county page, Swedish order
  std::vector<std::string> counties;    // every county in the data, by code
  std::vector<std::string> county_pages;  // the counties with a page
  bool national = false;                // scope "all": the national page too
  std::vector<KpiResult> kpis;          // as the comparison data orders them

  const KpiResult* kpi(std::string_view id) const;
  bool in_scope(size_t area) const;
  int presented_index(size_t area) const;  // -1 when not presented
  int county_index(std::string_view county) const;  // into `counties`, -1 when absent
  std::optional<Reference> county_reference(const YearComparison& y, std::string_view county) const;
};

// Everything above; errors for a scope, focus or population the data cannot give.
std::optional<ComparisonResults> compute_comparison(const Comparison& data, const Project& project,
                                                    const Results& results, Diagnostics& diags);

// The source's value for `area`, else the unweighted mean of `members`, when at least half of
// them have a value and those lie in at least `min_counties` counties (the references above).
std::optional<Reference> reference_value(const Comparison& c, const ComparisonKpi& k, std::optional<size_t> area,
                                        const std::vector<size_t>& members, int year, Gender g, int min_counties = 1);
inline constexpr int kMinCountiesForRiket = 11;

// The latest year in which `area` has a value for the KPI.
std::optional<int> last_year_with_value(const Comparison& c, const ComparisonKpi& k, size_t area,
                                        Gender g = Gender::Total);

}  // namespace jamfor
