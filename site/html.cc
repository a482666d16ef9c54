#include "site/html.h"

#include "charts/comparison_charts.h"
#include "generator/json_text.h"

namespace jamfor {

std::string escape(std::string_view text) {
  std::string out;
  out.reserve(text.size());
  for (char c : text) {
    switch (c) {
      case '&': out += "&amp;"; break;
      case '<': out += "&lt;"; break;
      case '>': out += "&gt;"; break;
      case '"': out += "&quot;"; break;
      case '\'': out += "&#39;"; break;
      default: out += c;
    }
  }
  return out;
}

std::string escape_script_json(std::string_view json) {
  std::string out;
  out.reserve(json.size());
  for (size_t i = 0; i < json.size(); ++i) {
    // "<" only appears inside JSON strings, where \u003c means the same character.
    if (json[i] == '<') out += "\\u003c";
    else out += json[i];
  }
  return out;
}

std::string status_badge(Status status, const Wording& w) {
  std::string_view icon;
  switch (status) {
    case Status::Achieved: icon = "✓"; break;
    case Status::PartiallyAchieved: icon = "◐"; break;
    case Status::NotAchieved: icon = "✗"; break;
    case Status::NoData: icon = "–"; break;
  }
  std::string label(status_label(status, w));
  label[0] = static_cast<char>(std::toupper(static_cast<unsigned char>(label[0])));
  return "<span class=\"status status-" + std::string(status_id(status)) +
         "\"><span class=\"status-icon\" aria-hidden=\"true\">" + std::string(icon) + "</span> " +
         label + "</span>";
}

std::string_view class_icon(Class c) {
  switch (c) {
    case Class::Best: return "▲";
    case Class::Middle: return "■";
    case Class::Worst: return "▼";
    case Class::Good: return "✓";
    case Class::Bad: return "✗";
    case Class::Unclassed: return "○";
    case Class::NoValue: return "–";
  }
  return "";
}

// A class as icon and words, never colour alone.
std::string class_badge(Class c, const Wording& w) {
  return "<span class=\"cls cls-" + std::string(class_id(c)) + "\"><span aria-hidden=\"true\">" + std::string(class_icon(c)) +
         "</span> " + escape(class_label(c, w)) + "</span>";
}

std::string render_page(const SiteFrame& sf, const PageFrame& frame, const std::string& main_html) {
  const SiteSettings& site = *sf.settings;
  const Wording& w = *sf.words;
  std::string h;
  h += "<!DOCTYPE html>\n<html lang=\"" + escape(w.language) + "\">\n<head>\n";
  h += "<meta charset=\"utf-8\">\n";
  h += "<meta name=\"viewport\" content=\"width=device-width, initial-scale=1\">\n";
  h += "<meta http-equiv=\"Content-Security-Policy\" content=\"" + std::string(kContentSecurityPolicy) + "\">\n";
  h += "<title>" + escape(frame.title) + " – " + escape(site.title) + "</title>\n";
  const std::string description = site.description.empty() ? site.organisation + ": " + site.title : site.description;
  h += "<meta name=\"description\" content=\"" + escape(description) + "\">\n";
  if (!site.base_url.empty() && !frame.path.empty())
    h += "<link rel=\"canonical\" href=\"" + escape(site.base_url + frame.path) + "\">\n";
  h += "<meta property=\"og:type\" content=\"website\">\n";
  h += "<meta property=\"og:site_name\" content=\"" + escape(site.title) + "\">\n";
  h += "<meta property=\"og:title\" content=\"" + escape(frame.title) + "\">\n";
  h += "<meta property=\"og:description\" content=\"" + escape(description) + "\">\n";
  h += "<meta property=\"og:locale\" content=\"" + escape(w.og_locale) + "\">\n";
  if (!site.base_url.empty() && !frame.path.empty())
    h += "<meta property=\"og:url\" content=\"" + escape(site.base_url + frame.path) + "\">\n";
  h += "<link rel=\"icon\" href=\"" + frame.root + "assets/favicon.svg\" type=\"image/svg+xml\">\n";
  h += "<link rel=\"stylesheet\" href=\"" + frame.root + "assets/style.css\">\n";
  if (sf.theme) h += "<link rel=\"stylesheet\" href=\"" + frame.root + "assets/theme.css\">\n";
  if (sf.custom_stylesheet) h += "<link rel=\"stylesheet\" href=\"" + frame.root + "assets/custom.css\">\n";
  h += "</head>\n<body>\n";
  h += "<a class=\"skip-link\" href=\"#main\">" + escape(w.skip_to_content) + "</a>\n";
  h += "<header class=\"site-header\">\n";
  if (!sf.logo_asset.empty()) h += "<img class=\"site-logo\" src=\"" + frame.root + sf.logo_asset + "\" alt=\"\">\n";
  h += "<p class=\"site-org\">" + escape(site.organisation) + "</p>\n";
  h += "<p class=\"site-title\"><a href=\"" + frame.root + "index.html\">" + escape(site.title) + "</a></p>\n";
  h += "</header>\n";
  if (!sf.menu.empty()) {
    h += "<nav class=\"site-menu\" aria-label=\"" + escape(w.site_menu) + "\">\n<ul>\n";
    for (const auto& e : sf.menu)
      h += "<li><a href=\"" + frame.root + escape(e.href) + "\"" +
           (e.item == frame.menu ? " aria-current=\"true\" class=\"current\"" : "") + ">" + escape(e.label) + "</a></li>\n";
    h += "</ul>\n</nav>\n";
  }
  if (!frame.breadcrumbs.empty()) {
    h += "<nav class=\"breadcrumbs\" aria-label=\"" + escape(w.you_are_here) + "\">\n<ol>\n";
    for (size_t i = 0; i < frame.breadcrumbs.size(); ++i) {
      const auto& [href, text] = frame.breadcrumbs[i];
      if (i + 1 == frame.breadcrumbs.size())
        h += "<li><span aria-current=\"page\">" + escape(text) + "</span></li>\n";
      else
        h += "<li><a href=\"" + escape(href) + "\">" + escape(text) + "</a></li>\n";
    }
    h += "</ol>\n</nav>\n";
  }
  h += "<main id=\"main\">\n" + main_html + "</main>\n";
  h += "<footer class=\"site-footer\">\n<p>" + escape(site.organisation);
  if (!sf.build_date.empty()) h += escape(w.built_on(sf.build_date));
  if (!sf.fetched.empty()) h += escape(w.kolada_fetched_on(sf.fetched));
  h += " · <a href=\"" + frame.root + "about.html\">" + escape(w.about_link) + "</a>" +
       " · <a href=\"" + frame.root + "data/results.json\">" + escape(w.results_json_link) + "</a>" +
       " · <a href=\"" + frame.root + "data/jamfor-data.zip\" download>" + escape(w.data_zip_link) + "</a>" +
       " · " + escape(w.made_with) + "</p>\n";
  if (!frame.path.empty())
    h += "<p class=\"print-only\">" + escape(w.page_address(site.base_url.empty() ? frame.path : site.base_url + frame.path)) + "</p>\n";
  h += "</footer>\n";
  for (const auto& script : frame.data_scripts) h += "<script src=\"" + frame.root + "assets/" + script + "\"></script>\n";
  if (frame.has_charts) {
    for (const char* script : {"vega.min.js", "vega-interpreter.js", "vega-lite.min.js", "vega-embed.min.js", "jamfor.js"})
      h += "<script src=\"" + frame.root + "assets/" + script + "\"></script>\n";
  }
  h += "</body>\n</html>\n";
  return h;
}

std::string scroll_table(const std::string& label, const std::string& table) {
  return "<div class=\"table-scroll\" role=\"region\" aria-label=\"" + escape(label) + "\" tabindex=\"0\">\n" + table + "</div>\n";
}

std::string chart_figure(const ChartSpec& chart, const std::string& caption, const Wording& w, TablePlace table) {
  // Without JavaScript the chart's place says what it would show and where the numbers are;
  // jamfor.js makes it an image labelled with the same description once the chart is drawn.
  return "<figure class=\"chart\">\n<div class=\"vl-chart\" data-spec=\"" + escape(chart.id) + "\" data-label=\"" +
         escape(chart.description) + "\"><p class=\"chart-fallback\">" + escape(w.chart_word) + escape(chart.description) +
         escape(table == TablePlace::Below ? w.figures_below : w.figures_above) + "</p></div>\n<script type=\"application/json\" id=\"" +
         escape(chart.id) + "\">" + escape_script_json(to_json_text(chart.spec, JsonStyle::Compact)) +
         "</script>\n<figcaption>" + escape(caption) + "</figcaption>\n</figure>\n";
}

}  // namespace jamfor
