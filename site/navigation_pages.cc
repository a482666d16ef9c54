#include "site/navigation_pages.h"

#include <boost/json.hpp>

#include "charts/comparison_charts.h"
#include "generator/comparison.h"
#include "generator/number_format.h"
#include "generator/json_text.h"
#include "site/comparison_pages.h"
#include "site/html.h"

namespace jamfor {
namespace {

Html status_of(const IndicatorResult& ir, size_t period, const Wording& w) {
  for (const auto& c : ir.checks)
    if (c.target) return status_badge(c.headline[period].status, w);
  return "<span class=\"note\">"_html + escape(w.no_target) + "</span>"_html;
}

std::string rollup_text(const StatusRules& rules, const Wording& w) {
  switch (rules.goal_rollup) {
    case Rollup::Mixed: return std::string(w.about_rollup_mixed);
    case Rollup::Worst: return std::string(w.about_rollup_worst);
    case Rollup::Share: return w.about_rollup_share(format_number(rules.achieved_share_percent, w));
  }
  return "";
}

std::string partial_text(const StatusRules& rules, const Wording& w) {
  std::string out;
  if (rules.partial_tolerance_percent > 0) out += w.about_partial_tolerance(format_number(rules.partial_tolerance_percent, w));
  if (rules.partial_if_improved) out += std::string(out.empty() ? "" : w.about_partial_or) + std::string(w.about_partial_improved);
  return out.empty() ? std::string(w.about_partial_never) : w.about_partial(out);
}

}  // namespace

Html render_indicator_index(const Results& r, const SiteFrame& site) {
  const Wording& w = *site.words;
  const size_t pi = r.current_period_index;
  const Period& current = r.project->settings.periods[pi];
  Html m = "<h1>"_html + escape(w.indicators_title) + "</h1>\n<p class=\"lead\">"_html +
           escape(w.indicators_lead(std::to_string(r.indicators.size()), current.label(w))) + "</p>\n"_html;
  const std::string caption = w.all_indicators(current.label(w));
  Html t = "<table>\n<caption>"_html + escape(caption) + "</caption>\n<thead><tr><th scope=\"col\">"_html + escape(w.col_indicator) +
           "</th><th scope=\"col\">"_html + escape(w.col_measures_goal) + "</th><th scope=\"col\">"_html + escape(w.col_status) +
           "</th></tr></thead>\n<tbody>\n"_html;
  for (const auto& ir : r.indicators) {
    t += "<tr><th scope=\"row\"><a href=\""_html + escape(ir.indicator->id) + ".html\">"_html + escape(ir.indicator->title) + "</a></th><td>"_html;
    for (size_t i = 0; i < ir.goals.size(); ++i)
      t += (i ? "<br>"_html : Html()) + "<a href=\"../goals/"_html + escape(ir.goals[i]->id) + ".html\">"_html +
           escape(ir.goals[i]->title) + "</a>"_html;
    if (ir.goals.empty()) t += "–"_html;
    t += "</td><td>"_html + status_of(ir, pi, w) + "</td></tr>\n"_html;
  }
  m += scroll_table(caption, t + "</tbody>\n</table>\n"_html);
  PageFrame frame{std::string(w.indicators_title), "../", {{"../index.html", std::string(w.overview)}, {"", std::string(w.indicators_title)}},
                  false, {}, MenuItem::Indicators, kIndicatorIndex};
  return render_page(site, frame, m);
}

Html render_about_page(const Results& r, const SiteFrame& site) {
  const Wording& w = *site.words;
  const Project& p = *r.project;
  const StatusRules& rules = p.settings.rules;
  Html m = "<h1>"_html + escape(w.about_title) + "</h1>\n<p class=\"lead\">"_html + escape(w.about_lead) + "</p>\n"_html;
  if (!r.indicators.empty()) {
    m += "<section>\n<h2>"_html + escape(w.about_status_heading) + "</h2>\n<dl class=\"facts\">\n"_html;
    m += "<dt>"_html + status_badge(Status::Achieved, w) + "</dt><dd>"_html + escape(w.about_achieved) + "</dd>\n"_html;
    m += "<dt>"_html + status_badge(Status::PartiallyAchieved, w) + "</dt><dd>"_html + escape(partial_text(rules, w)) + "</dd>\n"_html;
    m += "<dt>"_html + status_badge(Status::NotAchieved, w) + "</dt><dd>"_html + escape(w.about_not_achieved) + "</dd>\n"_html;
    m += "<dt>"_html + status_badge(Status::NoData, w) + "</dt><dd>"_html + escape(w.about_no_data) + "</dd>\n</dl>\n"_html;
    m += "<p>"_html + escape(rollup_text(rules, w)) + escape(w.about_rollup_rest) + "</p>\n"_html;
    m += "<p>"_html + escape(w.about_status_icons) + "</p>\n</section>\n"_html;
  }
  if (const ComparisonResults* c = r.comparison) {
    m += "<section>\n<h2>"_html + escape(w.about_ranks_heading) + "</h2>\n"_html;
    m += "<p>"_html + escape(w.about_ranks(c->population.label)) + "</p>\n"_html;
    m += "<p>"_html + escape(w.about_classes_quartiles) + class_badge(Class::Best, w) + escape(w.list_comma) + class_badge(Class::Middle, w) +
         escape(w.list_and) + class_badge(Class::Worst, w) + escape(w.about_classes_few(std::to_string(kMinimumForClasses))) +
         class_badge(Class::Unclassed, w) + escape(w.about_classes_yes_no) + class_badge(Class::Good, w) + escape(w.list_or) +
         class_badge(Class::Bad, w) + ".</p>\n"_html;
    m += "<p>"_html + escape(w.about_references) + "</p>\n"_html;
    m += "</section>\n"_html;
  }
  m += "<section>\n<h2>"_html + escape(w.about_sources_heading) + "</h2>\n<ul>\n"_html;
  m += "<li>"_html + escape(w.about_own_data(p.settings.organisation)) + "</li>\n"_html;
  if (const ComparisonResults* c = r.comparison) {
    std::vector<const ComparisonKpi*> from_kolada;
    bool other = false;
    for (const auto& k : c->kpis) {
      if (k.kpi->source == Source::Kolada) from_kolada.push_back(k.kpi);
      else other = true;
    }
    if (!from_kolada.empty()) m += "<li>"_html + escape(w.about_kolada(kolada_dates(from_kolada, c->data->kolada_fetched, w))) + "</li>\n"_html;
    if (other) m += "<li>"_html + escape(w.about_open_comparisons) + "</li>\n"_html;
    m += "<li>"_html + escape(w.about_own_processing) + "</li>\n"_html;
  }
  m += "</ul>\n<p>"_html + escape(w.about_downloads) + "<a href=\"data/results.json\">"_html + escape(w.about_results_json) + "</a>"_html;
  if (r.comparison) m += escape(w.list_and) + "<a href=\"data/comparison.json\">"_html + escape(w.about_comparison_json) + "</a>"_html;
  m += escape(w.about_zip) + "<a href=\"data/jamfor-data.zip\" download>jamfor-data.zip</a>"_html + escape(w.about_zip_note) +
       "</p>\n</section>\n"_html;
  PageFrame frame{std::string(w.about_title), "", {{"index.html", std::string(w.overview)}, {"", std::string(w.about_title)}},
                  false, {}, MenuItem::About, kAboutPage};
  return render_page(site, frame, m);
}

Html render_search_page(const SiteFrame& site) {
  const Wording& w = *site.words;
  Html m = "<h1>"_html + escape(w.search_title) + "</h1>\n"_html;
  m += "<form class=\"search\" id=\"search\" action=\"search.html\" method=\"get\" role=\"search\" data-none=\""_html +
       escape(w.search_none) + "\" data-one=\""_html + escape(w.search_one) + "\" data-many=\""_html + escape(w.search_many) +
       "\" data-more=\""_html + escape(w.search_more) + "\">\n<label for=\"q\">"_html + escape(w.search_label) + "</label>\n"_html
       "<div class=\"search-row\"><input type=\"search\" id=\"q\" name=\"q\" autocomplete=\"off\" spellcheck=\"false\">"_html
       "<button type=\"submit\">"_html + escape(w.search_button) + "</button></div>\n</form>\n"_html;
  m += "<p id=\"search-status\" class=\"search-status\" role=\"status\" aria-live=\"polite\"></p>\n"_html;
  m += "<ul id=\"search-results\" class=\"search-results\"></ul>\n"_html;
  m += "<noscript><p>"_html + escape(w.search_needs_script) + "</p></noscript>\n"_html;
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

Html render_not_found_page(const SiteFrame& site) {
  // The server shows this page for a missing address at any depth, so links start at the
  // site's own path: "/mal/" for https://www.ronneby.se/mal/, else the server's root.
  std::string root = "/";
  if (const std::string& url = site.settings->base_url; !url.empty()) {
    const size_t host = url.find("//") + 2;
    const size_t slash = url.find('/', host);
    root = slash == std::string::npos ? "/" : url.substr(slash);
  }
  const Wording& w = *site.words;
  Html m = "<h1>"_html + escape(w.not_found_title) + "</h1>\n<p>"_html + escape(w.not_found_text) + "</p>\n<p>"_html +
           escape(w.not_found_go_to) + " <a href=\""_html +
           escape(root) + "index.html\">"_html + escape(w.not_found_home) + "</a> "_html + escape(w.not_found_or) + " <a href=\""_html +
           escape(root) + "search.html\">"_html + escape(w.not_found_search) + "</a>.</p>\n"_html;
  PageFrame frame{std::string(w.not_found_title), root, {}, false, {}, MenuItem::None, "404.html"};
  return render_page(site, frame, m);
}

}  // namespace jamfor
