#include "site/site_frame.h"

#include <cctype>

#include "charts/comparison_charts.h"
#include "generator/comparison.h"

namespace jamfor {

SiteFrame site_frame(const Results& r, std::string build_date) {
  SiteFrame f;
  f.settings = &r.project->settings;
  f.build_date = std::move(build_date);
  const Wording& w = wording(r.project->settings.language);
  f.words = &w;
  const SiteSettings& s = *f.settings;
  if (!s.logo.empty()) {
    std::string ext = s.logo.substr(s.logo.rfind('.'));
    for (char& c : ext) c = static_cast<char>(std::tolower(static_cast<unsigned char>(c)));
    f.logo_asset = "assets/logo" + (ext == ".jpeg" ? std::string(".jpg") : ext);
  }
  f.theme = !s.accent_color.empty();
  f.custom_stylesheet = !s.stylesheet.empty();
  if (!r.goals.empty()) f.menu.push_back({MenuItem::Goals, "index.html", std::string(w.menu_goals)});
  if (!r.indicators.empty()) f.menu.push_back({MenuItem::Indicators, kIndicatorIndex, std::string(w.menu_indicators)});
  if (const ComparisonResults* c = r.comparison) {
    f.fetched = c->data->kolada_fetched;
    f.class_cells = true;
    f.menu.push_back({MenuItem::Kpis, kKpiIndex, std::string(w.menu_kpis)});
    f.menu.push_back({MenuItem::Municipalities, kMunicipalityIndex, std::string(w.menu_municipalities)});
    // With several county pages but no national one, the municipalities' page lists them.
    if (c->national) f.menu.push_back({MenuItem::Counties, "compare/country.html", std::string(w.menu_counties)});
    else if (c->county_pages.size() == 1)
      f.menu.push_back({MenuItem::Counties, "compare/" + county_href(c->county_pages.front()), std::string(w.menu_counties)});
  }
  f.menu.push_back({MenuItem::About, kAboutPage, std::string(w.menu_about)});
  f.menu.push_back({MenuItem::Search, kSearchPage, std::string(w.menu_search)});
  return f;
}

}  // namespace jamfor
