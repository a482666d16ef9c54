#include "kolada/store_reader.h"

#include <catch2/catch.hpp>

#include <filesystem>

#include "store/kolada_store.h"

using namespace jamfor;

namespace {

std::string store_with_values() {
  auto dir = std::filesystem::temp_directory_path() / "jamfor-store-reader-test";
  std::filesystem::remove_all(dir);
  std::filesystem::create_directories(dir);
  const std::string path = (dir / "kolada.sqlite").string();
  std::string error;
  auto store = KoladaStore::open(path, &error);
  REQUIRE(store);
  store->begin();
  KpiMeta kpi;
  kpi.id = "N31814";
  kpi.title = "Långvarigt ekonomiskt bistånd, andel (%)";
  kpi.publication_date = "2025-06-14";
  kpi.divided_by_gender = true;
  store->put_kpi(kpi, "t");
  KpiMeta answer;
  answer.id = "N05405";
  answer.title = "Revisionsberättelse utan anmärkning eller avstyrkt ansvarsfrihet kommun, (Ja=1, Nej=0)";
  store->put_kpi(answer, "t");
  for (const AreaMeta& a : {AreaMeta{"0000", "Riket", ""}, AreaMeta{"0010", "Region Blekinge", "L"}, AreaMeta{"1081", "Ronneby", "K"}})
    store->put_area(a, "t");
  UpsertCounts counts;
  auto value = [&](const char* kpi_id, const char* area, int year, char gender, double v) {
    KoladaValue x;
    x.kpi = kpi_id;
    x.area = area;
    x.period = year;
    x.gender = gender;
    x.value = v;
    store->put_value(x, "t", "kolada", counts);
  };
  value("N31814", "1081", 2022, 'T', 49.0);
  value("N31814", "1081", 2022, 'K', 50.7);
  value("N31814", "1081", 2009, 'T', 12.0);  // before the years asked for
  value("N31814", "0000", 2022, 'T', 47.3);
  value("N05405", "1081", 2022, 'T', 1);
  store->record_run("cfg", "2026-12-03T10:00:00Z", "2026-12-03T10:01:00Z", counts);
  store->commit();
  return path;
}

}  // namespace

TEST_CASE("store reader: areas, KPIs and values of the years asked for, regions named as counties") {
  const std::string path = store_with_values();
  Comparison c;
  Diagnostics d;
  read_kolada_store(path, {{"N31814", "N05405"}, {}, 2010, 2022}, c, d);
  REQUIRE(d.items().empty());
  CHECK(c.kolada_fetched == "2026-12-03");
  CHECK(c.first_year == 2010);
  REQUIRE(c.area_index("0010"));
  CHECK(c.areas[*c.area_index("0010")].title == "Blekinge län");
  CHECK(c.areas[*c.area_index("1081")].county == "10");
  const ComparisonKpi* k = c.kpi("N31814");
  REQUIRE(k);
  CHECK(k->source == Source::Kolada);
  CHECK(k->publication_date == "2025-06-14");
  CHECK(k->kind == ValueKind::Number);
  CHECK(c.value(*k, *c.area_index("1081"), 2022, Gender::Women) == 50.7);
  CHECK(c.value(*k, *c.area_index("0000"), 2022, Gender::Total) == 47.3);
  CHECK_FALSE(c.value(*k, *c.area_index("1081"), 2009, Gender::Total));
  CHECK(c.kpi("N05405")->kind == ValueKind::YesNo);
}

TEST_CASE("store reader: a KPI or group the store lacks names 'jamfor fetch'") {
  const std::string path = store_with_values();
  Comparison c;
  Diagnostics d;
  read_kolada_store(path, {{"U31402"}, {"G2KPI90"}, 2010, 2022}, c, d);
  REQUIRE(d.items().size() == 2);
  CHECK(d.items()[0].message == "the Kolada store has no KPI group 'G2KPI90'; run 'jamfor fetch'");
  CHECK(d.items()[1].message == "the Kolada store has no KPI 'U31402'; run 'jamfor fetch' (it fetches every KPI the project names)");
}

TEST_CASE("store reader: an id from Kolada that could not be a file name is refused before it becomes one") {
  const std::string path = store_with_values();
  {
    std::string error;
    auto store = KoladaStore::open(path, &error);
    REQUIRE(store);
    store->begin();
    store->put_area({"../1081", "Ronneby", "K"}, "t");
    store->put_area({"1082 x", "Karlshamn", "K"}, "t");
    store->put_group({"G90010", "Kommuner i Blekinge", {"1081", "10\n81"}}, "t");
    store->put_group({"G/1", "Grupp", {"1081"}}, "t");
    store->put_group({"G2KPI1", "KPI-grupp", {"N31814", "N3/../x"}}, "t", GroupKind::Kpi);
    store->commit();
  }
  Comparison c;
  Diagnostics d;
  read_kolada_store(path, {{"N31814"}, {"G2KPI1"}, 2010, 2022}, c, d);
  std::vector<std::string> errors;
  for (const auto& e : d.items()) errors.push_back(e.format());
  const std::string expected = path + ": error: expected a Kolada id of upper-case letters and digits (such as 'N31814' or '1081') for ";
  CHECK(errors == std::vector<std::string>{expected + "an area, got '../1081'", expected + "an area, got '1082 x'",
                                           expected + "a municipality group, got 'G/1'",
                                           expected + "a member of the group 'G90010', got '10\\x0A81'",
                                           expected + "a KPI of the group 'G2KPI1', got 'N3/../x'"});
  for (const auto& a : c.areas) CHECK(is_kolada_id(a.id));
  for (const auto& k : c.kpis) CHECK(is_kolada_id(k.id));
  REQUIRE(c.group_members("G90010"));
  CHECK(*c.group_members("G90010") == std::vector<std::string>{"1081"});
  CHECK(c.kpi("N31814"));
}

TEST_CASE("store reader: yes/no key figures are told by Kolada's title") {
  CHECK(is_yes_no_title("Ansvarsprövning i KF utan anmärkning och med beviljad ansvarsfrihet för samtliga ledamöter, (Ja=1, Nej=0)"));
  CHECK(is_yes_no_title("Något, (ja=1, nej=0)"));
  CHECK_FALSE(is_yes_no_title("Invånare med ekonomiskt bistånd, andel (%)"));
}
