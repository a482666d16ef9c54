#include "tests/kolada_server/kolada_test_server.h"

#include <arpa/inet.h>
#include <httplib.h>
#include <netinet/in.h>
#include <sys/socket.h>
#include <unistd.h>

#include <boost/json.hpp>
#include <catch2/catch.hpp>
#include <chrono>
#include <ctime>
#include <set>
#include <thread>

using namespace jamfor::kolada_server;
namespace json = boost::json;

namespace {

const std::string kFixtures = JAMFOR_SOURCE_DIR "/tests/fixtures/kolada";

const KoladaData& fixture() {
  static const KoladaData data = load_fixture_data(kFixtures);
  return data;
}

// A started server on the fixture and a client for it.
struct Served {
  KoladaTestServer server{fixture()};
  int port = server.start();
  httplib::Client client{"127.0.0.1", port};

  Served() {
    client.set_connection_timeout(2);
    client.set_read_timeout(2);
  }

  httplib::Result get(const std::string& path, httplib::Headers headers = {}) {
    return client.Get(path.c_str(), headers);
  }

  json::object get_json(const std::string& path) {
    auto res = get(path);
    REQUIRE(res);
    INFO(path << " -> " << res->status << " " << res->body);
    REQUIRE(res->status == 200);
    CHECK(res->get_header_value("Content-Type") == "application/json");
    return json::parse(res->body).as_object();
  }

  std::string origin() const { return "http://127.0.0.1:" + std::to_string(port); }
};

std::string str(const json::value& v) { return std::string(v.as_string()); }

std::string ids(const std::string& prefix, int n) {
  std::string out;
  for (int i = 0; i < n; ++i) out += (i ? "," : "") + prefix + std::to_string(1000 + i);
  return out;
}

const json::object* find_object(const json::array& values, const std::string& area, int year) {
  for (const auto& v : values) {
    const auto& o = v.as_object();
    const auto& period = o.at("period");
    const int y = period.is_string() ? std::stoi(str(period)) : static_cast<int>(period.as_int64());
    if (str(o.at("municipality")) == area && y == year) return &o;
  }
  return nullptr;
}

const json::object* gender_entry(const json::object& row, const std::string& gender) {
  for (const auto& v : row.at("values").as_array()) {
    if (str(v.at("gender")) == gender) return &v.as_object();
  }
  return nullptr;
}

// Designated initializers would be shorter, but g++ 12 -Wextra warns about every field left out.
Fault fault(FaultKind kind, std::string path_contains = {}) {
  Fault f;
  f.kind = kind;
  f.path_contains = std::move(path_contains);
  return f;
}

Fault status_fault(int status, std::string path_contains = {}) {
  Fault f = fault(FaultKind::Status, std::move(path_contains));
  f.status = status;
  return f;
}

Fault stall_fault(int ms) {
  Fault f = fault(FaultKind::Stall);
  f.stall_ms = ms;
  return f;
}

// Everything the server sends for one request, read to end of file: what a client sees
// before any HTTP library has interpreted it.
std::string raw_get(int port, const std::string& path) {
  const int fd = ::socket(AF_INET, SOCK_STREAM, 0);
  REQUIRE(fd >= 0);
  sockaddr_in address{};
  address.sin_family = AF_INET;
  address.sin_port = htons(static_cast<std::uint16_t>(port));
  ::inet_pton(AF_INET, "127.0.0.1", &address.sin_addr);
  REQUIRE(::connect(fd, reinterpret_cast<sockaddr*>(&address), sizeof address) == 0);
  timeval timeout{2, 0};
  ::setsockopt(fd, SOL_SOCKET, SO_RCVTIMEO, &timeout, sizeof timeout);
  const std::string request =
      "GET " + path + " HTTP/1.1\r\nHost: 127.0.0.1\r\nConnection: close\r\n\r\n";
  REQUIRE(::send(fd, request.data(), request.size(), MSG_NOSIGNAL) ==
          static_cast<ssize_t>(request.size()));
  std::string received;
  char buf[4096];
  ssize_t n;
  while ((n = ::recv(fd, buf, sizeof buf, 0)) > 0) {
    received.append(buf, static_cast<std::size_t>(n));
  }
  ::close(fd);
  return received;
}

std::string today() {
  const std::time_t t = std::time(nullptr);
  char buf[16];
  std::strftime(buf, sizeof buf, "%Y-%m-%d", std::gmtime(&t));
  return buf;
}

}  // namespace

TEST_CASE("kolada server: KPI metadata in v3 form") {
  Served s;
  auto page = s.get_json("/v3/kpi");
  CHECK(page.at("count").as_int64() == 3);
  CHECK(page.at("next_url").is_null());
  CHECK(page.at("previous_url").is_null());
  const auto& values = page.at("values").as_array();
  REQUIRE(values.size() == 3);
  CHECK(str(values[0].at("id")) == "N31807");  // by id
  const auto& kpi = values[1].as_object();
  CHECK(str(kpi.at("id")) == "N31814");
  CHECK(kpi.at("is_divided_by_gender").as_bool());
  CHECK(kpi.at("has_ou_data").as_bool());
  CHECK(str(kpi.at("auspice")) == "X");
  CHECK(str(kpi.at("municipality_type")) == "K");
  CHECK(str(kpi.at("publication_date")) == "2025-06-14");
  CHECK(kpi.at("prel_publication_date").is_null());  // empty in the source
  CHECK(kpi.at("publ_period").is_null());
  for (const char* field : {"title", "description", "operating_area", "perspective"}) {
    CHECK(kpi.at(field).is_string());
  }
  CHECK_FALSE(values[0].at("is_divided_by_gender").as_bool());

  auto one = s.get_json("/v3/kpi/U30447");
  REQUIRE(one.at("values").as_array().size() == 1);
  CHECK(str(one.at("values").as_array()[0].at("id")) == "U30447");
  auto search = s.get_json("/v3/kpi?title=N%C3%85GON%20G%C3%85NG");  // "NÅGON GÅNG"
  REQUIRE(search.at("values").as_array().size() == 1);
  CHECK(str(search.at("values").as_array()[0].at("id")) == "N31807");
}

TEST_CASE("kolada server: municipalities and groups, with å, ä and ö") {
  Served s;
  auto all = s.get_json("/v3/municipality");
  CHECK(all.at("count").as_int64() == 11);

  auto some = s.get_json("/v3/municipality/1267,0014,0000");
  const auto& values = some.at("values").as_array();
  REQUIRE(values.size() == 3);
  CHECK(values[0].as_object() == json::object{{"id", "0000"}, {"title", "Riket"}, {"type", "L"}});
  CHECK(values[1].as_object() ==
        json::object{{"id", "0014"}, {"title", "Västra Götalandsregionen"}, {"type", "L"}});
  CHECK(values[2].as_object() == json::object{{"id", "1267"}, {"title", "Höör"}, {"type", "K"}});

  auto search = s.get_json("/v3/municipality?title=H%C3%96%C3%96R");  // "HÖÖR"
  REQUIRE(search.at("values").as_array().size() == 1);

  auto groups = s.get_json("/v3/municipality_groups");
  REQUIRE(groups.at("count").as_int64() == 1);
  auto group = s.get_json("/v3/municipality_groups/G90010");
  const auto& g = group.at("values").as_array().at(0).as_object();
  CHECK(str(g.at("title")) == "Kommuner i Region Blekinge");
  const auto& members = g.at("members").as_array();
  REQUIRE(members.size() == 5);
  CHECK(members[4].as_object() ==
        json::object{{"member_id", "1083"}, {"member_title", "Sölvesborg"}});
}

TEST_CASE("kolada server: data objects vary like Kolada's") {
  Served s;
  auto page = s.get_json(
      "/v3/data/kpi/N31814,U30447/municipality/0000,1060,1080,1081,1082,1083,1267/year/"
      "2021,2022");
  const auto& values = page.at("values").as_array();
  REQUIRE(values.size() == 28);
  std::set<std::string> first_genders;
  int string_periods = 0, number_periods = 0;
  bool saw_null = false, saw_status = false, saw_deleted = false;
  for (const auto& v : values) {
    const auto& o = v.as_object();
    CHECK(o.size() == 4);
    CHECK(o.contains("kpi"));
    CHECK(o.contains("municipality"));
    (o.at("period").is_string() ? string_periods : number_periods)++;
    const auto& entries = o.at("values").as_array();
    REQUIRE_FALSE(entries.empty());
    first_genders.insert(str(entries[0].at("gender")));
    for (const auto& e : entries) {
      CHECK(e.as_object().size() == 5);
      CHECK(e.at("count").as_int64() == 1);
      CHECK(e.at("isdeleted").is_bool());
      saw_null |= e.at("value").is_null();
      saw_status |= !e.at("status").as_string().empty();
      saw_deleted |= e.at("isdeleted").as_bool();
    }
  }
  CHECK(string_periods > 0);
  CHECK(number_periods > 0);
  CHECK(first_genders.size() == 3);
  CHECK(saw_null);
  CHECK(saw_status);
  CHECK(saw_deleted);

  const json::object* row = find_object(values, "1060", 2022);
  REQUIRE(row);
  const json::object* women = gender_entry(*row, "K");
  REQUIRE(women);
  CHECK(str(women->at("status")) == "Osäker");
  CHECK(women->at("value").as_double() == 18.918919);
}

TEST_CASE("kolada server: a year query mixes municipalities, regions, Riket and groups") {
  Served s;
  auto page = s.get_json("/v3/data/kpi/N31807/year/2022");
  const auto& values = page.at("values").as_array();
  REQUIRE(values.size() == 12);
  for (const char* area : {"0000", "0010", "0012", "0014", "1267", "1480", "G90010"}) {
    CHECK(find_object(values, area, 2022));
  }
  const json::object* group = find_object(values, "G90010", 2022);
  REQUIRE(group);
  const auto& total = group->at("values").as_array().at(0);
  CHECK(total.at("count").as_int64() == 5);
  CHECK(total.at("value").as_double() ==
        Approx((0.851129 + 2.363456 + 4.868182 + 2.796747 + 1.4103) / 5));

  auto series = s.get_json("/v3/data/kpi/N31807/municipality/1267");
  CHECK(series.at("count").as_int64() == 2);
  auto by_area = s.get_json("/v3/data/municipality/1267/year/2021");
  CHECK(by_area.at("count").as_int64() == 3);  // all three KPIs
}

TEST_CASE("kolada server: per_page=2 walks every page through next_url") {
  Served s;
  const std::string path = "/v3/data/kpi/N31807,N31814/year/2021,2022";
  auto whole = s.get_json(path);
  const auto& expected = whole.at("values").as_array();
  REQUIRE(expected.size() == 42);

  json::array walked;
  std::string next = path + "?per_page=2";
  int pages = 0;
  while (true) {
    auto page = s.get_json(next);
    ++pages;
    CHECK(page.at("count").as_int64() == static_cast<int64_t>(page.at("values").as_array().size()));
    CHECK(page.at("count").as_int64() <= 2);
    if (pages == 1) CHECK(page.at("previous_url").is_null());
    if (pages == 2) {
      // The client sent the commas as %2C; the links keep the path as sent.
      CHECK(str(page.at("previous_url")) ==
            s.origin() + "/v3/data/kpi/N31807%2CN31814/year/2021%2C2022?per_page=2&page=1");
    }
    for (const auto& v : page.at("values").as_array()) walked.push_back(v);
    if (page.at("next_url").is_null()) break;
    const std::string url = str(page.at("next_url"));
    REQUIRE(url.starts_with(s.origin() + "/v3/data/"));
    next = url.substr(s.origin().size());
    REQUIRE(pages < 100);
  }
  CHECK(pages == 21);
  CHECK(walked == expected);

  auto beyond = s.get_json(path + "?per_page=2&page=22");
  CHECK(beyond.at("count").as_int64() == 0);
  CHECK(beyond.at("next_url").is_null());
}

TEST_CASE("kolada server: limits and errors") {
  Served s;
  auto status = [&](const std::string& path) {
    auto res = s.get(path);
    REQUIRE(res);
    return res->status;
  };
  CHECK(status("/v3/data/kpi/" + ids("N", 25) + "/year/2022") == 200);
  CHECK(status("/v3/data/kpi/" + ids("N", 26) + "/year/2022") == 422);
  CHECK(status("/v3/data/kpi/N31807/municipality/" + ids("", 26) + "/year/2022") == 422);
  CHECK(status("/v3/municipality/" + ids("", 26)) == 422);
  CHECK(status("/v3/kpi/" + ids("N", 26)) == 422);
  CHECK(status("/v3/kpi?per_page=5000") == 200);
  CHECK(status("/v3/kpi?per_page=5001") == 422);
  CHECK(status("/v3/data/kpi/N31807/year/2022?per_page=5001") == 422);
  CHECK(status("/v3/kpi?per_page=0") == 400);
  CHECK(status("/v3/kpi?page=0") == 400);
  CHECK(status("/v3/data/kpi/N31807/year/20x2") == 400);
  CHECK(status("/v3/data/kpi/N31807/year/2022?from_date=yesterday") == 400);
  CHECK(status("/v3/data/kpi/N31807") == 404);
  CHECK(status("/v3/data/year/2022/kpi/N31807") == 404);
  CHECK(status("/v3/nonsense") == 404);
  CHECK(status("/kpi") == 404);

  auto gone = s.get("/v2/data/kpi/N31807/year/2022");
  REQUIRE(gone);
  CHECK(gone->status == 410);
  CHECK(json::parse(gone->body) ==
        json::object{{"error", "This endpoint is deprecated. Please use /v3 instead."}});
  CHECK(status("/v2/kpi") == 410);

  auto too_many = s.get("/v3/kpi/" + ids("N", 26));
  CHECK(json::parse(too_many->body).as_object().contains("error"));
}

TEST_CASE("kolada server: from_date returns what changed since, including mutations") {
  Served s;
  const std::string path = "/v3/data/kpi/N31807,N31814/year/2021,2022";
  auto before = s.get_json(path + "?from_date=2025-01-01");
  const auto& fixed = before.at("values").as_array();
  REQUIRE(fixed.size() == 4);
  CHECK(find_object(fixed, "1081", 2022));
  CHECK(find_object(fixed, "G90010", 2022));
  const json::object* withdrawn = find_object(fixed, "1083", 2021);
  REQUIRE(withdrawn);
  REQUIRE(withdrawn->at("values").as_array().size() == 1);
  CHECK(withdrawn->at("values").as_array()[0].at("isdeleted").as_bool());

  s.server.set_value("N31807", "1267", 2022, Gender::Total, 1.5);
  s.server.set_value("N31814", "1267", 2023, Gender::Women, std::nullopt, "Osäker");
  s.server.withdraw("N31814", "1080", 2022, Gender::Total);
  CHECK_THROWS_AS(s.server.withdraw("N31814", "1267", 2019, Gender::Total), std::invalid_argument);

  auto after = s.get_json(path + "?from_date=" + today());
  const auto& changed = after.at("values").as_array();
  // 1267 2022, and 1080 2022 with its group; 2023 is not asked for.
  REQUIRE(changed.size() == 3);
  const json::object* revised = find_object(changed, "1267", 2022);
  REQUIRE(revised);
  CHECK(revised->at("values").as_array()[0].at("value").as_double() == 1.5);
  const json::object* gone = find_object(changed, "1080", 2022);
  REQUIRE(gone);
  CHECK(gone->at("values").as_array().size() == 1);
  CHECK(gone->at("values").as_array()[0].at("isdeleted").as_bool());
  const json::object* group = find_object(changed, "G90010", 2022);
  REQUIRE(group);
  CHECK(gender_entry(*group, "T")->at("count").as_int64() == 4);

  auto added = s.get_json("/v3/data/kpi/N31814/municipality/1267/year/2023");
  REQUIRE(added.at("count").as_int64() == 1);
  const auto& entry = added.at("values").as_array()[0].at("values").as_array()[0];
  CHECK(entry.at("value").is_null());
  CHECK(str(entry.at("status")) == "Osäker");

  // The full answer still has every value.
  CHECK(s.get_json(path).at("count").as_int64() == 42);
}

TEST_CASE("kolada server: gzip when the client asks for it") {
  Served s;
  s.client.set_decompress(false);
  auto zipped = s.get("/v3/data/kpi/N31807,N31814/year/2021,2022", {{"Accept-Encoding", "gzip"}});
  REQUIRE(zipped);
  CHECK(zipped->status == 200);
  CHECK(zipped->get_header_value("Content-Encoding") == "gzip");
  REQUIRE(zipped->body.size() > 2);
  CHECK(static_cast<unsigned char>(zipped->body[0]) == 0x1f);
  CHECK(static_cast<unsigned char>(zipped->body[1]) == 0x8b);

  auto plain =
      s.get("/v3/data/kpi/N31807,N31814/year/2021,2022", {{"Accept-Encoding", "identity"}});
  REQUIRE(plain);
  CHECK_FALSE(plain->has_header("Content-Encoding"));
  CHECK(zipped->body.size() < plain->body.size() / 4);

  s.client.set_decompress(true);
  auto unzipped = s.get("/v3/data/kpi/N31807,N31814/year/2021,2022", {{"Accept-Encoding", "gzip"}});
  REQUIRE(unzipped);
  CHECK(unzipped->body == plain->body);
}

TEST_CASE("kolada server: status faults, once, on matching paths only") {
  Served s;
  s.server.add_fault(status_fault(500, "/v3/data/"));
  Fault too_many = status_fault(429, "/v3/municipality");
  too_many.times = 2;
  too_many.retry_after_s = 3;
  s.server.add_fault(too_many);
  Fault unavailable = status_fault(503, "municipality_groups");
  unavailable.body = FaultBody::Empty;
  s.server.add_fault(unavailable);

  CHECK(s.get("/v3/kpi")->status == 200);
  auto failed = s.get("/v3/data/kpi/N31807/year/2022");
  CHECK(failed->status == 500);
  CHECK(json::parse(failed->body).as_object().contains("error"));
  CHECK(s.get("/v3/data/kpi/N31807/year/2022")->status == 200);

  for (int i = 0; i < 2; ++i) {
    auto limited = s.get("/v3/municipality/1267");
    CHECK(limited->status == 429);
    CHECK(limited->get_header_value("Retry-After") == "3");
  }
  CHECK(s.get("/v3/municipality/1267")->status == 200);

  auto empty = s.get("/v3/municipality_groups");
  CHECK(empty->status == 503);
  CHECK(empty->body.empty());

  Fault always = status_fault(502);
  always.times = Fault::kAlways;
  s.server.add_fault(always);
  for (int i = 0; i < 3; ++i) CHECK(s.get("/v3/kpi")->status == 502);
  s.server.clear_faults();
  CHECK(s.get("/v3/kpi")->status == 200);

  CHECK(s.server.request_count() == 11);
  const auto log = s.server.request_log();
  CHECK(log[1] == "GET /v3/data/kpi/N31807/year/2022");
}

TEST_CASE("kolada server: broken bodies and connections") {
  Served s;
  const std::string path = "/v3/data/kpi/N31807/year/2022";

  SECTION("truncated body") {
    s.server.add_fault(fault(FaultKind::TruncatedBody, "N31807"));
    s.server.add_fault(fault(FaultKind::TruncatedBody, "N31807"));
    CHECK_FALSE(s.get(path));

    const std::string raw = raw_get(s.port, path);
    REQUIRE(raw.starts_with("HTTP/1.1 200 OK\r\n"));
    const std::size_t length_at = raw.find("Content-Length: ");
    const std::size_t body_at = raw.find("\r\n\r\n");
    REQUIRE(length_at != std::string::npos);
    REQUIRE(body_at != std::string::npos);
    const std::size_t promised = std::stoul(raw.substr(length_at + 16));
    const std::size_t sent = raw.size() - body_at - 4;
    CHECK(sent > 0);
    CHECK(sent < promised);

    CHECK(s.get(path)->status == 200);
  }
  SECTION("invalid JSON") {
    s.server.add_fault(fault(FaultKind::InvalidJson));
    auto res = s.get(path);
    REQUIRE(res);
    CHECK(res->status == 200);
    CHECK(res->get_header_value("Content-Type") == "application/json");
    boost::system::error_code ec;
    json::parse(res->body, ec);
    CHECK(ec);
  }
  SECTION("HTML instead of JSON") {
    s.server.add_fault(fault(FaultKind::HtmlInsteadOfJson));
    auto res = s.get(path);
    REQUIRE(res);
    CHECK(res->status == 200);
    CHECK(res->get_header_value("Content-Type").starts_with("text/html"));
    CHECK(res->body.starts_with("<!DOCTYPE html>"));
  }
  SECTION("values as strings") {
    Fault point = fault(FaultKind::StringValues);
    Fault comma = fault(FaultKind::StringValues);
    comma.decimal = FaultDecimal::Comma;
    s.server.add_fault(point);
    s.server.add_fault(comma);
    const std::string full = "/v3/data/kpi/N31814/municipality/1081/year/2022";
    auto as_point = s.get_json(full), as_comma = s.get_json(full), plain = s.get_json(full);
    const auto& want = *gender_entry(*find_object(plain.at("values").as_array(), "1081", 2022), "T");
    const auto& got_point = *gender_entry(*find_object(as_point.at("values").as_array(), "1081", 2022), "T");
    const auto& got_comma = *gender_entry(*find_object(as_comma.at("values").as_array(), "1081", 2022), "T");
    REQUIRE(want.at("value").is_double());
    CHECK(std::stod(str(got_point.at("value"))) == want.at("value").as_double());
    std::string with_comma = str(got_comma.at("value"));
    REQUIRE(with_comma.find(',') != std::string::npos);
    with_comma[with_comma.find(',')] = '.';
    CHECK(std::stod(with_comma) == want.at("value").as_double());
    CHECK(got_point.at("count") == want.at("count"));  // only "value" changes
  }
  SECTION("values as null") {
    s.server.add_fault(fault(FaultKind::NullValues));
    auto nulled = s.get_json("/v3/data/kpi/N31814/municipality/1081/year/2022");
    const auto& row = *find_object(nulled.at("values").as_array(), "1081", 2022);
    CHECK(gender_entry(row, "T")->at("value").is_null());
    CHECK(gender_entry(row, "T")->at("count").as_int64() == 1);
  }
  SECTION("a huge body, made as it is sent") {
    Fault huge = fault(FaultKind::HugeBody);
    huge.bytes = 5 << 20;
    s.server.add_fault(huge);
    auto res = s.get(path);
    REQUIRE(res);
    CHECK(res->status == 200);
    CHECK(res->body.size() >= huge.bytes);
    CHECK(res->body.size() < huge.bytes + 70000);
    json::parse(res->body);  // valid JSON to the end
  }
  SECTION("next_url elsewhere") {
    Fault foreign = fault(FaultKind::ForeignNextUrl);
    foreign.origin = "http://kolada.example.net";
    s.server.add_fault(foreign);
    auto page = s.get_json(path + "?per_page=2&page=3");
    CHECK(str(page.at("next_url")) == "http://kolada.example.net" + path + "?per_page=2&page=4");
  }
  SECTION("drip") {
    Fault drip = fault(FaultKind::Drip);
    drip.drip_ms = 1;
    s.server.add_fault(drip);
    const auto t0 = std::chrono::steady_clock::now();
    auto res = s.get("/v3/kpi/N31807");
    REQUIRE(res);
    CHECK(std::chrono::steady_clock::now() - t0 >= std::chrono::milliseconds(res->body.size() - 1));
    CHECK(res->body == s.get("/v3/kpi/N31807")->body);
  }
  SECTION("closed connection") {
    s.server.add_fault(fault(FaultKind::CloseConnection));
    s.server.add_fault(fault(FaultKind::CloseConnection));
    CHECK_FALSE(s.get(path));
    CHECK(raw_get(s.port, path).empty());
    CHECK(s.get(path)->status == 200);
  }
  SECTION("stall") {
    s.server.add_fault(stall_fault(400));
    s.server.add_fault(stall_fault(100));
    s.client.set_read_timeout(std::chrono::milliseconds(150));
    auto timed_out = s.get(path);
    CHECK_FALSE(timed_out);
    CHECK(timed_out.error() == httplib::Error::Read);

    s.client.set_read_timeout(2);
    const auto t0 = std::chrono::steady_clock::now();
    auto late = s.get(path);
    const auto waited = std::chrono::steady_clock::now() - t0;
    REQUIRE(late);
    CHECK(late->status == 200);
    CHECK(waited >= std::chrono::milliseconds(100));
  }
  CHECK(s.server.request_count() >= 1);
}

TEST_CASE("kolada server: stop is prompt with keep-alive clients and stalled requests") {
  Served s;
  s.client.set_keep_alive(true);
  REQUIRE(s.get("/v3/kpi")->status == 200);
  s.server.add_fault(stall_fault(10000));
  httplib::Client stalled("127.0.0.1", s.port);
  std::thread waiting([&] { stalled.Get("/v3/kpi"); });
  while (s.server.request_count() < 2) std::this_thread::sleep_for(std::chrono::milliseconds(1));

  const auto t0 = std::chrono::steady_clock::now();
  s.server.stop();
  CHECK(std::chrono::steady_clock::now() - t0 < std::chrono::milliseconds(500));
  waiting.join();
}

TEST_CASE("kolada server: base_url and fault specs") {
  KoladaTestServer server{KoladaData{}};
  const int port = server.start();
  CHECK(server.base_url() == "http://127.0.0.1:" + std::to_string(port) + "/v3");

  Fault f =
      parse_fault_spec("kind=status,status=429,retry_after=2,times=3,path=/v3/data/kpi/N1,N2");
  CHECK(f.kind == FaultKind::Status);
  CHECK(f.status == 429);
  CHECK(f.retry_after_s == 2);
  CHECK(f.times == 3);
  CHECK(f.path_contains == "/v3/data/kpi/N1,N2");
  CHECK(parse_fault_spec("kind=stall,stall_ms=250").stall_ms == 250);
  CHECK(parse_fault_spec("kind=close,times=always").times == Fault::kAlways);
  CHECK(parse_fault_spec("kind=status,body=empty").body == FaultBody::Empty);
  CHECK(parse_fault_spec("kind=truncated").kind == FaultKind::TruncatedBody);
  CHECK(parse_fault_spec("kind=invalid_json").kind == FaultKind::InvalidJson);
  CHECK(parse_fault_spec("kind=html").kind == FaultKind::HtmlInsteadOfJson);
  CHECK(parse_fault_spec("kind=string_values").decimal == FaultDecimal::Point);
  CHECK(parse_fault_spec("kind=string_values,decimal=comma").decimal == FaultDecimal::Comma);
  CHECK_THROWS_AS(parse_fault_spec("kind=string_values,decimal=dot"), std::invalid_argument);
  CHECK(parse_fault_spec("kind=null_values").kind == FaultKind::NullValues);
  CHECK(parse_fault_spec("kind=huge").bytes == 1LL << 30);
  CHECK(parse_fault_spec("kind=huge,bytes=2048").bytes == 2048);
  CHECK(parse_fault_spec("kind=foreign_next,origin=https://evil.example:8443").origin == "https://evil.example:8443");
  CHECK_THROWS_AS(parse_fault_spec("kind=foreign_next,origin=evil.example"), std::invalid_argument);
  CHECK(parse_fault_spec("kind=drip").drip_ms == 1000);
  CHECK(parse_fault_spec("kind=drip,drip_ms=5").drip_ms == 5);
  CHECK_THROWS_AS(parse_fault_spec("status=500"), std::invalid_argument);
  CHECK_THROWS_AS(parse_fault_spec("kind=boom"), std::invalid_argument);
  CHECK_THROWS_AS(parse_fault_spec("kind=status,status=99"), std::invalid_argument);
  CHECK_THROWS_AS(parse_fault_spec("kind=stall,stall_ms=soon"), std::invalid_argument);
  CHECK_THROWS_AS(parse_fault_spec("kind=stall,colour=red"), std::invalid_argument);
}
