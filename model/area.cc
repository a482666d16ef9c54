#include "model/area.h"

#include <algorithm>

namespace jamfor {

namespace {
bool all_digits(std::string_view s) {
  return std::all_of(s.begin(), s.end(), [](char c) { return c >= '0' && c <= '9'; });
}
}  // namespace

bool is_area_code(std::string_view id) { return id.size() == 4 && all_digits(id); }
bool is_county_code(std::string_view id) { return id.size() == 2 && all_digits(id) && id != "00"; }

AreaType area_type_of(std::string_view id) {
  if (id == kRiketId) return AreaType::Country;
  if (!is_area_code(id)) return AreaType::Group;
  if (id.substr(0, 2) == "00") return AreaType::Region;
  return AreaType::Municipality;
}

std::string county_of(std::string_view id) {
  switch (area_type_of(id)) {
    case AreaType::Municipality: return std::string(id.substr(0, 2));
    case AreaType::Region: return std::string(id.substr(2, 2));
    case AreaType::Country:
    case AreaType::Group: return "";
  }
  return "";
}

std::string region_id(std::string_view county) { return "00" + std::string(county); }

}  // namespace jamfor
