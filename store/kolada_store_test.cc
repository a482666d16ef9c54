#include "store/kolada_store.h"

#include <catch2/catch.hpp>

#include <filesystem>
#include <tuple>
#include <vector>

using namespace jamfor;

namespace {

std::string temp_store_path(const std::string& name) {
  auto dir = std::filesystem::temp_directory_path() / ("jamfor-store-test-" + name);
  std::filesystem::remove_all(dir);
  std::filesystem::create_directories(dir);
  return (dir / "kolada.sqlite").string();
}

KoladaValue value(int period, char gender, std::optional<double> v) {
  KoladaValue out;
  out.kpi = "N31814";
  out.area = "1081";
  out.period = period;
  out.gender = gender;
  out.value = v;
  return out;
}

}  // namespace

TEST_CASE("store: putting the same value twice is idempotent") {
  std::string error;
  auto store = KoladaStore::open(temp_store_path("idempotent"), &error);
  REQUIRE(store);
  UpsertCounts first, second;
  REQUIRE(store->begin().empty());
  REQUIRE(store->put_value(value(2016, 'T', 12.3), "t1", "kolada", first).empty());
  REQUIRE(store->put_value(value(2016, 'K', std::nullopt), "t1", "kolada", first).empty());
  REQUIRE(store->commit().empty());
  REQUIRE(store->begin().empty());
  REQUIRE(store->put_value(value(2016, 'T', 12.3), "t2", "kolada", second).empty());
  REQUIRE(store->put_value(value(2016, 'K', std::nullopt), "t2", "kolada", second).empty());
  REQUIRE(store->commit().empty());
  CHECK(first.added == 2);
  CHECK(second.added == 0);
  CHECK(second.unchanged == 2);
  CHECK(store->value_count() == 2);
}

TEST_CASE("store: revisions and withdrawals are counted") {
  std::string error;
  auto store = KoladaStore::open(temp_store_path("revisions"), &error);
  REQUIRE(store);
  UpsertCounts counts;
  store->begin();
  store->put_value(value(2016, 'T', 12.3), "t1", "kolada", counts);
  store->put_value(value(2017, 'T', 10.0), "t1", "kolada", counts);
  store->commit();
  UpsertCounts refresh;
  store->begin();
  store->put_value(value(2016, 'T', 12.4), "t2", "kolada", refresh);
  KoladaValue withdrawn = value(2017, 'T', 10.0);
  withdrawn.deleted = true;
  store->put_value(withdrawn, "t2", "kolada", refresh);
  KoladaValue flagged = value(2018, 'T', std::nullopt);
  flagged.status = "Uppgift saknas";
  store->put_value(flagged, "t2", "kolada", refresh);
  store->commit();
  CHECK(refresh.added == 1);
  CHECK(refresh.changed == 1);
  CHECK(refresh.withdrawn == 1);
  auto values = store->values("N31814", "1081");
  REQUIRE(values.size() == 3);
  CHECK(values[0].value == 12.4);
  CHECK(values[1].deleted);
  CHECK(values[2].status == "Uppgift saknas");
  CHECK_FALSE(values[2].value);
}

TEST_CASE("store: for_each_value gives the values that are there, in the years asked, in key order") {
  std::string error;
  const std::string path = temp_store_path("for-each");
  {
    auto store = KoladaStore::open(path, &error);
    REQUIRE(store);
    UpsertCounts counts;
    store->begin();
    for (auto [area, period, gender, v] : {std::tuple{"1082", 2016, 'T', 7.0}, std::tuple{"1081", 2017, 'K', 3.5},
                                           std::tuple{"1081", 2016, 'T', 12.3}, std::tuple{"1081", 2015, 'T', 1.0},
                                           std::tuple{"1081", 2023, 'T', 9.0}}) {
      KoladaValue kv = value(period, gender, v);
      kv.area = area;
      store->put_value(kv, "t1", "kolada", counts);
    }
    KoladaValue withdrawn = value(2017, 'T', 10.0);
    withdrawn.deleted = true;
    store->put_value(withdrawn, "t1", "kolada", counts);
    store->put_value(value(2018, 'T', std::nullopt), "t1", "kolada", counts);
    KoladaValue other = value(2016, 'T', 99.0);
    other.kpi = "N00001";
    store->put_value(other, "t1", "kolada", counts);
    store->commit();
  }
  auto reader = KoladaStore::open_read_only(path, &error);
  REQUIRE(reader);
  for (int pass = 0; pass < 2; ++pass) {  // the statement is reused
    std::vector<std::string> rows;
    CHECK(reader->for_each_value("N31814", 2016, 2022, [&](const ValueRow& r) {
      rows.push_back(std::string(r.area) + " " + std::to_string(r.period) + " " + r.gender + " " + std::to_string(r.value));
    }) == "");
    CHECK(rows == std::vector<std::string>{"1081 2016 T 12.300000", "1081 2017 K 3.500000", "1082 2016 T 7.000000"});
  }
}

TEST_CASE("store: a rolled-back fetch leaves the previous store") {
  std::string error;
  const std::string path = temp_store_path("rollback");
  {
    auto store = KoladaStore::open(path, &error);
    UpsertCounts counts;
    store->begin();
    store->put_value(value(2016, 'T', 1), "t1", "kolada", counts);
    store->commit();
    store->begin();
    store->put_value(value(2016, 'T', 2), "t2", "kolada", counts);
    store->put_value(value(2017, 'T', 3), "t2", "kolada", counts);
    store->rollback();
  }
  auto reopened = KoladaStore::open(path, &error);
  REQUIRE(reopened);
  auto values = reopened->values("N31814", "1081");
  REQUIRE(values.size() == 1);
  CHECK(values[0].value == 1);
  CHECK(reopened->integrity_check() == "ok");
}

TEST_CASE("store: metadata and runs round-trip with å, ä, ö") {
  std::string error;
  auto store = KoladaStore::open(temp_store_path("meta"), &error);
  REQUIRE(store);
  store->begin();
  KpiMeta kpi;
  kpi.id = "N31814";
  kpi.title = "Långvarigt ekonomiskt bistånd, andel (%) av befolkningen";
  kpi.divided_by_gender = true;
  CHECK(store->put_kpi(kpi, "t1").empty());
  CHECK(store->put_area({"1267", "Höör", "K"}, "t1").empty());
  CHECK(store->put_group({"G1", "Liknande kommuner", {"1081", "1082"}}, "t1").empty());
  CHECK(store->put_group({"G2KPI168077", "Ekonomiskt bistånd", {"U31402", "N31814"}}, "t1", GroupKind::Kpi).empty());
  CHECK(store->record_run("cfg", "2026-11-23T10:00:00Z", "2026-11-23T10:01:00Z", {}).empty());
  store->commit();
  CHECK(store->kpi("N31814")->title == kpi.title);
  CHECK(store->kpi("N31814")->divided_by_gender);
  CHECK(store->areas().at(0).title == "Höör");
  CHECK(store->group("G1")->members == std::vector<std::string>{"1081", "1082"});
  CHECK(store->groups().size() == 1);  // the two kinds of group are kept apart
  CHECK(store->group("G2KPI168077", GroupKind::Kpi)->members == std::vector<std::string>{"N31814", "U31402"});
  CHECK(store->groups(GroupKind::Kpi).at(0).title == "Ekonomiskt bistånd");
  CHECK_FALSE(store->group("G2KPI168077"));
  CHECK(store->last_run_start("cfg") == "2026-11-23T10:00:00Z");
  CHECK_FALSE(store->last_run_start("other"));
}

TEST_CASE("store: values that lose their number are counted apart from other changes") {
  std::string error;
  auto store = KoladaStore::open(temp_store_path("nulled"), &error);
  REQUIRE(store);
  UpsertCounts counts;
  store->begin();
  store->put_value(value(2016, 'T', 12.3), "t1", "kolada", counts);
  store->put_value(value(2017, 'T', 10.0), "t1", "kolada", counts);
  store->put_value(value(2018, 'T', std::nullopt), "t1", "kolada", counts);
  store->commit();
  UpsertCounts refresh;
  store->begin();
  store->put_value(value(2016, 'T', std::nullopt), "t2", "kolada", refresh);  // lost its number
  KoladaValue withdrawn = value(2017, 'T', std::nullopt);
  withdrawn.deleted = true;
  store->put_value(withdrawn, "t2", "kolada", refresh);  // withdrawn, counted as that
  KoladaValue flagged = value(2018, 'T', std::nullopt);
  flagged.status = "Uppgift saknas";
  store->put_value(flagged, "t2", "kolada", refresh);  // had no number before either
  store->commit();
  CHECK(refresh.changed == 2);
  CHECK(refresh.nulled == 1);
  CHECK(refresh.withdrawn == 1);
  CHECK(counts.nulled == 0);
}

TEST_CASE("store: the summary lists the recent runs, newest first, also from a store older than their counts") {
  const std::string path = temp_store_path("runs");
  {
    std::string error;
    auto store = KoladaStore::open(path, &error);
    REQUIRE(store);
    for (int i = 1; i <= 7; ++i) {
      UpsertCounts counts;
      counts.added = static_cast<size_t>(i);
      counts.changed = 10;
      counts.nulled = 2;
      counts.withdrawn = 1;
      counts.unchanged = 100;
      const std::string minute = "2026-12-03T10:0" + std::to_string(i);
      REQUIRE(store->record_run("cfg", minute + ":00Z", minute + ":30Z", counts).empty());
    }
  }
  std::string error;
  auto summary = KoladaStore::open_read_only(path, &error)->summary();
  CHECK(summary.runs == 7);
  REQUIRE(summary.recent_runs.size() == kRecentRuns);
  CHECK(summary.recent_runs[0].finished_at == "2026-12-03T10:07:30Z");
  CHECK(summary.recent_runs[0].counts.added == 7);
  CHECK(summary.recent_runs[0].counts.nulled == 2);
  CHECK(summary.recent_runs[0].counts.unchanged == 100);
  CHECK(summary.recent_runs[4].counts.added == 3);
  CHECK(summary.last_fetch == "2026-12-03T10:07:30Z");
  CHECK(summary.last_counts.withdrawn == 1);

  // A store written before fetch_run had nulled and unchanged.
  {
    Database db(path);
    REQUIRE(db.exec("ALTER TABLE fetch_run DROP COLUMN nulled; ALTER TABLE fetch_run DROP COLUMN unchanged").empty());
  }
  summary = KoladaStore::open_read_only(path, &error)->summary();
  REQUIRE(summary.recent_runs.size() == kRecentRuns);
  CHECK(summary.recent_runs[0].counts.added == 7);
  CHECK(summary.recent_runs[0].counts.nulled == 0);
  auto writer = KoladaStore::open(path, &error);  // a fetch adds the columns
  REQUIRE(writer);
  UpsertCounts counts;
  counts.nulled = 3;
  REQUIRE(writer->record_run("cfg", "2026-12-04T10:00:00Z", "2026-12-04T10:00:30Z", counts).empty());
  summary = writer->summary();
  CHECK(summary.recent_runs[0].counts.nulled == 3);
  CHECK(summary.recent_runs[1].counts.added == 7);
  CHECK(summary.integrity == "ok");
}

TEST_CASE("store: a file that is not SQLite is refused with a message") {
  const std::string path = temp_store_path("garbage");
  FILE* f = std::fopen(path.c_str(), "w");
  std::fputs("this is not a database, it is a shopping list\n", f);
  std::fclose(f);
  std::string error;
  CHECK_FALSE(KoladaStore::open(path, &error));
  CHECK_FALSE(error.empty());
}

TEST_CASE("store: read-only opening reads what a fetch wrote and never creates a file") {
  const std::string path = temp_store_path("read-only");
  {
    std::string error;
    auto store = KoladaStore::open(path, &error);
    UpsertCounts counts;
    store->begin();
    store->put_value(value(2016, 'T', 4.5), "t1", "kolada", counts);
    store->record_run("cfg", "2026-12-03T10:00:00Z", "2026-12-03T10:01:00Z", counts);
    store->commit();
  }
  std::string error;
  auto reader = KoladaStore::open_read_only(path, &error);
  REQUIRE(reader);
  CHECK(reader->values("N31814", "1081").at(0).value == 4.5);
  CHECK(reader->last_fetch() == "2026-12-03T10:01:00Z");
  CHECK_FALSE(reader->record_run("cfg", "t", "t", {}).empty());  // writing is refused
  const std::string missing = temp_store_path("read-only-missing");
  CHECK_FALSE(KoladaStore::open_read_only(missing, &error));
  CHECK_FALSE(std::filesystem::exists(missing));
}

namespace {

std::vector<std::string> present(const KoladaStore& store, const std::string& kpi) {
  std::vector<std::string> rows;
  std::string e = store.for_each_value(kpi, 1900, 2100, [&](const ValueRow& r) {
    rows.push_back(std::string(r.area) + " " + std::to_string(r.period) + " " + r.gender + " " + std::to_string(r.value));
  });
  if (!e.empty()) rows.push_back("error: " + e);
  return rows;
}

// A store at `path` holding Ronneby's 4,5 for 2016, as one fetch wrote it.
std::unique_ptr<KoladaStore> store_of_one_value(const std::string& path) {
  std::string error;
  auto store = KoladaStore::open(path, &error);
  REQUIRE(store);
  UpsertCounts counts;
  store->begin();
  store->put_value(value(2016, 'T', 4.5), "t1", "kolada", counts);
  REQUIRE(store->commit() == "");
  return store;
}

}  // namespace

TEST_CASE("store: a later fetch's changes and withdrawals reach what the build reads") {
  std::string error;
  const std::string path = temp_store_path("packs");
  auto store = KoladaStore::open(path, &error);
  REQUIRE(store);
  UpsertCounts counts;
  store->begin();
  for (int year : {2016, 2017, 2018}) store->put_value(value(year, 'T', year - 2000), "t1", "kolada", counts);
  store->commit();
  CHECK(present(*store, "N31814") ==
        std::vector<std::string>{"1081 2016 T 16.000000", "1081 2017 T 17.000000", "1081 2018 T 18.000000"});

  store->begin();
  store->put_value(value(2016, 'T', 16), "t2", "kolada", counts);  // unchanged
  store->put_value(value(2017, 'T', 170), "t2", "kolada", counts);
  KoladaValue withdrawn = value(2018, 'T', 18);
  withdrawn.deleted = true;
  store->put_value(withdrawn, "t2", "kolada", counts);
  store->rollback();
  CHECK(present(*store, "N31814").size() == 3);  // a rolled-back fetch leaves the packs too

  UpsertCounts second;
  store->begin();
  store->put_value(value(2016, 'T', 16), "t2", "kolada", second);
  store->put_value(value(2017, 'T', 170), "t2", "kolada", second);
  store->put_value(withdrawn, "t2", "kolada", second);
  store->commit();
  CHECK(second.added == 0);
  CHECK(second.unchanged == 1);
  CHECK(second.changed == 1);
  CHECK(second.withdrawn == 1);
  auto reader = KoladaStore::open_read_only(path, &error);
  REQUIRE(reader);
  CHECK(present(*reader, "N31814") == std::vector<std::string>{"1081 2016 T 16.000000", "1081 2017 T 170.000000"});
}

TEST_CASE("store: a version-1 store is read row by row and upgraded by the next fetch") {
  std::string error;
  const std::string path = temp_store_path("version-1");
  {
    store_of_one_value(path);
    Database db(path);
    REQUIRE(db.exec("DROP TABLE value_pack; UPDATE meta SET value = '1' WHERE key = 'schema_version'") == "");
  }
  {
    auto old = KoladaStore::open_read_only(path, &error);
    REQUIRE(old);
    CHECK(present(*old, "N31814") == std::vector<std::string>{"1081 2016 T 4.500000"});
  }
  {
    auto upgraded = KoladaStore::open(path, &error);
    REQUIRE(upgraded);
  }
  Database db(path, OpenMode::ReadOnly);
  std::string e;
  Statement s = db.prepare("SELECT (SELECT value FROM meta WHERE key = 'schema_version'), count(*) FROM value_pack", &e);
  REQUIRE(s.step() == SQLITE_ROW);
  CHECK(s.text(0) == "2");
  CHECK(s.integer(1) == 1);
  auto reader = KoladaStore::open_read_only(path, &error);
  REQUIRE(reader);
  CHECK(present(*reader, "N31814") == std::vector<std::string>{"1081 2016 T 4.500000"});
}

TEST_CASE("store: a store of a newer jamfor is refused with its version") {
  std::string error;
  const std::string path = temp_store_path("version-9");
  { REQUIRE(KoladaStore::open(path, &error)); }
  {
    Database db(path);
    REQUIRE(db.exec("UPDATE meta SET value = '9' WHERE key = 'schema_version'") == "");
  }
  CHECK_FALSE(KoladaStore::open(path, &error));
  CHECK(error == "the store has schema version 9; this jamfor reads versions 1 to 2");
  CHECK_FALSE(KoladaStore::open_read_only(path, &error));
  CHECK(error == "the store has schema version 9; this jamfor reads versions 1 to 2");
}

TEST_CASE("store: a damaged pack is reported, and a full fetch writes it anew") {
  std::string error;
  const std::string path = temp_store_path("damaged-pack");
  auto store = store_of_one_value(path);
  UpsertCounts counts;
  {
    Database db(path);
    REQUIRE(db.exec("UPDATE value_pack SET data = x'5001'") == "");
  }
  CHECK(present(*store, "N31814") ==
        std::vector<std::string>{"error: damaged value pack: no header (KPI N31814); run 'jamfor fetch --full' to "
                                 "write it anew"});
  store->begin();
  store->put_value(value(2016, 'T', 4.5), "t2", "kolada", counts);  // unchanged: no pack of its own
  REQUIRE(store->repack_all() == "");
  store->commit();
  CHECK(present(*store, "N31814") == std::vector<std::string>{"1081 2016 T 4.500000"});
}
