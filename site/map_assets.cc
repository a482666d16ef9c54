#include "site/map_assets.h"

#include <charconv>
#include <cmath>

namespace jamfor {
namespace {

void append_coordinate(std::string& out, double v) {
  char buffer[32];
  auto [end, ec] = std::to_chars(buffer, buffer + sizeof buffer, std::round(v * 1e4) / 1e4, std::chars_format::fixed, 4);
  std::string_view text(buffer, ec == std::errc() ? static_cast<size_t>(end - buffer) : 0);
  while (text.size() > 1 && text.back() == '0') text.remove_suffix(1);
  if (!text.empty() && text.back() == '.') text.remove_suffix(1);
  out += text == "-0" ? "0" : text;
}

}  // namespace

std::string boundaries_script(std::string_view name, const Boundaries& b) {
  std::string out = "// Boundaries for the maps of this site (" + std::to_string(b.shapes.size()) +
                    " areas). Written by jamfor.\nwindow.jamforBoundaries = window.jamforBoundaries || {};\n"
                    "window.jamforBoundaries[\"" + std::string(name) + "\"] = [\n";
  for (size_t s = 0; s < b.shapes.size(); ++s) {
    const Shape& shape = b.shapes[s];
    out += "{\"type\":\"Feature\",\"properties\":{\"id\":\"" + shape.area_id + "\"},\"geometry\":{\"type\":\"MultiPolygon\",\"coordinates\":[";
    for (size_t p = 0; p < shape.polygons.size(); ++p) {
      out += p ? ",[" : "[";
      for (size_t r = 0; r < shape.polygons[p].size(); ++r) {
        out += r ? ",[" : "[";
        const auto& ring = shape.polygons[p][r];
        for (size_t i = 0; i < ring.size(); ++i) {
          out += i ? ",[" : "[";
          append_coordinate(out, ring[i][0]);
          out += ',';
          append_coordinate(out, ring[i][1]);
          out += ']';
        }
        out += ']';
      }
      out += ']';
    }
    out += "]}}";
    out += s + 1 < b.shapes.size() ? ",\n" : "\n";
  }
  return out + "];\n";
}

}  // namespace jamfor
