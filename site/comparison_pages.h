#pragma once
// The comparison pages, drawn from the generator's comparison results: a page per KPI, a
// profile per municipality in scope, a page per county in scope, the national page (scope
// "all"), an index of them all and the user-survey view; with their CSV downloads and the
// results as JSON (data/comparison.json, data/comparison/KPI.json).

#include <functional>
#include <string>
#include <vector>

#include "generator/comparison.h"
#include "generator/results.h"
#include "site/html_text.h"
#include "site/site_frame.h"

namespace jamfor {

struct SitePage {
  std::string path;     // relative to the site root
  std::string content;  // as written: a page's Html made text, or JSON, CSV
};

// Renders one page with the files that belong to it (its downloads, its JSON). Tasks are
// independent of each other, so the writer runs them on every core.
using PageTask = std::function<std::vector<SitePage>()>;

// Every comparison page and file, as tasks in the order of the site; none when the project has
// no comparison data. `results` and `site` must outlive the tasks.
std::vector<PageTask> comparison_page_tasks(const Results& results, const SiteFrame& site);

// "Kolada" (its terms name no licence to cite); other sources by their name.
std::string source_credit(const std::string& source);
// "Källa: Kolada, hämtad 2026-12-03. … egen bearbetning av data från Kolada.": every source
// of `kpis` named with the fetch date, and our own figures labelled as ours, as Kolada's terms
// ask. `fetched` is the store's last fetch (empty without one).
Html comparison_attribution(const std::vector<const ComparisonKpi*>& kpis, const std::string& fetched,
                                   const Wording& words);
// ", hämtad 2026-12-03, publicerad av Kolada 2024-09-16–2025-06-14": when Kolada's values of
// `kpis` were fetched and published (one date, or the range over the KPIs); the parts it lacks
// are left out. Unescaped.
std::string kolada_dates(const std::vector<const ComparisonKpi*>& kpis, const std::string& fetched, const Wording& words);

}  // namespace jamfor
