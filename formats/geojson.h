#pragma once
// Boundary files for maps (GeoJSON FeatureCollections of Polygons and MultiPolygons). Their
// rings may follow RFC 7946 (exterior counter-clockwise) or the older convention; d3-geo,
// which Vega draws maps with, reads a counter-clockwise exterior as "the whole globe minus
// this polygon", so every ring is rewound here: exteriors clockwise, holes counter-clockwise.

#include <optional>
#include <string>
#include <string_view>

#include "model/comparison.h"
#include "model/diagnostics.h"

namespace jamfor {

// Which property names the area: municipalities by `id` ("1081" or 1081), counties by `l_id`
// (the county code as an integer, 10 for Blekinge; the shape becomes the region "0010").
enum class BoundaryIds { Municipalities, Counties };

std::optional<Boundaries> read_boundaries(const std::string& path, BoundaryIds ids, Diagnostics& diags);
std::optional<Boundaries> parse_boundaries(std::string_view text, const std::string& path, BoundaryIds ids,
                                           Diagnostics& diags);

// Twice the signed area of a ring in the lon/lat plane: positive when counter-clockwise.
double signed_area2(const std::vector<std::array<double, 2>>& ring);

}  // namespace jamfor
