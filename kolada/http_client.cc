#include "kolada/http_client.h"

#include <curl/curl.h>

#include <algorithm>
#include <cctype>
#include <chrono>
#include <cstdio>
#include <mutex>

namespace jamfor {
namespace {

struct BodySink {
  std::string* body;
  size_t max_bytes;
  bool too_large = false;
};

// Refusing the bytes past the limit makes curl abort the transfer there, so a 1 GB answer
// costs the limit and no more.
size_t on_body(char* data, size_t size, size_t count, void* user) {
  auto* sink = static_cast<BodySink*>(user);
  const size_t n = size * count;
  if (sink->body->size() + n > sink->max_bytes) {
    sink->too_large = true;
    return 0;
  }
  sink->body->append(data, n);
  return n;
}

// Called by curl at least once a second, also while nothing arrives.
int on_progress(void* user, curl_off_t, curl_off_t, curl_off_t, curl_off_t) {
  const auto* cancel = static_cast<const std::atomic<bool>*>(user);
  return cancel && cancel->load() ? 1 : 0;
}

size_t on_header(char* data, size_t size, size_t count, void* user) {
  auto* response = static_cast<HttpResponse*>(user);
  std::string line(data, size * count);
  auto colon = line.find(':');
  if (colon != std::string::npos) {
    std::string name = line.substr(0, colon);
    for (auto& c : name) c = static_cast<char>(std::tolower(static_cast<unsigned char>(c)));
    std::string value = line.substr(colon + 1);
    value.erase(0, value.find_first_not_of(" \t"));
    value.erase(value.find_last_not_of(" \t\r\n") + 1);
    if (name == "retry-after") {
      try {
        response->retry_after_seconds = std::stoll(value);
      } catch (...) {
        // An HTTP date instead of seconds: fall back to our own back-off.
      }
    }
    if (name == "content-type") response->content_type = value;
  }
  return size * count;
}

std::string megabytes(size_t bytes) {
  char buffer[32];
  std::snprintf(buffer, sizeof buffer, "%g MB", static_cast<double>(bytes) / (1 << 20));
  return buffer;
}

std::string seconds(long long millis) {
  char buffer[32];
  std::snprintf(buffer, sizeof buffer, "%.1f s", static_cast<double>(millis) / 1000);
  return buffer;
}

}  // namespace

void http_global_init() {
  static std::once_flag once;
  std::call_once(once, [] { curl_global_init(CURL_GLOBAL_DEFAULT); });
}

HttpClient::HttpClient(const HttpLimits& limits) : curl_(curl_easy_init()), limits_(limits) {}

HttpClient::~HttpClient() { curl_easy_cleanup(static_cast<CURL*>(curl_)); }

HttpResponse HttpClient::get(const std::string& url, long timeout_ms, const std::atomic<bool>* cancel) {
  CURL* curl = static_cast<CURL*>(curl_);
  HttpResponse response;
  BodySink sink{&response.body, limits_.max_body_bytes};
  char curl_error[CURL_ERROR_SIZE] = "";
  curl_easy_reset(curl);
  curl_easy_setopt(curl, CURLOPT_URL, url.c_str());
  // gzip only: brotli at its default level costs a server far more time than it saves here.
  curl_easy_setopt(curl, CURLOPT_ACCEPT_ENCODING, "gzip");
  curl_easy_setopt(curl, CURLOPT_TIMEOUT_MS, std::max(1L, timeout_ms));
  curl_easy_setopt(curl, CURLOPT_CONNECTTIMEOUT_MS, std::max(1L, std::min(timeout_ms, limits_.connect_timeout_ms)));
  curl_easy_setopt(curl, CURLOPT_LOW_SPEED_LIMIT, limits_.low_speed_bytes_per_second);
  curl_easy_setopt(curl, CURLOPT_LOW_SPEED_TIME, static_cast<long>(limits_.stall_seconds));
  // Refuses an announced Content-Length over the limit before reading; on_body stops the rest.
  curl_easy_setopt(curl, CURLOPT_MAXFILESIZE_LARGE, static_cast<curl_off_t>(limits_.max_body_bytes));
  curl_easy_setopt(curl, CURLOPT_NOSIGNAL, 1L);  // threads: no SIGALRM for timeouts
  curl_easy_setopt(curl, CURLOPT_USERAGENT, "jamfor/0.1 (+https://github.com/jamfor)");
  curl_easy_setopt(curl, CURLOPT_WRITEFUNCTION, on_body);
  curl_easy_setopt(curl, CURLOPT_WRITEDATA, &sink);
  curl_easy_setopt(curl, CURLOPT_HEADERFUNCTION, on_header);
  curl_easy_setopt(curl, CURLOPT_HEADERDATA, &response);
  curl_easy_setopt(curl, CURLOPT_ERRORBUFFER, curl_error);
  curl_easy_setopt(curl, CURLOPT_XFERINFOFUNCTION, on_progress);
  curl_easy_setopt(curl, CURLOPT_XFERINFODATA, cancel);
  curl_easy_setopt(curl, CURLOPT_NOPROGRESS, cancel ? 0L : 1L);
  curl_easy_setopt(curl, CURLOPT_PROTOCOLS_STR, "http,https");
  auto start = std::chrono::steady_clock::now();
  CURLcode code = curl_easy_perform(curl);
  response.millis = std::chrono::duration_cast<std::chrono::milliseconds>(std::chrono::steady_clock::now() - start).count();
  curl_off_t downloaded = 0;
  curl_easy_getinfo(curl, CURLINFO_SIZE_DOWNLOAD_T, &downloaded);
  response.bytes = static_cast<size_t>(downloaded);
  if (code != CURLE_OK) {
    response.status = 0;
    if (sink.too_large || code == CURLE_FILESIZE_EXCEEDED) {
      response.failure = HttpFailure::TooLarge;
      response.error = "the answer is larger than " + megabytes(limits_.max_body_bytes);
    } else if (code == CURLE_OPERATION_TIMEDOUT && std::string_view(curl_error).starts_with("Operation too slow")) {
      response.failure = HttpFailure::TooSlow;
      response.error = "the server sent less than " + std::to_string(limits_.low_speed_bytes_per_second) +
                       " bytes/s for " + std::to_string(limits_.stall_seconds) + " s (" +
                       std::to_string(response.bytes) + " bytes in " + seconds(response.millis) + ")";
    } else if (code == CURLE_ABORTED_BY_CALLBACK) {
      response.failure = HttpFailure::Cancelled;
      response.error = "cancelled";
    } else if (code == CURLE_OPERATION_TIMEDOUT) {
      response.failure = HttpFailure::TimedOut;
      response.error = std::string(curl_easy_strerror(code)) + " (no complete answer in " + seconds(timeout_ms) + ")";
    } else {
      response.failure = HttpFailure::Transport;
      response.error = curl_easy_strerror(code);
    }
    response.body.clear();
    return response;
  }
  long status = 0;
  curl_easy_getinfo(curl, CURLINFO_RESPONSE_CODE, &status);
  response.status = static_cast<int>(status);
  return response;
}

std::optional<std::string> url_origin(std::string_view url) {
  CURLU* parsed = curl_url();
  if (!parsed) return std::nullopt;
  std::optional<std::string> origin;
  char *scheme = nullptr, *host = nullptr, *port = nullptr;
  if (curl_url_set(parsed, CURLUPART_URL, std::string(url).c_str(), 0) == CURLUE_OK &&
      curl_url_get(parsed, CURLUPART_SCHEME, &scheme, 0) == CURLUE_OK &&
      curl_url_get(parsed, CURLUPART_HOST, &host, 0) == CURLUE_OK &&
      curl_url_get(parsed, CURLUPART_PORT, &port, CURLU_DEFAULT_PORT) == CURLUE_OK) {
    std::string text = std::string(scheme) + "://" + host + ":" + port;
    std::transform(text.begin(), text.end(), text.begin(),
                   [](unsigned char c) { return static_cast<char>(std::tolower(c)); });
    if (text.starts_with("http://") || text.starts_with("https://")) origin = std::move(text);
  }
  curl_free(scheme);
  curl_free(host);
  curl_free(port);
  curl_url_cleanup(parsed);
  return origin;
}

}  // namespace jamfor
