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

  // The 404 page
  std::string_view not_found_title, not_found_text, not_found_go_to, not_found_home, not_found_or, not_found_search;
};

// The table for `language` ("sv"); the project loader accepts only languages that have one.
const Wording& wording(std::string_view language);

}  // namespace jamfor
