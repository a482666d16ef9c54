#include "formats/geojson.h"

#include <catch2/catch.hpp>

using namespace jamfor;

namespace {
std::vector<std::string> messages(const Diagnostics& d) {
  std::vector<std::string> out;
  for (const auto& x : d.items()) out.push_back(x.format());
  return out;
}
}  // namespace

TEST_CASE("geojson: RFC 7946 rings are rewound so exteriors are clockwise and holes counter-clockwise") {
  // A square with a hole, both counter-clockwise-exterior as RFC 7946 writes them.
  const std::string text = R"({"type": "FeatureCollection", "features": [
    {"type": "Feature", "properties": {"id": "1081"}, "geometry": {"type": "Polygon", "coordinates": [
      [[15, 56], [16, 56], [16, 57], [15, 57], [15, 56]],
      [[15.2, 56.2], [15.2, 56.8], [15.8, 56.8], [15.8, 56.2], [15.2, 56.2]]]}},
    {"type": "Feature", "properties": {"id": 114}, "geometry": {"type": "MultiPolygon", "coordinates": [
      [[[17, 59], [17, 60], [18, 60], [18, 59], [17, 59]]]]}}]})";
  Diagnostics d;
  auto b = parse_boundaries(text, "m.geojson", BoundaryIds::Municipalities, d);
  REQUIRE(messages(d).empty());
  REQUIRE(b->shapes.size() == 2);
  CHECK(b->shapes[0].area_id == "0114");  // a number, padded, and sorted by code
  CHECK(b->shapes[1].area_id == "1081");
  const auto& ronneby = b->shapes[1].polygons.at(0);
  CHECK(signed_area2(ronneby[0]) < 0);  // exterior clockwise
  CHECK(signed_area2(ronneby[1]) > 0);  // hole counter-clockwise
  CHECK(signed_area2(b->shapes[0].polygons.at(0)[0]) < 0);  // already clockwise: kept
}

TEST_CASE("geojson: counties are named by l_id and become their region") {
  Diagnostics d;
  auto b = parse_boundaries(R"({"features": [{"properties": {"l_id": 10, "name": "Blekinge"},
    "geometry": {"type": "Polygon", "coordinates": [[[15, 56], [16, 56], [16, 57], [15, 56]]]}}]})",
                            "l.geojson", BoundaryIds::Counties, d);
  REQUIRE(b);
  CHECK(b->shapes.at(0).area_id == "0010");
}

TEST_CASE("geojson: bad files say what is wrong") {
  Diagnostics d;
  CHECK_FALSE(parse_boundaries("{", "x.geojson", BoundaryIds::Municipalities, d));
  CHECK_FALSE(parse_boundaries(R"({"type": "Feature"})", "y.geojson", BoundaryIds::Municipalities, d));
  CHECK_FALSE(parse_boundaries(R"({"features": [{"properties": {"name": "Ronneby"}, "geometry": null},
    {"properties": {"id": "1081"}, "geometry": {"type": "Point", "coordinates": [15, 56]}}]})",
                               "z.geojson", BoundaryIds::Municipalities, d));
  auto m = messages(d);
  REQUIRE(m.size() == 4);
  CHECK(m[0].rfind("x.geojson: error: expected GeoJSON, got invalid JSON (", 0) == 0);
  CHECK(m[1] == "y.geojson: error: expected a GeoJSON FeatureCollection with \"features\", got none");
  CHECK(m[2] == "z.geojson: error: feature 1: expected the property 'id' (the 4-digit municipality code), got none");
  CHECK(m[3] == "z.geojson: error: feature 2: expected a Polygon or MultiPolygon geometry of rings of "
                "[longitude, latitude] for 1081");
}
