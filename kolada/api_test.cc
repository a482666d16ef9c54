#include "kolada/api.h"

#include <catch2/catch.hpp>

#include "kolada/fetch.h"

using namespace jamfor;

TEST_CASE("kolada: ids are chunked at 25 per path segment") {
  std::vector<std::string> ids;
  for (int i = 0; i < 51; ++i) ids.push_back("K" + std::to_string(i));
  auto chunks = chunk_ids(ids);
  REQUIRE(chunks.size() == 3);
  CHECK(chunks[0].rfind("K0,K1,", 0) == 0);
  CHECK(std::count(chunks[0].begin(), chunks[0].end(), ',') == 24);
  CHECK(chunks[2] == "K50");
  CHECK(chunk_ids({}).empty());
}

TEST_CASE("kolada: data URLs cross KPI, area and year chunks in the path form") {
  std::vector<std::string> kpis{"N31814", "U31402"};
  std::vector<std::string> areas;
  for (int i = 0; i < 30; ++i) areas.push_back(std::to_string(1000 + i));
  auto urls = data_urls("http://h/v3", kpis, areas, 2015, 2016, "");
  REQUIRE(urls.size() == 2);
  CHECK(urls[0].rfind("http://h/v3/data/kpi/N31814,U31402/municipality/1000,", 0) == 0);
  CHECK(urls[0].find("/year/2015,2016?per_page=5000") != std::string::npos);
  auto all = data_urls("http://h/v3", kpis, {}, 1994, 2022, "2026-11-01");
  REQUIRE(all.size() == 2);  // 29 years: two chunks
  CHECK(all[1] == "http://h/v3/data/kpi/N31814,U31402/year/2019,2020,2021,2022?per_page=5000&from_date=2026-11-01");
}

TEST_CASE("kolada: a data page with genders in any order, null, status, deleted and string periods") {
  std::string body = R"({"values": [
    {"kpi": "N31814", "municipality": "1081", "period": 2016, "values": [
      {"gender": "M", "count": 1, "status": "", "value": 20.5, "isdeleted": false},
      {"gender": "T", "count": 1, "status": "", "value": 17.927928, "isdeleted": false},
      {"gender": "K", "count": 1, "status": "B", "value": null, "isdeleted": false}]},
    {"kpi": "N31814", "municipality": "G38151", "period": "2017", "values": [
      {"gender": "T", "count": 7, "status": "", "value": 3, "isdeleted": true}]}],
    "count": 2, "next_url": "http://h/v3/data/kpi/N31814/year/2016?page=2", "previous_url": null})";
  std::string error;
  auto page = parse_kolada_page(body, KoladaRoute::Data, &error);
  REQUIRE(page);
  CHECK(page->next_url == "http://h/v3/data/kpi/N31814/year/2016?page=2");
  REQUIRE(page->values.size() == 4);
  CHECK(page->values[0].gender == 'M');
  CHECK(page->values[1].value == 17.927928);
  CHECK_FALSE(page->values[2].value);
  CHECK(page->values[2].status == "B");
  CHECK(page->values[3].period == 2017);
  CHECK(page->values[3].area == "G38151");
  CHECK(page->values[3].deleted);
  CHECK(page->values[3].count == 7);
}

TEST_CASE("kolada: v2's next_page is followed too, and the last page has none") {
  std::string error;
  auto v2 = parse_kolada_page(R"({"values": [], "count": 0, "next_page": "http://h/v2/x?page=2"})", KoladaRoute::Data, &error);
  REQUIRE(v2);
  CHECK(v2->next_url == "http://h/v2/x?page=2");
  auto last = parse_kolada_page(R"({"values": [], "count": 0, "next_url": null})", KoladaRoute::Data, &error);
  REQUIRE(last);
  CHECK(last->next_url.empty());
}

TEST_CASE("kolada: HTML, truncated and wrong-shaped bodies are errors, not crashes") {
  std::string error;
  CHECK_FALSE(parse_kolada_page("<!DOCTYPE html><html>", KoladaRoute::Data, &error));
  CHECK(error.rfind("expected JSON, got '<!DOCTYPE html><html>'", 0) == 0);
  CHECK_FALSE(parse_kolada_page(R"({"values": [{"kpi": "N1", "munici)", KoladaRoute::Data, &error));
  CHECK(error.rfind("expected JSON", 0) == 0);
  CHECK_FALSE(parse_kolada_page(R"({"error": "This endpoint is deprecated."})", KoladaRoute::Data, &error));
  CHECK(error == R"(expected a Kolada list {"values": [...]}, got '{"error":"This endpoint is deprecated."}')");
  CHECK_FALSE(parse_kolada_page("", KoladaRoute::Data, &error));
  CHECK(error.rfind("expected JSON, got an empty body", 0) == 0);
}

TEST_CASE("kolada: a value that is neither a number nor null is an error naming the KPI, area and period") {
  auto page_with = [](const std::string& value) {
    return R"({"values": [{"kpi": "N31814", "municipality": "1081", "period": 2022, "values": [
      {"gender": "T", "count": 1, "status": "", "value": 49.0, "isdeleted": false},
      {"gender": "K", "count": 1, "status": "", "value": )" + value + R"(, "isdeleted": false}]}]})";
  };
  std::string error;
  PageFault fault = PageFault::NotJson;
  CHECK_FALSE(parse_kolada_page(page_with(R"("32.40")"), KoladaRoute::Data, &error, &fault));
  CHECK(error == R"(expected 'value' of N31814 for area 1081, period 2022, gender K to be a number or null, got '"32.40"')");
  CHECK(fault == PageFault::BadContent);  // asking again would give the same
  CHECK_FALSE(parse_kolada_page(page_with(R"("32,40")"), KoladaRoute::Data, &error));
  CHECK(error == R"(expected 'value' of N31814 for area 1081, period 2022, gender K to be a number or null, got '"32,40"')");
  for (const char* other : {"true", "[]", "{}", R"("")"}) {
    INFO(other);
    CHECK_FALSE(parse_kolada_page(page_with(other), KoladaRoute::Data, &error));
    CHECK(error.rfind("expected 'value' of N31814 for area 1081, period 2022, gender K to be a number or null, got '", 0) == 0);
  }
  auto page = parse_kolada_page(page_with("null"), KoladaRoute::Data, &error);
  REQUIRE(page);
  CHECK(page->values.at(0).value == 49.0);
  CHECK_FALSE(page->values.at(1).value);
  CHECK(parse_kolada_page(page_with("12"), KoladaRoute::Data, &error)->values.at(1).value == 12.0);
  CHECK_FALSE(parse_kolada_page(R"({"values": [{"kpi": "N1", "munici)", KoladaRoute::Data, &error, &fault));
  CHECK(fault == PageFault::NotJson);  // cut off on the way: worth asking again
}

TEST_CASE("kolada: KPI and municipality metadata with å, ä, ö") {
  std::string error;
  auto kpis = parse_kolada_page(R"({"values": [{"id": "U31402", "title": "Väntetid i antal dagar", "is_divided_by_gender": true,
    "operating_area": "Ekonomiskt bistånd", "auspice": "X", "publication_date": "2024-03-01"}]})", KoladaRoute::Kpi, &error);
  REQUIRE(kpis);
  CHECK(kpis->kpis.at(0).title == "Väntetid i antal dagar");
  CHECK(kpis->kpis.at(0).divided_by_gender);
  auto areas = parse_kolada_page(R"({"values": [{"id": "1267", "title": "Höör", "type": "K"},
    {"id": "0014", "title": "Västra Götalandsregionen", "type": "L"}]})", KoladaRoute::Municipality, &error);
  REQUIRE(areas);
  CHECK(areas->areas.at(0).title == "Höör");
  CHECK(areas->areas.at(1).type == "L");
}

TEST_CASE("kolada: back-off doubles per attempt, caps, and honours Retry-After within the cap") {
  RetryPolicy p{5, 500, 20000, 60000};
  CHECK(backoff_delay_ms(p, 1, std::nullopt) == 500);
  CHECK(backoff_delay_ms(p, 2, std::nullopt) == 1000);
  CHECK(backoff_delay_ms(p, 4, std::nullopt) == 4000);
  CHECK(backoff_delay_ms(p, 10, std::nullopt) == 20000);
  CHECK(backoff_delay_ms(p, 1, 3) == 3000);
  CHECK(backoff_delay_ms(p, 1, 3600) == 60000);
}
