#include "model/benchmark.h"

#include <limits>

namespace jamfor {
namespace {
constexpr double kNone = std::numeric_limits<double>::quiet_NaN();
}

size_t Benchmark::add_area(BenchmarkArea area) {
  areas.push_back(std::move(area));
  for (auto& k : kpis)
    if (!k.values.empty()) k.values.resize(areas.size() * year_count() * 3, kNone);
  return areas.size() - 1;
}

void Benchmark::widen_years(int first, int last) {
  if (first_year <= last_year && first >= first_year && last <= last_year) return;
  Benchmark old_layout;
  old_layout.first_year = first_year;
  old_layout.last_year = last_year;
  const bool had_years = first_year <= last_year && !(first_year == 0 && last_year == 0);
  first_year = had_years ? std::min(first, first_year) : first;
  last_year = had_years ? std::max(last, last_year) : last;
  for (auto& k : kpis) {
    if (k.values.empty()) continue;
    std::vector<double> values(areas.size() * year_count() * 3, kNone);
    for (size_t a = 0; had_years && a < areas.size(); ++a)
      for (int y = old_layout.first_year; y <= old_layout.last_year; ++y)
        for (Gender g : {Gender::Total, Gender::Women, Gender::Men})
          values[slot(a, y, g)] = k.values[old_layout.slot(a, y, g)];
    k.values = std::move(values);
  }
}

void Benchmark::set(BenchmarkKpi& k, size_t area, int year, Gender g, double value) {
  widen_years(year, year);
  if (k.values.empty()) k.values.assign(areas.size() * year_count() * 3, kNone);
  k.values[slot(area, year, g)] = value;
}

}  // namespace jamfor
