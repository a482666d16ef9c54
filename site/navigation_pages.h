#pragma once
// The pages that help a reader find their way: the list of indicators, "Om statistiken"
// (how statuses, ranks and sources work on this site), the offline search with its index,
// and the page a web server shows for an address that does not exist.

#include <string>

#include "generator/results.h"
#include "site/html_text.h"
#include "site/site_frame.h"

namespace jamfor {

Html render_indicator_index(const Results& results, const SiteFrame& site);
Html render_about_page(const Results& results, const SiteFrame& site);
Html render_search_page(const SiteFrame& site);
// assets/search-index.js: `window.jamforSearchIndex = [[kind, title, href, words], …];`. A
// script, not JSON to fetch, so the search works from file:// and under the site's policy.
std::string search_index_script(const Results& results, const SiteFrame& site);
// 404.html: links from the root, because a server shows it at any depth.
Html render_not_found_page(const SiteFrame& site);

}  // namespace jamfor
