#pragma once
// What every page of one site shares around its own content: the settings, the site menu
// and the dates in the footer. Made once from the results; pages only say which menu item
// they belong to.

#include <string>
#include <vector>

#include "generator/results.h"
#include "model/wording.h"

namespace jamfor {

enum class MenuItem { None, Goals, Indicators, Kpis, Municipalities, Counties, About, Search };

struct MenuEntry {
  MenuItem item;
  std::string href;  // from the site root
  std::string label;
};

struct SiteFrame {
  const SiteSettings* settings = nullptr;
  const Wording* words = nullptr;  // the reader text in the site's language
  std::vector<MenuEntry> menu;  // only what this site has: no "Nyckeltal" without comparison data
  std::string fetched;          // the Kolada store's last fetch, "2026-12-03", or empty
  std::string build_date;       // "2026-12-03"; empty leaves it out (unit tests)
  std::string logo_asset;       // "assets/logo.svg" when the project has a logo
  bool class_cells = false;     // assets/classes.css (compact class cells of comparison pages) exists
  bool theme = false;           // assets/theme.css (the accent colour) exists
  bool custom_stylesheet = false;  // assets/custom.css (the project's own CSS) exists
};

SiteFrame site_frame(const Results& results, std::string build_date);

// The pages a menu entry leads to, from the site root.
inline constexpr const char* kIndicatorIndex = "indicators/index.html";
inline constexpr const char* kKpiIndex = "compare/kpis.html";
inline constexpr const char* kMunicipalityIndex = "compare/index.html";
inline constexpr const char* kAboutPage = "about.html";
inline constexpr const char* kSearchPage = "search.html";

}  // namespace jamfor
