#include "kolada/http_client.h"

#include <curl/curl.h>

#include <chrono>
#include <mutex>

namespace jamfor {
namespace {

size_t on_body(char* data, size_t size, size_t count, void* user) {
  static_cast<std::string*>(user)->append(data, size * count);
  return size * count;
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
        response->retry_after_seconds = std::stoi(value);
      } catch (...) {
        // An HTTP date instead of seconds: fall back to our own back-off.
      }
    }
    if (name == "content-type") response->content_type = value;
  }
  return size * count;
}

}  // namespace

void http_global_init() {
  static std::once_flag once;
  std::call_once(once, [] { curl_global_init(CURL_GLOBAL_DEFAULT); });
}

HttpClient::HttpClient(int timeout_seconds, int connect_timeout_seconds)
    : curl_(curl_easy_init()), timeout_seconds_(timeout_seconds), connect_timeout_seconds_(connect_timeout_seconds) {}

HttpClient::~HttpClient() { curl_easy_cleanup(static_cast<CURL*>(curl_)); }

HttpResponse HttpClient::get(const std::string& url) {
  CURL* curl = static_cast<CURL*>(curl_);
  HttpResponse response;
  curl_easy_reset(curl);
  curl_easy_setopt(curl, CURLOPT_URL, url.c_str());
  // gzip only: brotli at its default level costs a server far more time than it saves here.
  curl_easy_setopt(curl, CURLOPT_ACCEPT_ENCODING, "gzip");
  curl_easy_setopt(curl, CURLOPT_TIMEOUT, static_cast<long>(timeout_seconds_));
  curl_easy_setopt(curl, CURLOPT_CONNECTTIMEOUT, static_cast<long>(connect_timeout_seconds_));
  curl_easy_setopt(curl, CURLOPT_NOSIGNAL, 1L);  // threads: no SIGALRM for timeouts
  curl_easy_setopt(curl, CURLOPT_USERAGENT, "jamfor/0.1 (+https://github.com/jamfor)");
  curl_easy_setopt(curl, CURLOPT_WRITEFUNCTION, on_body);
  curl_easy_setopt(curl, CURLOPT_WRITEDATA, &response.body);
  curl_easy_setopt(curl, CURLOPT_HEADERFUNCTION, on_header);
  curl_easy_setopt(curl, CURLOPT_HEADERDATA, &response);
  curl_easy_setopt(curl, CURLOPT_PROTOCOLS_STR, "http,https");
  auto start = std::chrono::steady_clock::now();
  CURLcode code = curl_easy_perform(curl);
  response.millis = std::chrono::duration_cast<std::chrono::milliseconds>(std::chrono::steady_clock::now() - start).count();
  curl_off_t downloaded = 0;
  curl_easy_getinfo(curl, CURLINFO_SIZE_DOWNLOAD_T, &downloaded);
  response.bytes = static_cast<size_t>(downloaded);
  if (code != CURLE_OK) {
    response.error = curl_easy_strerror(code);
    response.status = 0;
    return response;
  }
  long status = 0;
  curl_easy_getinfo(curl, CURLINFO_RESPONSE_CODE, &status);
  response.status = static_cast<int>(status);
  return response;
}

}  // namespace jamfor
