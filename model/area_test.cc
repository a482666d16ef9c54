#include "model/area.h"

#include <catch2/catch.hpp>

using namespace jamfor;

TEST_CASE("area codes: types, counties and regions") {
  CHECK(area_type_of("0000") == AreaType::Country);
  CHECK(area_type_of("0010") == AreaType::Region);
  CHECK(area_type_of("1081") == AreaType::Municipality);
  CHECK(area_type_of("0114") == AreaType::Municipality);
  CHECK(area_type_of("G38151") == AreaType::Group);
  CHECK(county_of("1081") == "10");
  CHECK(county_of("0114") == "01");
  CHECK(county_of("0010") == "10");
  CHECK(county_of("0000").empty());
  CHECK(county_of("G38151").empty());
  CHECK(region_id("10") == "0010");
  CHECK(is_area_code("1081"));
  CHECK_FALSE(is_area_code("108"));
  CHECK_FALSE(is_area_code("G123"));
  CHECK(is_county_code("10"));
  CHECK_FALSE(is_county_code("00"));
  CHECK_FALSE(is_county_code("1"));
}
