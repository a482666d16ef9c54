#pragma once
// Sweden's municipalities, regions and the country as tables and authors name them: by SCB
// code or by name, in the forms spreadsheets use ("1081", "114" after Excel dropped the zero,
// "Ronneby kommun", "Göteborgs stad", "Blekinge län", "Riket").

#include <string>
#include <string_view>
#include <vector>

#include "model/swedish_areas.h"

namespace jamfor {

// The area a table cell names, or nullptr.
const SwedishArea* find_swedish_area(std::string_view code_or_name);

// Every name, for "did you mean".
std::vector<std::string> swedish_area_names();

}  // namespace jamfor
