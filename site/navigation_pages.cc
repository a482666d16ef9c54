#include "site/navigation_pages.h"

#include <boost/json.hpp>

#include "charts/comparison_charts.h"
#include "generator/comparison.h"
#include "generator/format_sv.h"
#include "generator/json_text.h"
#include "site/comparison_pages.h"
#include "site/html.h"

namespace jamfor {
namespace {

std::string status_of(const IndicatorResult& ir, size_t period) {
  for (const auto& c : ir.checks)
    if (c.target) return status_badge(c.headline[period].status);
  return "<span class=\"note\">inget målvärde</span>";
}

std::string rollup_text(const StatusRules& rules) {
  switch (rules.goal_rollup) {
    case Rollup::Mixed:
      return "Ett mål är uppnått när alla dess bedömda indikatorer är uppnådda, ej uppnått när alla är ej "
             "uppnådda, och annars delvis uppnått.";
    case Rollup::Worst:
      return "Ett mål får den sämsta statusen bland sina bedömda indikatorer.";
    case Rollup::Share:
      return "Ett mål är uppnått när minst " + format_number(rules.achieved_share_percent) +
             " % av dess bedömda indikatorer är uppnådda, ej uppnått när ingen är det, och annars delvis uppnått.";
  }
  return "";
}

std::string partial_text(const StatusRules& rules) {
  std::string out;
  if (rules.partial_tolerance_percent > 0)
    out += "värdet ligger inom " + format_number(rules.partial_tolerance_percent) + " % av målvärdet";
  if (rules.partial_if_improved) out += std::string(out.empty() ? "" : ", eller ") + "värdet har förbättrats sedan föregående period";
  if (out.empty()) return "Den här webbplatsen använder inte delvis uppnått för indikatorer: ett målvärde är uppnått eller ej uppnått.";
  return "En indikator är delvis uppnådd när målvärdet inte nås men " + out + ".";
}

}  // namespace

std::string render_indicator_index(const Results& r, const SiteFrame& site) {
  const size_t pi = r.current_period_index;
  const Period& current = r.project->settings.periods[pi];
  std::string m = "<h1>Indikatorer</h1>\n<p class=\"lead\">" + std::to_string(r.indicators.size()) +
                  " indikatorer följs upp. Status för " + escape(current.label()) + ".</p>\n";
  std::string t = "<table>\n<caption>Alla indikatorer, " + escape(current.label()) +
                  "</caption>\n<thead><tr><th scope=\"col\">Indikator</th><th scope=\"col\">Mäter målet</th>"
                  "<th scope=\"col\">Status</th></tr></thead>\n<tbody>\n";
  for (const auto& ir : r.indicators) {
    t += "<tr><th scope=\"row\"><a href=\"" + escape(ir.indicator->id) + ".html\">" + escape(ir.indicator->title) + "</a></th><td>";
    for (size_t i = 0; i < ir.goals.size(); ++i)
      t += std::string(i ? "<br>" : "") + "<a href=\"../goals/" + escape(ir.goals[i]->id) + ".html\">" +
           escape(ir.goals[i]->title) + "</a>";
    if (ir.goals.empty()) t += "–";
    t += "</td><td>" + status_of(ir, pi) + "</td></tr>\n";
  }
  m += scroll_table("Alla indikatorer, " + current.label(), t + "</tbody>\n</table>\n");
  PageFrame frame{"Indikatorer", "../", {{"../index.html", "Översikt"}, {"", "Indikatorer"}}, false, {}, MenuItem::Indicators,
                  kIndicatorIndex};
  return render_page(site, frame, m);
}

std::string render_about_page(const Results& r, const SiteFrame& site) {
  const Project& p = *r.project;
  const StatusRules& rules = p.settings.rules;
  std::string m = "<h1>Om statistiken</h1>\n<p class=\"lead\">Hur webbplatsens bedömningar, jämförelser och källor ska läsas.</p>\n";
  if (!r.indicators.empty()) {
    m += "<section>\n<h2>Status för mål och indikatorer</h2>\n<dl class=\"facts\">\n";
    m += "<dt>" + status_badge(Status::Achieved) + "</dt><dd>Alla villkor i målvärdet är uppfyllda. Exakt på gränsen räknas som uppnått.</dd>\n";
    m += "<dt>" + status_badge(Status::PartiallyAchieved) + "</dt><dd>" + escape(partial_text(rules)) + "</dd>\n";
    m += "<dt>" + status_badge(Status::NotAchieved) + "</dt><dd>Målvärdet nås inte.</dd>\n";
    m += "<dt>" + status_badge(Status::NoData) + "</dt><dd>Det saknas ett värde för perioden, eller det värde "
         "som förändringen jämförs med.</dd>\n</dl>\n";
    m += "<p>" + escape(rollup_text(rules)) + " Indikatorer utan uppgift räknas inte. En bedömning som nämnden eller "
         "enheten gjort själv (med motivering) ersätter den beräknade statusen och visas med sin motivering.</p>\n";
    m += "<p>Status visas alltid med symbol och ord, inte bara med färg.</p>\n</section>\n";
  }
  if (const ComparisonResults* c = r.comparison) {
    m += "<section>\n<h2>Rang och klasser</h2>\n";
    m += "<p>Varje nyckeltal rangordnas bland " + escape(c->population.label) + " för varje år, och för kvinnor och "
         "män för sig där nyckeltalet är uppdelat på kön. Rang 1 är bäst, i den riktning som är bättre för nyckeltalet; "
         "lika värden delar rang (1, 2, 2, 4). Ett nyckeltal utan riktning rangordnas inte.</p>\n";
    m += "<p>Klasserna följer Öppna jämförelser, med kvartiler: " + class_badge(Class::Best) + ", " +
         class_badge(Class::Middle) + " och " + class_badge(Class::Worst) + ". Med färre än " +
         std::to_string(kMinimumForClasses) + " värden ges rang men " + class_badge(Class::Unclassed) +
         ". Ja/nej-mått klassas efter svaret: " + class_badge(Class::Good) + " eller " + class_badge(Class::Bad) + ".</p>\n";
    m += "<p>Riket och länen visas med källans egna värden. Där källan saknar dem visas medelvärdet av kommunernas "
         "värden, märkt med * och med texten ”egen bearbetning”; det kräver värden från minst hälften av kommunerna.</p>\n";
    m += "</section>\n";
  }
  m += "<section>\n<h2>Källor och datum</h2>\n<ul>\n";
  m += "<li>Utfall, målvärden, analyser och bedömningar: " + escape(p.settings.organisation) + ".</li>\n";
  if (const ComparisonResults* c = r.comparison) {
    std::vector<const ComparisonKpi*> kpis;
    for (const auto& k : c->kpis) kpis.push_back(k.kpi);
    bool kolada = false, other = false;
    for (const ComparisonKpi* k : kpis) (k->source == Source::Kolada ? kolada : other) = true;
    if (kolada) {
      std::vector<const ComparisonKpi*> from_kolada;
      for (const ComparisonKpi* k : kpis)
        if (k->source == Source::Kolada) from_kolada.push_back(k);
      m += "<li>Nyckeltal: Kolada (Rådet för främjande av kommunala analyser, RKA)" +
           escape(kolada_dates(from_kolada, c->data->kolada_fetched)) + ".</li>\n";
    }
    if (other) m += "<li>Mått ur Öppna jämförelser, som tabellerna publicerades.</li>\n";
    m += "<li>Rang, klasser, medelvärden där källan saknar dem, målvärden och bedömningar är egen bearbetning.</li>\n";
  }
  m += "</ul>\n<p>All data bakom sidorna finns att ladda ned: <a href=\"data/results.json\">bedömningarna (JSON)</a>";
  if (r.comparison) m += " och <a href=\"data/comparison.json\">jämförelserna (JSON)</a>";
  m += ", och all data i en fil: <a href=\"data/jamfor-data.zip\" download>jamfor-data.zip</a> (CSV för Excel, CSV med "
       "komma och JSON för varje sida).</p>\n</section>\n";
  PageFrame frame{"Om statistiken", "", {{"index.html", "Översikt"}, {"", "Om statistiken"}}, false, {}, MenuItem::About, kAboutPage};
  return render_page(site, frame, m);
}

std::string render_search_page(const SiteFrame& site) {
  const Wording& w = *site.words;
  std::string m = "<h1>" + escape(w.search_title) + "</h1>\n";
  m += "<form class=\"search\" id=\"search\" action=\"search.html\" method=\"get\" role=\"search\" data-none=\"" +
       escape(w.search_none) + "\" data-one=\"" + escape(w.search_one) + "\" data-many=\"" + escape(w.search_many) +
       "\" data-more=\"" + escape(w.search_more) + "\">\n<label for=\"q\">" + escape(w.search_label) + "</label>\n"
       "<div class=\"search-row\"><input type=\"search\" id=\"q\" name=\"q\" autocomplete=\"off\" spellcheck=\"false\">"
       "<button type=\"submit\">" + escape(w.search_button) + "</button></div>\n</form>\n";
  m += "<p id=\"search-status\" class=\"search-status\" role=\"status\" aria-live=\"polite\"></p>\n";
  m += "<ul id=\"search-results\" class=\"search-results\"></ul>\n";
  m += "<noscript><p>" + escape(w.search_needs_script) + "</p></noscript>\n";
  PageFrame frame{std::string(w.search_title), "", {{"index.html", std::string(w.overview)}, {"", std::string(w.search_title)}},
                  false, {"search-index.js", "search.js"}, MenuItem::Search, kSearchPage};
  return render_page(site, frame, m);
}

std::string search_index_script(const Results& r, const SiteFrame& site) {
  const Wording& w = *site.words;
  boost::json::array entries;
  auto add = [&](std::string_view kind, const std::string& title, std::string href, std::string words) {
    entries.push_back(boost::json::array{boost::json::string(kind), boost::json::string(title),
                                         boost::json::string(href), boost::json::string(words)});
  };
  for (const auto& g : r.goals) add(w.kind_goal, g.goal->title, "goals/" + g.goal->id + ".html", g.goal->decided_by);
  for (const auto& i : r.indicators) add(w.kind_indicator, i.indicator->title, "indicators/" + i.indicator->id + ".html", i.indicator->kpi);
  if (const ComparisonResults* c = r.comparison) {
    for (const auto& k : c->kpis)
      add(w.kind_kpi, k.kpi->title, "compare/" + kpi_href(*k.kpi), k.kpi->id + " " + k.kpi->operating_area);
    for (size_t area : c->scope) {
      const Area& a = c->data->areas[area];
      add(w.kind_municipality, a.title, "compare/" + profile_href(a), a.id + " " + c->data->county_name(a.county));
    }
    for (const auto& county : c->county_pages) add(w.kind_county, c->data->county_name(county), "compare/" + county_href(county), county);
  }
  return "window.jamforSearchIndex = " + escape_script_json(to_json_text(boost::json::value(entries), JsonStyle::Compact)) + ";\n";
}

std::string render_not_found_page(const SiteFrame& site) {
  // The server shows this page for a missing address at any depth, so links start at the
  // site's own path: "/mal/" for https://www.ronneby.se/mal/, else the server's root.
  std::string root = "/";
  if (const std::string& url = site.settings->base_url; !url.empty()) {
    const size_t host = url.find("//") + 2;
    const size_t slash = url.find('/', host);
    root = slash == std::string::npos ? "/" : url.substr(slash);
  }
  const Wording& w = *site.words;
  std::string m = "<h1>" + escape(w.not_found_title) + "</h1>\n<p>" + escape(w.not_found_text) + "</p>\n<p>" + escape(w.not_found_go_to) + " <a href=\"" +
                  escape(root) + "index.html\">" + escape(w.not_found_home) + "</a> " + escape(w.not_found_or) + " <a href=\"" +
                  escape(root) + "search.html\">" + escape(w.not_found_search) + "</a>.</p>\n";
  PageFrame frame{std::string(w.not_found_title), root, {}, false, {}, MenuItem::None, "404.html"};
  return render_page(site, frame, m);
}

}  // namespace jamfor
