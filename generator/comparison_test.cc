#include "generator/comparison.h"

#include <catch2/catch.hpp>

#include <limits>

using namespace jamfor;

namespace {

std::vector<BenchmarkArea> areas(size_t n) {
  std::vector<BenchmarkArea> out;
  for (size_t i = 0; i < n; ++i) out.push_back({std::to_string(1000 + i), "K" + std::to_string(i)});
  return out;
}

std::vector<std::pair<size_t, std::optional<double>>> population(std::vector<std::optional<double>> values) {
  std::vector<std::pair<size_t, std::optional<double>>> out;
  for (size_t i = 0; i < values.size(); ++i) out.emplace_back(i, values[i]);
  return out;
}

}  // namespace

TEST_CASE("comparison: ranks follow the direction and quartiles split 25/50/25") {
  auto a = areas(8);
  auto r = rank_areas(population({8, 7, 6, 5, 4, 3, 2, 1}), Direction::HigherIsBetter, a);
  REQUIRE(r.entries.size() == 8);
  CHECK(r.entries[0].value == 8);
  CHECK(r.entries[0].rank == 1);
  CHECK(r.entries[0].percentile == 100);
  CHECK(r.entries[7].percentile == 0);
  std::vector<Quartile> q;
  for (const auto& e : r.entries) q.push_back(e.quartile);
  CHECK(q == std::vector<Quartile>{Quartile::Best, Quartile::Best, Quartile::Middle, Quartile::Middle,
                                   Quartile::Middle, Quartile::Middle, Quartile::Worst, Quartile::Worst});
  auto lower = rank_areas(population({8, 7, 6, 5, 4, 3, 2, 1}), Direction::LowerIsBetter, a);
  CHECK(lower.entries[0].value == 1);
  CHECK(lower.entries[0].area == 7);
}

TEST_CASE("comparison: ties share the best rank of their group and are listed by area id") {
  auto a = areas(6);
  auto r = rank_areas(population({5, 9, 9, 9, 1, 3}), Direction::HigherIsBetter, a);
  std::vector<int> ranks;
  std::vector<size_t> order;
  for (const auto& e : r.entries) {
    ranks.push_back(e.rank);
    order.push_back(e.area);
  }
  CHECK(ranks == std::vector<int>{1, 1, 1, 4, 5, 6});
  CHECK(order == std::vector<size_t>{1, 2, 3, 0, 5, 4});
  // 4·1 ≤ 6: the three tied at the top are all in the best quartile.
  CHECK(r.entries[2].quartile == Quartile::Best);
  CHECK(r.entries[5].quartile == Quartile::Worst);  // 4·(6−1) = 20 ≥ 18
}

TEST_CASE("comparison: missing values are grey, not ranked, and do not count in n") {
  auto a = areas(5);
  auto r = rank_areas(population({std::nullopt, 2, std::nullopt, 4, 3}), Direction::HigherIsBetter, a);
  CHECK(r.with_value == 3);
  CHECK(r.entries[3].rank == 0);
  CHECK(r.entries[3].quartile == Quartile::NoValue);
  CHECK(r.entries[3].area == 0);
  CHECK(r.entries[4].area == 2);
  CHECK(r.median == 3);
  CHECK(r.mean == 3);
}

TEST_CASE("comparison: median of an even count and a single area") {
  auto a = areas(4);
  CHECK(rank_areas(population({1, 2, 3, 10}), Direction::HigherIsBetter, a).median == 2.5);
  auto one = rank_areas(population({7}), Direction::HigherIsBetter, a);
  CHECK(one.entries[0].rank == 1);
  CHECK(one.entries[0].percentile == 100);
  CHECK(one.entries[0].quartile == Quartile::Middle);  // too few to have a best or worst quarter
}

TEST_CASE("comparison: without a direction nothing is ranked or coloured") {
  auto a = areas(3);
  auto r = rank_areas(population({1, 3, 2}), std::nullopt, a);
  for (const auto& e : r.entries) {
    CHECK(e.rank == 0);
    CHECK(e.quartile == Quartile::NoValue);
  }
  CHECK(r.median == 2);
}

TEST_CASE("comparison: compare_kpi takes Riket, the county and the own values from the benchmark") {
  Benchmark b;
  b.first_year = 2021;
  b.last_year = 2022;
  b.own_area = "1081";
  b.areas = {{"0000", "Riket", AreaType::Country, ""}, {"0010", "Region Blekinge", AreaType::Region, "10"},
             {"1081", "Ronneby", AreaType::Municipality, "10"}, {"1082", "Karlshamn", AreaType::Municipality, "10"},
             {"0180", "Stockholm", AreaType::Municipality, "01"}};
  BenchmarkKpi k;
  k.id = "N31814";
  k.direction = Direction::LowerIsBetter;
  k.values.assign(b.areas.size() * b.year_count() * 3, std::numeric_limits<double>::quiet_NaN());
  auto set = [&](size_t area, int year, double v) { k.values[b.slot(area, year, Gender::Total)] = v; };
  set(0, 2022, 30);
  set(1, 2022, 35);
  set(2, 2022, 49);
  set(2, 2021, 36);
  set(3, 2022, 20);
  set(4, 2022, 25);
  auto c = compare_kpi(b, k, 2022, Gender::Total);
  CHECK(c.riket == 30);
  CHECK(c.county == 35);
  CHECK(c.own == 49);
  CHECK(c.own_previous == 36);
  CHECK(c.ranking.with_value == 3);  // municipalities only
  CHECK(c.ranking.find(2)->rank == 3);
  auto county = compare_kpi(b, k, 2022, Gender::Total, Population::County);
  CHECK(county.ranking.with_value == 2);
  CHECK(county_municipalities(b) == std::vector<size_t>{3, 2});  // Karlshamn, Ronneby
  b.population = {"1081", "0180"};
  auto configured = compare_kpi(b, k, 2022, Gender::Total);
  CHECK(configured.ranking.with_value == 2);
  CHECK(configured.ranking.find(2)->rank == 2);
  CHECK(compare_kpi(b, k, 2022, Gender::Total, Population::AllMunicipalities).ranking.with_value == 3);
  CHECK(latest_year(b, k) == 2022);
}
