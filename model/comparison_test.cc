#include "model/comparison.h"

#include <catch2/catch.hpp>

using namespace jamfor;

TEST_CASE("comparison keeps every value when areas and years are added") {
  Comparison b;
  b.first_year = 2020;
  b.last_year = 2021;
  b.areas = {{"1081", "Ronneby", AreaType::Municipality, "10"}};
  ComparisonKpi n31814;
  n31814.id = "N31814";
  n31814.divided_by_gender = true;
  b.kpis.push_back(n31814);
  ComparisonKpi& k = b.kpis[0];
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

TEST_CASE("an empty comparison takes the range of its first value") {
  Comparison b;
  b.areas = {{"0000", "Riket", AreaType::Country, ""}};
  b.kpis.push_back({});
  b.set(b.kpis[0], 0, 2022, Gender::Total, 1.0);
  CHECK(b.first_year == 2022);
  CHECK(b.last_year == 2022);
  CHECK(b.value(b.kpis[0], 0, 2022, Gender::Total) == 1.0);
}

TEST_CASE("comparison: Riket, regions and municipalities by county, in Swedish order") {
  Comparison c;
  c.areas = {{"0000", "Riket", AreaType::Country, ""},       {"0010", "Blekinge län", AreaType::Region, "10"},
             {"1083", "Sölvesborg", AreaType::Municipality, "10"}, {"1060", "Olofström", AreaType::Municipality, "10"},
             {"0114", "Upplands Väsby", AreaType::Municipality, "01"}, {"1080", "Karlskrona", AreaType::Municipality, "10"}};
  CHECK(c.riket() == 0u);
  CHECK(c.region("10") == 1u);
  CHECK_FALSE(c.region("01"));
  CHECK(c.municipalities_of("10") == std::vector<size_t>{5, 3, 2});
  CHECK(c.counties() == std::vector<std::string>{"01", "10"});
  CHECK(c.county_name("10") == "Blekinge län");
  CHECK(c.area_index("1080") == 5u);
  c.add_area({"1081", "Ronneby", AreaType::Municipality, "10"});
  CHECK(c.area_index("1081") == 6u);  // the index follows added areas
}
