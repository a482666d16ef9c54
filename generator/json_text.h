#pragma once
// Boost.JSON 1.81 writes 57.0 as "5.7E1". Golden files and Vega-Lite specs are read by
// people, so numbers are written in their shortest round-trip form ("57", "10.8").

#include <string>

#include <boost/json/value.hpp>

namespace jamfor {

enum class JsonStyle { Compact, Pretty };

std::string to_json_text(const boost::json::value& value, JsonStyle style = JsonStyle::Pretty);

}  // namespace jamfor
