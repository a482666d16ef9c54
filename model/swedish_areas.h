#pragma once
// Sweden's 290 municipalities, 21 regions and the country, by SCB code (unchanged since 2007)
// with Kolada's titles, and the 21 counties by name. Built in, so tables that name
// municipalities can be read without a Kolada store.

#include <string>
#include <string_view>
#include <utility>
#include <vector>

#include "model/area.h"

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

const SwedishArea* swedish_area_by_code(std::string_view code);  // exactly four digits
const std::string* swedish_county_name(std::string_view county);  // "10" -> "Blekinge län"

}  // namespace jamfor
