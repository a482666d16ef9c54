#include "model/benchmark.h"

#include <catch2/catch.hpp>

using namespace jamfor;

TEST_CASE("benchmark keeps every value when areas and years are added") {
  Benchmark b;
  b.first_year = 2020;
  b.last_year = 2021;
  b.areas = {{"1081", "Ronneby", AreaType::Municipality, "10"}};
  b.kpis.push_back({"N31814", "Invånare med ekonomiskt bistånd", "%", {}, true, "Kolada", "", {}});
  BenchmarkKpi& k = b.kpis[0];
  b.set(k, 0, 2020, Gender::Total, 5.5);
  b.set(k, 0, 2021, Gender::Women, 6.25);

  size_t karlshamn = b.add_area({"1082", "Karlshamn", AreaType::Municipality, "10"});
  CHECK(karlshamn == 1);
  CHECK_FALSE(b.value(k, karlshamn, 2020, Gender::Total));
  b.set(k, karlshamn, 2021, Gender::Total, 4.0);

  b.set(k, 0, 2018, Gender::Men, 7.0);  // before the range: widens it
  CHECK(b.first_year == 2018);
  CHECK(b.last_year == 2021);
  CHECK(b.value(k, 0, 2020, Gender::Total) == 5.5);
  CHECK(b.value(k, 0, 2021, Gender::Women) == 6.25);
  CHECK(b.value(k, 0, 2018, Gender::Men) == 7.0);
  CHECK(b.value(k, karlshamn, 2021, Gender::Total) == 4.0);
  CHECK_FALSE(b.value(k, 0, 2019, Gender::Total));

  b.widen_years(2019, 2023);
  CHECK(b.last_year == 2023);
  CHECK(b.value(k, karlshamn, 2021, Gender::Total) == 4.0);
  CHECK_FALSE(b.value(k, karlshamn, 2023, Gender::Total));
}

TEST_CASE("an empty benchmark takes the range of its first value") {
  Benchmark b;
  b.areas = {{"0000", "Riket", AreaType::Country, ""}};
  b.kpis.push_back({});
  b.set(b.kpis[0], 0, 2022, Gender::Total, 1.0);
  CHECK(b.first_year == 2022);
  CHECK(b.last_year == 2022);
  CHECK(b.value(b.kpis[0], 0, 2022, Gender::Total) == 1.0);
}
