#pragma once

#include <string_view>

namespace jamfor {

// Names in Swedish alphabetical order (… x y z å ä ö, case and é/ü folded): for sorting
// municipalities as a Swedish reader looks them up.
bool swedish_less(std::string_view a, std::string_view b);

}  // namespace jamfor
