#include "site/html.h"

#include "charts/comparison_charts.h"
#include "generator/json_text.h"

namespace jamfor {

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

Html status_badge(Status status, const Wording& w) {
  std::string_view icon;
  switch (status) {
    case Status::Achieved: icon = "✓"; break;
    case Status::PartiallyAchieved: icon = "◐"; break;
    case Status::NotAchieved: icon = "✗"; break;
    case Status::NoData: icon = "–"; break;
  }
  const std::string label = capitalised(status_label(status, w));
  return "<span class=\"status status-"_html + escape(status_id(status)) +
         "\"><span class=\"status-icon\" aria-hidden=\"true\">"_html + escape(icon) + "</span> "_html + escape(label) +
         "</span>"_html;
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
Html class_badge(Class c, const Wording& w) {
  return "<span class=\"cls cls-"_html + escape(class_id(c)) + "\"><span aria-hidden=\"true\">"_html + escape(class_icon(c)) +
         "</span> "_html + escape(class_label(c, w)) + "</span>"_html;
}

Html class_cell(Class c, const Html& text) {
  return "<td class=\"cell-"_html + escape(class_id(c)) + "\">"_html + text + "</td>"_html;
}

Html class_badge_cell(Class c) { return "<td class=\"badge-"_html + escape(class_id(c)) + "\"></td>"_html; }

namespace {
std::string css_string(std::string_view text) {
  std::string out = "\"";
  for (char c : text) {
    if (c == '"' || c == '\\') out += '\\';
    if (c == '\n') out += "\\A ";
    else out += c;
  }
  return out + "\"";
}

constexpr Class kClasses[] = {Class::Best, Class::Middle, Class::Worst, Class::Good, Class::Bad, Class::Unclassed, Class::NoValue};
}  // namespace

std::string class_cell_css(const Wording& w) {
  std::string css = "/* the icon after each compact class cell, read out as the class's words */\n";
  for (Class c : kClasses) {
    const std::string icon = css_string(" " + std::string(class_icon(c)));
    css += "td.cell-" + std::string(class_id(c)) + "::after { content: " + icon + "; content: " + icon + " / " +
           css_string(" " + std::string(class_label(c, w))) + "; }\n";
  }
  // class_badge's icon is hidden from screen readers, so the alternative is the words alone.
  css += "/* the badge in each cell of a class column: icon and words, read out as the words */\n";
  for (Class c : kClasses) {
    const std::string label(class_label(c, w));
    const std::string badge = css_string(std::string(class_icon(c)) + " " + label);
    css += "td.badge-" + std::string(class_id(c)) + "::before { content: " + badge + "; content: " + badge + " / " +
           css_string(label) + "; }\n";
  }
  return css;
}

Html render_page(const SiteFrame& sf, const PageFrame& frame, const Html& main_html) {
  const SiteSettings& site = *sf.settings;
  const Wording& w = *sf.words;
  const Html root = escape(frame.root);
  Html h;
  h += "<!DOCTYPE html>\n<html lang=\""_html + escape(w.language) + "\">\n<head>\n"_html;
  h += "<meta charset=\"utf-8\">\n"_html;
  h += "<meta name=\"viewport\" content=\"width=device-width, initial-scale=1\">\n"_html;
  // Our own constant, in a double-quoted attribute: its single quotes are safe as they are.
  h += "<meta http-equiv=\"Content-Security-Policy\" content=\""_html + Html::trusted(std::string(kContentSecurityPolicy)) +
       "\">\n"_html;
  h += "<title>"_html + escape(frame.title) + " – "_html + escape(site.title) + "</title>\n"_html;
  const std::string description = site.description.empty() ? site.organisation + ": " + site.title : site.description;
  h += "<meta name=\"description\" content=\""_html + escape(description) + "\">\n"_html;
  if (!site.base_url.empty() && !frame.path.empty())
    h += "<link rel=\"canonical\" href=\""_html + escape(site.base_url + frame.path) + "\">\n"_html;
  h += "<meta property=\"og:type\" content=\"website\">\n"_html;
  h += "<meta property=\"og:site_name\" content=\""_html + escape(site.title) + "\">\n"_html;
  h += "<meta property=\"og:title\" content=\""_html + escape(frame.title) + "\">\n"_html;
  h += "<meta property=\"og:description\" content=\""_html + escape(description) + "\">\n"_html;
  h += "<meta property=\"og:locale\" content=\""_html + escape(w.og_locale) + "\">\n"_html;
  if (!site.base_url.empty() && !frame.path.empty())
    h += "<meta property=\"og:url\" content=\""_html + escape(site.base_url + frame.path) + "\">\n"_html;
  h += "<link rel=\"icon\" href=\""_html + root + "assets/favicon.svg\" type=\"image/svg+xml\">\n"_html;
  h += "<link rel=\"stylesheet\" href=\""_html + root + "assets/style.css\">\n"_html;
  if (sf.class_cells) h += "<link rel=\"stylesheet\" href=\""_html + root + "assets/classes.css\">\n"_html;
  if (sf.theme) h += "<link rel=\"stylesheet\" href=\""_html + root + "assets/theme.css\">\n"_html;
  if (sf.custom_stylesheet) h += "<link rel=\"stylesheet\" href=\""_html + root + "assets/custom.css\">\n"_html;
  h += "</head>\n<body>\n"_html;
  h += "<a class=\"skip-link\" href=\"#main\">"_html + escape(w.skip_to_content) + "</a>\n"_html;
  h += "<header class=\"site-header\">\n"_html;
  if (!sf.logo_asset.empty()) h += "<img class=\"site-logo\" src=\""_html + root + escape(sf.logo_asset) + "\" alt=\"\">\n"_html;
  h += "<p class=\"site-org\">"_html + escape(site.organisation) + "</p>\n"_html;
  h += "<p class=\"site-title\"><a href=\""_html + root + "index.html\">"_html + escape(site.title) + "</a></p>\n"_html;
  h += "</header>\n"_html;
  if (!sf.menu.empty()) {
    h += "<nav class=\"site-menu\" aria-label=\""_html + escape(w.site_menu) + "\">\n<ul>\n"_html;
    for (const auto& e : sf.menu)
      h += "<li><a href=\""_html + root + escape(e.href) + "\""_html +
           (e.item == frame.menu ? " aria-current=\"true\" class=\"current\""_html : Html()) + ">"_html + escape(e.label) +
           "</a></li>\n"_html;
    h += "</ul>\n</nav>\n"_html;
  }
  if (!frame.breadcrumbs.empty()) {
    h += "<nav class=\"breadcrumbs\" aria-label=\""_html + escape(w.you_are_here) + "\">\n<ol>\n"_html;
    for (size_t i = 0; i < frame.breadcrumbs.size(); ++i) {
      const auto& [href, text] = frame.breadcrumbs[i];
      if (i + 1 == frame.breadcrumbs.size())
        h += "<li><span aria-current=\"page\">"_html + escape(text) + "</span></li>\n"_html;
      else
        h += "<li><a href=\""_html + escape(href) + "\">"_html + escape(text) + "</a></li>\n"_html;
    }
    h += "</ol>\n</nav>\n"_html;
  }
  h += "<main id=\"main\">\n"_html + main_html + "</main>\n"_html;
  h += "<footer class=\"site-footer\">\n<p>"_html + escape(site.organisation);
  if (!sf.build_date.empty()) h += escape(w.built_on(sf.build_date));
  if (!sf.fetched.empty()) h += escape(w.kolada_fetched_on(sf.fetched));
  h += " · <a href=\""_html + root + "about.html\">"_html + escape(w.about_link) + "</a>"_html +
       " · <a href=\""_html + root + "data/results.json\">"_html + escape(w.results_json_link) + "</a>"_html +
       " · <a href=\""_html + root + "data/jamfor-data.zip\" download>"_html + escape(w.data_zip_link) + "</a>"_html +
       " · "_html + escape(w.made_with) + "</p>\n"_html;
  if (!frame.path.empty())
    h += "<p class=\"print-only\">"_html + escape(w.page_address(site.base_url.empty() ? frame.path : site.base_url + frame.path)) +
         "</p>\n"_html;
  h += "</footer>\n"_html;
  for (const auto& script : frame.data_scripts)
    h += "<script src=\""_html + root + "assets/"_html + escape(script) + "\"></script>\n"_html;
  if (frame.has_charts) {
    for (const char* script : {"vega.min.js", "vega-interpreter.js", "vega-lite.min.js", "vega-embed.min.js", "jamfor.js"})
      h += "<script src=\""_html + root + "assets/"_html + escape(script) + "\"></script>\n"_html;
  }
  h += "</body>\n</html>\n"_html;
  return h;
}

Html scroll_table(const std::string& label, const Html& table) {
  return "<div class=\"table-scroll\" role=\"region\" aria-label=\""_html + escape(label) + "\" tabindex=\"0\">\n"_html + table +
         "</div>\n"_html;
}

Html chart_figure(const ChartSpec& chart, const std::string& caption, const Wording& w, TablePlace table) {
  // Without JavaScript the chart's place says what it would show and where the numbers are;
  // jamfor.js makes it an image labelled with the same description once the chart is drawn.
  // The spec is Boost.JSON's serialization with every "<" escaped, so it cannot leave the
  // <script type="application/json"> element it sits in.
  const Html spec = Html::trusted(escape_script_json(to_json_text(chart.spec, JsonStyle::Compact)));
  return "<figure class=\"chart\">\n<div class=\"vl-chart\" data-spec=\""_html + escape(chart.id) + "\" data-label=\""_html +
         escape(chart.description) + "\"><p class=\"chart-fallback\">"_html + escape(w.chart_word) + escape(chart.description) +
         escape(table == TablePlace::Below ? w.figures_below : w.figures_above) +
         "</p></div>\n<script type=\"application/json\" id=\""_html + escape(chart.id) + "\">"_html + spec +
         "</script>\n<figcaption>"_html + escape(caption) + "</figcaption>\n</figure>\n"_html;
}

}  // namespace jamfor
