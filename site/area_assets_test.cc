#include "site/area_assets.h"

#include <catch2/catch.hpp>

using namespace jamfor;

namespace {

// Blekinge in scope, with a municipality elsewhere that has no profile.
ComparisonResults blekinge(Comparison& c, Project& project, Results& results) {
  c.first_year = 2022;
  c.last_year = 2022;
  c.areas = {{"0000", "Riket", AreaType::Country, ""},         {"0010", "Blekinge län", AreaType::Region, "10"},
             {"1081", "Ronneby", AreaType::Municipality, "10"}, {"1082", "Karlshamn", AreaType::Municipality, "10"},
             {"0180", "Stockholm \"S\"", AreaType::Municipality, "01"}};
  ComparisonKpi k;
  k.id = "N31814";
  k.title = "Långvarigt ekonomiskt bistånd";
  c.kpis.push_back(k);
  project.comparison.scope.counties = {"10"};
  results.project = &project;
  Diagnostics d;
  auto r = compute_comparison(c, project, results, d);
  REQUIRE(r);
  return std::move(*r);
}

}  // namespace

TEST_CASE("areas_script: every municipality once, with a link only to the profiles there are") {
  Comparison c;
  Project project;
  Results results;
  const ComparisonResults r = blekinge(c, project, results);
  CHECK(areas_script("areas-municipalities", r) ==
        "// The municipalities of this site's charts (3). Written by jamfor.\n"
        "window.jamforAreas = window.jamforAreas || {};\n"
        "window.jamforAreas[\"areas-municipalities\"] = [\n"
        "{\"id\":\"1082\",\"kommun\":\"Karlshamn\",\"href\":\"municipality-1082.html\"},\n"
        "{\"id\":\"1081\",\"kommun\":\"Ronneby\",\"href\":\"municipality-1081.html\"},\n"
        "{\"id\":\"0180\",\"kommun\":\"Stockholm \\\"S\\\"\"}\n"
        "];\n");
}
