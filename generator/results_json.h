#pragma once
// The evaluated project as open data (data/results.json in the site). Golden tests pin it.

#include <boost/json/value.hpp>

#include "generator/results.h"

namespace jamfor {

boost::json::value results_to_json(const Results& results);

}  // namespace jamfor
