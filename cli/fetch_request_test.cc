#include "cli/fetch_request.h"

#include <catch2/catch.hpp>

using namespace jamfor;

namespace {

Indicator from_kolada(const std::string& kpi) {
  Indicator ind;
  ind.values_from = ValuesFrom::Kolada;
  ind.kpi = kpi;
  return ind;
}

}  // namespace

TEST_CASE("fetch request: the comparison's scope, focus, regions and groups are fetched with [kolada]'s own") {
  Project p;
  p.kolada = KoladaConfig{};
  p.kolada->kpis = {"N31814"};
  p.kolada->municipalities = {"0180"};
  p.comparison.scope.municipalities = {"1081", "1290"};
  p.comparison.scope.counties = {"25"};
  p.comparison.focus = "1081";
  p.comparison.similar_group = "G38151";
  p.indicators.push_back(from_kolada("U31402"));
  std::string error;
  auto r = kolada_request(p, &error);
  REQUIRE(r);
  CHECK(r->kpis == std::vector<std::string>{"N31814", "U31402"});
  CHECK(r->areas == std::vector<std::string>{"0180", "1081", "0010", "1290", "0012"});
  CHECK(r->counties == std::vector<std::string>{"25"});
  CHECK(r->municipality_groups == std::vector<std::string>{"G38151"});
  CHECK_FALSE(r->all_areas);
  p.comparison.scope.all = true;
  CHECK(kolada_request(p, &error)->all_areas);
}

TEST_CASE("fetch request: nothing to fetch is said so") {
  Project p;
  std::string error;
  CHECK_FALSE(kolada_request(p, &error));
  CHECK(error == "nothing to fetch: jamfor.toml has no [kolada] table and no indicator names a Kolada KPI");
}

TEST_CASE("fetch request: without a [kolada] table the indicators' KPIs are fetched from 2010 to this year") {
  Project p;
  p.indicators.push_back(from_kolada("U31402"));
  std::string error;
  auto r = kolada_request(p, &error);
  REQUIRE(r);
  CHECK(r->kpis == std::vector<std::string>{"U31402"});
  CHECK(r->first_year == 2010);
  CHECK(r->last_year >= 2026);
}
