// jamfor fetch against the Kolada look-alike on 127.0.0.1 (tests/kolada_server), with the
// small fixture in tests/fixtures/kolada: pages, revisions and every fault the issue lists.
#include "kolada/fetch.h"

#include <httplib.h>

#include <catch2/catch.hpp>

#include <algorithm>
#include <chrono>
#include <cstring>
#include <map>
#include <memory>
#include <set>
#include <sstream>
#include <tuple>
#include <filesystem>
#include <fstream>
#include <thread>

#include "tests/kolada_server/kolada_test_server.h"

using namespace jamfor;
using jamfor::kolada_server::Fault;
using jamfor::kolada_server::FaultKind;
using jamfor::kolada_server::KoladaTestServer;

namespace {

namespace fs = std::filesystem;

const std::string kFixtures = std::string(JAMFOR_SOURCE_DIR) + "/tests/fixtures/kolada";

// A store folder and the request a project with Ronneby, Blekinge and one group would make.
struct TestProject {
  std::string dir;
  KoladaRequest request;
  FetchOptions options() const {
    FetchOptions o;
    o.store_path = dir + "/kolada.sqlite";
    o.request = request;
    o.progress = ProgressDisplay::Never;
    o.retry = {3, 20, 200, 5000};  // fast back-off: the policy itself is unit-tested
    o.per_page = 7;                // many pages from a small fixture
    return o;
  }
};

TestProject make_project(const std::string& name, const std::string& url) {
  fs::path dir = fs::temp_directory_path() / ("jamfor-fetch-test-" + name);
  fs::remove_all(dir);
  fs::create_directories(dir);
  KoladaRequest r;
  r.url = url;
  r.kpis = {"N31807", "N31814", "U30447"};
  r.areas = {"1081", "0010"};
  r.counties = {"10"};
  r.municipality_groups = {"G90010"};
  r.first_year = 2021;
  r.last_year = 2022;
  r.timeout_seconds = 1;
  return {dir.string(), r};
}

size_t stored_values(const std::string& project) {
  std::string error;
  auto store = KoladaStore::open(project + "/kolada.sqlite", &error);
  return store ? store->value_count() : 0;
}

std::optional<double> stored(const std::string& project, const std::string& kpi, const std::string& area, int year,
                             char gender) {
  std::string error;
  auto store = KoladaStore::open(project + "/kolada.sqlite", &error);
  for (const auto& v : store->values(kpi, area))
    if (v.period == year && v.gender == gender) return v.value;
  return std::nullopt;
}

struct Fixture {
  KoladaTestServer server{kolada_server::load_fixture_data(kFixtures)};
  Fixture() { server.start(); }
};

}  // namespace

TEST_CASE("fetch: a first fetch walks every page and stores every value") {
  Fixture f;
  const auto project = make_project("first", f.server.base_url());
  FetchReport r;
  auto error = fetch_kolada(project.options(), &r);
  REQUIRE_FALSE(error);
  CHECK(r.counts.added > 50);
  CHECK(r.counts.changed == 0);
  CHECK(r.from_date.empty());
  CHECK(stored_values(project.dir) == r.counts.added);
  // Real values, from tests/fixtures/kolada/values/N31814.csv.
  CHECK(stored(project.dir, "N31814", "1081", 2022, 'T') == Approx(49.005848));
  bool paged = false;
  for (const auto& line : f.server.request_log()) paged = paged || line.find("page=2") != std::string::npos;
  CHECK(paged);
}

TEST_CASE("fetch: a second fetch asks only for changes and reports revisions") {
  Fixture f;
  const auto project = make_project("incremental", f.server.base_url());
  FetchReport first, second, third;
  REQUIRE_FALSE(fetch_kolada(project.options(), &first));
  REQUIRE_FALSE(fetch_kolada(project.options(), &second));
  CHECK(second.counts.added == 0);
  CHECK(second.counts.changed == 0);
  CHECK_FALSE(second.from_date.empty());
  bool asked_from_date = false;
  for (const auto& line : f.server.request_log())
    asked_from_date = asked_from_date || line.find("from_date=" + second.from_date) != std::string::npos;
  CHECK(asked_from_date);

  f.server.set_value("N31814", "1081", 2022, kolada_server::Gender::Total, 50.5);
  f.server.withdraw("N31814", "1082", 2022, kolada_server::Gender::Total);
  REQUIRE_FALSE(fetch_kolada(project.options(), &third));
  CHECK(third.counts.changed >= 1);
  CHECK(third.counts.withdrawn == 1);
  CHECK(stored(project.dir, "N31814", "1081", 2022, 'T') == 50.5);
  CHECK(stored_values(project.dir) == first.counts.added);
}

TEST_CASE("fetch: 500 and 429 with Retry-After are retried, then succeed") {
  Fixture f;
  f.server.add_fault({"/v3/data/", FaultKind::Status, 1, 500});
  Fault too_many{"/v3/data/", FaultKind::Status, 1, 429};
  too_many.retry_after_s = 1;
  f.server.add_fault(too_many);
  const auto project = make_project("retry", f.server.base_url());
  FetchReport r;
  auto start = std::chrono::steady_clock::now();
  auto error = fetch_kolada(project.options(), &r);
  REQUIRE_FALSE(error);
  // Retry-After (1 s) is honoured even though our own back-off is 20 ms.
  CHECK(std::chrono::steady_clock::now() - start >= std::chrono::milliseconds(900));
  CHECK(r.counts.added > 50);
}

TEST_CASE("fetch: truncated and dropped answers are retried") {
  Fixture f;
  f.server.add_fault({"/v3/data/", FaultKind::TruncatedBody, 1});
  f.server.add_fault({"/v3/data/", FaultKind::CloseConnection, 1});
  const auto project = make_project("truncated", f.server.base_url());
  FetchReport r;
  REQUIRE_FALSE(fetch_kolada(project.options(), &r));
  CHECK(r.counts.added > 50);
}

TEST_CASE("fetch: errors that do not pass leave the previous store and say what failed") {
  Fixture f;
  const auto project = make_project("faults", f.server.base_url());
  FetchReport good;
  REQUIRE_FALSE(fetch_kolada(project.options(), &good));
  const size_t before = stored_values(project.dir);
  f.server.set_value("N31814", "1081", 2022, kolada_server::Gender::Total, 77);

  struct Case {
    Fault fault;
    std::string expected;
  };
  Fault stall{"/v3/data/", FaultKind::Stall, Fault::kAlways};
  stall.stall_ms = 3000;
  for (const auto& c : {Case{{"/v3/data/", FaultKind::Status, Fault::kAlways, 410}, "HTTP 410"},
                        Case{{"/v3/data/", FaultKind::Status, Fault::kAlways, 422}, "HTTP 422"},
                        Case{{"/v3/data/", FaultKind::Status, Fault::kAlways, 503}, "HTTP 503"},
                        Case{{"/v3/data/", FaultKind::InvalidJson, Fault::kAlways}, "expected JSON"},
                        Case{{"/v3/data/", FaultKind::HtmlInsteadOfJson, Fault::kAlways}, "expected JSON, got '<"},
                        Case{stall, "Timeout was reached"}}) {
    INFO(c.expected);
    f.server.clear_faults();
    f.server.add_fault(c.fault);
    FetchReport r;
    auto start = std::chrono::steady_clock::now();
    auto error = fetch_kolada(project.options(), &r);
    REQUIRE(error);
    CHECK(error->format().find(c.expected) != std::string::npos);
    CHECK(error->format().find("the store is unchanged") != std::string::npos);
    CHECK(std::chrono::steady_clock::now() - start < std::chrono::seconds(20));
    CHECK(stored_values(project.dir) == before);
    CHECK(stored(project.dir, "N31814", "1081", 2022, 'T') == Approx(49.005848));
  }
}

TEST_CASE("fetch: values sent as strings stop the fetch, name the value and leave the store as it was") {
  Fixture f;
  const auto project = make_project("string-values", f.server.base_url());
  FetchReport good;
  REQUIRE_FALSE(fetch_kolada(project.options(), &good));
  const size_t before = stored_values(project.dir);
  for (auto decimal : {kolada_server::FaultDecimal::Point, kolada_server::FaultDecimal::Comma}) {
    Fault strings{"/v3/data/", FaultKind::StringValues, Fault::kAlways};
    strings.decimal = decimal;
    f.server.clear_faults();
    f.server.add_fault(strings);
    auto options = project.options();
    options.refresh = Refresh::Full;  // every value again, as the issue's run did
    options.concurrency = 1;          // the first page is always the same one
    FetchReport r;
    const size_t requests_before = f.server.request_count();
    auto error = fetch_kolada(options, &r);
    REQUIRE(error);
    const std::string value = decimal == kolada_server::FaultDecimal::Point ? "\"3.25938\"" : "\"3,25938\"";
    CHECK(error->diagnostics.at(0).message ==
          "GET " + f.server.base_url() + "/data/kpi/N31807,N31814,U30447/municipality/0000,0010,1060,1080,1081,1082,"
          "1083,G90010/year/2021,2022?per_page=7: expected 'value' of N31807 for area 0000, period 2021, gender T to be "
          "a number or null, got '" + value + "'; the store is unchanged");
    CHECK(f.server.request_count() - requests_before <= 8);  // not asked again: it would say the same
    CHECK(stored_values(project.dir) == before);
    CHECK(stored(project.dir, "N31814", "1081", 2022, 'T') == Approx(49.005848));
  }
}

TEST_CASE("fetch: a fetch that would empty or withdraw more than max_lost_percent stops before committing") {
  Fixture f;
  const auto project = make_project("losses", f.server.base_url());
  FetchReport good;
  REQUIRE_FALSE(fetch_kolada(project.options(), &good));
  const size_t before = stored_values(project.dir);
  REQUIRE(before == 100);
  // Kolada answering null for one KPI everywhere, as a broken export would.
  std::vector<KoladaValue> emptied;
  {
    std::string error;
    auto store = KoladaStore::open(project.dir + "/kolada.sqlite", &error);
    for (const char* area : {"0000", "0010", "1060", "1080", "1081", "1082", "1083"})
      for (const auto& v : store->values("N31814", area))
        if (v.value && v.gender == 'T') emptied.push_back(v);
  }
  REQUIRE(emptied.size() == 12);
  for (const auto& v : emptied)
    f.server.set_value(v.kpi, v.area, v.period, kolada_server::Gender::Total, std::nullopt);

  FetchReport stopped;
  auto error = fetch_kolada(project.options(), &stopped);
  REQUIRE(error);
  // 12 values and the group's average of them for two years.
  CHECK(error->diagnostics.at(0).message ==
        "stopped before storing: this fetch would turn 14 of the 100 stored values (14.0 %) into null and withdraw 0 "
        "(0.0 %), more than the 5 % one fetch may ([kolada] max_lost_percent); if Kolada means it, fetch again with "
        "--accept-withdrawals; the store is unchanged");
  CHECK(stored_values(project.dir) == before);
  CHECK(stored(project.dir, "N31814", "1081", 2022, 'T') == Approx(49.005848));

  // A higher share in [kolada] lets them through.
  auto tolerant = project.options();
  tolerant.request.max_lost_percent = 20;
  FetchReport accepted;
  REQUIRE_FALSE(fetch_kolada(tolerant, &accepted));
  CHECK(accepted.counts.nulled == 14);
  CHECK_FALSE(stored(project.dir, "N31814", "1081", 2022, 'T'));

  // Withdrawals count on their own: 9 of 100.
  for (const char* area : {"1060", "1080", "1081", "1082", "1083"})
    for (int year : {2021, 2022})
      if (!(year == 2021 && std::string(area) == "1060"))
        f.server.withdraw("N31807", area, year, kolada_server::Gender::Total);
  FetchReport withdrawing;
  error = fetch_kolada(project.options(), &withdrawing);
  REQUIRE(error);
  CHECK(error->diagnostics.at(0).message ==
        "stopped before storing: this fetch would turn 1 of the 100 stored values (1.0 %) into null and withdraw 9 "
        "(9.0 %), more than the 5 % one fetch may ([kolada] max_lost_percent); if Kolada means it, fetch again with "
        "--accept-withdrawals; the store is unchanged");
  auto accept = project.options();
  accept.withdrawals = Withdrawals::Accept;
  FetchReport withdrawn;
  REQUIRE_FALSE(fetch_kolada(accept, &withdrawn));
  CHECK(withdrawn.counts.withdrawn == 9);
  CHECK(withdrawn.counts.nulled == 1);
  std::string store_error;
  auto runs = KoladaStore::open_read_only(project.dir + "/kolada.sqlite", &store_error)->summary().recent_runs;
  REQUIRE(runs.size() == 3);
  CHECK(runs[0].counts.withdrawn == 9);
  CHECK(runs[1].counts.nulled == 14);

  // 0 %: any loss stops.
  f.server.set_value("N31807", "0010", 2022, kolada_server::Gender::Total, std::nullopt);
  auto strict = project.options();
  strict.request.max_lost_percent = 0;
  FetchReport one;
  error = fetch_kolada(strict, &one);
  REQUIRE(error);
  CHECK(error->diagnostics.at(0).message.rfind(
            "stopped before storing: this fetch would turn 1 of the 100 stored values (1.0 %) into null and withdraw 0 "
            "(0.0 %), more than the 0 % one fetch may", 0) == 0);
}

TEST_CASE("fetch: a 4xx other than 429 is not retried") {
  Fixture f;
  f.server.add_fault({"/v3/data/", FaultKind::Status, Fault::kAlways, 404});
  const auto project = make_project("no-retry", f.server.base_url());
  FetchReport r;
  REQUIRE(fetch_kolada(project.options(), &r));
  size_t data_requests = 0;
  for (const auto& line : f.server.request_log()) data_requests += line.find("/v3/data/") != std::string::npos;
  CHECK(data_requests <= 4);  // one per worker at most: a failure cancels the others
}

TEST_CASE("fetch: a refused connection and --offline give clear messages, not hangs") {
  int port = 0;
  {
    Fixture f;
    port = f.server.port();
  }  // stopped: nothing listens there now
  const auto project = make_project("refused", "http://127.0.0.1:" + std::to_string(port) + "/v3");
  FetchReport r;
  auto error = fetch_kolada(project.options(), &r);
  REQUIRE(error);
  CHECK(error->format().find("Couldn't connect to server") != std::string::npos);

  auto offline = project.options();
  offline.network = Network::Offline;
  error = fetch_kolada(offline, &r);
  REQUIRE(error);
  CHECK(error->format().find("offline (--offline): nothing fetched") != std::string::npos);
}

TEST_CASE("fetch: a server whose pages loop is stopped") {
  httplib::Server loop;
  int port = loop.bind_to_any_port("127.0.0.1");
  const std::string base = "http://127.0.0.1:" + std::to_string(port) + "/v3";
  loop.Get(R"(/v3/.*)", [&](const httplib::Request& req, httplib::Response& res) {
    std::string self = "http://127.0.0.1:" + std::to_string(port) + req.target;
    if (req.path.rfind("/v3/kpi", 0) == 0)
      res.set_content(R"({"values": [{"id": "N31807", "title": "t"}, {"id": "N31814", "title": "t"},
                         {"id": "U30447", "title": "t"}], "next_url": null})", "application/json");
    else
      res.set_content(R"({"values": [], "count": 0, "next_url": ")" + self + R"("})", "application/json");
  });
  std::thread thread([&] { loop.listen_after_bind(); });
  while (!loop.is_running()) std::this_thread::sleep_for(std::chrono::milliseconds(5));
  const auto project = make_project("loop", base);
  FetchReport r;
  auto error = fetch_kolada(project.options(), &r);
  loop.stop();
  thread.join();
  REQUIRE(error);
  CHECK(error->format().find("the server's pages loop") != std::string::npos);
}

namespace {

// The shared reference data, read here independently of the test server's loader, so the
// comparison is against the source files themselves.
struct SourceValue {
  std::string kpi, area;
  int year;
  char gender;
  std::optional<double> value;
};

std::vector<std::string> split_csv_line(const std::string& line) {
  std::vector<std::string> cells(1);
  for (char c : line) {
    if (c == ',') cells.emplace_back();
    else if (c != '\r') cells.back() += c;
  }
  return cells;
}

std::vector<SourceValue> read_source(const fs::path& file, const std::string& kpi, bool by_gender) {
  std::ifstream in(file);
  std::string line;
  std::getline(in, line);
  auto header = split_csv_line(line);
  auto column = [&](const std::string& name) {
    for (size_t i = 0; i < header.size(); ++i)
      if (header[i] == name) return static_cast<int>(i);
    return -1;
  };
  int geo = column("geo"), year = column("year"), gender = column("gender");
  int value = static_cast<int>(header.size()) - 1;  // the KPI column is the last
  std::vector<SourceValue> out;
  while (std::getline(in, line)) {
    auto cells = split_csv_line(line);
    if (cells.size() != header.size()) continue;
    SourceValue v{kpi, cells[geo], std::stoi(cells[year]), by_gender ? cells[gender][0] : 'T', std::nullopt};
    if (!cells[value].empty()) v.value = std::stod(cells[value]);
    out.push_back(std::move(v));
  }
  return out;
}

}  // namespace

TEST_CASE("fetch: the 40 shared KPIs for every area and year are stored exactly as the source files") {
  const fs::path shared = fs::path(JAMFOR_SOURCE_DIR) / "../shared/data/kolada";
  if (!fs::exists(shared / "values")) {
    WARN("skipped: no shared Kolada data at " << shared.string());
    return;
  }
  KoladaTestServer server(kolada_server::load_kolada_data(shared.string()));
  server.start();
  std::vector<std::string> kpis;
  for (const auto& entry : fs::directory_iterator(shared / "values")) kpis.push_back(entry.path().stem().string());
  std::sort(kpis.begin(), kpis.end());
  REQUIRE(kpis.size() == 40);
  TestProject project{(fs::temp_directory_path() / "jamfor-fetch-test-shared").string(), {}};
  fs::remove_all(project.dir);
  fs::create_directories(project.dir);
  project.request.url = server.base_url();
  project.request.all_areas = true;
  project.request.kpis = kpis;
  project.request.first_year = 1994;
  project.request.last_year = 2022;
  FetchOptions options = project.options();
  options.per_page = 5000;
  FetchReport report;
  auto error = fetch_kolada(options, &report);
  REQUIRE_FALSE(error);

  std::string store_error;
  auto store = KoladaStore::open(project.dir + "/kolada.sqlite", &store_error);
  REQUIRE(store);
  size_t compared = 0, mismatches = 0;
  std::map<std::tuple<std::string, int, char>, std::optional<double>> stored_values;  // area, year, gender
  for (const auto& kpi : kpis) {
    std::vector<SourceValue> source = read_source(shared / "values" / (kpi + ".csv"), kpi, false);
    if (fs::exists(shared / "values-by-gender" / (kpi + ".csv"))) {
      auto genders = read_source(shared / "values-by-gender" / (kpi + ".csv"), kpi, true);
      source.insert(source.end(), genders.begin(), genders.end());
    }
    stored_values.clear();
    std::set<std::string> loaded;
    for (const auto& v : source) {
      if (loaded.insert(v.area).second)
        for (const auto& s : store->values(kpi, v.area)) stored_values[{v.area, s.period, s.gender}] = s.value;
      auto it = stored_values.find({v.area, v.year, v.gender});
      ++compared;
      if (it == stored_values.end() || it->second != v.value) {
        if (++mismatches <= 5)
          FAIL_CHECK(kpi << " " << v.area << " " << v.year << " " << v.gender << ": source "
                         << (v.value ? std::to_string(*v.value) : "null") << ", store "
                         << (it == stored_values.end() ? "missing" : it->second ? std::to_string(*it->second) : "null"));
      }
    }
  }
  CHECK(mismatches == 0);
  CHECK(compared > 200000);
  INFO(compared << " values compared, " << report.values_received << " received in " << report.seconds << " s");
  CHECK(store->integrity_check() == "ok");
}

TEST_CASE("fetch: a KPI group is expanded to its member KPIs") {
  Fixture f;
  // The look-alike has no KPI groups; a front answers that route and passes the rest on.
  httplib::Server front;
  httplib::Client back("127.0.0.1", f.server.port());
  int port = front.bind_to_any_port("127.0.0.1");
  front.Get(R"(/v3/.*)", [&](const httplib::Request& req, httplib::Response& res) {
    if (req.path == "/v3/kpi_groups/G2KPI90") {
      res.set_content(R"({"values": [{"id": "G2KPI90", "title": "Ekonomiskt bistånd",
        "members": [{"member_id": "N31807", "member_title": "x"}, {"member_id": "N31814", "member_title": "y"}]}],
        "count": 1, "next_url": null})", "application/json");
      return;
    }
    auto r = back.Get(req.target.c_str());
    res.status = r ? r->status : 502;
    std::string body = r ? r->body : "";
    // Keep following pages through the front.
    const std::string from = f.server.base_url(), to = "http://127.0.0.1:" + std::to_string(port) + "/v3";
    for (size_t at = body.find(from); at != std::string::npos; at = body.find(from, at + to.size()))
      body.replace(at, from.size(), to);
    res.set_content(body, "application/json");
  });
  std::thread thread([&] { front.listen_after_bind(); });
  while (!front.is_running()) std::this_thread::sleep_for(std::chrono::milliseconds(5));
  // Only the group and the indicator name KPIs here.
  auto project = make_project("kpi-group", "http://127.0.0.1:" + std::to_string(port) + "/v3");
  project.request.kpis = {"N31814"};
  project.request.kpi_groups = {"G2KPI90"};
  FetchReport r;
  auto error = fetch_kolada(project.options(), &r);
  front.stop();
  thread.join();
  if (error) FAIL(error->format());
  CHECK(stored(project.dir, "N31807", "1081", 2022, 'T').has_value());
  CHECK(stored(project.dir, "N31814", "1081", 2022, 'T') == Approx(49.005848));
  std::string store_error;
  CHECK_FALSE(KoladaStore::open(project.dir + "/kolada.sqlite", &store_error)->kpi("U30447"));
}

namespace {

// The fetch's one error message, for the whole-message checks below.
std::string message_of(const std::optional<Error>& error) {
  REQUIRE(error);
  REQUIRE(error->diagnostics.size() == 1);
  return error->diagnostics[0].message;
}

// The regex of a data URL of make_project's request, for the messages below.
std::string data_url_pattern(const KoladaTestServer& server) {
  std::string base = server.base_url();
  std::string escaped;
  for (char c : base) escaped += std::string(std::strchr(".?+()[]", c) ? "\\" : "") + c;
  return escaped + "/data/kpi/N31807,N31814,U30447/municipality/[0-9G,]+/year/2021,2022\\?per_page=7(&from_date=[0-9-]+)?";
}

double seconds_since(std::chrono::steady_clock::time_point start) {
  return std::chrono::duration<double>(std::chrono::steady_clock::now() - start).count();
}

// The most memory this process has used, in MB (VmHWM).
long peak_memory_mb() {
  std::ifstream status("/proc/self/status");
  std::string line;
  while (std::getline(status, line))
    if (line.rfind("VmHWM:", 0) == 0) return std::stol(line.substr(6)) / 1024;
  return -1;
}

// The options with the limits a user gets: no test shortcuts.
FetchOptions with_defaults(FetchOptions o) {
  const KoladaRequest defaults;
  o.retry = RetryPolicy{};
  o.request.timeout_seconds = defaults.timeout_seconds;
  o.request.stall_seconds = defaults.stall_seconds;
  o.request.max_response_mb = defaults.max_response_mb;
  o.max_time_seconds = kDefaultFetchMaxTimeSeconds;
  return o;
}

}  // namespace

TEST_CASE("fetch: a 1 GB answer is cut off at max_response_mb while it arrives, not held in memory") {
  Fixture f;
  const auto project = make_project("huge", f.server.base_url());
  FetchReport good;
  REQUIRE_FALSE(fetch_kolada(project.options(), &good));
  const size_t before = stored_values(project.dir);
  f.server.add_fault({"/v3/data/", FaultKind::HugeBody, Fault::kAlways});

  auto small = project.options();
  small.request.max_response_mb = 1;
  FetchReport r;
  auto start = std::chrono::steady_clock::now();
  CHECK_THAT(message_of(fetch_kolada(small, &r)),
             Catch::Matches("GET " + data_url_pattern(f.server) +
                            ": gave up after 1 attempt in [0-9]\\.[0-9] s: the answer is larger than 1 MB "
                            "\\(\\[kolada\\] max_response_mb = 1\\); the store is unchanged"));
  CHECK(seconds_since(start) < 5);

  // The default, 64 MB, costs that much memory and a second or so; the gigabyte is never read.
  start = std::chrono::steady_clock::now();
  CHECK_THAT(message_of(fetch_kolada(with_defaults(project.options()), &r)),
             Catch::Matches("GET " + data_url_pattern(f.server) +
                            ": gave up after 1 attempt in [0-9]+\\.[0-9] s: the answer is larger than 64 MB "
                            "\\(\\[kolada\\] max_response_mb = 64\\); the store is unchanged"));
  const double took = seconds_since(start);
  INFO("gave up after " << took << " s, peak memory " << peak_memory_mb() << " MB");
  CHECK(took < 30);
  CHECK(peak_memory_mb() < 600);  // four workers at 64 MB each at most, never 1 GB
  CHECK(stored_values(project.dir) == before);
}

TEST_CASE("fetch: a next_url on another origin is not followed") {
  Fixture f;
  KoladaTestServer elsewhere{kolada_server::load_fixture_data(kFixtures)};
  elsewhere.start();
  Fault foreign{"/v3/data/", FaultKind::ForeignNextUrl, Fault::kAlways};
  foreign.origin = "http://127.0.0.1:" + std::to_string(elsewhere.port());
  f.server.add_fault(foreign);
  const auto project = make_project("foreign", f.server.base_url());
  auto options = project.options();
  options.concurrency = 1;
  FetchReport r;
  const std::string origin = "http://127.0.0.1:" + std::to_string(f.server.port());
  const std::string first = f.server.base_url() +
                            "/data/kpi/N31807,N31814,U30447/municipality/0000,0010,1060,1080,1081,1082,1083,G90010/"
                            "year/2021,2022?per_page=7";
  CHECK(message_of(fetch_kolada(options, &r)) ==
        "GET " + first + ": next_url " +
            quote(elsewhere.base_url() +
                  "/data/kpi/N31807,N31814,U30447/municipality/0000,0010,1060,1080,1081,1082,1083,G90010/year/"
                  "2021,2022?per_page=7&page=2") +
            " is on " + foreign.origin + ", not on the configured origin " + origin +
            " ([kolada] url); not followed; the store is unchanged");
  CHECK(elsewhere.request_count() == 0);
  CHECK(stored_values(project.dir) == 0);
}

TEST_CASE("fetch: Retry-After: 100000 ends the request at once instead of waiting a day") {
  Fixture f;
  Fault busy{"/v3/data/", FaultKind::Status, Fault::kAlways, 429};
  busy.retry_after_s = 100000;
  f.server.add_fault(busy);
  const auto project = make_project("retry-after", f.server.base_url());
  FetchReport r;
  const auto start = std::chrono::steady_clock::now();
  CHECK_THAT(message_of(fetch_kolada(with_defaults(project.options()), &r)),
             Catch::Matches("GET " + data_url_pattern(f.server) +
                            ": gave up after 1 attempt in 0\\.[0-9] s: HTTP 429 '\\{\"error\": \"Too Many Requests\"\\}'; "
                            "the server asks to wait 100000 s \\(Retry-After\\), longer than this request has left "
                            "\\(2[0-9]\\.[0-9] s; a request may take 25\\.0 s, retries included\\); the store is unchanged"));
  CHECK(seconds_since(start) < 2);
}

TEST_CASE("fetch: a stalled or dripping server is dropped by the low-speed limit within seconds") {
  Fixture f;
  const auto project = make_project("slow", f.server.base_url());
  Fault stall{"/v3/data/", FaultKind::Stall, Fault::kAlways};
  stall.stall_ms = 60000;
  Fault drip{"/v3/data/", FaultKind::Drip, Fault::kAlways};
  drip.drip_ms = 1000;
  for (const auto& fault : {stall, drip}) {
    f.server.clear_faults();
    f.server.add_fault(fault);
    auto options = project.options();
    options.request.timeout_seconds = 30;  // the attempts end by the speed limit, not by this
    options.request.stall_seconds = 1;
    options.retry.max_request_ms = 3000;
    FetchReport r;
    const auto start = std::chrono::steady_clock::now();
    CHECK_THAT(message_of(fetch_kolada(options, &r)),
               Catch::Matches("GET " + data_url_pattern(f.server) +
                              ": gave up after [23] attempts in [23]\\.[0-9] s: the server sent less than 1000 bytes/s "
                              "for 1 s \\([0-9]+ bytes in [12]\\.[0-9] s\\)(; a request may take 3\\.0 s, retries "
                              "included)?; the store is unchanged"));
    CHECK(seconds_since(start) < 5);
  }
}

TEST_CASE("fetch: --max-time ends the whole fetch") {
  Fixture f;
  Fault stall{"/v3/data/", FaultKind::Stall, Fault::kAlways};
  stall.stall_ms = 60000;
  f.server.add_fault(stall);
  const auto project = make_project("max-time", f.server.base_url());
  auto options = with_defaults(project.options());
  options.max_time_seconds = 2;
  FetchReport r;
  const auto start = std::chrono::steady_clock::now();
  CHECK_THAT(message_of(fetch_kolada(options, &r)),
             Catch::Matches("GET " + data_url_pattern(f.server) +
                            ": gave up after 1 attempt in [12]\\.[0-9] s: Timeout was reached \\(no complete answer in "
                            "[12]\\.[0-9] s\\); the fetch reached --max-time 2 s; the store is unchanged"));
  CHECK(seconds_since(start) < 3);
}

// The two that take their time: the limits a user gets, against the faults that used to cost
// 160 s (issue 12). Each runs as a test of its own, so ctest runs them beside the others.
TEST_CASE("fetch: with the default limits a stalled server is given up within 30 s") {
  Fixture f;
  Fault stall{"/v3/data/", FaultKind::Stall, Fault::kAlways};
  stall.stall_ms = 120000;
  f.server.add_fault(stall);
  const auto project = make_project("stall-default", f.server.base_url());
  FetchReport r;
  const auto start = std::chrono::steady_clock::now();
  CHECK_THAT(message_of(fetch_kolada(with_defaults(project.options()), &r)),
             Catch::Matches("GET " + data_url_pattern(f.server) +
                            ": gave up after 3 attempts in 25\\.[0-9] s: the server sent less than 1000 bytes/s for "
                            "10 s \\(0 bytes in 1[01]\\.[0-9] s\\); a request may take 25\\.0 s, retries included; "
                            "the store is unchanged"));
  const double took = seconds_since(start);
  INFO(took << " s");
  CHECK(took < 30);
}

TEST_CASE("fetch: with the default limits a server sending one byte a second is given up within 30 s") {
  Fixture f;
  Fault drip{"/v3/data/", FaultKind::Drip, Fault::kAlways};
  drip.drip_ms = 1000;
  f.server.add_fault(drip);
  const auto project = make_project("drip-default", f.server.base_url());
  FetchReport r;
  const auto start = std::chrono::steady_clock::now();
  CHECK_THAT(message_of(fetch_kolada(with_defaults(project.options()), &r)),
             Catch::Matches("GET " + data_url_pattern(f.server) +
                            ": gave up after 3 attempts in 25\\.[0-9] s: the server sent less than 1000 bytes/s for "
                            "10 s \\([0-9]+ bytes in 1[01]\\.[0-9] s\\); a request may take 25\\.0 s, retries "
                            "included; the store is unchanged"));
  const double took = seconds_since(start);
  INFO(took << " s");
  CHECK(took < 30);
}
