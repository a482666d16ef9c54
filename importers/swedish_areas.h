#pragma once
// Sweden's municipalities, regions and the country as tables name them: by SCB code or by
// name, in the forms spreadsheets use ("1081", "114" after Excel dropped the zero,
// "Ronneby kommun", "Göteborgs stad", "Blekinge län", "Riket").

#include <optional>
#include <string>
#include <string_view>
#include <utility>
#include <vector>

#include "model/benchmark.h"

namespace jamfor {

struct SwedishArea {
  std::string id;      // Kolada's: "1081", "0010", "0000"
  std::string name;    // Kolada's title: "Ronneby", "Region Blekinge", "Riket"
  std::string county;  // "10"; empty for Riket
  AreaType type = AreaType::Municipality;
};

// Riket, the 21 regions, then the 290 municipalities in code order.
const std::vector<SwedishArea>& swedish_areas();
// County code -> county name: {"10", "Blekinge län"}.
const std::vector<std::pair<std::string, std::string>>& swedish_counties();

// The area a table cell names, or nullopt.
const SwedishArea* find_swedish_area(std::string_view code_or_name);

// Every name, for "did you mean".
std::vector<std::string> swedish_area_names();

}  // namespace jamfor
