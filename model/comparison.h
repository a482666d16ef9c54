#pragma once
// The comparison data: key figures for many areas at once, from the Kolada store and from Open
// Comparisons tables, loaded once per build and only read afterwards. It holds what the sources
// say; ranks, quartiles and references are the generator's (generator/comparison.h).
//
// Values are held densely, area × year × gender per KPI, so lookups are index arithmetic.

#include <array>
#include <cmath>
#include <mutex>
#include <optional>
#include <string>
#include <unordered_map>
#include <vector>

#include "model/area.h"
#include "model/project.h"

namespace jamfor {

// Answers such as "Finns en rutin?" are held as 1 (ja) and 0 (nej); their mean is a share.
enum class ValueKind { Number, YesNo };

// Where a KPI's values come from. Kolada's terms decide how pages credit it.
enum class Source { Kolada, OpenComparisons };

struct Area {
  std::string id;     // Kolada's: "1081", "0010", "0000", "G38151"
  std::string title;  // "Ronneby", "Blekinge län", "Riket", "Liknande kommuner …"
  AreaType type = AreaType::Municipality;
  std::string county;  // two digits for municipalities and regions: "10"
};

struct ComparisonKpi {
  std::string id, title, unit;
  std::optional<Direction> direction;  // the sources have none: the project says which way is better
  bool divided_by_gender = false;
  Source source = Source::Kolada;
  std::string source_name = "Kolada";  // as credited: "Kolada", or an Open Comparisons table's `source`
  std::string indicator_id;  // the project indicator measured by it, if any (its target applies)
  ValueKind kind = ValueKind::Number;
  int decimals = 1;  // as shown; the indicator's when one measures the KPI
  std::string publication_date;  // Kolada's, "2025-02-22", when its metadata has one
  std::string operating_area;    // Kolada's grouping ("Individ- och familjeomsorg"), empty for other sources
  std::vector<double> values;    // [area][year][gender], NaN where there is no value
};

// Boundaries for maps, already in the ring order d3-geo draws (exterior rings clockwise).
struct Shape {
  std::string area_id;  // "1081", or "0010" for a county
  std::vector<std::vector<std::vector<std::array<double, 2>>>> polygons;  // polygon -> ring -> [lon, lat]
};

struct Boundaries {
  std::string path;  // the file it was read from, for messages
  std::vector<Shape> shapes;
  bool empty() const { return shapes.empty(); }
};

class Comparison {
 public:
  std::vector<Area> areas;
  std::vector<ComparisonKpi> kpis;
  int first_year = 0, last_year = 0;
  std::vector<std::pair<std::string, std::vector<std::string>>> groups;  // group id -> member ids
  std::string kolada_fetched;  // ISO date of the last Kolada fetch ("2026-12-03"); empty without a store
  Boundaries municipality_boundaries, county_boundaries;

  size_t year_count() const { return static_cast<size_t>(last_year - first_year + 1); }
  size_t slot(size_t area, int year, Gender g) const {
    return (area * year_count() + static_cast<size_t>(year - first_year)) * 3 + static_cast<size_t>(g);
  }
  std::optional<double> value(const ComparisonKpi& k, size_t area, int year, Gender g) const {
    if (year < first_year || year > last_year || k.values.empty()) return std::nullopt;
    double v = k.values[slot(area, year, g)];
    return std::isnan(v) ? std::nullopt : std::optional(v);
  }

  std::optional<size_t> area_index(std::string_view id) const;
  const ComparisonKpi* kpi(std::string_view id) const;
  ComparisonKpi* kpi(std::string_view id);

  std::optional<size_t> riket() const { return area_index(kRiketId); }
  // The region of a county ("10" -> the area "0010"), when the data has it.
  std::optional<size_t> region(std::string_view county) const { return area_index(region_id(county)); }
  // Every municipality, in Swedish alphabetical order; or those of one county.
  std::vector<size_t> municipalities() const;
  std::vector<size_t> municipalities_of(std::string_view county) const;
  // The counties that have a municipality or a region in the data, by code.
  std::vector<std::string> counties() const;
  const std::vector<std::string>* group_members(std::string_view group) const;
  // What a county is called on pages: "Blekinge län" (Kolada names the region "Region Blekinge").
  std::string county_name(std::string_view county) const;

  // Sources that arrive one after another (the Kolada store, then Open Comparisons tables)
  // may bring areas and years the others lack; both keep every value already held.
  size_t add_area(Area area);              // the new area's index; KPIs get empty slots
  void widen_years(int first, int last);   // lays every KPI's values out afresh
  void set(ComparisonKpi& k, size_t area, int year, Gender g, double value);  // widens as needed

 private:
  // Area id -> index, rebuilt when areas grow. Pages are rendered on several threads, so the
  // lazy rebuild is locked; a copy starts empty and rebuilds on first use.
  struct AreaIndex {
    std::mutex lock;
    std::unordered_map<std::string, size_t> ids;
    size_t indexed = 0;
    AreaIndex() = default;
    AreaIndex(const AreaIndex&) {}
    AreaIndex& operator=(const AreaIndex&) {
      indexed = 0;
      ids.clear();
      return *this;
    }
  };
  mutable AreaIndex index_;
};

}  // namespace jamfor
