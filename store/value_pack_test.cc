#include "store/value_pack.h"

#include <catch2/catch.hpp>

#include <string>
#include <vector>

using namespace jamfor;

namespace {

std::vector<std::string> read_all(std::string_view pack, int first, int last, std::string* error) {
  std::vector<std::string> rows;
  *error = read_value_pack(pack, first, last, [&](const ValueRow& r) {
    rows.push_back(std::string(r.area) + " " + std::to_string(r.period) + " " + r.gender + " " + std::to_string(r.value));
  });
  return rows;
}

std::string sample() {
  ValuePackWriter w;
  w.add("0000", 2020, 'T', 1.5);
  w.add("1081", 2019, 'K', -2.25);
  w.add("1081", 2021, 'T', 1e9);
  w.add("V15E144001301", 1998, 'M', 0);
  return w.finish();
}

}  // namespace

TEST_CASE("value pack: the values come back in order, within the years asked") {
  const std::string pack = sample();
  std::string error;
  CHECK(read_all(pack, 1900, 2100, &error) ==
        std::vector<std::string>{"0000 2020 T 1.500000", "1081 2019 K -2.250000", "1081 2021 T 1000000000.000000",
                                 "V15E144001301 1998 M 0.000000"});
  CHECK(error == "");
  CHECK(read_all(pack, 2019, 2020, &error) == std::vector<std::string>{"0000 2020 T 1.500000", "1081 2019 K -2.250000"});
  CHECK(read_all(pack, 2030, 2040, &error).empty());
}

TEST_CASE("value pack: the writer starts afresh after finish, and an empty pack reads as no values") {
  ValuePackWriter w;
  w.add("1081", 2020, 'T', 3);
  w.finish();
  const std::string empty = w.finish();
  std::string error;
  CHECK(read_all(empty, 1900, 2100, &error).empty());
  CHECK(error == "");
}

TEST_CASE("value pack: a damaged pack is an error, never a wrong value") {
  const std::string pack = sample();
  std::string error;
  read_all("", 1900, 2100, &error);
  CHECK(error == "damaged value pack: no header");
  std::string other = pack;
  other[1] = 9;
  read_all(other, 1900, 2100, &error);
  CHECK(error == "damaged value pack: unknown format version");
  read_all(pack.substr(0, pack.size() - 1), 1900, 2100, &error);
  CHECK(error == "damaged value pack: the values do not fill the pack");
  read_all(pack.substr(0, 12), 1900, 2100, &error);
  CHECK(error == "damaged value pack: cut short in the areas");
  std::string huge = pack;
  huge[2] = huge[3] = huge[4] = huge[5] = '\xff';  // four billion areas in a few bytes
  read_all(huge, 1900, 2100, &error);
  CHECK(error == "damaged value pack: cut short in the areas");
  std::string bad_index = pack;
  bad_index[bad_index.size() - 17] = 7;  // the last value's area index
  read_all(bad_index, 1900, 2100, &error);
  CHECK(error == "damaged value pack: an area index out of range");
}
