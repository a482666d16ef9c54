#pragma once
// Key figures for many areas at once (Kolada, Open Comparisons): what the comparison pages
// rank and colour. Values are held densely, area × year × gender per KPI, so 290
// municipalities × 500 KPIs × 30 years stays a few hundred megabytes at most and lookups are
// index arithmetic, not map searches.

#include <cmath>
#include <optional>
#include <string>
#include <vector>

#include "model/project.h"

namespace jamfor {

enum class AreaType { Municipality, Region, Country, Group };

// Answers such as "Finns en rutin?" are held as 1 (ja) and 0 (nej); their mean is a share.
enum class ValueKind { Number, YesNo };

struct BenchmarkArea {
  std::string id;     // Kolada's: "1081", "0010", "0000", "G38151"
  std::string title;  // "Ronneby", "Region Blekinge", "Riket"
  AreaType type = AreaType::Municipality;
  std::string county;  // two digits for municipalities and regions: "10"
};

struct BenchmarkKpi {
  std::string id, title, unit;
  std::optional<Direction> direction;  // Kolada has none: the project says which way is better
  bool divided_by_gender = false;
  std::string source;        // "Kolada", "Öppna jämförelser"
  std::string indicator_id;  // the project indicator measured by it, if any (its target applies)
  std::vector<double> values;  // [area][year][gender], NaN where there is no value
  ValueKind kind = ValueKind::Number;
  int decimals = 1;  // as shown; the indicator's when one measures the KPI
};

struct Benchmark {
  std::vector<BenchmarkArea> areas;
  std::vector<BenchmarkKpi> kpis;
  int first_year = 0, last_year = 0;
  std::string own_area;       // "1081"
  std::string similar_group;  // a group id, or empty
  std::vector<std::pair<std::string, std::vector<std::string>>> groups;  // id -> member ids
  std::string boundaries_geojson;  // municipality boundaries for maps, when configured
  std::vector<std::string> population;  // the municipalities KPI pages rank; empty: all of them
  std::string population_label;         // "alla kommuner", "Region Blekinges kommuner", …

  size_t year_count() const { return static_cast<size_t>(last_year - first_year + 1); }
  size_t slot(size_t area, int year, Gender g) const {
    return (area * year_count() + static_cast<size_t>(year - first_year)) * 3 + static_cast<size_t>(g);
  }
  std::optional<double> value(const BenchmarkKpi& k, size_t area, int year, Gender g) const {
    if (year < first_year || year > last_year || k.values.empty()) return std::nullopt;
    double v = k.values[slot(area, year, g)];
    return std::isnan(v) ? std::nullopt : std::optional(v);
  }
  std::optional<size_t> area_index(std::string_view id) const {
    for (size_t i = 0; i < areas.size(); ++i)
      if (areas[i].id == id) return i;
    return std::nullopt;
  }
  const BenchmarkKpi* kpi(std::string_view id) const {
    for (const auto& k : kpis)
      if (k.id == id) return &k;
    return nullptr;
  }
  BenchmarkKpi* kpi(std::string_view id) {
    return const_cast<BenchmarkKpi*>(static_cast<const Benchmark*>(this)->kpi(id));
  }

  // Sources that arrive one after another (the Kolada store, then Open Comparisons tables)
  // may bring areas and years the others lack; both keep every value already held.
  size_t add_area(BenchmarkArea area);       // the new area's index; KPIs get empty slots
  void widen_years(int first, int last);     // lays every KPI's values out afresh
  void set(BenchmarkKpi& k, size_t area, int year, Gender g, double value);  // widens as needed
};

}  // namespace jamfor
