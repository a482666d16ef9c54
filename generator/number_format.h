#pragma once
// Numbers as readers of the site's language expect them: "21 745", "10,8", "−28", "75 %" in
// Swedish, "21,745", "10.8", "−28", "75%" in English (the marks come from the wording table).
// Spaces are no-break spaces (U+00A0) so a number never wraps across lines.

#include <optional>
#include <string>

#include "model/collation.h"
#include "model/project.h"
#include "model/wording.h"

namespace jamfor {

inline constexpr std::string_view kNbsp = "\u00a0";

// `decimals` fixes the number of decimals; without it, as many as needed up to 2.
std::string format_number(double value, const Wording& words, std::optional<int> decimals = std::nullopt);
// With the indicator's unit and decimals: "75 %", "67 st", "16 dagar".
std::string format_value(double value, const Indicator& indicator, const Wording& words);
// A difference, always signed: "+3 st", "−28 st", "−6 procentenheter", "±0 dagar".
std::string format_change(double delta, const Indicator& indicator, const Wording& words);
// Machine-readable, for CSV files and chart data: shortest round-trip form, '.' decimal mark.
std::string format_plain(double value);
// For CSV downloads that Swedish Excel opens: decimal comma, no thousands separator.
std::string format_excel(double value);


}  // namespace jamfor
