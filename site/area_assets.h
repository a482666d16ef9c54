#pragma once
// The municipalities' codes, names and profile links as a script of the site's own
// (assets/areas-municipalities.js): written once per site instead of into each of 290 rows of
// every ranked chart, and a script loads from file:// and under a Content-Security-Policy where
// fetching a JSON file would not. jamfor.js hands it to the charts that look names up in it.

#include <string>
#include <string_view>

#include "generator/comparison.h"

namespace jamfor {

// `window.jamforAreas["NAME"] = [{"id":"1081","kommun":"Ronneby","href":"municipality-1081.html"}, …];`:
// every municipality of the data, in Swedish alphabetical order; the href only for those with a
// profile.
std::string areas_script(std::string_view name, const ComparisonResults& results);

}  // namespace jamfor
