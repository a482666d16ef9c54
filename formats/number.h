#pragma once
// Numbers as Swedish spreadsheets write them: "21 745", "10,8", "−3", "57 %".

#include <optional>
#include <string_view>

namespace jamfor {

// nullopt when the text is not a number; the caller reports it with its location.
std::optional<double> parse_swedish_number(std::string_view text);

}  // namespace jamfor
