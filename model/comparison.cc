#include "model/comparison.h"

#include <algorithm>
#include <limits>

#include "model/collation.h"
#include "model/swedish_areas.h"

namespace jamfor {
namespace {
constexpr double kNone = std::numeric_limits<double>::quiet_NaN();
}

std::optional<size_t> Comparison::area_index(std::string_view id) const {
  const std::lock_guard hold(index_.lock);
  if (index_.indexed != areas.size()) {
    // Areas are only ever appended, but a caller may also have filled `areas` directly.
    index_.ids.clear();
    for (size_t i = 0; i < areas.size(); ++i) index_.ids.emplace(areas[i].id, i);
    index_.indexed = areas.size();
  }
  auto it = index_.ids.find(std::string(id));
  return it == index_.ids.end() ? std::nullopt : std::optional(it->second);
}

const ComparisonKpi* Comparison::kpi(std::string_view id) const {
  for (const auto& k : kpis)
    if (k.id == id) return &k;
  return nullptr;
}

ComparisonKpi* Comparison::kpi(std::string_view id) {
  return const_cast<ComparisonKpi*>(static_cast<const Comparison*>(this)->kpi(id));
}

std::vector<size_t> Comparison::municipalities() const {
  std::vector<size_t> out;
  for (size_t i = 0; i < areas.size(); ++i)
    if (areas[i].type == AreaType::Municipality) out.push_back(i);
  std::sort(out.begin(), out.end(), [&](size_t a, size_t b) { return swedish_less(areas[a].title, areas[b].title); });
  return out;
}

std::vector<size_t> Comparison::municipalities_of(std::string_view county) const {
  std::vector<size_t> out;
  for (size_t i : municipalities())
    if (areas[i].county == county) out.push_back(i);
  return out;
}

std::vector<std::string> Comparison::counties() const {
  std::vector<std::string> out;
  for (const auto& a : areas)
    if ((a.type == AreaType::Municipality || a.type == AreaType::Region) && !a.county.empty()) out.push_back(a.county);
  std::sort(out.begin(), out.end());
  out.erase(std::unique(out.begin(), out.end()), out.end());
  return out;
}

const std::vector<std::string>* Comparison::group_members(std::string_view group) const {
  for (const auto& [id, members] : groups)
    if (id == group) return &members;
  return nullptr;
}

std::string Comparison::county_name(std::string_view county) const {
  if (const std::string* name = swedish_county_name(county)) return *name;
  if (auto r = region(county)) return areas[*r].title;
  return "län " + std::string(county);
}

size_t Comparison::add_area(Area area) {
  areas.push_back(std::move(area));
  for (auto& k : kpis)
    if (!k.values.empty()) k.values.resize(areas.size() * year_count() * 3, kNone);
  return areas.size() - 1;
}

void Comparison::widen_years(int first, int last) {
  const bool had_years = !(first_year == 0 && last_year == 0) && first_year <= last_year;
  if (had_years && first >= first_year && last <= last_year) return;
  const int old_first = first_year, old_last = last_year;
  const size_t old_count = had_years ? year_count() : 0;
  first_year = had_years ? std::min(first, first_year) : first;
  last_year = had_years ? std::max(last, last_year) : last;
  for (auto& k : kpis) {
    if (k.values.empty()) continue;
    std::vector<double> values(areas.size() * year_count() * 3, kNone);
    for (size_t a = 0; had_years && a < areas.size(); ++a)
      for (int y = old_first; y <= old_last; ++y)
        for (size_t g = 0; g < 3; ++g)
          values[slot(a, y, static_cast<Gender>(g))] =
              k.values[(a * old_count + static_cast<size_t>(y - old_first)) * 3 + g];
    k.values = std::move(values);
  }
}

void Comparison::set(ComparisonKpi& k, size_t area, int year, Gender g, double value) {
  widen_years(year, year);
  if (k.values.empty()) k.values.assign(areas.size() * year_count() * 3, kNone);
  k.values[slot(area, year, g)] = value;
}

}  // namespace jamfor
