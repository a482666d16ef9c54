#pragma once
// The parts every page shares. Everything from input files passes through escape()
// (site/html_text.h) before it reaches a page; the Html type makes that the only way.

#include <string>
#include <string_view>
#include <vector>

#include "charts/indicator_charts.h"
#include "generator/comparison.h"
#include "model/project.h"
#include "site/html_text.h"
#include "site/site_frame.h"

namespace jamfor {

// Inside <script type="application/json">, only "</" can end the element early. Text, not
// Html: it is only safe inside such an element (chart_figure) or a script file.
std::string escape_script_json(std::string_view json);

// Every page carries this policy, and every page works under it: no inline script or style,
// no eval, nothing from another origin. docs/publishing.md gives the same policy as an HTTP
// header for nginx, Apache and IIS (a <meta> cannot set frame-ancestors).
inline constexpr std::string_view kContentSecurityPolicy =
    "default-src 'self'; script-src 'self'; style-src 'self'; img-src 'self' data:; "
    "object-src 'none'; base-uri 'none'; form-action 'self'";

struct PageFrame {
  std::string title;         // the page's own title, plain text
  std::string root;          // relative path back to the site root: "" or "../"
  std::vector<std::pair<std::string, std::string>> breadcrumbs;  // (href, text); last is current
  bool has_charts = false;   // loads the chart scripts
  std::vector<std::string> data_scripts;  // scripts of assets/ before the charts': "boundaries-municipalities.js"
  MenuItem menu = MenuItem::None;  // the site menu's item this page belongs to
  std::string path;                // from the site root: "goals/kf-1.html", for canonical links
};

// The shared head, header, site menu, breadcrumbs and footer around `main_html`.
Html render_page(const SiteFrame& site, const PageFrame& frame, const Html& main_html);

// A chart: the element vega-embed draws into, its spec as JSON data, and a caption. The table
// with the same numbers is the caller's, so the page works without JavaScript.
// `table` says where the numbers are, for the text that stands in for the chart without
// JavaScript.
enum class TablePlace { Below, Above };
Html chart_figure(const ChartSpec& chart, const std::string& caption, const Wording& words,
                  TablePlace table = TablePlace::Below);

// A table wider than a phone scrolls inside its own box, never the page (WCAG 1.4.10); the
// box is a labelled region that takes focus, so it can be scrolled from the keyboard.
Html scroll_table(const std::string& label, const Html& table);

// A status shown with icon and words, never colour alone.
Html status_badge(Status status, const Wording& words);

// A comparison class (Open Comparisons' colours) shown the same way; the icon alone for
// compact cells. The icon is text, to be escaped like any other.
std::string_view class_icon(Class c);
Html class_badge(Class c, const Wording& words);

// A compact cell of a wide table (the ranks of every year): `<td class="cell-best">43</td>`,
// the icon and the words added by assets/classes.css, so that 2 300 cells of a KPI page do not
// each carry them.
Html class_cell(Class c, const Html& text);

// A cell that holds only a class, as the ranking's class column: `<td class="badge-best"></td>`,
// drawn as class_badge draws it (icon and words) by assets/classes.css and read out as the
// words, so that 290 rows do not each carry the badge's markup and words.
Html class_badge_cell(Class c);

// assets/classes.css: after each compact cell its icon, read out as the class's words; in each
// badge cell the icon and the words, read out as the words (CSS generated content with
// alternative text; browsers without it show the same and read the icon too).
std::string class_cell_css(const Wording& words);

}  // namespace jamfor
