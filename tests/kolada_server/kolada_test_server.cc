#include "tests/kolada_server/kolada_test_server.h"

#include <arpa/inet.h>
#include <httplib.h>
#include <netinet/in.h>
#include <sys/socket.h>
#include <unistd.h>

#include <algorithm>
#include <charconv>
#include <chrono>
#include <condition_variable>
#include <csignal>
#include <cstdlib>
#include <filesystem>
#include <memory>
#include <mutex>
#include <shared_mutex>
#include <stdexcept>
#include <thread>

namespace jamfor::kolada_server {

namespace {

constexpr int kMaxPerPage = 5000;
constexpr std::size_t kMaxIdsPerSegment = 25;

// ---- Connections -----------------------------------------------------------------------

// httplib gives handlers no socket (and keeps the per-connection hook private), so the faults
// that break connections, and stop(), find sockets by their ports among the process's open
// descriptors. Each candidate is dup()ed before it is inspected, so a descriptor that is
// closed and reused meanwhile is never mistaken for ours.
std::uint16_t port_of(const sockaddr_storage& address) {
  if (address.ss_family == AF_INET) {
    return ntohs(reinterpret_cast<const sockaddr_in&>(address).sin_port);
  }
  if (address.ss_family == AF_INET6) {
    return ntohs(reinterpret_cast<const sockaddr_in6&>(address).sin6_port);
  }
  return 0;
}

// Calls `fn` with a private duplicate of every connected socket whose local port is
// `local_port` (and whose peer port is `remote_port`, unless that is 0).
template <typename Fn>
void for_each_connection(int local_port, int remote_port, Fn fn) {
  std::error_code ec;
  for (const auto& entry : std::filesystem::directory_iterator("/proc/self/fd", ec)) {
    const int fd = std::atoi(entry.path().filename().c_str());
    const int copy = ::dup(fd);
    if (copy < 0) continue;
    sockaddr_storage local{}, peer{};
    socklen_t local_len = sizeof local, peer_len = sizeof peer;
    if (::getsockname(copy, reinterpret_cast<sockaddr*>(&local), &local_len) == 0 &&
        ::getpeername(copy, reinterpret_cast<sockaddr*>(&peer), &peer_len) == 0 &&
        port_of(local) == local_port && (remote_port == 0 || port_of(peer) == remote_port)) {
      fn(copy);
    }
    ::close(copy);
  }
}

// Ends the connection that `req` came on: the client sees the connection closed, and what
// httplib writes afterwards goes nowhere.
void shut_connection(const httplib::Request& req, std::string_view last_words = {}) {
  for_each_connection(req.local_port, req.remote_port, [&](int fd) {
    while (!last_words.empty()) {
      const ssize_t n = ::send(fd, last_words.data(), last_words.size(), MSG_NOSIGNAL);
      if (n <= 0) break;
      last_words.remove_prefix(static_cast<std::size_t>(n));
    }
    ::shutdown(fd, SHUT_RDWR);
  });
}

// ---- JSON ------------------------------------------------------------------------------

void append_json_string(std::string& out, std::string_view s) {
  out.push_back('"');
  for (char c : s) {
    switch (c) {
      case '"': out += "\\\""; break;
      case '\\': out += "\\\\"; break;
      case '\n': out += "\\n"; break;
      case '\r': out += "\\r"; break;
      case '\t': out += "\\t"; break;
      default:
        if (static_cast<unsigned char>(c) < 0x20) {
          static constexpr char kHex[] = "0123456789abcdef";
          out += "\\u00";
          out.push_back(kHex[(c >> 4) & 0xf]);
          out.push_back(kHex[c & 0xf]);
        } else {
          out.push_back(c);
        }
    }
  }
  out.push_back('"');
}

void append_string_or_null(std::string& out, std::string_view s) {
  if (s.empty()) {
    out += "null";
  } else {
    append_json_string(out, s);
  }
}

// Shortest round-trip form ("12.3", not Boost.JSON's "1.23E1").
void append_number(std::string& out, double v) {
  char buf[32];
  auto result = std::to_chars(buf, buf + sizeof buf, v);
  out.append(buf, result.ptr);
}

void append_int(std::string& out, long long v) {
  char buf[24];
  auto result = std::to_chars(buf, buf + sizeof buf, v);
  out.append(buf, result.ptr);
}

std::string error_body(std::string_view message) {
  std::string out = "{\"error\": ";
  append_json_string(out, message);
  out += "}";
  return out;
}

void send_error(httplib::Response& res, int status, std::string_view message) {
  res.status = status;
  res.set_content(error_body(message), "application/json");
}

std::string_view reason_phrase(int status) {
  switch (status) {
    case 400: return "Bad Request";
    case 401: return "Unauthorized";
    case 403: return "Forbidden";
    case 404: return "Not Found";
    case 408: return "Request Timeout";
    case 410: return "Gone";
    case 422: return "Unprocessable Entity";
    case 429: return "Too Many Requests";
    case 500: return "Internal Server Error";
    case 502: return "Bad Gateway";
    case 503: return "Service Unavailable";
    case 504: return "Gateway Timeout";
    default: return status < 400 ? "OK" : "Error";
  }
}

// ---- Objects ---------------------------------------------------------------------------

void append_kpi(std::string& out, const KoladaKpi& k) {
  out += "{\"id\": ";
  append_json_string(out, k.id);
  out += ", \"title\": ";
  append_json_string(out, k.title);
  out += ", \"description\": ";
  append_json_string(out, k.description);
  out += ", \"operating_area\": ";
  append_json_string(out, k.operating_area);
  out += ", \"perspective\": ";
  append_json_string(out, k.perspective);
  out += ", \"municipality_type\": ";
  append_json_string(out, k.municipality_type);
  out += ", \"is_divided_by_gender\": ";
  out += k.gender_split == GenderSplit::ByGender ? "true" : "false";
  out += ", \"auspice\": ";
  append_json_string(out, k.auspice);
  out += ", \"publication_date\": ";
  append_string_or_null(out, k.publication_date);
  out += ", \"prel_publication_date\": ";
  append_string_or_null(out, k.prel_publication_date);
  out += ", \"publ_period\": ";
  append_string_or_null(out, k.publ_period);
  out += ", \"has_ou_data\": ";
  out += k.ou_data == OuData::Present ? "true" : "false";
  out += "}";
}

void append_area(std::string& out, const KoladaArea& a) {
  out += "{\"id\": ";
  append_json_string(out, a.id);
  out += ", \"title\": ";
  append_json_string(out, a.title);
  out += ", \"type\": ";
  append_json_string(out, a.type);
  out += "}";
}

// A municipality group's members are areas; a KPI group's are KPIs.
void append_group(std::string& out, const KoladaGroup& g, const KoladaData& data) {
  out += "{\"id\": ";
  append_json_string(out, g.id);
  out += ", \"title\": ";
  append_json_string(out, g.title);
  out += ", \"members\": [";
  for (std::size_t i = 0; i < g.member_ids.size(); ++i) {
    if (i) out += ", ";
    out += "{\"member_id\": ";
    append_json_string(out, g.member_ids[i]);
    out += ", \"member_title\": ";
    const KoladaArea* area = data.find_area(g.member_ids[i]);
    const KoladaKpi* kpi = area ? nullptr : data.find_kpi(g.member_ids[i]);
    append_json_string(out, area ? area->title : kpi ? kpi->title : g.member_ids[i]);
    out += "}";
  }
  out += "]}";
}

// Kolada sends genders in no fixed order and `period` sometimes as a string; a client that
// relies on either breaks here too. Derived from the row, so responses are reproducible.
unsigned row_mix(const KoladaRow& row) {
  unsigned h = static_cast<unsigned>(row.year);
  for (char c : row.area) h = h * 31 + static_cast<unsigned char>(c);
  for (char c : row.kpi) h = h * 7 + static_cast<unsigned char>(c);
  return h;
}

void append_row(std::string& out, const KoladaRow& row) {
  const unsigned mix = row_mix(row);
  out += "{\"kpi\": ";
  append_json_string(out, row.kpi);
  out += ", \"municipality\": ";
  append_json_string(out, row.area);
  out += ", \"period\": ";
  if (mix % 3 == 0) out += '"';
  append_int(out, row.year);
  if (mix % 3 == 0) out += '"';
  out += ", \"values\": [";

  static constexpr int kOrders[6][3] = {{0, 1, 2}, {1, 2, 0}, {2, 0, 1},
                                        {0, 2, 1}, {2, 1, 0}, {1, 0, 2}};
  const int* order = kOrders[(mix / 3) % 6];
  bool first = true;
  for (int i = 0; i < 3; ++i) {
    const auto at = static_cast<std::size_t>(order[i]);
    if (at >= row.entries.size()) continue;
    const KoladaEntry& e = row.entries[at];
    if (!first) out += ", ";
    first = false;
    out += "{\"gender\": ";
    append_json_string(out, kolada_gender_code(e.gender));
    out += ", \"count\": ";
    append_int(out, e.count);
    out += ", \"status\": ";
    append_json_string(out, e.status);
    out += ", \"value\": ";
    if (e.value) {
      append_number(out, *e.value);
    } else {
      out += "null";
    }
    out += ", \"isdeleted\": ";
    out += e.withdrawn == Withdrawn::Yes ? "true" : "false";
    out += "}";
  }
  out += "]}";
}

// ---- Requests --------------------------------------------------------------------------

std::vector<std::string_view> split(std::string_view s, char sep) {
  std::vector<std::string_view> parts;
  std::size_t start = 0;
  while (true) {
    const std::size_t end = s.find(sep, start);
    parts.push_back(s.substr(start, end == std::string_view::npos ? end : end - start));
    if (end == std::string_view::npos) return parts;
    start = end + 1;
  }
}

std::optional<int> parse_int(std::string_view s) {
  int v = 0;
  auto [end, ec] = std::from_chars(s.data(), s.data() + s.size(), v);
  if (s.empty() || ec != std::errc{} || end != s.data() + s.size()) return std::nullopt;
  return v;
}

// Case-insensitive for ASCII and Latin-1 letters in UTF-8 (Å/å, Ä/ä, Ö/ö, É/é), enough for
// Swedish titles.
std::string fold_case(std::string_view s) {
  std::string out(s);
  for (std::size_t i = 0; i < out.size(); ++i) {
    const auto c = static_cast<unsigned char>(out[i]);
    if (c < 0x80) {
      out[i] = static_cast<char>(std::tolower(c));
    } else if (c == 0xC3 && i + 1 < out.size()) {
      const auto d = static_cast<unsigned char>(out[i + 1]);
      if (d >= 0x80 && d <= 0x9E && d != 0x97) out[i + 1] = static_cast<char>(d + 0x20);
      ++i;
    }
  }
  return out;
}

// Thrown by request parsing; becomes the answer.
struct HttpError {
  int status;
  std::string message;
};

std::vector<std::string> ids_of(std::string_view segment) {
  std::vector<std::string> ids;
  for (std::string_view id : split(segment, ',')) {
    if (id.empty()) throw HttpError{400, "Empty id in '" + std::string(segment) + "'"};
    ids.emplace_back(id);
  }
  if (ids.size() > kMaxIdsPerSegment) {
    throw HttpError{422, "At most 25 ids per path segment, got " + std::to_string(ids.size())};
  }
  return ids;
}

struct Paging {
  int page = 1;
  int per_page = kMaxPerPage;
};

Paging paging_of(const httplib::Request& req) {
  Paging p;
  if (req.has_param("page")) {
    auto v = parse_int(req.get_param_value("page"));
    if (!v || *v < 1) throw HttpError{400, "page must be a positive integer"};
    p.page = *v;
  }
  if (req.has_param("per_page")) {
    auto v = parse_int(req.get_param_value("per_page"));
    if (!v || *v < 1) throw HttpError{400, "per_page must be a positive integer"};
    if (*v > kMaxPerPage) throw HttpError{422, "per_page may be at most 5000"};
    p.per_page = *v;
  }
  return p;
}

std::string with_page(const std::string& origin, std::string_view target, int page) {
  const std::size_t q = target.find('?');
  std::string url = origin + std::string(target.substr(0, q));
  std::string query;
  if (q != std::string_view::npos) {
    for (std::string_view part : split(target.substr(q + 1), '&')) {
      if (part.empty() || part == "page" || part.starts_with("page=")) continue;
      query += std::string(part) + "&";
    }
  }
  return url + "?" + query + "page=" + std::to_string(page);
}

// The body with next_url (null or a string) set to `url`.
std::string with_next_url(std::string_view body, const std::string& url) {
  static constexpr std::string_view kKey = "\"next_url\": ";
  const std::size_t at = body.find(kKey);
  if (at == std::string_view::npos) return std::string(body);
  const std::size_t start = at + kKey.size();
  std::size_t end = start;
  if (body.substr(start).starts_with("null")) {
    end = start + 4;
  } else if (start < body.size() && body[start] == '"') {
    end = body.find('"', start + 1) + 1;
  }
  std::string out(body.substr(0, start));
  append_json_string(out, url);
  out.append(body.substr(end));
  return out;
}

enum class ValueRewrite { Quote, Null };

// Every number after "value": as a string (as a server that formats its numbers as text would
// send them) or as null; null stays null.
std::string rewrite_values(std::string_view body, ValueRewrite rewrite, FaultDecimal decimal) {
  static constexpr std::string_view kKey = "\"value\": ";
  std::string out;
  out.reserve(body.size() + body.size() / 8);
  std::size_t at = 0;
  for (std::size_t hit = body.find(kKey); hit != std::string_view::npos; hit = body.find(kKey, at)) {
    const std::size_t start = hit + kKey.size();
    std::size_t end = start;
    while (end < body.size() && std::string_view("+-.0123456789eE").find(body[end]) != std::string_view::npos) ++end;
    out.append(body.substr(at, start - at));
    if (end > start && rewrite == ValueRewrite::Null) {
      out += "null";
    } else if (end > start) {
      std::string number(body.substr(start, end - start));
      if (decimal == FaultDecimal::Comma) std::replace(number.begin(), number.end(), '.', ',');
      out += '"' + number + '"';
    }
    at = end;
  }
  out.append(body.substr(at));
  return out;
}

}  // namespace

// ---- Fault specs -----------------------------------------------------------------------

Fault parse_fault_spec(std::string_view spec) {
  Fault fault;
  bool has_kind = false;
  std::string_view rest = spec;
  auto number = [&](std::string_view key, std::string_view value) {
    auto v = parse_int(value);
    if (!v || *v < 0) {
      throw std::invalid_argument("fault spec: " + std::string(key) + " needs a number, got '" +
                                  std::string(value) + "'");
    }
    return *v;
  };
  while (!rest.empty()) {
    if (rest.starts_with("path=")) {
      fault.path_contains = std::string(rest.substr(5));
      break;
    }
    const std::size_t comma = rest.find(',');
    const std::string_view item = rest.substr(0, comma);
    rest = comma == std::string_view::npos ? std::string_view{} : rest.substr(comma + 1);
    const std::size_t eq = item.find('=');
    if (eq == std::string_view::npos) {
      throw std::invalid_argument("fault spec: expected key=value, got '" + std::string(item) +
                                  "'");
    }
    const std::string_view key = item.substr(0, eq);
    const std::string_view value = item.substr(eq + 1);
    if (key == "kind") {
      has_kind = true;
      if (value == "status") {
        fault.kind = FaultKind::Status;
      } else if (value == "truncated") {
        fault.kind = FaultKind::TruncatedBody;
      } else if (value == "invalid_json") {
        fault.kind = FaultKind::InvalidJson;
      } else if (value == "html") {
        fault.kind = FaultKind::HtmlInsteadOfJson;
      } else if (value == "stall") {
        fault.kind = FaultKind::Stall;
      } else if (value == "close") {
        fault.kind = FaultKind::CloseConnection;
      } else if (value == "string_values") {
        fault.kind = FaultKind::StringValues;
      } else if (value == "null_values") {
        fault.kind = FaultKind::NullValues;
      } else if (value == "huge") {
        fault.kind = FaultKind::HugeBody;
      } else if (value == "foreign_next") {
        fault.kind = FaultKind::ForeignNextUrl;
      } else if (value == "drip") {
        fault.kind = FaultKind::Drip;
      } else {
        throw std::invalid_argument("fault spec: unknown kind '" + std::string(value) + "'");
      }
    } else if (key == "status") {
      fault.status = number(key, value);
      if (fault.status < 100 || fault.status > 599) {
        throw std::invalid_argument("fault spec: status must be 100-599");
      }
    } else if (key == "retry_after") {
      fault.retry_after_s = number(key, value);
    } else if (key == "stall_ms") {
      fault.stall_ms = number(key, value);
    } else if (key == "times") {
      fault.times = value == "always" ? Fault::kAlways : number(key, value);
    } else if (key == "body") {
      if (value == "json") {
        fault.body = FaultBody::Json;
      } else if (value == "empty") {
        fault.body = FaultBody::Empty;
      } else {
        throw std::invalid_argument("fault spec: body must be json or empty");
      }
    } else if (key == "bytes") {
      fault.bytes = number(key, value);
    } else if (key == "origin") {
      if (!value.starts_with("http://") && !value.starts_with("https://")) {
        throw std::invalid_argument("fault spec: origin must be an http:// or https:// URL");
      }
      fault.origin = std::string(value);
    } else if (key == "drip_ms") {
      fault.drip_ms = number(key, value);
    } else if (key == "decimal") {
      if (value == "point") {
        fault.decimal = FaultDecimal::Point;
      } else if (value == "comma") {
        fault.decimal = FaultDecimal::Comma;
      } else {
        throw std::invalid_argument("fault spec: decimal must be point or comma");
      }
    } else {
      throw std::invalid_argument("fault spec: unknown key '" + std::string(key) + "'");
    }
  }
  if (!has_kind) throw std::invalid_argument("fault spec: kind= is required");
  return fault;
}

// ---- Server ----------------------------------------------------------------------------

struct KoladaTestServer::Impl {
  explicit Impl(KoladaData d) : data(std::move(d)) {
    data.sort_pending();
    for (const auto& k : data.kpis()) kpis_by_id.push_back(&k);
    for (const auto& a : data.areas()) areas_by_id.push_back(&a);
    for (const auto& g : data.groups()) groups_by_id.push_back(&g);
    for (const auto& g : data.kpi_groups()) kpi_groups_by_id.push_back(&g);
    auto by_id = [](const auto* a, const auto* b) { return a->id < b->id; };
    std::sort(kpis_by_id.begin(), kpis_by_id.end(), by_id);
    std::sort(areas_by_id.begin(), areas_by_id.end(), by_id);
    std::sort(groups_by_id.begin(), groups_by_id.end(), by_id);
    std::sort(kpi_groups_by_id.begin(), kpi_groups_by_id.end(), by_id);
  }

  void handle(const httplib::Request& req, httplib::Response& res);
  void route(const httplib::Request& req, httplib::Response& res) const;
  std::optional<Fault> take_fault(const std::string& target);
  bool stall(int ms);  // false when stopped meanwhile
  void send_huge_body(httplib::Response& res, long long bytes);
  void drip(httplib::Response& res, int ms);
  std::string origin() const { return "http://127.0.0.1:" + std::to_string(port); }

  template <typename Items, typename Write>
  void send_page(const httplib::Request& req, httplib::Response& res, const Items& items,
                 Write write) const;
  void metadata(const httplib::Request& req, httplib::Response& res,
                const std::vector<std::string_view>& segments) const;
  void data_route(const httplib::Request& req, httplib::Response& res,
                  const std::vector<std::string_view>& segments) const;
  // The rows of a data query, from the last few asked (values change only under the exclusive
  // lock, which forgets them).
  std::shared_ptr<const std::vector<KoladaRow>> cached_query(const std::string& key, const KoladaQuery& query) const;
  void forget_queries();

  // Data and the id-sorted views of it; KPIs, areas and groups never change after start,
  // values do (under the exclusive lock).
  mutable std::shared_mutex data_mutex;
  KoladaData data;
  std::vector<const KoladaKpi*> kpis_by_id;
  std::vector<const KoladaArea*> areas_by_id;
  std::vector<const KoladaGroup*> groups_by_id;
  std::vector<const KoladaGroup*> kpi_groups_by_id;

  static constexpr std::size_t kCachedQueries = 16;
  mutable std::mutex cache_mutex;
  mutable std::vector<std::pair<std::string, std::shared_ptr<const std::vector<KoladaRow>>>> query_cache;

  mutable std::mutex log_mutex;
  std::vector<std::string> log;
  std::vector<Fault> faults;

  std::mutex stop_mutex;
  std::condition_variable stop_cv;
  bool stopping = false;

  httplib::Server server;
  std::thread thread;
  int port = 0;
  bool started = false;
};

std::optional<Fault> KoladaTestServer::Impl::take_fault(const std::string& target) {
  for (auto it = faults.begin(); it != faults.end(); ++it) {
    if (target.find(it->path_contains) == std::string::npos) continue;
    Fault fault = *it;
    if (it->times != Fault::kAlways && --it->times <= 0) faults.erase(it);
    return fault;
  }
  return std::nullopt;
}

bool KoladaTestServer::Impl::stall(int ms) {
  std::unique_lock lock(stop_mutex);
  return !stop_cv.wait_for(lock, std::chrono::milliseconds(ms), [&] { return stopping; });
}

void KoladaTestServer::Impl::send_huge_body(httplib::Response& res, long long bytes) {
  // Valid JSON as far as it goes, so a client can only tell by the size; made chunk by chunk
  // as the client reads, so the server holds 64 kB of it, not the gigabyte.
  static const std::string chunk = [] {
    const std::string item =
        "{\"kpi\": \"N31814\", \"municipality\": \"1081\", \"period\": 2022, \"values\": [{\"gender\": "
        "\"T\", \"count\": 1, \"status\": \"\", \"value\": 49.0, \"isdeleted\": false}]}, ";
    std::string out;
    while (out.size() + item.size() <= 65536) out += item;
    return out;
  }();
  res.status = 200;
  const auto total = static_cast<std::size_t>(bytes);
  res.set_chunked_content_provider("application/json", [this, total](std::size_t offset, httplib::DataSink& sink) {
    {
      std::lock_guard lock(stop_mutex);
      if (stopping) return false;
    }
    if (offset == 0 && !sink.write("{\"values\": [", 12)) return false;
    if (offset >= total) {
      static constexpr std::string_view kEnd = "{}]}";
      sink.write(kEnd.data(), kEnd.size());
      sink.done();
      return true;
    }
    return sink.write(chunk.data(), chunk.size());  // whole objects: the body ends as valid JSON
  });
}

void KoladaTestServer::Impl::drip(httplib::Response& res, int ms) {
  auto body = std::make_shared<std::string>(std::move(res.body));
  const std::string type = res.get_header_value("Content-Type");
  res.body.clear();
  res.set_content_provider(body->size(), type.empty() ? "application/json" : type.c_str(),
                           [this, body, ms](std::size_t offset, std::size_t, httplib::DataSink& sink) {
                             if (offset > 0 && !stall(ms)) return false;
                             return sink.write(body->data() + offset, 1);
                           });
}

void KoladaTestServer::Impl::handle(const httplib::Request& req, httplib::Response& res) {
  std::optional<Fault> fault;
  {
    std::lock_guard lock(log_mutex);
    log.push_back(req.method + " " + req.target);
    fault = take_fault(req.target);
  }
  if (fault) {
    switch (fault->kind) {
      case FaultKind::Status:
        res.status = fault->status;
        if (fault->status == 429 || fault->retry_after_s > 0) {
          res.set_header("Retry-After", std::to_string(fault->retry_after_s));
        }
        if (fault->body == FaultBody::Json) {
          res.set_content(error_body(reason_phrase(fault->status)), "application/json");
        }
        return;
      case FaultKind::CloseConnection:
        shut_connection(req);
        res.status = 500;
        return;
      case FaultKind::HtmlInsteadOfJson:
        res.status = 200;
        res.set_content(
            "<!DOCTYPE html>\n<html lang=\"sv\"><head><meta charset=\"utf-8\">"
            "<title>Kolada</title></head>\n<body><h1>Kolada är inte tillgänglig just nu</h1>"
            "<p>Vi utför underhåll. Försök igen senare.</p></body></html>\n",
            "text/html; charset=utf-8");
        return;
      case FaultKind::Stall:
        if (!stall(fault->stall_ms)) {
          shut_connection(req);
          return;
        }
        break;
      case FaultKind::HugeBody:
        send_huge_body(res, fault->bytes);
        return;
      case FaultKind::TruncatedBody:
      case FaultKind::InvalidJson:
      case FaultKind::StringValues:
      case FaultKind::NullValues:
      case FaultKind::ForeignNextUrl:
      case FaultKind::Drip: break;
    }
  }

  route(req, res);

  if (fault && fault->kind == FaultKind::StringValues) {
    res.body = rewrite_values(res.body, ValueRewrite::Quote, fault->decimal);
  } else if (fault && fault->kind == FaultKind::NullValues) {
    res.body = rewrite_values(res.body, ValueRewrite::Null, fault->decimal);
  } else if (fault && fault->kind == FaultKind::ForeignNextUrl) {
    int page = 1;
    if (auto p = parse_int(req.get_param_value("page")); p && *p > 0) page = *p;
    res.body = with_next_url(res.body, with_page(fault->origin, req.target, page + 1));
  } else if (fault && fault->kind == FaultKind::Drip) {
    drip(res, fault->drip_ms);
  }

  if (fault && fault->kind == FaultKind::InvalidJson) {
    res.body.resize(res.body.size() / 2);
  } else if (fault && fault->kind == FaultKind::TruncatedBody) {
    // httplib always sends what it promises, so write the short response by hand.
    std::string head =
        "HTTP/1.1 " + std::to_string(res.status) + " " + std::string(reason_phrase(res.status)) +
        "\r\nContent-Type: application/json\r\nContent-Length: " + std::to_string(res.body.size()) +
        "\r\nConnection: close\r\n\r\n";
    shut_connection(req, head + res.body.substr(0, res.body.size() / 2));
  }
}

template <typename Items, typename Write>
void KoladaTestServer::Impl::send_page(const httplib::Request& req, httplib::Response& res,
                                       const Items& items, Write write) const {
  const Paging paging = paging_of(req);
  const std::size_t total = items.size();
  const std::size_t first =
      std::min(total, static_cast<std::size_t>(paging.page - 1) * paging.per_page);
  const std::size_t last = std::min(total, first + static_cast<std::size_t>(paging.per_page));

  std::string out = "{\"values\": [";
  for (std::size_t i = first; i < last; ++i) {
    if (i > first) out += ", ";
    write(out, items[i]);
  }
  out += "], \"count\": ";
  append_int(out, static_cast<long long>(last - first));
  out += ", \"next_url\": ";
  if (last < total) {
    append_json_string(out, with_page(origin(), req.target, paging.page + 1));
  } else {
    out += "null";
  }
  out += ", \"previous_url\": ";
  if (paging.page > 1) {
    append_json_string(out, with_page(origin(), req.target, paging.page - 1));
  } else {
    out += "null";
  }
  out += "}";
  res.status = 200;
  res.set_content(out, "application/json");
}

void KoladaTestServer::Impl::metadata(const httplib::Request& req, httplib::Response& res,
                                      const std::vector<std::string_view>& segments) const {
  if (segments.size() > 2) throw HttpError{404, "Not found"};
  std::vector<std::string> ids;
  if (segments.size() == 2) ids = ids_of(segments[1]);
  const std::string title = fold_case(req.get_param_value("title"));

  auto select = [&](const auto& all) {
    std::remove_cvref_t<decltype(all)> chosen;
    for (const auto* item : all) {
      if (!ids.empty() && std::find(ids.begin(), ids.end(), item->id) == ids.end()) continue;
      if (!title.empty() && fold_case(item->title).find(title) == std::string::npos) continue;
      chosen.push_back(item);
    }
    return chosen;
  };
  if (segments[0] == "kpi") {
    send_page(req, res, select(kpis_by_id),
              [](std::string& out, const KoladaKpi* k) { append_kpi(out, *k); });
  } else if (segments[0] == "municipality") {
    send_page(req, res, select(areas_by_id),
              [](std::string& out, const KoladaArea* a) { append_area(out, *a); });
  } else {
    send_page(req, res, select(segments[0] == "kpi_groups" ? kpi_groups_by_id : groups_by_id),
              [this](std::string& out, const KoladaGroup* g) { append_group(out, *g, data); });
  }
}

void KoladaTestServer::Impl::data_route(const httplib::Request& req, httplib::Response& res,
                                        const std::vector<std::string_view>& segments) const {
  // /data then key/value pairs in Kolada's order: kpi, municipality, year; any two or all.
  static constexpr std::string_view kKeys[] = {"kpi", "municipality", "year"};
  std::optional<std::string_view> parts[3];
  std::size_t next_key = 0;
  for (std::size_t i = 1; i < segments.size(); i += 2) {
    const auto* key = std::find(std::begin(kKeys) + next_key, std::end(kKeys), segments[i]);
    if (key == std::end(kKeys) || i + 1 >= segments.size()) throw HttpError{404, "Not found"};
    const auto k = static_cast<std::size_t>(key - std::begin(kKeys));
    parts[k] = segments[i + 1];
    next_key = k + 1;
  }
  if (std::count_if(std::begin(parts), std::end(parts), [](auto& p) { return p.has_value(); }) <
      2) {
    throw HttpError{404, "Not found"};
  }

  KoladaQuery query;
  if (parts[0]) query.kpis = ids_of(*parts[0]);
  if (parts[1]) query.areas = ids_of(*parts[1]);
  if (parts[2]) {
    for (const auto& y : ids_of(*parts[2])) {
      auto year = parse_int(y);
      if (!year || *year < 1900 || *year > 2200) throw HttpError{400, "Bad year '" + y + "'"};
      query.years.push_back(*year);
    }
  }
  if (req.has_param("from_date")) {
    const std::string text = req.get_param_value("from_date");
    query.changed_since = parse_kolada_date(text);
    if (!query.changed_since) {
      throw HttpError{400, "from_date must be YYYY-MM-DD, got '" + text + "'"};
    }
  }
  const std::string key = req.path + "?" + (req.has_param("from_date") ? req.get_param_value("from_date") : "");
  send_page(req, res, *cached_query(key, query),
            [](std::string& out, const KoladaRow& row) { append_row(out, row); });
}

// A client reads a query page by page; without this every page would run the whole query
// again, and the look-alike, not the client, would be what a fetch benchmark measures.
std::shared_ptr<const std::vector<KoladaRow>> KoladaTestServer::Impl::cached_query(const std::string& key,
                                                                                 const KoladaQuery& query) const {
  {
    std::lock_guard lock(cache_mutex);
    for (const auto& [k, rows] : query_cache)
      if (k == key) return rows;
  }
  auto rows = std::make_shared<const std::vector<KoladaRow>>(data.query(query));
  std::lock_guard lock(cache_mutex);
  if (query_cache.size() >= kCachedQueries) query_cache.erase(query_cache.begin());
  query_cache.emplace_back(key, rows);
  return rows;
}

void KoladaTestServer::Impl::forget_queries() {
  std::lock_guard lock(cache_mutex);
  query_cache.clear();
}

void KoladaTestServer::Impl::route(const httplib::Request& req, httplib::Response& res) const {
  try {
    if (req.method != "GET" && req.method != "HEAD") {
      throw HttpError{405, "Kolada is read-only: use GET"};
    }
    std::string_view path = req.path;
    if (path == "/v2" || path.starts_with("/v2/")) {
      throw HttpError{410, "This endpoint is deprecated. Please use /v3 instead."};
    }
    if (!path.starts_with("/v3/")) throw HttpError{404, "Not found"};
    path.remove_prefix(4);
    if (path.ends_with('/')) path.remove_suffix(1);
    const std::vector<std::string_view> segments = split(path, '/');

    std::shared_lock lock(data_mutex);
    if (segments[0] == "kpi" || segments[0] == "municipality" ||
        segments[0] == "municipality_groups" || segments[0] == "kpi_groups") {
      metadata(req, res, segments);
    } else if (segments[0] == "data") {
      data_route(req, res, segments);
    } else {
      throw HttpError{404, "Not found"};
    }
  } catch (const HttpError& e) {
    send_error(res, e.status, e.message);
  }
}

KoladaTestServer::KoladaTestServer(KoladaData data)
    : impl_(std::make_unique<Impl>(std::move(data))) {
  impl_->server.set_pre_routing_handler(
      [this](const httplib::Request& req, httplib::Response& res) {
        impl_->handle(req, res);
        return httplib::Server::HandlerResponse::Handled;
      });
}

KoladaTestServer::~KoladaTestServer() { stop(); }

void KoladaTestServer::add_fault(Fault fault) {
  std::lock_guard lock(impl_->log_mutex);
  impl_->faults.push_back(std::move(fault));
}

void KoladaTestServer::clear_faults() {
  std::lock_guard lock(impl_->log_mutex);
  impl_->faults.clear();
}

int KoladaTestServer::start(int port) {
  if (impl_->started) throw std::logic_error("KoladaTestServer::start: already started");
  impl_->started = true;
  // httplib 0.11 sends without MSG_NOSIGNAL: a client that hangs up early (every stall and
  // broken-connection test does) would otherwise kill the whole process with SIGPIPE.
  std::signal(SIGPIPE, SIG_IGN);

  auto& server = impl_->server;
  if (port == 0) {
    port = server.bind_to_any_port("127.0.0.1");
    if (port <= 0) throw std::runtime_error("KoladaTestServer: cannot bind 127.0.0.1");
  } else if (!server.bind_to_port("127.0.0.1", port)) {
    throw std::runtime_error("KoladaTestServer: cannot bind 127.0.0.1:" + std::to_string(port));
  }
  impl_->port = port;
  impl_->thread = std::thread([&server] { server.listen_after_bind(); });
  // 0.11 has no wait_until_ready().
  const auto deadline = std::chrono::steady_clock::now() + std::chrono::seconds(5);
  while (!server.is_running()) {
    if (std::chrono::steady_clock::now() > deadline) {
      stop();
      throw std::runtime_error("KoladaTestServer: did not start");
    }
    std::this_thread::sleep_for(std::chrono::milliseconds(1));
  }
  return port;
}

void KoladaTestServer::stop() {
  if (!impl_->thread.joinable()) return;
  {
    std::lock_guard lock(impl_->stop_mutex);
    impl_->stopping = true;
  }
  impl_->stop_cv.notify_all();
  impl_->server.stop();
  // Idle keep-alive connections would hold the join for httplib's keep-alive timeout (5 s).
  for_each_connection(impl_->port, 0, [](int fd) { ::shutdown(fd, SHUT_RDWR); });
  impl_->thread.join();
}

int KoladaTestServer::port() const { return impl_->port; }

std::string KoladaTestServer::base_url() const { return impl_->origin() + "/v3"; }

std::size_t KoladaTestServer::request_count() const {
  std::lock_guard lock(impl_->log_mutex);
  return impl_->log.size();
}

std::vector<std::string> KoladaTestServer::request_log() const {
  std::lock_guard lock(impl_->log_mutex);
  return impl_->log;
}

namespace {

std::int64_t now_seconds() {
  return std::chrono::duration_cast<std::chrono::seconds>(
             std::chrono::system_clock::now().time_since_epoch())
      .count();
}

}  // namespace

void KoladaTestServer::set_value(std::string_view kpi, std::string_view area, int year,
                                 Gender gender, std::optional<double> value, std::string status) {
  std::unique_lock lock(impl_->data_mutex);
  impl_->data.set_value(kpi, area, year, gender,
                        ServedValue{value, std::move(status), Withdrawn::No, now_seconds()});
  impl_->data.sort_pending();
  impl_->forget_queries();
}

void KoladaTestServer::withdraw(std::string_view kpi, std::string_view area, int year,
                                Gender gender) {
  std::unique_lock lock(impl_->data_mutex);
  impl_->data.withdraw(kpi, area, year, gender, now_seconds());
  impl_->forget_queries();
}

}  // namespace jamfor::kolada_server
