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
using Words3 = std::string (*)(std::string_view, std::string_view, std::string_view);

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

  // Goal and indicator pages, and the start page
  std::string_view unchanged, for_the_better, for_the_worse;  // after a change: ", förbättring"
  std::string_view overall_judgement;                          // a judgement without a unit
  std::string_view source_is, kpi_named, measure_named;        // "Källa: ", ", nyckeltal ", ", mått "
  Words own_processing_of;            // (source): after "Källa: …" on an indicator page
  Words3 goal_attribution;            // (source, credit, dates)
  std::string_view all_goals, goal_count;
  Words same_as;                      // (period)
  Words2 better_than, worse_than;     // (period, that period's status)
  Words goal_fulfilment;              // (period): "Måluppfyllelse 2016"
  Words goals_per_status_chart, goals_per_status_table;  // (period)
  Words goals_decided_by;             // (decider)
  std::string_view comparisons_heading;
  Words kpi_count, profile_count, county_page_count;     // (number)
  Words profile_of;                   // (municipality)
  std::string_view profile_link_note;
  Words county_side_by_side;          // (county)
  std::string_view counties_compared, other_indicators;
  std::string_view fact_level, fact_decided_by, fact_decided, fact_decision, fact_breaks_down;
  std::string_view indicators_heading;
  Words goal_indicators_caption;      // (period)
  std::string_view col_target, col_outcome;
  Words col_change_since;             // (period)
  std::string_view subgoals, over_time, fulfilment_per_period, col_period, col_basis;
  std::string_view fact_unit, fact_direction, higher_is_better, lower_is_better, fact_source, fact_measures;
  Words judgement_heading;            // (period)
  Words against_goal_target;          // (decider)
  std::string_view against_target, no_target_followed;
  Words judgement_own_processing;     // (source)
  std::string_view charts_heading;
  Words trend_caption;                // (whose values)
  std::string_view dashed_target_line, gender_caption, units_caption, data_heading, no_outcomes;
  Words outcomes_for;                 // (indicator)
  std::string_view compare_link, compare_link_note, the_outcomes;

  // The comparison's index pages and breadcrumbs
  std::string_view municipalities_and_counties;
  Words municipalities_lead;        // (population)
  std::string_view all_counties_note, kpis_title;
  Words2 kpis_lead;                 // (count, population)
  std::string_view user_survey, user_survey_note;
  std::string_view results_as_data, one_file_per_kpi;

  // KPI pages
  std::string_view unchanged_answer;     // a yes/no answer that stayed
  Words2 answer_changed;                 // (before, now)
  Words classing_quartiles;              // (population)
  std::string_view classing_answers;
  Words2 classing_too_few;               // (count, minimum)
  std::string_view classing_no_direction;
  Words kolada_kpi_named;                // (id)
  Words2 measure_from;                   // (id, source)
  std::string_view no_direction_given;
  Words fetched_from_kolada, kolada_published;  // (date)
  std::string_view areas_with_value, of, value_word, no_value_in;
  Words latest_value_is;                 // (value)
  Words change_since;                    // (year)
  std::string_view rank_word, class_word, against_project_target, riket, median_of_municipalities, unweighted_mean;
  Words among_with_value;                // (population): " (bland … med värde)"
  Words2 ranking_caption;                // (year, population)
  std::string_view col_rank, col_municipality, col_value, col_percentile, col_class;

  // KPI pages: ranks over the years, women and men, the references, the counties
  std::string_view rank_by_year;
  Words rank_by_year_note;                // (population)
  std::string_view rank_per_year, women_and_men, women, men, rank_women, rank_men;
  Words women_and_men_in;                 // (municipality): the chart's caption
  Words3 women_and_men_caption;           // (" 2022" or "", " 2022" or "", population)
  Words full_gender_ranking;              // (the JSON link): the sentence around it
  std::string_view kpi_data_json, values_per_year, col_year;
  Words per_year;                         // (names): "Ronneby, Riket och Blekinge län per år."
  std::string_view counties_heading, col_county, county_value, mean_of_municipalities, col_lowest, col_highest,
      class_among_counties;
  Words counties_caption;                 // (year)

  // Downloads: "Ladda ned utfallen: CSV för Excel · CSV (komma, punkt) · JSON"
  std::string_view download, csv_for_excel, plain_csv, json_file;

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
