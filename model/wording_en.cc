#include "model/wording.h"

namespace jamfor {

extern const Wording kEnglish;
const Wording kEnglish{
    .language = "en",
    .og_locale = "en_GB",

    .skip_to_content = "Skip to content",
    .site_menu = "Website",
    .you_are_here = "You are here",
    .overview = "Overview",
    .built_on = [](std::string_view date) { return " · Built " + std::string(date); },
    .kolada_fetched_on = [](std::string_view date) { return " · Data from Kolada retrieved " + std::string(date); },
    .about_link = "About the statistics",
    .results_json_link = "All assessments as data (JSON)",
    .data_zip_link = "All data (zip)",
    .made_with = "Made with jamfor",
    .page_address = [](std::string_view url) { return "Page address: " + std::string(url); },

    .menu_goals = "Goals",
    .menu_indicators = "Indicators",
    .menu_kpis = "KPIs",
    .menu_municipalities = "Municipalities",
    .menu_counties = "Counties",
    .menu_about = "About the statistics",
    .menu_search = "Search",

    .search_title = "Search",
    .search_label = "Search goals, indicators, KPIs, municipalities and counties",
    .search_button = "Search",
    .search_needs_script = "Search needs JavaScript. Everything is also in the menu above.",
    .search_none = "No results.",
    .search_one = "1 result.",
    .search_many = "{n} results.",
    .search_more = "Showing the first {n}.",
    .kind_goal = "Goal",
    .kind_indicator = "Indicator",
    .kind_kpi = "KPI",
    .kind_municipality = "Municipality",
    .kind_county = "County",

    .unchanged = ", unchanged",
    .for_the_better = ", improvement",
    .for_the_worse = ", deterioration",
    .overall_judgement = "Overall assessment",
    .source_is = "Source: ",
    .kpi_named = ", KPI ",
    .measure_named = ", measure ",
    .own_processing_of = [](std::string_view source) {
      return ". Targets, assessments, changes, and averages for Sweden and the county where the source does not have them, "
             "are our own calculation based on data from " + std::string(source) + ".";
    },
    .goal_attribution = [](std::string_view source, std::string_view credit, std::string_view dates) {
      return "Outcomes for KPIs from " + std::string(source) + ": Source: " + std::string(credit) + std::string(dates) +
             ". Targets and assessments are our own calculation based on data from " + std::string(source) + ".";
    },
    .all_goals = "All goals",
    .goal_count = "Number of goals",
    .same_as = [](std::string_view period) { return "Same as " + std::string(period); },
    .better_than = [](std::string_view period, std::string_view status) {
      return "Better than " + std::string(period) + " (" + std::string(status) + ")";
    },
    .worse_than = [](std::string_view period, std::string_view status) {
      return "Worse than " + std::string(period) + " (" + std::string(status) + ")";
    },
    .goal_fulfilment = [](std::string_view period) { return "Goal achievement " + std::string(period); },
    .goals_per_status_chart = [](std::string_view period) { return "Number of goals by status, " + std::string(period) + "."; },
    .goals_per_status_table = [](std::string_view period) { return "Goals by status, " + std::string(period); },
    .goals_decided_by = [](std::string_view decider) { return "Goals decided by " + std::string(decider); },
    .comparisons_heading = "Comparisons with other municipalities",
    .kpi_count = [](std::string_view n) { return std::string(n) + (n == "1" ? " KPI" : " KPIs"); },
    .profile_count = [](std::string_view n) {
      return std::string(n) + (n == "1" ? " municipality profile" : " municipality profiles");
    },
    .county_page_count = [](std::string_view n) { return std::string(n) + (n == "1" ? " county page" : " county pages"); },
    .profile_of = [](std::string_view name) { return "Municipality profile for " + std::string(name); },
    .profile_link_note = ": rank, class and distance to Sweden for each KPI",
    .county_side_by_side = [](std::string_view county) { return std::string(county) + ": the municipalities side by side"; },
    .counties_compared = "Sweden’s counties compared",
    .other_indicators = "Other indicators",
    .fact_level = "Level",
    .fact_decided_by = "Decided by",
    .fact_decided = "Date of decision",
    .fact_decision = "Decision",
    .fact_breaks_down = "Derived from",
    .indicators_heading = "Indicators",
    .goal_indicators_caption = [](std::string_view period) { return "Indicators for the goal, " + std::string(period); },
    .col_target = "Target",
    .col_outcome = "Outcome",
    .col_change_since = [](std::string_view period) { return "Change since " + std::string(period); },
    .subgoals = "Sub-goals",
    .over_time = "Over time",
    .fulfilment_per_period = "Goal achievement by period",
    .col_period = "Period",
    .col_basis = "Basis",
    .fact_unit = "Unit",
    .fact_direction = "Direction",
    .higher_is_better = "A higher value is better",
    .lower_is_better = "A lower value is better",
    .fact_source = "Source",
    .fact_measures = "Measures",
    .judgement_heading = [](std::string_view period) { return "Assessment for " + std::string(period); },
    .against_goal_target = [](std::string_view decider) {
      return "Against the target in the goal set by " + std::string(decider);
    },
    .against_target = "Against the target",
    .no_target_followed = "The indicator has no target; it is followed up without an assessment.",
    .judgement_own_processing = [](std::string_view source) {
      return "The assessment is our own calculation based on data from " + std::string(source) + ".";
    },
    .charts_heading = "Charts",
    .trend_caption = [](std::string_view who) { return "Outcome by period for " + std::string(who); },
    .dashed_target_line = ". Dashed line: target.",
    .gender_caption = "Outcomes for women and men by period.",
    .units_caption = "Outcomes by unit and period.",
    .data_heading = "Data",
    .no_outcomes = "No outcomes have been recorded.",
    .outcomes_for = [](std::string_view title) { return "Outcomes for " + std::string(title); },
    .compare_link = "Compare with other municipalities",
    .compare_link_note = ": rank, class, Sweden and the county.",
    .the_outcomes = "the outcomes",

    .municipalities_and_counties = "Municipalities and counties",
    .municipalities_lead = [](std::string_view population) {
      return "One profile per municipality, with its rank and class among " + std::string(population) +
             " for each KPI, and one page per county.";
    },
    .all_counties_note = ": all 21 counties for each KPI.",
    .kpis_title = "KPIs",
    .kpis_lead = [](std::string_view n, std::string_view population) {
      return std::string(n) + (n == "1" ? " KPI" : " KPIs") + " compared between the municipalities: rank and class among " +
             std::string(population) + ", Sweden and the counties.";
    },
    .user_survey = "The user survey",
    .user_survey_note = ": all aspects on one page.",
    .results_as_data = "The results as data: ",
    .one_file_per_kpi = " and one file per KPI in data/comparison/.",

    .unchanged_answer = "unchanged",
    .answer_changed = [](std::string_view before, std::string_view now) {
      return "from " + std::string(before) + " to " + std::string(now);
    },
    .classing_quartiles = [](std::string_view population) {
      return "Quarters among " + std::string(population) + " with a value. Equal values share a rank; a group with the same "
             "value goes in the quarter where the middle of the group lies.";
    },
    .classing_answers = "A yes/no measure: the municipalities are coloured by their answer (the desired answer or not), not by quarter.",
    .classing_too_few = [](std::string_view n, std::string_view minimum) {
      return "Only " + std::string(n) + (n == "1" ? " municipality has" : " municipalities have") + " a value, fewer than " +
             std::string(minimum) + ", so none is put into quarters; the rank is shown.";
    },
    .classing_no_direction = "The project does not say whether a higher or lower value is better, so the municipalities are not "
                             "ranked (set it with higher_is_better or lower_is_better under [comparison]).",
    .kolada_kpi_named = [](std::string_view id) { return "Kolada KPI " + std::string(id); },
    .measure_from = [](std::string_view id, std::string_view source) {
      return "Measure " + std::string(id) + " from " + std::string(source);
    },
    .no_direction_given = "No direction is given, so the municipalities are not ranked.",
    .fetched_from_kolada = [](std::string_view date) { return " Retrieved from Kolada " + std::string(date) + "."; },
    .kolada_published = [](std::string_view date) { return " Kolada published the KPI " + std::string(date) + "."; },
    .areas_with_value = "Municipalities with a value",
    .of = " of ",
    .value_word = "Value",
    .no_value_in = "no value in ",
    .latest_value_is = [](std::string_view value) { return "; the latest value is " + std::string(value); },
    .change_since = [](std::string_view year) { return "Change since " + std::string(year); },
    .rank_word = "Rank",
    .class_word = "Class",
    .against_project_target = "Against the project’s target",
    .riket = "Sweden",
    .median_of_municipalities = "Median of the municipalities",
    .unweighted_mean = "Average (unweighted)",
    .among_with_value = [](std::string_view population) { return " (among " + std::string(population) + " with a value)"; },
    .ranking_caption = [](std::string_view year, std::string_view population) {
      return "Ranking for " + std::string(year) + " among " + std::string(population);
    },
    .col_rank = "Rank",
    .col_municipality = "Municipality",
    .col_value = "Value",
    .col_percentile = "Percentile",
    .col_class = "Class",

    .rank_by_year = "Rank year by year",
    .rank_by_year_note = [](std::string_view population) {
      return "The rank each year among " + std::string(population) + " with a value (1 = best), with the class as a symbol.";
    },
    .rank_per_year = "Rank per year",
    .ranks_page_title = [](std::string_view kpi) { return "Rank year by year: " + std::string(kpi); },
    .ranks_page_link = [](std::string_view population) { return "The rank year by year of each of " + std::string(population); },
    .women_and_men = "Women and men",
    .women = "Women",
    .men = "Men",
    .rank_women = "Rank, women",
    .rank_men = "Rank, men",
    .women_and_men_in = [](std::string_view name) { return "Women and men in " + std::string(name) + " per year."; },
    .women_and_men_caption = [](std::string_view women_year, std::string_view men_year, std::string_view population) {
      return "Women" + std::string(women_year) + " and men" + std::string(men_year) + ": value and rank among " +
             std::string(population);
    },
    .full_gender_ranking = [](std::string_view link) {
      return "The full ranking for women and for men is in " + std::string(link) + " and in the CSV file.";
    },
    .kpi_data_json = "data about the KPI (JSON)",
    .values_per_year = "Values per year",
    .col_year = "Year",
    .per_year = [](std::string_view names) { return std::string(names) + " per year."; },
    .counties_heading = "The counties",
    .col_county = "County",
    .county_value = "County’s value",
    .mean_of_municipalities = "Average of the municipalities",
    .col_lowest = "Lowest",
    .col_highest = "Highest",
    .class_among_counties = "Class among the counties",
    .counties_caption = [](std::string_view year) {
      return "The counties in " + std::string(year) + ": the county’s value and the spread among its municipalities";
    },

    .download = "Download",
    .csv_for_excel = "CSV for Excel (Swedish)",
    .plain_csv = "CSV (comma, point)",
    .json_file = "JSON",

    .indicators_title = "Indicators",
    .indicators_lead = [](std::string_view n, std::string_view period) {
      return std::string(n) + (n == "1" ? " indicator is" : " indicators are") + " followed up. Status for " +
             std::string(period) + ".";
    },
    .all_indicators = [](std::string_view period) { return "All indicators, " + std::string(period); },
    .col_indicator = "Indicator",
    .col_measures_goal = "Measures the goal",
    .col_status = "Status",
    .no_target = "no target",

    .about_title = "About the statistics",
    .about_lead = "How to read the assessments, comparisons and sources on this site.",
    .about_status_heading = "Status of goals and indicators",
    .about_achieved = "All conditions in the target are met. A value exactly on the limit counts as achieved.",
    .about_not_achieved = "The target is not reached.",
    .about_no_data = "There is no value for the period, or no value for the period the change is compared with.",
    .about_partial_tolerance = [](std::string_view percent) {
      return "the value is within " + std::string(percent) + "% of the target";
    },
    .about_partial_improved = "the value has improved since the previous period",
    .about_partial_or = ", or ",
    .about_partial = [](std::string_view conditions) {
      return "An indicator is partly achieved when the target is not reached but " + std::string(conditions) + ".";
    },
    .about_partial_never = "This site does not use partly achieved for indicators: a target is either achieved or not achieved.",
    .about_rollup_mixed = "A goal is achieved when all its assessed indicators are achieved, not achieved when all are not "
                          "achieved, and otherwise partly achieved.",
    .about_rollup_worst = "A goal gets the worst status among its assessed indicators.",
    .about_rollup_share = [](std::string_view percent) {
      return "A goal is achieved when at least " + std::string(percent) +
             "% of its assessed indicators are achieved, not achieved when none is, and otherwise partly achieved.";
    },
    .about_rollup_rest = " Indicators with no data are not counted. An assessment made by the committee or unit itself (with "
                         "a justification) replaces the calculated status and is shown with its justification.",
    .about_status_icons = "Status is always shown with a symbol and a word, not only with colour.",
    .about_ranks_heading = "Ranks and classes",
    .about_ranks = [](std::string_view population) {
      return "Each KPI is ranked among " + std::string(population) +
             " for each year, and for women and men separately where the KPI is broken down by gender. Rank 1 is best, in "
             "the direction that is better for the KPI; equal values share a rank (1, 2, 2, 4). A KPI without a direction "
             "is not ranked.";
    },
    .about_classes_quartiles = "The classes follow Open Comparisons, with quartiles: ",
    .list_comma = ", ",
    .list_and = " and ",
    .list_or = " or ",
    .about_classes_few = [](std::string_view n) {
      return ". With fewer than " + std::string(n) + " values, municipalities are ranked but ";
    },
    .about_classes_yes_no = ". Yes/no measures are classed by the answer: ",
    .about_references = "Sweden and the counties are shown with the source’s own values. Where the source does not have them, "
                        "the average of the municipalities’ values is shown, marked with * and the words “our own "
                        "calculation”; this needs values from at least half of the municipalities.",
    .about_sources_heading = "Sources and dates",
    .about_own_data = [](std::string_view organisation) {
      return "Outcomes, targets, analyses and assessments: " + std::string(organisation) + ".";
    },
    .about_kolada = [](std::string_view dates) {
      return "KPIs: Kolada (Council for the Promotion of Municipal Analyses, RKA)" + std::string(dates) + ".";
    },
    .about_open_comparisons = "Measures from Open Comparisons, as the tables were published.",
    .about_own_processing = "Ranks, classes, averages where the source does not have them, targets and assessments are our own "
                            "calculation.",
    .about_downloads = "All the data behind the pages can be downloaded: ",
    .about_results_json = "the assessments (JSON)",
    .about_comparison_json = "the comparisons (JSON)",
    .about_zip = ", and all data in one file: ",
    .about_zip_note = " (CSV for Swedish Excel, CSV with commas and JSON for each page).",

    .not_found_title = "Page not found",
    .not_found_text = "This address does not lead to a page here. The page may have moved, or the address may be mistyped.",
    .not_found_go_to = "Go to",
    .not_found_home = "the home page",
    .not_found_or = "or",
    .not_found_search = "search",

    .decimal_mark = ".",
    .group_mark = ",",
    .percent_gap = "",
    .percentage_points = "percentage points",

    .status_achieved = "achieved",
    .status_partial = "partly achieved",
    .status_not_achieved = "not achieved",
    .status_no_data = "no data",
    .gender_total = "Total",
    .gender_women = "Women",
    .gender_men = "Men",
    .level_council = "Municipal council goals",
    .level_committee = "Committee goals",
    .level_unit = "Unit goals",
    .months = {"Jan", "Feb", "Mar", "Apr", "May", "Jun", "Jul", "Aug", "Sep", "Oct", "Nov", "Dec"},
    .tertial_label = [](std::string_view year, std::string_view n) {
      return std::string(year) + " four-month period " + std::string(n);
    },
    .half_label = [](std::string_view year, std::string_view n) { return std::string(year) + " half-year " + std::string(n); },
    .quarter_label = [](std::string_view year, std::string_view n) { return std::string(year) + " quarter " + std::string(n); },

    .previous_year = "the previous year",
    .same_period_previous_year = "the same period the previous year",
    .target_judged = "assessed",
    .target_at_least = "at least ",
    .target_at_most = "at most ",
    .target_between = [](std::string_view low, std::string_view high) {
      return "between " + std::string(low) + " and " + std::string(high);
    },
    .target_decrease = "decrease",
    .target_increase = "increase",
    .by_at_least = [](std::string_view amount) { return " by at least " + std::string(amount); },
    .compared_with = [](std::string_view previous) { return " compared with " + std::string(previous); },
    .no_outcome_for = [](std::string_view period, std::string_view target) {
      return "No outcome for " + std::string(period) + " (target: " + std::string(target) + ").";
    },
    .against_the_target = [](std::string_view target) { return " against the target " + std::string(target) + ": "; },
    .cannot_judge_without = [](std::string_view period) {
      return "cannot be assessed, the outcome for " + std::string(period) + " is missing.";
    },
    .within_of_target = [](std::string_view tolerance) { return ", within " + std::string(tolerance) + " of the target"; },
    .improved_since = [](std::string_view period) { return ", improved since " + std::string(period); },
    .change_since_from = [](std::string_view period, std::string_view change, std::string_view from) {
      return " Change since " + std::string(period) + ": " + std::string(change) + " (from " + std::string(from) + ").";
    },
    .judgement_for = [](std::string_view period, std::string_view status) {
      return "Assessment for " + std::string(period) + ": " + std::string(status) + ".";
    },
    .combined_for_units = [](std::string_view status, std::string_view n, std::string_view target) {
      return std::string(status) + ": combined for " + std::string(n) + (n == "1" ? " unit" : " units") +
             " against the target " + std::string(target) + ".";
    },
    .no_judgement_for = [](std::string_view period) { return "No assessment for " + std::string(period) + "."; },
    .no_target_value = "The indicator has no target; it is followed up without an assessment.",
    .units_judged_together = [](std::string_view status, std::string_view n) {
      return std::string(status) + ": combined assessment of " + std::string(n) + (n == "1" ? " unit." : " units.");
    },
    .status_by_judgement = [](std::string_view status, std::string_view period) {
      return std::string(status) + " according to the assessment for " + std::string(period) + ".";
    },
    .no_judged_indicators = [](std::string_view period) {
      return "No data for " + std::string(period) + ": no assessed indicators.";
    },
    .count_achieved = [](std::string_view n) { return std::string(n) + " achieved"; },
    .count_partial = [](std::string_view n) { return std::string(n) + " partly achieved"; },
    .count_not_achieved = [](std::string_view n) { return std::string(n) + " not achieved"; },
    .count_no_data = [](std::string_view n) { return std::string(n) + " with no data"; },
    .count_indicators = [](std::string_view n) { return std::string(n) + (n == "1" ? " indicator" : " indicators"); },
    .count_unit_judgements = [](std::string_view n) {
      return std::string(n) + (n == "1" ? " unit assessment" : " unit assessments");
    },
    .count_subgoals = [](std::string_view n) { return std::string(n) + (n == "1" ? " sub-goal" : " sub-goals"); },
    .status_of_basis = [](std::string_view status, std::string_view counts, std::string_view basis) {
      return std::string(status) + ": " + std::string(counts) + " of " + std::string(basis) + ".";
    },

    .sweden_municipalities = [](std::string_view n) {
      return "Sweden’s " + std::string(n) + (n == "1" ? " municipality" : " municipalities");
    },
    .in_the_comparison = [](std::string_view n) {
      return n == "1" ? std::string("the only municipality in the comparison")
                      : "the " + std::string(n) + " municipalities in the comparison";
    },
    .in_the_selection = [](std::string_view n) {
      return n == "1" ? std::string("the only municipality in the selection")
                      : "the " + std::string(n) + " municipalities in the selection";
    },
    .in_the_list = [](std::string_view n) {
      return n == "1" ? std::string("the only municipality in the list") : "the " + std::string(n) + " municipalities in the list";
    },
    .only_municipality = "the only municipality in the comparison",
    .county_municipalities = [](std::string_view county, std::string_view n) {
      return "the " + std::string(n) + (n == "1" ? " municipality in " : " municipalities in ") + std::string(county);
    },
    .group_municipalities = [](std::string_view group, std::string_view n) {
      return std::string(group) + " (" + std::string(n) + (n == "1" ? " municipality)" : " municipalities)");
    },
    .mean_of_n_municipalities = [](std::string_view n) {
      return "average of " + std::string(n) + (n == "1" ? " municipality" : " municipalities") + ", our own calculation";
    },
    .kolada_kpi_source = [](std::string_view id, std::string_view title) {
      return "Kolada (RKA), KPI " + std::string(id) + ": " + std::string(title);
    },
    .table_measure_source = [](std::string_view source, std::string_view id, std::string_view title) {
      return std::string(source) + ", measure " + std::string(id) + ": " + std::string(title);
    },

    .yes = "Yes",
    .no = "No",
    .share_yes = [](std::string_view percent) { return std::string(percent) + " yes"; },
    .class_best = "best quarter",
    .class_middle = "middle half",
    .class_worst = "worst quarter",
    .class_good = "desired answer",
    .class_bad = "not the desired answer",
    .class_unclassed = "not classed",
    .class_no_value = "no value",
    .unit_kr_per_inhabitant = "SEK/inhabitant",
    .unit_per_1000 = "per 1,000 inhabitants",
    .unit_days = "days",
    .unit_million_kr = "SEK million",
    .rank_of = [](std::string_view rank, std::string_view n) { return std::string(rank) + " of " + std::string(n); },

    .mean_of_municipalities_line = [](std::string_view name) {
      return std::string(name) + " (average of the municipalities)";
    },
    .chart_area = "Area",
    .chart_gender = "Gender",
    .chart_aspect = "Aspect",
    .chart_share = "Share",
    .chart_target = "Target",
    .chart_series = "Series",
    .chart_unit = "Unit",
    .municipalities_of_county = [](std::string_view county) { return std::string(county) + " municipalities"; },
    .municipalities_in_selection = "Municipalities in the selection",
    .municipalities = "Municipalities",
    .other_municipalities = "Other municipalities",
    .the_selected_municipalities = "the municipalities in the selection",
    .median = "Median",
    .the_median = "the median",
    .riket_in_text = "Sweden",
    .ranked_by = [](std::string_view n, std::string_view kpi, std::string_view year) {
      return std::string(n) + (n == "1" ? " municipality" : " municipalities") + " ranked by " + std::string(kpi) + " in " +
             std::string(year);
    },
    .women_suffix = ", women",
    .men_suffix = ", men",
    .marked = [](std::string_view names) { return ", " + std::string(names) + " highlighted"; },
    .with_lines = [](std::string_view names) { return ", with lines for " + std::string(names); },
    .best_to_the_left = "Municipalities, best on the left",
    .highest_to_the_left = "Municipalities, highest value on the left",
    .rank_axis = "Rank (1 = best)",
    .rank_per_year_description = [](std::string_view population, std::string_view names, std::string_view kpi) {
      return "Rank per year among " + std::string(population) + " for " + std::string(names) + ", " + with_full_stop(kpi);
    },
    .kpi_per_year_description = [](std::string_view kpi, std::string_view names) {
      return std::string(kpi) + " per year: " + std::string(names) + ".";
    },
    .women_and_men_description = [](std::string_view kpi, std::string_view municipality) {
      return std::string(kpi) + " per year for women and men in " + std::string(municipality) + ".";
    },
    .aspects_description = [](std::string_view year, std::string_view gender, std::string_view names) {
      return "Users’ ratings by aspect " + std::string(year) + " (" + std::string(gender) + "): " + std::string(names) +
             " side by side.";
    },
    .all_municipalities_of_sweden = "Sweden’s municipalities",
    .municipalities_in_counties = [](std::string_view n) {
      return "the municipalities in " + std::string(n) + (n == "1" ? " county" : " counties");
    },
    .municipality_map_description = [](std::string_view which, std::string_view population, std::string_view kpi_year) {
      return "Map: " + std::string(which) + " coloured by class among " + std::string(population) + " for " +
             std::string(kpi_year) + ".";
    },
    .county_map_description = [](std::string_view n, std::string_view kpi_year) {
      return "Map: the counties coloured by class among the " + std::string(n) +
             (n == "1" ? " county" : " counties") + " with a value for " + std::string(kpi_year) + ".";
    },
    .target_line = [](std::string_view level) { return "Target: " + std::string(level); },
    .target_lowest = "no lower than ",
    .outcomes_over_time = [](std::string_view indicator) {
      return "Outcomes over time for " + std::string(indicator) + ", with the target drawn in.";
    },
    .outcomes_by_gender = [](std::string_view indicator) {
      return "Outcomes for women, men and in total by period for " + std::string(indicator) + ".";
    },
    .outcomes_by_unit = [](std::string_view indicator) {
      return "Outcomes by unit and period for " + std::string(indicator) + ".";
    },
    .goals_by_status_description = [](std::string_view period) {
      return "Number of goals by status and deciding body, " + std::string(period) + ".";
    },

    .mean_note = " Average of the municipalities (unweighted), our own calculation: the source has no value of its own.",
    .no_values_for_kpi = "There are no values for this KPI.",
    .ranking_heading = [](std::string_view year, std::string_view population) {
      return "Ranking for " + std::string(year) + " among " + std::string(population);
    },
    .values_in_table = " The values are in the table.",
    .values_in_table_above = " The values are in the table above.",
    .values_in_table_below = " The values are in the table below.",
    .whole_ranking = [](std::string_view n) {
      return "The full ranking: " + std::string(n) + (n == "1" ? " municipality" : " municipalities") +
             " with value, rank and class";
    },
    .the_ranking = "the ranking",
    .all_years_json = "All years, women and men (JSON)",
    .profile_heading = [](std::string_view municipality) { return std::string(municipality) + ": municipality profile"; },
    .profile_title = [](std::string_view municipality) { return "Municipality profile: " + std::string(municipality); },
    .profile_in = " in ",
    .profile_lead = [](std::string_view population) {
      return ", compared with " + std::string(population) +
             ". Each row shows the latest year with values for the KPI: the municipality’s value, the change since the year "
             "before, rank and class (▲ best quarter, ■ middle half, ▼ worst quarter; ✓ ✗ for yes/no measures; ○ not "
             "classed), the project’s target and whether the municipality reaches it, and the difference from Sweden and "
             "the county.";
    },
    .compared_with_population = [](std::string_view municipality, std::string_view population) {
      return std::string(municipality) + " compared with " + std::string(population);
    },
    .col_kpi = "KPI",
    .col_change = "Change",
    .col_rank_and_class = "Rank and class",
    .col_goal = "Target",
    .col_against_riket = "Compared with Sweden",
    .col_against_county = "Compared with the county",
    .latest_with_value = [](std::string_view value, std::string_view year) {
      return " (latest: " + std::string(value) + " in " + std::string(year) + ")";
    },
    .county_heading = [](std::string_view county) { return std::string(county) + ": the municipalities side by side"; },
    .county_lead = [](std::string_view population) {
      return "Each cell shows the municipality’s value in the latest year and its class among " + std::string(population) +
             " (▲ best quarter, ■ middle half, ▼ worst quarter; ✓ ✗ for yes/no measures; ○ not classed).";
    },
    .municipality_profiles = "Municipality profiles: ",
    .against_project_targets = "Against the project’s targets",
    .class_among = [](std::string_view population) { return "Class among " + std::string(population); },
    .compared_with_heading = [](std::string_view population) { return "Compared with " + std::string(population); },
    .compared_with_targets = "Compared with the project’s targets",
    .same_target_note = "The same target is assessed for each municipality, using the municipality’s value in the latest year.",
    .map_heading = [](std::string_view kpi, std::string_view year) {
      return "Map: " + std::string(kpi) + " " + std::string(year);
    },
    .counties_of_sweden_compared = "Sweden’s counties compared",
    .national_lead = "Each county’s value for each KPI in the latest year, with its class among the counties. Where the source "
                     "has no value for a county, the average of the county’s municipalities is shown*. The spread between "
                     "the municipalities in each county is on the KPI’s page.",
    .counties_per_kpi = "The counties by KPI",
    .counties_of_sweden = "Sweden’s counties",
    .page_part = [](std::string_view i, std::string_view n) { return "part " + std::string(i) + " of " + std::string(n); },
    .page_parts_label = "Parts of this page",
    .page_parts_lead = [](std::string_view n) {
      return "There are too many KPIs for one page: they are on " + std::string(n) + " pages by operating area.";
    },
    .survey_heading = [](std::string_view year) {
      return "The user survey in individual and family care " + std::string(year);
    },
    .survey_lead = [](std::string_view municipality, std::string_view group) {
      return "The seven aspects of the national user survey by SKR (the Swedish Association of Local Authorities and "
             "Regions) side by side for " + std::string(municipality) + ", Sweden" +
             (group.empty() ? "" : " and " + std::string(group)) + ", in total and for women and men.";
    },
    .positive_share_per_aspect = "Share of positive answers by aspect.",
    .positive_share = [](std::string_view gender) { return "Share of positive answers, " + std::string(gender); },
    .values_label = "Values: ",
    .own_processing_from = ". Ranks, classes, median, averages, changes and target status: our own calculation based on data "
                           "from ",
    .fetched_on = [](std::string_view date) { return ", retrieved " + std::string(date); },
    .published_by_kolada = [](std::string_view dates) { return ", published by Kolada " + std::string(dates); },

    .chart_word = "Chart: ",
    .figures_below = " The figures are in the table below.",
    .figures_above = " The figures are in the table above.",

    .ranking_for = [](std::string_view kpi) { return "Ranking for " + std::string(kpi); },
    .ranking_own_processing = "; rank, percentile and class: our own calculation",
    .ranking_columns = {"kpi", "year", "gender", "area", "name", "value", "rank", "percentile", "class"},
    .outcome_columns = {"indicator", "period", "gender", "unit", "reference", "value", "comment"},
    .readme_name = "README.txt",
    .readme = [](std::string_view heading, std::string_view built, std::string_view fetched) {
      return std::string(heading) + "All data on the site, built " + std::string(built) +
             (fetched.empty() ? "" : ", data from Kolada retrieved " + std::string(fetched)) +
             ".\r\n\r\nEach page's data comes in three forms: NAME.csv (for Excel: semicolons, decimal comma), "
             "NAME.plain.csv (commas, decimal point, UTF-8) and NAME.json. data/results.json has all assessments, "
             "data/comparison.json and data/comparison/ all comparisons. Sources and calculations are described on the "
             "page About the statistics (about.html).\r\n";
    },

    .opening_double_quote = "\u201c",
    .opening_single_quote = "\u2018",
};

}  // namespace jamfor
