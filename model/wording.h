#pragma once
// All fixed reader text, one table per language (wording_sv.cc, wording_en.cc), as Hugo's
// i18n tables are. It lives in the model, the lowest layer, so the generator's sentences, the
// charts' labels and the pages all take their words from the same table. Every key is a member:
// a language file that leaves one out does not compile (those files are built with
// -Werror=missing-field-initializers), and text with values in it is a function, so the
// compiler checks what each sentence is given.
//
// Only fixed text is here. The project's own text (goal titles, analyses) and the sources'
// names (KPI titles, municipality and county names) are shown as written.

#include <array>
#include <string>
#include <string_view>

namespace jamfor {

using Words = std::string (*)(std::string_view);
using Words2 = std::string (*)(std::string_view, std::string_view);
using Words3 = std::string (*)(std::string_view, std::string_view, std::string_view);

struct Wording {
  std::string_view language;   // the <html lang>: "sv", "en"
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
  std::string_view rank_per_year;
  Words ranks_page_title;                 // (KPI): the page of every municipality's ranks
  Words ranks_page_link;                  // (population): the link to it from the KPI page
  std::string_view women_and_men, women, men, rank_women, rank_men;
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

  // Numbers: "21 745", "10,8", "75 %" in Swedish; "21,745", "10.8", "75%" in English
  std::string_view decimal_mark, group_mark, percent_gap;
  std::string_view percentage_points;  // the unit of a change in a share: "procentenheter"

  // The model's names: statuses (lower case, as inside a sentence), genders, goal levels, periods
  std::string_view status_achieved, status_partial, status_not_achieved, status_no_data;
  std::string_view gender_total, gender_women, gender_men;
  std::string_view level_council, level_committee, level_unit;
  std::array<std::string_view, 12> months;  // short names: "jan", …, "dec"
  Words2 tertial_label, half_label, quarter_label;  // (year, number): "2016 tertial 1"

  // The generator's targets and sentences ("57 % mot målet minst 85 %: ej uppnått.")
  std::string_view previous_year, same_period_previous_year, target_judged, target_at_least, target_at_most;
  Words2 target_between;               // (low, high)
  std::string_view target_decrease, target_increase;
  Words by_at_least;                   // (amount): " med minst 2 procentenheter"
  Words compared_with;                 // (previous_year or same_period_previous_year)
  Words2 no_outcome_for;               // (period, target)
  Words against_the_target;            // (target): " mot målet minst 85 %: "
  Words cannot_judge_without;          // (the previous period)
  Words within_of_target;              // (the tolerance, "5 %")
  Words improved_since;                // (period)
  Words3 change_since_from;            // (period, change, previous value)
  Words2 judgement_for;                // (period, status)
  Words3 combined_for_units;           // (Status, number of units, target)
  Words no_judgement_for;              // (period)
  std::string_view no_target_value;
  Words2 units_judged_together;        // (Status, number of units)
  Words2 status_by_judgement;          // (Status, period)
  Words no_judged_indicators;          // (period)
  Words count_achieved, count_partial, count_not_achieved, count_no_data;  // (n): "2 uppnådda"
  Words count_indicators, count_unit_judgements, count_subgoals;          // (n)
  Words3 status_of_basis;              // (Status, counts, basis): "Uppnått: 2 uppnådda av 2 indikatorer."

  // The comparison's populations ("rang 3 bland Blekinge läns 5 kommuner") and reference lines
  Words sweden_municipalities;          // (n): "Sveriges 290 kommuner"
  Words in_the_comparison, in_the_selection, in_the_list;  // (n): "de 12 kommunerna i jämförelsen"
  std::string_view only_municipality;   // "den enda kommunen i jämförelsen"
  Words2 county_municipalities;         // (county, n): "Blekinge läns 5 kommuner"
  Words2 group_municipalities;          // (group, n): "Liknande kommuner (7 kommuner)"
  Words mean_of_n_municipalities;       // (n): an outcome's comment, "medelvärde av 5 kommuner, egen bearbetning"
  Words2 kolada_kpi_source;             // (id, title): "Kolada (RKA), nyckeltal N31807: …"
  Words3 table_measure_source;          // (source, id, title)

  // Values, classes and units of the comparison
  std::string_view yes, no;             // an answer: "Ja", "Nej"
  Words share_yes;                      // (percent): a median between answers, "40 % ja"
  std::string_view class_best, class_middle, class_worst, class_good, class_bad, class_unclassed, class_no_value;
  std::string_view unit_kr_per_inhabitant, unit_per_1000, unit_days, unit_million_kr;  // read from Kolada's titles
  Words2 rank_of;                       // (rank, n): "3 av 5"

  // Charts: their labels, tooltips and descriptions (read by screen readers)
  Words mean_of_municipalities_line;    // (name): "Riket (medelvärde av kommunerna)"
  std::string_view chart_area, chart_gender, chart_aspect, chart_share, chart_target, chart_series, chart_unit;
  Words municipalities_of_county;       // (county): "Blekinge läns kommuner"
  std::string_view municipalities_in_selection, municipalities, other_municipalities, the_selected_municipalities;
  std::string_view median, the_median, riket_in_text;  // a line's name; inside a sentence
  Words3 ranked_by;                     // (n, KPI, year): "290 kommuner rangordnade efter … 2023"
  std::string_view women_suffix, men_suffix;            // ", kvinnor"
  Words marked, with_lines;             // (names): ", Ronneby markerade", ", med linjer för riket och medianen"
  std::string_view best_to_the_left, highest_to_the_left, rank_axis;
  Words3 rank_per_year_description;     // (population, names, KPI)
  Words2 kpi_per_year_description;      // (KPI, names)
  Words2 women_and_men_description;     // (KPI, municipality)
  Words3 aspects_description;           // (year, gender, names)
  std::string_view all_municipalities_of_sweden;
  Words municipalities_in_counties;     // (n): "kommunerna i 3 län"
  Words3 municipality_map_description;  // (which, population, "KPI year")
  Words2 county_map_description;        // (n, "KPI year")
  Words target_line;                    // (level): "Mål: minst 85 %"
  std::string_view target_lowest;       // "lägst "
  Words outcomes_over_time, outcomes_by_gender, outcomes_by_unit;  // (indicator)
  Words goals_by_status_description;    // (period)

  // Profiles, county pages, the national page and the user survey
  std::string_view mean_note;           // after the mark "*"
  std::string_view no_values_for_kpi;
  Words2 ranking_heading;               // (year, population)
  std::string_view values_in_table, values_in_table_above, values_in_table_below;  // after a chart's description
  Words whole_ranking;                  // (n): the folded table's summary
  std::string_view the_ranking, all_years_json;
  Words profile_heading, profile_title; // (municipality)
  std::string_view profile_in;          // "Ronneby" + " i " + "Blekinge län"
  Words profile_lead;                   // (population): the rest of the lead
  Words2 compared_with_population;      // (municipality, population)
  std::string_view col_kpi, col_change, col_rank_and_class, col_goal, col_against_riket, col_against_county;
  Words2 latest_with_value;             // (value, year): " (senast 12 % 2021)"
  Words county_heading;                 // (county)
  Words county_lead;                    // (population)
  std::string_view municipality_profiles, against_project_targets;
  Words class_among, compared_with_heading;  // (population)
  std::string_view compared_with_targets, same_target_note;
  Words2 map_heading;                   // (KPI, year)
  std::string_view counties_of_sweden_compared, national_lead, counties_per_kpi, counties_of_sweden;
  Words2 page_part;                     // (i, n): "del 2 av 4", a part of a matrix too big for one page
  std::string_view page_parts_label;    // the accessible name of the way between the parts
  Words page_parts_lead;                // (n)
  Words survey_heading;                 // (year)
  Words2 survey_lead;                   // (municipality, similar group or "")
  std::string_view positive_share_per_aspect;
  Words positive_share;                 // (gender)
  std::string_view values_label, own_processing_from;  // the attribution: "Värden: " … ". Rang, … data från "
  Words fetched_on, published_by_kolada;               // (date or range)

  // A chart's place without JavaScript: "Diagram: … Siffrorna finns i tabellen nedan."
  std::string_view chart_word, figures_below, figures_above;

  // Downloads: a table's title, source and column names, and the archive's read-me
  Words ranking_for;                    // (KPI)
  std::string_view ranking_own_processing;
  std::array<std::string_view, 9> ranking_columns;  // kpi, year, gender, area, name, value, rank, percentile, class
  std::array<std::string_view, 7> outcome_columns;  // indicator, period, gender, unit, reference, value, comment
  std::string_view readme_name;         // "LÄSMIG.txt"
  Words3 readme;                        // (title and organisation, build date, fetch date or "")

  // Typography: the marks that open a quotation ("”citat”" in Swedish, "“quote”" in English)
  std::string_view opening_double_quote, opening_single_quote;
};

// `text` ending a sentence: with a full stop, unless it already has one (a KPI title such as
// "… andel (%) av bef." ends in an abbreviation).
inline std::string with_full_stop(std::string_view text) {
  return std::string(text) + (text.ends_with('.') ? "" : ".");
}

// `text` starting a sentence or a label: the first letter upper-cased ("uppnått" -> "Uppnått").
// The labels of the tables start with an ASCII letter; text that does not is left as it is.
inline std::string capitalised(std::string_view text) {
  std::string out(text);
  if (!out.empty() && out[0] >= 'a' && out[0] <= 'z') out[0] = static_cast<char>(out[0] - 'a' + 'A');
  return out;
}

// The table for `language` ("sv" or "en"); the project loader accepts only languages that have one.
const Wording& wording(std::string_view language);

}  // namespace jamfor
