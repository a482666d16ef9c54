#include "kolada/http_client.h"

#include <catch2/catch.hpp>

using jamfor::url_origin;

TEST_CASE("http: an origin is the scheme, host and port, as written or by default") {
  CHECK(url_origin("https://api.kolada.se/v3/kpi?page=2") == "https://api.kolada.se:443");
  CHECK(url_origin("HTTPS://API.Kolada.se:443/v3") == "https://api.kolada.se:443");
  CHECK(url_origin("http://127.0.0.1:8080/v3/data?page=2") == "http://127.0.0.1:8080");
  CHECK(url_origin("http://127.0.0.1/v3") == "http://127.0.0.1:80");
  // What a string comparison of the beginnings would get wrong.
  CHECK(url_origin("https://api.kolada.se.example.net/v3") == "https://api.kolada.se.example.net:443");
  CHECK(url_origin("https://api.kolada.se@example.net/v3") == "https://example.net:443");
  CHECK(url_origin("http://127.0.0.1:8080@127.0.0.1:9/v3") == "http://127.0.0.1:9");
  CHECK_FALSE(url_origin("file:///etc/passwd"));
  CHECK_FALSE(url_origin("ftp://api.kolada.se/v3"));
  CHECK_FALSE(url_origin("/v3/kpi?page=2"));
  CHECK_FALSE(url_origin(""));
}
