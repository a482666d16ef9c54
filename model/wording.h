#pragma once
// All fixed reader text, one table per language (wording_sv.cc, …), as Hugo's i18n tables
// are. It lives in the model, the lowest layer, so the generator's sentences, the charts'
// labels and the pages all take their words from the same table. Every key is a member: a language file that leaves one out does not compile
// (those files are built with -Werror=missing-field-initializers), and text with values in it
// is a function, so the compiler checks what each sentence is given.
//
// Moving the reader text here goes page by page; the page frame, the menu, the search and the
// 404 page are here. The other pages, the charts and the generator still have their Swedish
// text in place, which is why the project loader still accepts only language = "sv".

#include <string>
#include <string_view>

namespace jamfor {

using Words = std::string (*)(std::string_view);
using Words2 = std::string (*)(std::string_view, std::string_view);

struct Wording {
  std::string_view language;   // the <html lang>: "sv"
  std::string_view og_locale;  // "sv_SE"

  // Around every page
  std::string_view skip_to_content;  // the skip link
  std::string_view site_menu;        // the menu's accessible name
  std::string_view you_are_here;     // the breadcrumbs' accessible name
  std::string_view overview;         // the start page, in breadcrumbs
  Words built_on;                    // " · Byggd 2026-12-03"
  Words kolada_fetched_on;           // " · Data från Kolada hämtad 2026-12-03"
  std::string_view about_link, results_json_link, data_zip_link, made_with;
  Words page_address;                // printed: "Sidans adress: https://…"

  // The site menu
  std::string_view menu_goals, menu_indicators, menu_kpis, menu_municipalities, menu_counties, menu_about, menu_search;

  // Search
  std::string_view search_title, search_label, search_button, search_needs_script;
  std::string_view search_none, search_one, search_many, search_more;  // "{n}" stands for the number
  std::string_view kind_goal, kind_indicator, kind_kpi, kind_municipality, kind_county;

  // The list of indicators
  std::string_view indicators_title;
  Words2 indicators_lead;  // (count, period)
  Words all_indicators;    // (period): the table's caption
  std::string_view col_indicator, col_measures_goal, col_status, no_target;

  // "Om statistiken"
  std::string_view about_title, about_lead, about_status_heading, about_achieved, about_not_achieved, about_no_data;
  Words about_partial_tolerance;  // (percent)
  std::string_view about_partial_improved, about_partial_or;
  Words about_partial;            // (the conditions joined)
  std::string_view about_partial_never, about_rollup_mixed, about_rollup_worst;
  Words about_rollup_share;       // (percent)
  std::string_view about_rollup_rest, about_status_icons, about_ranks_heading;
  Words about_ranks;              // (population: "Sveriges 290 kommuner")
  std::string_view about_classes_quartiles, list_comma, list_and, list_or;
  Words about_classes_few;        // (minimum count)
  std::string_view about_classes_yes_no, about_references, about_sources_heading;
  Words about_own_data;           // (organisation)
  Words about_kolada;             // (", hämtad …" dates)
  std::string_view about_open_comparisons, about_own_processing, about_downloads, about_results_json,
      about_comparison_json, about_zip, about_zip_note;

  // The 404 page
  std::string_view not_found_title, not_found_text, not_found_go_to, not_found_home, not_found_or, not_found_search;
};

// The table for `language` ("sv"); the project loader accepts only languages that have one.
const Wording& wording(std::string_view language);

}  // namespace jamfor
