#include "generator/comparison.h"

#include <algorithm>
#include <numeric>

#include "generator/format_sv.h"

namespace jamfor {

std::string_view quartile_id(Quartile q) {
  switch (q) {
    case Quartile::Best: return "best";
    case Quartile::Middle: return "middle";
    case Quartile::Worst: return "worst";
    case Quartile::NoValue: return "no-value";
  }
  return "no-value";
}

std::string_view quartile_label(Quartile q) {
  switch (q) {
    case Quartile::Best: return "bästa fjärdedelen";
    case Quartile::Middle: return "mittersta hälften";
    case Quartile::Worst: return "sämsta fjärdedelen";
    case Quartile::NoValue: return "inget värde";
  }
  return "";
}

const RankedArea* Ranking::find(size_t area) const {
  for (const auto& e : entries)
    if (e.area == area) return &e;
  return nullptr;
}

Ranking rank_areas(const std::vector<std::pair<size_t, std::optional<double>>>& population,
                   std::optional<Direction> direction, const std::vector<BenchmarkArea>& areas) {
  Ranking r;
  std::vector<RankedArea> with, without;
  for (const auto& [area, value] : population) (value ? with : without).push_back({area, value});
  const bool lower_better = direction == Direction::LowerIsBetter;
  auto better = [&](double a, double b) { return lower_better ? a < b : a > b; };
  std::sort(with.begin(), with.end(), [&](const RankedArea& a, const RankedArea& b) {
    if (*a.value != *b.value) return direction ? better(*a.value, *b.value) : *a.value > *b.value;
    return areas[a.area].id < areas[b.area].id;
  });
  std::sort(without.begin(), without.end(),
            [&](const RankedArea& a, const RankedArea& b) { return areas[a.area].id < areas[b.area].id; });
  const size_t n = with.size();
  r.with_value = n;
  if (direction) {
    for (size_t i = 0; i < n; ++i) {
      // Sorted best first, so the strictly better ones are those before the first equal value.
      size_t first_equal = i;
      while (first_equal > 0 && *with[first_equal - 1].value == *with[i].value) --first_equal;
      int rank = static_cast<int>(first_equal) + 1;
      with[i].rank = rank;
      with[i].percentile = n == 1 ? 100.0 : 100.0 * static_cast<double>(n - static_cast<size_t>(rank)) / static_cast<double>(n - 1);
      if (4 * static_cast<size_t>(rank) <= n)
        with[i].quartile = Quartile::Best;
      else if (4 * (static_cast<size_t>(rank) - 1) >= 3 * n)
        with[i].quartile = Quartile::Worst;
      else
        with[i].quartile = Quartile::Middle;
    }
  }
  if (n > 0) {
    std::vector<double> values;
    for (const auto& e : with) values.push_back(*e.value);
    std::sort(values.begin(), values.end());
    r.median = n % 2 ? values[n / 2] : (values[n / 2 - 1] + values[n / 2]) / 2;
    r.mean = std::accumulate(values.begin(), values.end(), 0.0) / static_cast<double>(n);
  }
  r.entries = std::move(with);
  r.entries.insert(r.entries.end(), without.begin(), without.end());
  return r;
}

KpiComparison compare_kpi(const Benchmark& b, const BenchmarkKpi& kpi, int year, Gender gender, Population population) {
  KpiComparison c;
  c.kpi = &kpi;
  c.year = year;
  c.gender = gender;
  auto own = b.area_index(b.own_area);
  const std::string county = b.own_area.substr(0, 2);
  std::vector<std::string> group_members;
  for (const auto& [id, members] : b.groups)
    if (id == b.similar_group) group_members = members;
  std::vector<std::pair<size_t, std::optional<double>>> members;
  for (size_t i = 0; i < b.areas.size(); ++i) {
    const BenchmarkArea& a = b.areas[i];
    if (a.type != AreaType::Municipality) continue;
    if (population == Population::County && a.county != county) continue;
    if (population == Population::Configured && !b.population.empty() &&
        std::find(b.population.begin(), b.population.end(), a.id) == b.population.end())
      continue;
    if (population == Population::Group &&
        std::find(group_members.begin(), group_members.end(), a.id) == group_members.end())
      continue;
    members.emplace_back(i, b.value(kpi, i, year, gender));
  }
  c.ranking = rank_areas(members, kpi.direction, b.areas);
  auto value_of = [&](const std::string& id) -> std::optional<double> {
    auto i = b.area_index(id);
    return i ? b.value(kpi, *i, year, gender) : std::nullopt;
  };
  c.riket = value_of("0000");
  c.county = value_of("00" + county);
  if (!b.similar_group.empty()) c.group = value_of(b.similar_group);
  if (own) {
    c.own = b.value(kpi, *own, year, gender);
    c.own_previous = b.value(kpi, *own, year - 1, gender);
  }
  return c;
}

std::optional<int> latest_year(const Benchmark& b, const BenchmarkKpi& kpi) {
  auto own = b.area_index(b.own_area);
  for (int y = b.last_year; y >= b.first_year; --y)
    if (own && b.value(kpi, *own, y, Gender::Total)) return y;
  for (int y = b.last_year; y >= b.first_year; --y)
    for (size_t i = 0; i < b.areas.size(); ++i)
      if (b.value(kpi, i, y, Gender::Total)) return y;
  return std::nullopt;
}

std::vector<size_t> county_municipalities(const Benchmark& b) {
  std::vector<size_t> out;
  const std::string county = b.own_area.substr(0, 2);
  for (size_t i = 0; i < b.areas.size(); ++i)
    if (b.areas[i].type == AreaType::Municipality && b.areas[i].county == county) out.push_back(i);
  std::sort(out.begin(), out.end(), [&](size_t x, size_t y) { return swedish_less(b.areas[x].title, b.areas[y].title); });
  return out;
}

}  // namespace jamfor
