#include "generator/comparison.h"

#include <catch2/catch.hpp>

#include <limits>

using namespace jamfor;

namespace {

constexpr double kNone = std::numeric_limits<double>::quiet_NaN();

std::vector<int> ranks(const Ranking& r) {
  std::vector<int> out;
  for (auto s : r.order) out.push_back(r.rank[s]);
  return out;
}

std::vector<Class> classes(const Ranking& r) {
  std::vector<Class> out;
  for (auto s : r.order) out.push_back(r.cls[s]);
  return out;
}

std::vector<int> order(const Ranking& r) { return {r.order.begin(), r.order.end()}; }

// A little country: Riket, Blekinge with its region, and two municipalities elsewhere.
struct Fixture {
  Comparison c;
  Project project;
  Results results;
  ComparisonKpi* kpi = nullptr;
  Fixture() {
    c.first_year = 2021;
    c.last_year = 2022;
    c.areas = {{"0000", "Riket", AreaType::Country, ""},         {"0010", "Blekinge län", AreaType::Region, "10"},
               {"1081", "Ronneby", AreaType::Municipality, "10"}, {"1082", "Karlshamn", AreaType::Municipality, "10"},
               {"0180", "Stockholm", AreaType::Municipality, "01"}, {"0114", "Upplands Väsby", AreaType::Municipality, "01"}};
    ComparisonKpi k;
    k.id = "N31814";
    k.title = "Långvarigt ekonomiskt bistånd";
    k.direction = Direction::LowerIsBetter;
    k.divided_by_gender = true;
    c.kpis.push_back(k);
    kpi = &c.kpis[0];
    project.comparison.scope.counties = {"10"};
    project.comparison.focus = "1081";
    results.project = &project;
  }
  void set(size_t area, int year, double v, Gender g = Gender::Total) { c.set(*kpi, area, year, g, v); }
  ComparisonResults compute() {
    Diagnostics d;
    auto r = compute_comparison(c, project, results, d);
    for (const auto& e : d.items()) FAIL_CHECK(e.format());
    REQUIRE(r);
    return std::move(*r);
  }
};

}  // namespace

TEST_CASE("comparison: ranks follow the direction and quartiles split 25/50/25") {
  auto r = rank_values({8, 7, 6, 5, 4, 3, 2, 1}, Direction::HigherIsBetter, ValueKind::Number);
  CHECK(r.n == 8);
  CHECK(order(r) == std::vector<int>{0, 1, 2, 3, 4, 5, 6, 7});
  CHECK(ranks(r) == std::vector<int>{1, 2, 3, 4, 5, 6, 7, 8});
  CHECK(r.percentile(0) == 100);
  CHECK(r.percentile(7) == 0);
  CHECK(classes(r) == std::vector<Class>{Class::Best, Class::Best, Class::Middle, Class::Middle, Class::Middle,
                                         Class::Middle, Class::Worst, Class::Worst});
  auto lower = rank_values({8, 7, 6, 5, 4, 3, 2, 1}, Direction::LowerIsBetter, ValueKind::Number);
  CHECK(lower.order.front() == 7);
  CHECK(lower.rank[7] == 1);
}

TEST_CASE("comparison: ties share the best rank and take the class of their middle position") {
  // 10 values; the three tied at the top span ranks 1..3 (middle 2: 4·2 ≤ 10, best);
  // the four tied at the bottom span 7..10 (middle 8.5: 4·7.5 ≥ 30, worst).
  auto r = rank_values({9, 9, 9, 7, 6, 5, 1, 1, 1, 1}, Direction::HigherIsBetter, ValueKind::Number);
  CHECK(ranks(r) == std::vector<int>{1, 1, 1, 4, 5, 6, 7, 7, 7, 7});
  CHECK(classes(r) == std::vector<Class>{Class::Best, Class::Best, Class::Best, Class::Middle, Class::Middle,
                                         Class::Middle, Class::Worst, Class::Worst, Class::Worst, Class::Worst});
  // Six of ten share the worst value: the group spans ranks 5..10, m = 7.5, and 4·6.5 = 26 < 30,
  // so by the rule the whole group is the middle half.
  auto half = rank_values({9, 8, 7, 6, 0, 0, 0, 0, 0, 0}, Direction::HigherIsBetter, ValueKind::Number);
  CHECK(classes(half) == std::vector<Class>{Class::Best, Class::Best, Class::Middle, Class::Middle, Class::Middle,
                                            Class::Middle, Class::Middle, Class::Middle, Class::Middle, Class::Middle});
  // Ties keep the slots' order (Swedish alphabetical order of the population).
  auto tie = rank_values({5, 9, 9}, Direction::HigherIsBetter, ValueKind::Number);
  CHECK(order(tie) == std::vector<int>{1, 2, 0});
}

TEST_CASE("comparison: yes/no answers are classed by the answer, not by quartile") {
  // 2 of 9 said yes (1): with "higher is better" yes is the good answer.
  auto r = rank_values({0, 1, 0, 0, 0, 1, 0, 0, 0}, Direction::HigherIsBetter, ValueKind::YesNo);
  CHECK(r.classing == Classing::Answers);
  CHECK(r.rank[1] == 1);
  CHECK(r.rank[0] == 3);
  CHECK(r.cls[1] == Class::Good);
  CHECK(r.cls[0] == Class::Bad);
  CHECK(r.mean == Approx(2.0 / 9));
  auto lower = rank_values({0, 1}, Direction::LowerIsBetter, ValueKind::YesNo);
  CHECK(lower.cls[0] == Class::Good);
  CHECK(lower.cls[1] == Class::Bad);
}

TEST_CASE("comparison: fewer than 8 values are ranked but not classed; missing values are last") {
  auto r = rank_values({kNone, 2, kNone, 4, 3}, Direction::HigherIsBetter, ValueKind::Number);
  CHECK(r.classing == Classing::TooFew);
  CHECK(r.n == 3);
  CHECK(order(r) == std::vector<int>{3, 4, 1, 0, 2});
  CHECK(ranks(r) == std::vector<int>{1, 2, 3, 0, 0});
  CHECK(classes(r) == std::vector<Class>{Class::Unclassed, Class::Unclassed, Class::Unclassed, Class::NoValue, Class::NoValue});
  CHECK(r.median == 3);
  CHECK(r.mean == 3);
  CHECK(rank_values({1, 2, 3, 10}, Direction::HigherIsBetter, ValueKind::Number).median == 2.5);
  auto one = rank_values({7}, Direction::HigherIsBetter, ValueKind::Number);
  CHECK(one.rank[0] == 1);
  CHECK(one.percentile(0) == 100);
}

TEST_CASE("comparison: without a direction nothing is ranked or classed") {
  auto r = rank_values({1, 3, 2}, std::nullopt, ValueKind::Number);
  CHECK(r.classing == Classing::NoDirection);
  CHECK(ranks(r) == std::vector<int>{0, 0, 0});
  CHECK(classes(r) == std::vector<Class>{Class::Unclassed, Class::Unclassed, Class::Unclassed});
  CHECK(r.median == 2);
}

TEST_CASE("comparison: every year and gender is ranked over the population, with references") {
  Fixture f;
  f.set(0, 2022, 30);  // Riket, Kolada's own value
  f.set(2, 2022, 49);
  f.set(2, 2021, 36);
  f.set(3, 2022, 20);
  f.set(4, 2022, 25);
  f.set(5, 2021, 10);
  f.set(2, 2022, 50, Gender::Women);
  f.set(3, 2022, 40, Gender::Women);
  auto r = f.compute();
  CHECK(r.scope == std::vector<size_t>{3, 2});  // Karlshamn, Ronneby: Blekinge's, in Swedish order
  CHECK(r.county_pages == std::vector<std::string>{"10"});
  CHECK(r.counties == std::vector<std::string>{"01", "10"});
  CHECK(r.focus == 2u);
  CHECK(r.population.label == "de 4 kommunerna i jämförelsen");
  REQUIRE(r.kpis.size() == 1);
  const KpiResult& k = r.kpis[0];
  CHECK(k.years.size() == 3);  // 2021 T, 2022 T, 2022 K
  const YearComparison* y = k.latest();
  REQUIRE(y);
  CHECK(y->year == 2022);
  CHECK(y->ranking.n == 3);
  CHECK(y->ranking.rank[static_cast<size_t>(r.population.slot(2))] == 3);
  CHECK(y->riket->value == 30);
  CHECK(y->riket->origin == ReferenceOrigin::Source);
  // No region value: the county is the mean of its municipalities, said so.
  auto blekinge = r.county_reference(*y, "10");
  REQUIRE(blekinge);
  CHECK(blekinge->value == 34.5);
  CHECK(blekinge->origin == ReferenceOrigin::MeanOfMunicipalities);
  CHECK(blekinge->count == 2);
  // 2021 has no Riket value, and two counties' municipalities make no national mean.
  const YearComparison* earlier = k.at(2021, Gender::Total);
  REQUIRE(earlier);
  CHECK_FALSE(earlier->riket);
  const YearComparison* women = k.latest(Gender::Women);
  REQUIRE(women);
  CHECK(women->ranking.rank[static_cast<size_t>(r.population.slot(3))] == 1);
  CHECK_FALSE(k.latest(Gender::Men));
}

TEST_CASE("comparison: the population can be the scope, the focus's county, or a list") {
  Fixture f;
  f.set(2, 2022, 49);
  f.set(3, 2022, 20);
  f.set(4, 2022, 25);
  f.project.comparison.population = PopulationKind::County;
  CHECK(f.compute().population.label == "Blekinge läns 2 kommuner");
  f.project.comparison.population = PopulationKind::Scope;
  CHECK(f.compute().population.areas == std::vector<size_t>{3, 2});
  f.project.comparison.population = PopulationKind::List;
  f.project.comparison.population_list = {"1081", "0180"};
  auto r = f.compute();
  CHECK(r.population.label == "de 2 kommunerna i listan");
  CHECK(r.kpis[0].latest()->ranking.rank[static_cast<size_t>(r.population.slot(2))] == 2);
}

TEST_CASE("comparison: scope 'all' presents every municipality and county and ranks the counties") {
  Fixture f;
  f.project.comparison.scope = {};
  f.project.comparison.scope.all = true;
  f.set(1, 2022, 40);
  f.set(2, 2022, 49);
  f.set(4, 2022, 25);
  f.set(5, 2022, 10);
  auto r = f.compute();
  CHECK(r.national);
  CHECK(r.scope.size() == 4);
  CHECK(r.county_pages == std::vector<std::string>{"01", "10"});
  const YearComparison* y = r.kpis[0].latest();
  REQUIRE(y->county_ranking);
  CHECK(y->county_ranking->rank[0] == 1);  // Stockholm county: mean 17.5, lower is better
  CHECK(y->county_ranking->rank[1] == 2);  // Blekinge: the region's own 40
}

TEST_CASE("comparison: a scope or focus the data lacks is an error that says how to get it") {
  Fixture f;
  f.project.comparison.scope.municipalities = {"1290"};
  f.project.comparison.scope.counties = {"25"};
  f.project.comparison.focus = "2584";
  Diagnostics d;
  CHECK_FALSE(compute_comparison(f.c, f.project, f.results, d));
  std::vector<std::string> m;
  for (const auto& e : d.items()) m.push_back(e.message);
  CHECK(m == std::vector<std::string>{
                 "the scope names Kristianstad (1290), but the comparison data has no values for it; fetch it ([kolada] "
                 "municipalities or counties) or add it to a table",
                 "the scope names Norrbottens län, but the comparison data has none of its municipalities; fetch them "
                 "([kolada] counties = [\"25\"])",
                 "the focus municipality '2584' has no values in the comparison data; fetch it or add it to a table"});
}

TEST_CASE("comparison: without Kolada's own value, Riket is the mean of municipalities in at least 11 counties") {
  Comparison c;
  c.first_year = c.last_year = 2022;
  c.areas.push_back({"0000", "Riket", AreaType::Country, ""});
  ComparisonKpi k;
  c.kpis.push_back(k);
  std::vector<size_t> municipalities;
  const char* counties[] = {"01", "03", "04", "05", "06", "07", "08", "09", "10", "12", "13"};
  for (int i = 0; i < 11; ++i) {
    municipalities.push_back(c.add_area({std::string(counties[i]) + "80", "K" + std::to_string(i), AreaType::Municipality, counties[i]}));
    c.set(c.kpis[0], municipalities.back(), 2022, Gender::Total, i);
  }
  auto riket = reference_value(c, c.kpis[0], c.riket(), municipalities, 2022, Gender::Total, kMinCountiesForRiket);
  REQUIRE(riket);
  CHECK(riket->value == 5);
  CHECK(riket->origin == ReferenceOrigin::MeanOfMunicipalities);
  CHECK(riket->count == 11);
  municipalities.pop_back();
  CHECK_FALSE(reference_value(c, c.kpis[0], c.riket(), municipalities, 2022, Gender::Total, kMinCountiesForRiket));
  c.set(c.kpis[0], 0, 2022, Gender::Total, 42);
  CHECK(reference_value(c, c.kpis[0], c.riket(), municipalities, 2022, Gender::Total, kMinCountiesForRiket)->value == 42);
}

TEST_CASE("comparison: a county's mean needs values from at least half of its municipalities") {
  Comparison c;
  c.first_year = c.last_year = 2022;
  c.kpis.push_back(ComparisonKpi{});
  std::vector<size_t> blekinge;
  for (const char* id : {"1060", "1080", "1081", "1082", "1083"})
    blekinge.push_back(c.add_area({id, id, AreaType::Municipality, "10"}));
  c.set(c.kpis[0], blekinge[0], 2022, Gender::Total, 10);
  c.set(c.kpis[0], blekinge[1], 2022, Gender::Total, 20);
  CHECK_FALSE(reference_value(c, c.kpis[0], std::nullopt, blekinge, 2022, Gender::Total));
  c.set(c.kpis[0], blekinge[2], 2022, Gender::Total, 30);
  auto mean = reference_value(c, c.kpis[0], std::nullopt, blekinge, 2022, Gender::Total);
  REQUIRE(mean);
  CHECK(mean->value == 20);
  CHECK(mean->count == 3);
}
