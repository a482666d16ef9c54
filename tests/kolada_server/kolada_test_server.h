#pragma once
// A Kolada API v3 look-alike on 127.0.0.1, so the importer's tests and benchmark never touch
// the real Kolada. It serves the routes, envelope, pagination, limits and object shapes of
// /work/shared/docs/kolada-api.md, including the awkward parts a client must cope with:
// genders in varying order, `period` as number or string, null values, status flags,
// withdrawn values, groups mixed into year queries, 410 for v2, 422 for too many ids or a too
// large per_page, gzip when asked for. Faults (error statuses, truncated or broken bodies,
// stalls, dropped connections) can be injected per path, and values can be changed between
// requests to test incremental refresh through `from_date`.
//
// Routes, all GET:
//   /v3/kpi[/{ids}]  /v3/municipality[/{ids}]  /v3/municipality_groups[/{ids}]  (?title=)
//   /v3/data/kpi/{kpis}/municipality/{areas}/year/{years}, or any two of the three
//   query: page (1-based), per_page (default and maximum 5000), from_date (data routes)
// Anything under /v2 gives 410; other paths 404.

#include <cstddef>
#include <memory>
#include <optional>
#include <string>
#include <string_view>
#include <vector>

#include "tests/kolada_server/kolada_data.h"

namespace jamfor::kolada_server {

enum class FaultKind {
  Status,             // answer `status` instead of the data
  TruncatedBody,      // the real 200 answer, but only half the body, then close
  InvalidJson,        // 200 application/json whose body is cut in the middle
  HtmlInsteadOfJson,  // 200 text/html, as a maintenance page or captive portal would send
  Stall,              // wait `stall_ms`, then answer normally
  CloseConnection,    // close the connection without answering
  StringValues,       // the real answer with every number in "value" as a JSON string: "32.40"
  NullValues,         // the real answer with every "value" null, as a broken export might send
  HugeBody,           // 200 and `bytes` of one value object repeated, generated as it is sent
  ForeignNextUrl,     // the real answer, its next_url pointing to the next page at `origin`
  Drip,               // the real answer, one byte every `drip_ms`
};
enum class FaultBody { Json, Empty };  // for FaultKind::Status
enum class FaultDecimal { Point, Comma };  // for FaultKind::StringValues: "32.40" or "32,40"

struct Fault {
  static constexpr int kAlways = -1;

  std::string path_contains;  // matched against the raw request target, query included
  FaultKind kind = FaultKind::Status;
  int times = 1;  // matching requests it applies to; kAlways for all
  int status = 500;
  int retry_after_s = 0;  // Retry-After: always sent with 429, with other statuses when > 0
  int stall_ms = 0;
  FaultBody body = FaultBody::Json;
  FaultDecimal decimal = FaultDecimal::Point;
  long long bytes = 1LL << 30;                   // HugeBody: 1 GiB
  std::string origin = "http://kolada.example.net";  // ForeignNextUrl
  int drip_ms = 1000;                            // Drip: one byte a second
};

// The --fault syntax of the kolada_test_server executable, comma-separated key=value:
//   kind=status|truncated|invalid_json|html|stall|close|string_values|null_values|huge|
//        foreign_next|drip   (required)
//   status=N  retry_after=S  stall_ms=MS  times=N|always  body=json|empty  decimal=point|comma
//   bytes=N  origin=URL  drip_ms=MS
//   path=TEXT  (last, as it takes the rest of the spec, commas included)
// e.g. "kind=status,status=429,retry_after=1,times=2,path=/v3/data/kpi/N31814".
// Throws std::invalid_argument.
Fault parse_fault_spec(std::string_view spec);

class KoladaTestServer {
 public:
  explicit KoladaTestServer(KoladaData data);
  ~KoladaTestServer();  // stops
  KoladaTestServer(const KoladaTestServer&) = delete;
  KoladaTestServer& operator=(const KoladaTestServer&) = delete;

  // Faults are tried in the order added; the first that matches and has times left applies.
  void add_fault(Fault fault);
  void clear_faults();

  // Binds 127.0.0.1 (port 0: an ephemeral one), serves on a thread pool and returns once
  // the server accepts connections. Returns the port. Throws std::runtime_error. Once only.
  int start(int port = 0);
  void stop();  // waits for requests in progress; a stalling one is cut short
  int port() const;
  std::string base_url() const;  // "http://127.0.0.1:PORT/v3"

  std::size_t request_count() const;
  std::vector<std::string> request_log() const;  // "GET /v3/kpi?page=2", oldest first

  // Change the data between requests, as Kolada's revisions do. Both stamp the value as
  // changed now, so a `from_date` of before now finds it. Throws std::invalid_argument for
  // unknown KPIs or areas, and withdraw for a value that does not exist.
  void set_value(std::string_view kpi, std::string_view area, int year, Gender gender,
                 std::optional<double> value, std::string status = {});
  void withdraw(std::string_view kpi, std::string_view area, int year, Gender gender);

 private:
  struct Impl;
  std::unique_ptr<Impl> impl_;
};

}  // namespace jamfor::kolada_server
