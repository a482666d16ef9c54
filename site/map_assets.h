#pragma once
// A boundary file as a script of the site's own (assets/boundaries-*.js): the geometry is
// written once per site, not into every page with a map, and a script loads from file:// and
// under a Content-Security-Policy where fetching a JSON file would not. jamfor.js hands it
// to the maps that name it as their data source.

#include <string>
#include <string_view>

#include "model/comparison.h"

namespace jamfor {

// `window.jamforBoundaries["NAME"] = [features…];`, coordinates to 4 decimals (about 10 m),
// rings in the order d3-geo draws.
std::string boundaries_script(std::string_view name, const Boundaries& boundaries);

}  // namespace jamfor
