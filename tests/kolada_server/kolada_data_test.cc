#include "tests/kolada_server/kolada_data.h"

#include <unistd.h>

#include <catch2/catch.hpp>
#include <chrono>
#include <filesystem>
#include <fstream>

using namespace jamfor::kolada_server;

namespace {

const std::string kFixtures = JAMFOR_SOURCE_DIR "/tests/fixtures/kolada";
const std::string kShared = JAMFOR_SOURCE_DIR "/../shared/data/kolada";

const KoladaData& fixture() {
  static const KoladaData data = load_fixture_data(kFixtures);
  return data;
}

std::optional<double> value_of(const KoladaData& data, std::string_view kpi, std::string_view area,
                               int year, Gender gender) {
  auto v = data.find_value(kpi, area, year, gender);
  REQUIRE(v);
  return v->value;
}

const KoladaRow* find_row(const std::vector<KoladaRow>& rows, std::string_view kpi,
                          std::string_view area, int year) {
  for (const auto& r : rows) {
    if (r.kpi == kpi && r.area == area && r.year == year) return &r;
  }
  return nullptr;
}

const KoladaEntry* find_entry(const KoladaRow& row, Gender gender) {
  for (const auto& e : row.entries) {
    if (e.gender == gender) return &e;
  }
  return nullptr;
}

ServedValue number(double v) {
  ServedValue value;
  value.value = v;
  return value;
}

void write_file(const std::filesystem::path& path, std::string_view text) {
  std::filesystem::create_directories(path.parent_path());
  std::ofstream(path, std::ios::binary) << text;
}

}  // namespace

TEST_CASE("kolada data: the fixture has its KPIs, areas, groups and values") {
  const KoladaData& data = fixture();

  REQUIRE(data.kpis().size() == 3);
  const KoladaKpi* n31807 = data.find_kpi("N31807");
  REQUIRE(n31807);
  CHECK(n31807->title.find("någon gång under året") != std::string::npos);
  CHECK(n31807->gender_split == GenderSplit::TotalOnly);
  CHECK(data.find_kpi("N31814")->gender_split == GenderSplit::ByGender);
  CHECK(data.find_kpi("N31814")->ou_data == OuData::Present);
  CHECK(data.find_kpi("N31814")->auspice == "X");

  CHECK(data.areas().size() == 11);
  CHECK(data.find_area("1267")->title == "Höör");
  CHECK(data.find_area("1267")->type == "K");
  CHECK(data.find_area("0014")->title == "Västra Götalandsregionen");
  CHECK(data.find_area("0014")->type == "L");
  CHECK(data.find_area("0010")->title == "Region Blekinge");
  CHECK(data.find_area("0000")->title == "Riket");
  CHECK(data.find_area("0000")->type == "L");

  REQUIRE(data.groups().size() == 1);
  CHECK(data.groups()[0].id == "G90010");
  CHECK(data.groups()[0].member_ids ==
        std::vector<std::string>{"1060", "1080", "1081", "1082", "1083"});

  // 54 totals and 64 women/men values.
  CHECK(data.value_count() == 118);
  CHECK(value_of(data, "N31814", "1081", 2022, Gender::Total) == 49.005848);
  CHECK(value_of(data, "N31807", "0010", 2021, Gender::Total) == 2.984201);
  CHECK(value_of(data, "N31814", "1083", 2022, Gender::Women) == 36.486486);
  // This file's columns are geo,gender,year.
  CHECK(value_of(data, "U30447", "1080", 2021, Gender::Women) == 93.18181818);
  CHECK(value_of(data, "U30447", "1080", 2021, Gender::Men) == 94.11764706);
  CHECK_FALSE(value_of(data, "U30447", "0000", 2021, Gender::Total));
  CHECK_FALSE(data.find_value("N31807", "1081", 2022, Gender::Women));
  CHECK_FALSE(data.find_value("N31807", "1081", 2019, Gender::Total));
}

TEST_CASE("kolada data: the fixture's KPI groups hold KPIs") {
  const KoladaData& data = fixture();
  REQUIRE(data.kpi_groups().size() == 2);
  CHECK(data.kpi_groups()[0].id == "G2KPI82977");
  CHECK(data.kpi_groups()[0].member_ids == std::vector<std::string>{"N31807", "N31814"});
  CHECK(data.kpi_groups()[1].member_ids == std::vector<std::string>{"U30447"});
}

TEST_CASE("kolada data: the fixture's hand-set flags") {
  const KoladaData& data = fixture();
  auto uncertain = data.find_value("N31814", "1060", 2022, Gender::Women);
  REQUIRE(uncertain);
  CHECK(uncertain->status == "Osäker");
  CHECK(uncertain->value == 18.918919);
  CHECK(uncertain->updated == kKoladaDefaultUpdated);

  auto withdrawn = data.find_value("N31814", "1083", 2021, Gender::Men);
  REQUIRE(withdrawn);
  CHECK(withdrawn->withdrawn == Withdrawn::Yes);
  CHECK(withdrawn->value == 23.636364);  // the number stays
  CHECK(withdrawn->updated == *parse_kolada_date("2025-03-01"));

  auto plain = data.find_value("N31814", "1083", 2021, Gender::Women);
  CHECK(plain->status.empty());
  CHECK(plain->withdrawn == Withdrawn::No);
}

TEST_CASE("kolada data: a year query mixes municipalities, regions, Riket and groups") {
  KoladaQuery q;
  q.kpis = {"N31807"};
  q.years = {2022};
  const auto rows = fixture().query(q);
  REQUIRE(rows.size() == 12);  // 11 areas and the group
  CHECK(rows.front().area == "0000");
  CHECK(rows.back().area == "G90010");
  CHECK(find_row(rows, "N31807", "0014", 2022));

  const KoladaRow* group = find_row(rows, "N31807", "G90010", 2022);
  REQUIRE(group);
  REQUIRE(group->entries.size() == 1);
  CHECK(group->entries[0].count == 5);
  const double mean = (0.851129 + 2.363456 + 4.868182 + 2.796747 + 1.4103) / 5;
  CHECK(*group->entries[0].value == Approx(mean));
}

TEST_CASE("kolada data: group means leave out null and withdrawn member values") {
  KoladaQuery q;
  q.kpis = {"N31814"};
  q.areas = {"G90010"};
  q.years = {2021};
  const auto rows = fixture().query(q);
  REQUIRE(rows.size() == 1);
  const KoladaEntry* men = find_entry(rows[0], Gender::Men);
  REQUIRE(men);
  // 1060 is null and 1083 withdrawn: 1080, 1081, 1082 remain.
  CHECK(men->count == 3);
  CHECK(men->updated == *parse_kolada_date("2025-03-01"));
  CHECK(rows[0].entries.size() == 3);
}

TEST_CASE("kolada data: changed_since keeps only entries changed since then") {
  KoladaQuery q;
  q.changed_since = parse_kolada_date("2025-01-01");
  const auto rows = fixture().query(q);
  REQUIRE(rows.size() == 4);
  CHECK(find_row(rows, "N31807", "1081", 2022));
  CHECK(find_row(rows, "N31807", "G90010", 2022));
  const KoladaRow* withdrawn = find_row(rows, "N31814", "1083", 2021);
  REQUIRE(withdrawn);
  REQUIRE(withdrawn->entries.size() == 1);
  CHECK(withdrawn->entries[0].gender == Gender::Men);
  CHECK(withdrawn->entries[0].withdrawn == Withdrawn::Yes);
  CHECK(find_row(rows, "N31814", "G90010", 2021));
}

TEST_CASE("kolada data: set_value and withdraw, in and out of order") {
  KoladaData data;
  KoladaKpi kpi;
  kpi.id = "N1";
  kpi.title = "Ett";
  data.add_kpi(kpi);
  data.add_area({"0180", "Stockholm", "K"});
  data.add_area({"0114", "Upplands Väsby", "K"});
  data.set_value("N1", "0180", 2020, Gender::Total, number(1.5));
  data.set_value("N1", "0114", 2021, Gender::Total, number(2.5));
  data.set_value("N1", "0114", 2019, Gender::Women, number(3.5));
  data.set_value("N1", "0180", 2020, Gender::Total, number(4.5));  // replaces 1.5
  data.set_value("N1", "0180", 2020, Gender::Men, {});             // null
  CHECK(data.value_count() == 4);
  CHECK(data.find_value("N1", "0180", 2020, Gender::Total)->value == 4.5);
  CHECK_FALSE(data.find_value("N1", "0180", 2020, Gender::Men)->value);

  data.withdraw("N1", "0114", 2021, Gender::Total, 1800000000);
  auto withdrawn = data.find_value("N1", "0114", 2021, Gender::Total);
  CHECK(withdrawn->withdrawn == Withdrawn::Yes);
  CHECK(withdrawn->value == 2.5);
  CHECK(withdrawn->updated == 1800000000);

  CHECK_THROWS_AS(data.withdraw("N1", "0114", 2022, Gender::Total, 0), std::invalid_argument);
  CHECK_THROWS_AS(data.set_value("N2", "0114", 2022, Gender::Total, {}), std::invalid_argument);
  CHECK_THROWS_AS(data.set_value("N1", "9999", 2022, Gender::Total, {}), std::invalid_argument);
  CHECK_THROWS_AS(data.add_group({"G1", "Grupp", {"0114", "9999"}}), std::invalid_argument);

  const auto rows = data.query({});
  REQUIRE(rows.size() == 3);
  CHECK(rows[0].year == 2019);
  CHECK(rows[1].area == "0180");  // 2020
  CHECK(rows[2].area == "0114");  // 2021
}

TEST_CASE("kolada data: from_date forms") {
  CHECK(parse_kolada_date("2024-08-01") == kKoladaDefaultUpdated);
  CHECK(parse_kolada_date("2024-08-01T00:00:10") == kKoladaDefaultUpdated + 10);
  CHECK(parse_kolada_date("2024-08-01T01:02Z") == kKoladaDefaultUpdated + 3720);
  CHECK(parse_kolada_date("2024-08-01 00:00:01") == kKoladaDefaultUpdated + 1);
  CHECK_FALSE(parse_kolada_date("2024-02-30"));
  CHECK_FALSE(parse_kolada_date("20240801"));
  CHECK_FALSE(parse_kolada_date("2024-08-01T25:00"));
  CHECK_FALSE(parse_kolada_date(""));
}

TEST_CASE("kolada data: CSV with byte-order mark, CRLF, quotes and stripped zeros") {
  const auto dir =
      std::filesystem::temp_directory_path() / ("kolada_data_test_" + std::to_string(::getpid()));
  std::filesystem::remove_all(dir);
  write_file(dir / "meta/municipalities.csv",
             "\xEF\xBB\xBFkommun,name,region\r\n114,Upplands Väsby,1\r\n0180,Stockholm,01\r\n");
  write_file(dir / "meta/regions.csv", "name,region\r\nRegion Stockholm,1\r\n");
  write_file(dir / "meta/kpi.csv",
             "concept,name,is_divided_by_gender,has_ou_data,description\n"
             "N00001,\"Kostnad, \"\"total\"\"\",1,True,\"två\nrader\"\n");
  write_file(dir / "values/N00001.csv", "year,geo,n00001\r\n2020,114,1.5\r\n2020,0001,\r\n");
  write_file(dir / "values-by-gender/N00001.csv",
             "gender,geo,year,n00001\r\nK,0114,2020,1.25\r\nM,0114,2020,-2\r\n");

  const KoladaData data = load_kolada_data(dir.string());
  std::filesystem::remove_all(dir);

  CHECK(data.find_area("0114")->title == "Upplands Väsby");
  CHECK(data.find_area("0001")->title == "Region Stockholm");
  const KoladaKpi* kpi = data.find_kpi("N00001");
  REQUIRE(kpi);
  CHECK(kpi->title == "Kostnad, \"total\"");
  CHECK(kpi->description == "två\nrader");
  CHECK(kpi->gender_split == GenderSplit::ByGender);
  CHECK(kpi->ou_data == OuData::Present);
  CHECK(data.find_value("N00001", "0114", 2020, Gender::Total)->value == 1.5);
  CHECK(data.find_value("N00001", "0114", 2020, Gender::Women)->value == 1.25);
  CHECK(data.find_value("N00001", "0114", 2020, Gender::Men)->value == -2);
  CHECK_FALSE(data.find_value("N00001", "0001", 2020, Gender::Total)->value);
  // One made-up group per county.
  REQUIRE(data.find_group("G90001"));
  CHECK(data.find_group("G90001")->member_ids == std::vector<std::string>{"0114", "0180"});
}

TEST_CASE("kolada data: the shared reference data loads") {
  if (!std::filesystem::is_directory(kShared)) {
    WARN("skipped: no shared reference data at " << kShared);
    return;
  }
  const auto t0 = std::chrono::steady_clock::now();
  const KoladaData data = load_kolada_data(kShared);
  const auto ms =
      std::chrono::duration_cast<std::chrono::milliseconds>(std::chrono::steady_clock::now() - t0)
          .count();
  INFO("loaded in " << ms << " ms");

  CHECK(data.kpis().size() >= 2039);
  CHECK(data.areas().size() == 290 + 21 + 1);
  CHECK(data.groups().size() == 21);
  auto economic = std::find_if(data.kpi_groups().begin(), data.kpi_groups().end(),
                               [](const KoladaGroup& g) { return g.id == "G2KPI168077"; });
  REQUIRE(economic != data.kpi_groups().end());
  CHECK(economic->title == "Ekonomiskt bistånd");
  CHECK(std::find(economic->member_ids.begin(), economic->member_ids.end(), "N31814") != economic->member_ids.end());
  CHECK(data.find_area("1267")->title == "Höör");
  CHECK(data.find_area("0014")->title == "Västra Götalandsregionen");
  CHECK(data.find_kpi("N31814")->gender_split == GenderSplit::ByGender);
  CHECK(data.find_value("N31814", "1081", 2022, Gender::Total)->value == 49.005848);
  CHECK(data.find_value("N31814", "0114", 2001, Gender::Women)->value == 22.7);
  CHECK_FALSE(data.find_value("N31814", "1060", 2012, Gender::Total)->value);
  CHECK(data.value_count() > 200000);

  KoladaQuery q;
  q.kpis = {"N31814"};
  q.years = {2022};
  const auto rows = data.query(q);
  CHECK(find_row(rows, "N31814", "G90010", 2022));
  CHECK(find_row(rows, "N31814", "0000", 2022));
}
