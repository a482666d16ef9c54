#pragma once
// One HTTP GET with libcurl: gzip, bounded in size, time and speed, no retries (the caller
// decides; see kolada_fetch).

#include <atomic>
#include <cstddef>
#include <optional>
#include <string>
#include <string_view>

namespace jamfor {

// What one attempt may cost. A server that sends too much, or too slowly, is cut off while it
// sends, so a hostile or broken one costs at most this much memory and these few seconds.
struct HttpLimits {
  size_t max_body_bytes = size_t{64} << 20;  // after gzip decoding; Kolada's largest page is ~1 MB
  long low_speed_bytes_per_second = 1000;    // below this for `stall_seconds`: the attempt is dropped
  int stall_seconds = 10;
  long connect_timeout_ms = 10000;
};

enum class HttpFailure {
  None,
  Transport,  // no answer: refused, reset, DNS, TLS...
  TimedOut,   // the attempt's time ran out
  TooSlow,    // less than low_speed_bytes_per_second for stall_seconds: stalled or dripping
  TooLarge,   // more than max_body_bytes
  Cancelled,  // *cancel became true
};

struct HttpResponse {
  int status = 0;          // 0: no HTTP answer (see error)
  std::string body;
  HttpFailure failure = HttpFailure::None;
  std::string error;       // transport error, e.g. "Couldn't connect to server", "Timeout was reached (...)"
  std::string content_type;
  std::optional<long long> retry_after_seconds;
  long long millis = 0;
  size_t bytes = 0;        // as received, before gzip decoding
};

class HttpClient {
 public:
  explicit HttpClient(const HttpLimits& limits);
  HttpClient(const HttpClient&) = delete;
  ~HttpClient();
  // At most `timeout_ms` in all, connecting included; stops soon after *cancel becomes true.
  HttpResponse get(const std::string& url, long timeout_ms, const std::atomic<bool>* cancel = nullptr);

 private:
  void* curl_;  // CURL*, kept out of the header
  HttpLimits limits_;
};

// curl_global_init is not thread-safe: call once before starting threads.
void http_global_init();

// "https://api.kolada.se:443" for "https://API.kolada.se/v3/kpi?page=2": scheme, host and port
// (the scheme's default when none is written), as a browser compares origins; nullopt when the
// text is not an http(s) URL.
std::optional<std::string> url_origin(std::string_view url);

}  // namespace jamfor
