#include "formats/geojson.h"

#include <algorithm>
#include <boost/json.hpp>
#include <fstream>
#include <sstream>

namespace jamfor {
namespace {

namespace json = boost::json;

using Ring = std::vector<std::array<double, 2>>;
using Polygon = std::vector<Ring>;

constexpr size_t kMaxErrors = 5;  // one broken feature is enough to say what is wrong

std::optional<Ring> read_ring(const json::value& v) {
  if (!v.is_array()) return std::nullopt;
  Ring ring;
  for (const auto& p : v.as_array()) {
    if (!p.is_array() || p.as_array().size() < 2 || !p.as_array()[0].is_number() || !p.as_array()[1].is_number())
      return std::nullopt;
    ring.push_back({p.as_array()[0].to_number<double>(), p.as_array()[1].to_number<double>()});
  }
  if (ring.size() < 4) return std::nullopt;
  return ring;
}

std::optional<Polygon> read_polygon(const json::value& v) {
  if (!v.is_array() || v.as_array().empty()) return std::nullopt;
  Polygon polygon;
  for (const auto& r : v.as_array()) {
    auto ring = read_ring(r);
    if (!ring) return std::nullopt;
    // d3-geo: exterior clockwise (negative area), holes counter-clockwise.
    const bool exterior = polygon.empty();
    if ((signed_area2(*ring) > 0) == exterior) std::reverse(ring->begin(), ring->end());
    polygon.push_back(std::move(*ring));
  }
  return polygon;
}

std::optional<std::string> area_id(const json::object& properties, BoundaryIds ids) {
  const json::value* v = properties.if_contains(ids == BoundaryIds::Municipalities ? "id" : "l_id");
  if (!v) return std::nullopt;
  std::string code;
  if (v->is_string())
    code = std::string(v->as_string());
  else if (v->is_int64() || v->is_uint64())
    code = std::to_string(v->to_number<long long>());
  else
    return std::nullopt;
  const size_t width = ids == BoundaryIds::Municipalities ? 4 : 2;
  if (code.empty() || code.size() > width || !std::all_of(code.begin(), code.end(), [](char c) { return c >= '0' && c <= '9'; }))
    return std::nullopt;
  code = std::string(width - code.size(), '0') + code;
  return ids == BoundaryIds::Municipalities ? code : region_id(code);
}

}  // namespace

double signed_area2(const Ring& ring) {
  double sum = 0;
  for (size_t i = 0; i + 1 < ring.size(); ++i) sum += ring[i][0] * ring[i + 1][1] - ring[i + 1][0] * ring[i][1];
  return sum;
}

std::optional<Boundaries> parse_boundaries(std::string_view text, const std::string& path, BoundaryIds ids,
                                           Diagnostics& diags) {
  boost::system::error_code ec;
  json::value root = json::parse(text, ec);
  if (ec) {
    diags.error({path, 0, 0}, "expected GeoJSON, got invalid JSON (" + ec.message() + ")");
    return std::nullopt;
  }
  const json::value* features = root.is_object() ? root.as_object().if_contains("features") : nullptr;
  if (!features || !features->is_array()) {
    diags.error({path, 0, 0}, "expected a GeoJSON FeatureCollection with \"features\", got none");
    return std::nullopt;
  }
  const std::string property = ids == BoundaryIds::Municipalities ? "'id' (the 4-digit municipality code)"
                                                                  : "'l_id' (the county code, such as 10)";
  Boundaries b;
  b.path = path;
  size_t errors = 0;
  auto fail = [&](size_t index, const std::string& message) {
    if (++errors <= kMaxErrors) diags.error({path, 0, 0}, "feature " + std::to_string(index + 1) + ": " + message);
  };
  const auto& list = features->as_array();
  for (size_t i = 0; i < list.size(); ++i) {
    const json::object* f = list[i].is_object() ? &list[i].as_object() : nullptr;
    const json::value* props = f ? f->if_contains("properties") : nullptr;
    const json::value* geometry = f ? f->if_contains("geometry") : nullptr;
    auto id = props && props->is_object() ? area_id(props->as_object(), ids) : std::nullopt;
    if (!id) {
      fail(i, "expected the property " + property + ", got none");
      continue;
    }
    const json::object* g = geometry && geometry->is_object() ? &geometry->as_object() : nullptr;
    const json::value* type = g ? g->if_contains("type") : nullptr;
    const json::value* coordinates = g ? g->if_contains("coordinates") : nullptr;
    Shape shape{*id, {}};
    bool ok = type && type->is_string() && coordinates;
    if (ok && type->as_string() == "Polygon") {
      auto polygon = read_polygon(*coordinates);
      ok = polygon.has_value();
      if (ok) shape.polygons.push_back(std::move(*polygon));
    } else if (ok && type->as_string() == "MultiPolygon" && coordinates->is_array()) {
      for (const auto& p : coordinates->as_array()) {
        auto polygon = read_polygon(p);
        if (!polygon) ok = false;
        else shape.polygons.push_back(std::move(*polygon));
      }
    } else {
      ok = false;
    }
    if (!ok || shape.polygons.empty()) {
      fail(i, "expected a Polygon or MultiPolygon geometry of rings of [longitude, latitude] for " + *id);
      continue;
    }
    b.shapes.push_back(std::move(shape));
  }
  if (errors > kMaxErrors)
    diags.error({path, 0, 0}, std::to_string(errors - kMaxErrors) + " more features like these");
  if (errors) return std::nullopt;
  std::sort(b.shapes.begin(), b.shapes.end(), [](const Shape& x, const Shape& y) { return x.area_id < y.area_id; });
  return b;
}

std::optional<Boundaries> read_boundaries(const std::string& path, BoundaryIds ids, Diagnostics& diags) {
  std::ifstream in(path, std::ios::binary);
  if (!in) {
    diags.error({path, 0, 0}, "cannot read the boundary file");
    return std::nullopt;
  }
  std::stringstream text;
  text << in.rdbuf();
  return parse_boundaries(text.str(), path, ids, diags);
}

}  // namespace jamfor
