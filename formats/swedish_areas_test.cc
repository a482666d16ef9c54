#include "formats/swedish_areas.h"
#include "model/diagnostics.h"

#include <set>

#include <catch2/catch.hpp>

using namespace jamfor;

namespace {
std::string id_of(std::string_view text) {
  const SwedishArea* a = find_swedish_area(text);
  return a ? a->id : "none";
}
}  // namespace

TEST_CASE("swedish areas: 290 municipalities, 21 regions and Riket, each code once") {
  size_t municipalities = 0, regions = 0;
  std::set<std::string> ids;
  for (const auto& a : swedish_areas()) {
    ids.insert(a.id);
    municipalities += a.type == AreaType::Municipality;
    regions += a.type == AreaType::Region;
    if (a.type != AreaType::Country) CHECK(a.id.substr(a.type == AreaType::Region ? 2 : 0, 2) == a.county);
  }
  CHECK(municipalities == 290);
  CHECK(regions == 21);
  CHECK(ids.size() == swedish_areas().size());
  CHECK(swedish_counties().size() == 21);
}

TEST_CASE("swedish areas: every municipality is found by its own name and code") {
  for (const auto& a : swedish_areas()) {
    if (a.id != "0009") CHECK(id_of(a.name) == a.id);  // "Region Gotland" is the municipality
    CHECK(id_of(a.id) == a.id);
  }
}

TEST_CASE("swedish areas: codes as spreadsheets write them") {
  CHECK(id_of("1081") == "1081");
  CHECK(id_of("114") == "0114");   // Excel dropped the leading zero
  CHECK(id_of(" 1081 ") == "1081");
  CHECK(id_of("1081 Ronneby") == "1081");
  CHECK(id_of("1081 Karlshamn") == "none");  // code and name disagree
  CHECK(id_of("10") == "0010");    // a county code: the region
  CHECK(id_of("0") == "0000");
  CHECK(id_of("9999") == "none");
  CHECK(id_of("10810") == "none");
}

TEST_CASE("swedish areas: names as reports write them") {
  CHECK(id_of("Ronneby kommun") == "1081");
  CHECK(id_of("RONNEBY") == "1081");
  CHECK(id_of("Göteborgs stad") == "1480");
  CHECK(id_of("Stockholms stad") == "0180");
  CHECK(id_of("Upplands-Väsby") == "0114");
  CHECK(id_of("upplands  väsby") == "0114");
  CHECK(id_of("ÖREBRO") == "1880");
  CHECK(id_of("Malung-Sälen") == "2023");
  CHECK(id_of("Region Blekinge") == "0010");
  CHECK(id_of("Blekinge län") == "0010");
  CHECK(id_of("Västra Götalandsregionen") == "0014");
  CHECK(id_of("Västra Götalands län") == "0014");
  CHECK(id_of("Gotland") == "0980");          // the municipality
  CHECK(id_of("Region Gotland") == "0980");   // as Socialstyrelsen names the municipality
  CHECK(id_of("0980 Region Gotland") == "0980");
  CHECK(id_of("Gotlands län") == "0009");     // the region
  CHECK(id_of("Falu kommun") == "2080");
  CHECK(id_of("Riket, totalt") == "0000");
  CHECK(id_of("Upplands\u00a0Väsby") == "0114");
  CHECK(id_of("1081\u00a0") == "1081");
  CHECK(id_of("1081\tRonneby") == "1081");
  CHECK(id_of("Riket") == "0000");
  CHECK(id_of("Sverige") == "0000");
  CHECK(id_of("Ronneb") == "none");
  CHECK(id_of("") == "none");
}

TEST_CASE("swedish areas: names for 'did you mean'") {
  CHECK(did_you_mean("Ronneb", swedish_area_names()) == " (did you mean 'Ronneby'?)");
  CHECK(did_you_mean("Solvesborg", swedish_area_names()) == " (did you mean 'Sölvesborg'?)");
}
