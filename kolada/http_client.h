#pragma once
// One HTTP GET with libcurl: gzip, a timeout, no retries (the caller decides; see kolada_fetch).

#include <optional>
#include <string>

namespace jamfor {

struct HttpResponse {
  int status = 0;          // 0: no HTTP answer (see error)
  std::string body;
  std::string error;       // transport error, e.g. "Connection refused", "Timeout was reached"
  std::string content_type;
  std::optional<int> retry_after_seconds;
  long long millis = 0;
  size_t bytes = 0;        // as received, before gzip decoding
};

class HttpClient {
 public:
  HttpClient(int timeout_seconds, int connect_timeout_seconds);
  HttpClient(const HttpClient&) = delete;
  ~HttpClient();
  HttpResponse get(const std::string& url);

 private:
  void* curl_;  // CURL*, kept out of the header
  int timeout_seconds_;
  int connect_timeout_seconds_;
};

// curl_global_init is not thread-safe: call once before starting threads.
void http_global_init();

}  // namespace jamfor
