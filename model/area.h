#pragma once
// Kolada's area codes, written down once: Riket is "0000", a county's region is "00" + the
// two-digit county code ("0010"), a municipality's first two digits are its county ("1081" is
// in county "10"), and municipality groups start with 'G' ("G38151"). Nothing else in jamfor
// spells these rules out.

#include <string>
#include <string_view>

namespace jamfor {

enum class AreaType { Municipality, Region, Country, Group };

inline constexpr std::string_view kRiketId = "0000";

// "1081", "0010", "0000": four digits. Groups have other ids.
bool is_area_code(std::string_view id);
// "10": two digits.
bool is_county_code(std::string_view id);

AreaType area_type_of(std::string_view id);
// The county a municipality or region belongs to ("1081" -> "10", "0010" -> "10"); empty for
// Riket and groups.
std::string county_of(std::string_view id);
// The region's area id of a county: "10" -> "0010".
std::string region_id(std::string_view county);

}  // namespace jamfor
