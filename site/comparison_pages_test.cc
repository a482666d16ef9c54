#include "site/comparison_pages.h"

#include <catch2/catch.hpp>

#include <cstdio>
#include <map>
#include <regex>

using namespace jamfor;

namespace {

// A made-up Sweden as big as the real one where page sizes are concerned: 290 municipalities
// in 21 counties, 49 of them in county 14, and 300 KPIs over two years in five operating areas,
// one of them with half the KPIs. Scope "all", no focus.
struct NationalSite {
  Comparison c;
  Project project;
  Results results;
  ComparisonResults r;
  std::map<std::string, std::string> pages;  // path -> content

  NationalSite() {
    const std::vector<std::string> counties = {"01", "03", "04", "05", "06", "07", "08", "09", "10", "12", "13",
                                               "14", "17", "18", "19", "20", "21", "22", "23", "24", "25"};
    c.first_year = 2021;
    c.last_year = 2022;
    c.areas.push_back({"0000", "Riket", AreaType::Country, ""});
    for (const auto& county : counties) c.areas.push_back({"00" + county, "Län " + county, AreaType::Region, county});
    for (size_t i = 0, n = 0; i < counties.size(); ++i)
      for (size_t m = 0; m < (counties[i] == "14" ? 49u : i < 1 ? 13u : 12u) && n < 290; ++m, ++n) {
        char id[8];
        std::snprintf(id, sizeof id, "%s%02zu", counties[i].c_str(), m + 1);
        c.areas.push_back({id, "Kommunen " + std::string(id), AreaType::Municipality, counties[i]});
      }
    REQUIRE(c.municipalities().size() == 290);
    const std::vector<std::string> groups = {"Befolkning", "Kommunen, övergripande", "Miljö", "Skola", "Vård och omsorg"};
    for (int k = 0; k < 300; ++k) {
      ComparisonKpi kpi;
      char id[8];
      std::snprintf(id, sizeof id, "N%05d", k + 1);
      kpi.id = id;
      kpi.title = "Kostnad för verksamheten nummer " + std::to_string(k + 1) + ", nettokostnad, kr/inv";
      kpi.direction = Direction::LowerIsBetter;
      kpi.operating_area = groups[k < 150 ? 1 : static_cast<size_t>(k) % groups.size()];
      c.kpis.push_back(kpi);
    }
    for (auto& kpi : c.kpis)
      for (size_t a = 0; a < c.areas.size(); ++a)
        for (int year : {2021, 2022})
          c.set(kpi, a, year, Gender::Total, 20000 + static_cast<double>((a * 7919 + std::hash<std::string>{}(kpi.id) + year) % 60000) / 10);
    project.comparison.scope.all = true;
    results.project = &project;
    Diagnostics d;
    auto computed = compute_comparison(c, project, results, d);
    REQUIRE(computed);
    r = std::move(*computed);
    results.comparison = &r;
    const SiteFrame site = site_frame(results, "");
    for (const auto& task : comparison_page_tasks(results, site))
      for (auto& page : task()) pages[page.path] = std::move(page.content);
  }
};

const NationalSite& national() {
  static const NationalSite site;
  return site;
}

size_t count(const std::string& text, const std::string& what) {
  size_t n = 0;
  for (size_t at = text.find(what); at != std::string::npos; at = text.find(what, at + what.size())) ++n;
  return n;
}

}  // namespace

TEST_CASE("comparison pages: a national KPI page stays under 150 kB, every municipality's ranks on a page of their own") {
  const auto& pages = national().pages;
  for (const auto& [path, content] : pages)
    if (path.starts_with("compare/kpi-") && path.ends_with(".html")) CHECK(content.size() < 150'000);
  const std::string& kpi = pages.at("compare/kpi-N00001.html");
  CHECK(count(kpi, "<a href=\"ranks-N00001.html\">") == 1);
  // No focus: no line of its own, so no row of its own.
  CHECK(count(kpi, "class=\"data rank-history\"") == 0);
  const std::string& ranks = pages.at("compare/ranks-N00001.html");
  CHECK(count(ranks, "class=\"data rank-history\"") == 1);
  CHECK(count(ranks, "<tr><th scope=\"row\"><a href=\"municipality-") == 290);
  CHECK(ranks.size() < 300'000);
}

TEST_CASE("comparison pages: a county page too big for one is split by operating area, each KPI once, the parts linked") {
  const auto& pages = national().pages;
  std::vector<std::string> parts = {"county-14.html"};
  for (int i = 2; pages.count("compare/county-14-" + std::to_string(i) + ".html"); ++i)
    parts.push_back("county-14-" + std::to_string(i) + ".html");
  REQUIRE(parts.size() >= 3);
  std::map<std::string, int> rows;  // KPI page -> rows across the parts
  const std::regex row("<tr><th scope=\"row\"><a href=\"(kpi-N\\d+\\.html)\">");
  for (size_t i = 0; i < parts.size(); ++i) {
    const std::string& page = pages.at("compare/" + parts[i]);
    CHECK(page.size() < 300'000);
    for (auto m = std::sregex_iterator(page.begin(), page.end(), row); m != std::sregex_iterator(); ++m) ++rows[(*m)[1]];
    // Each part links to every other and names itself as the current one.
    for (size_t j = 0; j < parts.size(); ++j)
      CHECK(count(page, i == j ? "<li><span aria-current=\"page\">" : "<li><a href=\"" + parts[j] + "\">") >= 1);
    CHECK_THAT(page, Catch::Contains("<caption>Klass bland Sveriges 290 kommuner, del " + std::to_string(i + 1) + " av " +
                                     std::to_string(parts.size()) + ": "));
  }
  CHECK(rows.size() == 300);
  for (const auto& [kpi, n] : rows) CHECK(n == 1);
  // The map, the lists and the targets stay on the county's own page.
  CHECK_THAT(pages.at("compare/county-14.html"), Catch::Contains("Kommunprofiler: "));
  CHECK_THAT(pages.at("compare/county-14-2.html"), !Catch::Contains("Kommunprofiler: "));
}

TEST_CASE("comparison pages: a county page that fits is one page, its KPIs in the project's order") {
  const auto& pages = national().pages;
  const std::string& page = pages.at("compare/county-03.html");
  CHECK(pages.count("compare/county-03-2.html") == 0);
  CHECK_THAT(page, !Catch::Contains("page-parts"));
  CHECK_THAT(page, Catch::Contains("<caption>Klass bland Sveriges 290 kommuner</caption>"));
  CHECK(page.find("href=\"kpi-N00001.html\"") < page.find("href=\"kpi-N00151.html\""));
}

TEST_CASE("comparison pages: the national page is split like a county page when it must be") {
  const auto& pages = national().pages;
  REQUIRE(pages.count("compare/country-2.html") == 1);
  size_t rows = 0;
  for (const auto& [path, content] : pages)
    if (path == "compare/country.html" || path.starts_with("compare/country-")) {
      CHECK(content.size() < 300'000);
      rows += count(content, "<tr><th scope=\"row\"><a href=\"kpi-");
    }
  CHECK(rows == 300);
}
