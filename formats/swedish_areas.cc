#include "formats/swedish_areas.h"

#include <algorithm>
#include <cctype>
#include <unordered_map>

#include "formats/text.h"

namespace jamfor {
namespace {

// Lower-case, hyphens as spaces, single spaces, trimmed: so "Upplands-Väsby",
// "UPPLANDS VÄSBY" and " upplands  väsby" are one name.
std::string normalise(std::string_view text) { return lower_swedish_key(text, " \t-"); }

const std::unordered_map<std::string, const SwedishArea*>& names() {
  static const auto map = [] {
    std::unordered_map<std::string, const SwedishArea*> m;
    // Names that reports use and rules cannot derive. Socialstyrelsen's municipal tables call
    // the municipality of Gotland "Region Gotland"; the region itself is "Gotlands län".
    for (const auto& [alias, id] : {std::pair{"region gotland", "0980"}, std::pair{"falu kommun", "2080"},
                                    std::pair{"riket, totalt", "0000"}, std::pair{"riket totalt", "0000"}})
      for (const auto& a : swedish_areas())
        if (a.id == id) m.emplace(alias, &a);
    for (const auto& a : swedish_areas()) {
      m.emplace(normalise(a.name), &a);
      if (a.type == AreaType::Municipality)
        for (const char* suffix : {" kommun", "s kommun", " stad", "s stad", " municipality"})
          m.emplace(normalise(a.name + suffix), &a);
    }
    for (const auto& [county, name] : swedish_counties())
      for (const auto& a : swedish_areas())
        if (a.type == AreaType::Region && a.county == county) m.emplace(normalise(name), &a);
    for (const char* riket : {"sverige", "hela riket", "hela landet", "samtliga kommuner", "alla kommuner"})
      m.emplace(riket, &swedish_areas().front());
    return m;
  }();
  return map;
}

const SwedishArea* by_code(std::string_view digits) {
  std::string code = std::string(4 - std::min<size_t>(4, digits.size()), '0') + std::string(digits);
  for (const auto& a : swedish_areas())
    if (a.id == code) return &a;
  return nullptr;
}

}  // namespace

const SwedishArea* find_swedish_area(std::string_view cell) {
  const std::string text = trimmed(cell);
  size_t digits = 0;
  while (digits < text.size() && std::isdigit(static_cast<unsigned char>(text[digits]))) ++digits;
  if (digits > 0 && digits <= 4 && digits == text.size()) return by_code(text);
  // "1081 Ronneby": the code decides, but the name must not contradict it.
  if (digits == 4 && (text[4] == ' ' || text[4] == '\t')) {
    const SwedishArea* a = by_code(text.substr(0, 4));
    const SwedishArea* named = find_swedish_area(text.substr(5));
    return a && (!named || named == a) ? a : nullptr;
  }
  auto it = names().find(normalise(text));
  return it == names().end() ? nullptr : it->second;
}

std::vector<std::string> swedish_area_names() {
  std::vector<std::string> out;
  for (const auto& a : swedish_areas()) out.push_back(a.name);
  for (const auto& [county, name] : swedish_counties()) out.push_back(name);
  return out;
}

}  // namespace jamfor
