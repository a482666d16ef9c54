#pragma once
// What every page of one site shares around its own content: the settings, the site menu
// and the dates in the footer. Made once from the results; pages only say which menu item
// they belong to.

#include <string>
#include <vector>

#include "generator/results.h"

namespace jamfor {

enum class MenuItem { None, Goals, Indicators, Kpis, Municipalities, Counties, About, Search };

struct MenuEntry {
  MenuItem item;
  std::string href;  // from the site root
  std::string label;
};

struct SiteFrame {
  const SiteSettings* settings = nullptr;
  std::vector<MenuEntry> menu;  // only what this site has: no "Nyckeltal" without comparison data
  std::string fetched;          // the Kolada store's last fetch, "2026-12-03", or empty
};

SiteFrame site_frame(const Results& results);

// The pages a menu entry leads to, from the site root.
inline constexpr const char* kIndicatorIndex = "indicators/index.html";
inline constexpr const char* kKpiIndex = "compare/kpis.html";
inline constexpr const char* kMunicipalityIndex = "compare/index.html";
inline constexpr const char* kAboutPage = "about.html";
inline constexpr const char* kSearchPage = "search.html";

}  // namespace jamfor
