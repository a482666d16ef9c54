#include "model/wording.h"

namespace jamfor {

extern const Wording kSwedish;
const Wording kSwedish{
    .language = "sv",
    .og_locale = "sv_SE",

    .skip_to_content = "Hoppa till innehållet",
    .site_menu = "Webbplatsen",
    .you_are_here = "Du är här",
    .overview = "Översikt",
    .built_on = [](std::string_view date) { return " · Byggd " + std::string(date); },
    .kolada_fetched_on = [](std::string_view date) { return " · Data från Kolada hämtad " + std::string(date); },
    .about_link = "Om statistiken",
    .results_json_link = "Alla bedömningar som data (JSON)",
    .data_zip_link = "All data (zip)",
    .made_with = "Skapad med jamfor",
    .page_address = [](std::string_view url) { return "Sidans adress: " + std::string(url); },

    .menu_goals = "Mål",
    .menu_indicators = "Indikatorer",
    .menu_kpis = "Nyckeltal",
    .menu_municipalities = "Kommuner",
    .menu_counties = "Län",
    .menu_about = "Om statistiken",
    .menu_search = "Sök",

    .search_title = "Sök",
    .search_label = "Sök bland mål, indikatorer, nyckeltal, kommuner och län",
    .search_button = "Sök",
    .search_needs_script = "Sökningen behöver JavaScript. Allt finns också i menyn ovan.",
    .search_none = "Inga träffar.",
    .search_one = "1 träff.",
    .search_many = "{n} träffar.",
    .search_more = "Visar de {n} första.",
    .kind_goal = "Mål",
    .kind_indicator = "Indikator",
    .kind_kpi = "Nyckeltal",
    .kind_municipality = "Kommun",
    .kind_county = "Län",

    .unchanged = ", oförändrat",
    .for_the_better = ", förbättring",
    .for_the_worse = ", försämring",
    .overall_judgement = "Samlad bedömning",
    .source_is = "Källa: ",
    .kpi_named = ", nyckeltal ",
    .measure_named = ", mått ",
    .own_processing_of = [](std::string_view source) {
      return ". Målvärden, bedömningar, förändringar och medelvärden för riket och länet där källan saknar dem är egen "
             "bearbetning av data från " + std::string(source) + ".";
    },
    .goal_attribution = [](std::string_view source, std::string_view credit, std::string_view dates) {
      return "Utfall för nyckeltal från " + std::string(source) + ": Källa: " + std::string(credit) + std::string(dates) +
             ". Målvärden och bedömningar är egen bearbetning av data från " + std::string(source) + ".";
    },
    .all_goals = "Alla mål",
    .goal_count = "Antal mål",
    .same_as = [](std::string_view period) { return "Samma som " + std::string(period); },
    .better_than = [](std::string_view period, std::string_view status) {
      return "Bättre än " + std::string(period) + " (" + std::string(status) + ")";
    },
    .worse_than = [](std::string_view period, std::string_view status) {
      return "Sämre än " + std::string(period) + " (" + std::string(status) + ")";
    },
    .goal_fulfilment = [](std::string_view period) { return "Måluppfyllelse " + std::string(period); },
    .goals_per_status_chart = [](std::string_view period) { return "Antal mål per status, " + std::string(period) + "."; },
    .goals_per_status_table = [](std::string_view period) { return "Mål per status, " + std::string(period); },
    .goals_decided_by = [](std::string_view decider) { return "Mål beslutade av " + std::string(decider); },
    .comparisons_heading = "Jämförelser med andra kommuner",
    .kpi_count = [](std::string_view n) { return std::string(n) + " nyckeltal"; },
    .profile_count = [](std::string_view n) { return std::string(n) + (n == "1" ? " kommunprofil" : " kommunprofiler"); },
    .county_page_count = [](std::string_view n) { return std::string(n) + (n == "1" ? " länssida" : " länssidor"); },
    .profile_of = [](std::string_view name) { return "Kommunprofil för " + std::string(name); },
    .profile_link_note = ": rang, klass och avstånd till riket för varje nyckeltal",
    .county_side_by_side = [](std::string_view county) { return std::string(county) + ": kommunerna sida vid sida"; },
    .counties_compared = "Sveriges län i jämförelse",
    .other_indicators = "Övriga indikatorer",
    .fact_level = "Nivå",
    .fact_decided_by = "Beslutat av",
    .fact_decided = "Beslutsdatum",
    .fact_decision = "Beslut",
    .fact_breaks_down = "Bryter ned",
    .indicators_heading = "Indikatorer",
    .goal_indicators_caption = [](std::string_view period) { return "Indikatorer för målet, " + std::string(period); },
    .col_target = "Målvärde",
    .col_outcome = "Utfall",
    .col_change_since = [](std::string_view period) { return "Förändring sedan " + std::string(period); },
    .subgoals = "Delmål",
    .over_time = "Över tid",
    .fulfilment_per_period = "Måluppfyllelse per period",
    .col_period = "Period",
    .col_basis = "Underlag",
    .fact_unit = "Enhet",
    .fact_direction = "Riktning",
    .higher_is_better = "Högre värde är bättre",
    .lower_is_better = "Lägre värde är bättre",
    .fact_source = "Källa",
    .fact_measures = "Mäter",
    .judgement_heading = [](std::string_view period) { return "Bedömning " + std::string(period); },
    .against_goal_target = [](std::string_view decider) { return "Mot målvärdet i " + std::string(decider) + "s mål"; },
    .against_target = "Mot målvärdet",
    .no_target_followed = "Indikatorn har inget målvärde; den följs upp utan bedömning.",
    .judgement_own_processing = [](std::string_view source) {
      return "Bedömningen är egen bearbetning av data från " + std::string(source) + ".";
    },
    .charts_heading = "Diagram",
    .trend_caption = [](std::string_view who) { return "Utfall per period för " + std::string(who); },
    .dashed_target_line = ". Streckad linje: målvärde.",
    .gender_caption = "Utfall för kvinnor och män per period.",
    .units_caption = "Utfall per enhet och period.",
    .data_heading = "Data",
    .no_outcomes = "Inga utfall finns registrerade.",
    .outcomes_for = [](std::string_view title) { return "Utfall för " + std::string(title); },
    .compare_link = "Jämför med andra kommuner",
    .compare_link_note = ": rang, klass, riket och länet.",
    .the_outcomes = "utfallen",

    .municipalities_and_counties = "Kommuner och län",
    .municipalities_lead = [](std::string_view population) {
      return "En profil per kommun med rang och klass bland " + std::string(population) + " på varje nyckeltal, och en sida per län.";
    },
    .all_counties_note = ": alla 21 län på varje nyckeltal.",
    .kpis_title = "Nyckeltal",
    .kpis_lead = [](std::string_view n, std::string_view population) {
      return std::string(n) + " nyckeltal jämförda mellan kommunerna: rang och klass bland " + std::string(population) +
             ", riket och länen.";
    },
    .user_survey = "Brukarundersökningen",
    .user_survey_note = ": alla aspekter på en sida.",
    .results_as_data = "Resultaten som data: ",
    .one_file_per_kpi = " och en fil per nyckeltal i data/comparison/.",

    .unchanged_answer = "oförändrat",
    .answer_changed = [](std::string_view before, std::string_view now) {
      return "från " + std::string(before) + " till " + std::string(now);
    },
    .classing_quartiles = [](std::string_view population) {
      return "Fjärdedelar bland " + std::string(population) + " med värde. Lika värden delar rang; en grupp med samma värde "
             "hamnar i den fjärdedel där gruppens mitt ligger.";
    },
    .classing_answers = "Ett ja/nej-mått: kommunerna färgas efter svaret (önskat svar eller inte), inte efter fjärdedel.",
    .classing_too_few = [](std::string_view n, std::string_view minimum) {
      return "Bara " + std::string(n) + " kommuner har värde, färre än " + std::string(minimum) +
             ", så ingen delas in i fjärdedelar; rangen visas.";
    },
    .classing_no_direction = "Projektet anger inte om högre eller lägre värde är bättre, så kommunerna rangordnas inte (ange "
                             "det med higher_is_better eller lower_is_better under [comparison]).",
    .kolada_kpi_named = [](std::string_view id) { return "Kolada-nyckeltal " + std::string(id); },
    .measure_from = [](std::string_view id, std::string_view source) { return "Mått " + std::string(id) + " ur " + std::string(source); },
    .no_direction_given = "Ingen riktning anges, så kommunerna rangordnas inte.",
    .fetched_from_kolada = [](std::string_view date) { return " Hämtat från Kolada " + std::string(date) + "."; },
    .kolada_published = [](std::string_view date) { return " Kolada publicerade nyckeltalet " + std::string(date) + "."; },
    .areas_with_value = "Kommuner med värde",
    .of = " av ",
    .value_word = "Värde",
    .no_value_in = "inget värde ",
    .latest_value_is = [](std::string_view value) { return "; senaste värdet är " + std::string(value); },
    .change_since = [](std::string_view year) { return "Förändring sedan " + std::string(year); },
    .rank_word = "Rang",
    .class_word = "Klass",
    .against_project_target = "Mot projektets mål",
    .riket = "Riket",
    .median_of_municipalities = "Median bland kommunerna",
    .unweighted_mean = "Medelvärde (ovägt)",
    .among_with_value = [](std::string_view population) { return " (bland " + std::string(population) + " med värde)"; },
    .ranking_caption = [](std::string_view year, std::string_view population) {
      return "Rangordning " + std::string(year) + " bland " + std::string(population);
    },
    .col_rank = "Rang",
    .col_municipality = "Kommun",
    .col_value = "Värde",
    .col_percentile = "Percentil",
    .col_class = "Klass",

    .rank_by_year = "Rang år för år",
    .rank_by_year_note = [](std::string_view population) {
      return "Rangen varje år bland " + std::string(population) + " med värde (1 = bäst), med klassen som symbol.";
    },
    .rank_per_year = "Rang per år",
    .ranks_page_title = [](std::string_view kpi) { return "Rang år för år: " + std::string(kpi); },
    .ranks_page_link = [](std::string_view population) {
      return "Rangen år för år för var och en av " + std::string(population);
    },
    .women_and_men = "Kvinnor och män",
    .women = "Kvinnor",
    .men = "Män",
    .rank_women = "Rang, kvinnor",
    .rank_men = "Rang, män",
    .women_and_men_in = [](std::string_view name) { return "Kvinnor och män i " + std::string(name) + " per år."; },
    .women_and_men_caption = [](std::string_view women_year, std::string_view men_year, std::string_view population) {
      return "Kvinnor" + std::string(women_year) + " och män" + std::string(men_year) + ": värde och rang bland " +
             std::string(population);
    },
    .full_gender_ranking = [](std::string_view link) {
      return "Hela rangordningen för kvinnor och för män finns i " + std::string(link) + " och i CSV-filen.";
    },
    .kpi_data_json = "data om nyckeltalet (JSON)",
    .values_per_year = "Värden per år",
    .col_year = "År",
    .per_year = [](std::string_view names) { return std::string(names) + " per år."; },
    .counties_heading = "Länen",
    .col_county = "Län",
    .county_value = "Länets värde",
    .mean_of_municipalities = "Medelvärde av kommunerna",
    .col_lowest = "Lägst",
    .col_highest = "Högst",
    .class_among_counties = "Klass bland länen",
    .counties_caption = [](std::string_view year) {
      return "Länen " + std::string(year) + ": länets värde och spridningen bland dess kommuner";
    },

    .download = "Ladda ned",
    .csv_for_excel = "CSV för Excel",
    .plain_csv = "CSV (komma, punkt)",
    .json_file = "JSON",

    .indicators_title = "Indikatorer",
    .indicators_lead = [](std::string_view n, std::string_view period) {
      return std::string(n) + " indikatorer följs upp. Status för " + std::string(period) + ".";
    },
    .all_indicators = [](std::string_view period) { return "Alla indikatorer, " + std::string(period); },
    .col_indicator = "Indikator",
    .col_measures_goal = "Mäter målet",
    .col_status = "Status",
    .no_target = "inget målvärde",

    .about_title = "Om statistiken",
    .about_lead = "Hur webbplatsens bedömningar, jämförelser och källor ska läsas.",
    .about_status_heading = "Status för mål och indikatorer",
    .about_achieved = "Alla villkor i målvärdet är uppfyllda. Exakt på gränsen räknas som uppnått.",
    .about_not_achieved = "Målvärdet nås inte.",
    .about_no_data = "Det saknas ett värde för perioden, eller det värde som förändringen jämförs med.",
    .about_partial_tolerance = [](std::string_view percent) {
      return "värdet ligger inom " + std::string(percent) + " % av målvärdet";
    },
    .about_partial_improved = "värdet har förbättrats sedan föregående period",
    .about_partial_or = ", eller ",
    .about_partial = [](std::string_view conditions) {
      return "En indikator är delvis uppnådd när målvärdet inte nås men " + std::string(conditions) + ".";
    },
    .about_partial_never = "Den här webbplatsen använder inte delvis uppnått för indikatorer: ett målvärde är uppnått eller ej uppnått.",
    .about_rollup_mixed = "Ett mål är uppnått när alla dess bedömda indikatorer är uppnådda, ej uppnått när alla är ej "
                          "uppnådda, och annars delvis uppnått.",
    .about_rollup_worst = "Ett mål får den sämsta statusen bland sina bedömda indikatorer.",
    .about_rollup_share = [](std::string_view percent) {
      return "Ett mål är uppnått när minst " + std::string(percent) +
             " % av dess bedömda indikatorer är uppnådda, ej uppnått när ingen är det, och annars delvis uppnått.";
    },
    .about_rollup_rest = " Indikatorer utan uppgift räknas inte. En bedömning som nämnden eller enheten gjort själv (med "
                         "motivering) ersätter den beräknade statusen och visas med sin motivering.",
    .about_status_icons = "Status visas alltid med symbol och ord, inte bara med färg.",
    .about_ranks_heading = "Rang och klasser",
    .about_ranks = [](std::string_view population) {
      return "Varje nyckeltal rangordnas bland " + std::string(population) +
             " för varje år, och för kvinnor och män för sig där nyckeltalet är uppdelat på kön. Rang 1 är bäst, i den "
             "riktning som är bättre för nyckeltalet; lika värden delar rang (1, 2, 2, 4). Ett nyckeltal utan riktning "
             "rangordnas inte.";
    },
    .about_classes_quartiles = "Klasserna följer Öppna jämförelser, med kvartiler: ",
    .list_comma = ", ",
    .list_and = " och ",
    .list_or = " eller ",
    .about_classes_few = [](std::string_view n) { return ". Med färre än " + std::string(n) + " värden ges rang men "; },
    .about_classes_yes_no = ". Ja/nej-mått klassas efter svaret: ",
    .about_references = "Riket och länen visas med källans egna värden. Där källan saknar dem visas medelvärdet av kommunernas "
                        "värden, märkt med * och med texten ”egen bearbetning”; det kräver värden från minst hälften av kommunerna.",
    .about_sources_heading = "Källor och datum",
    .about_own_data = [](std::string_view organisation) {
      return "Utfall, målvärden, analyser och bedömningar: " + std::string(organisation) + ".";
    },
    .about_kolada = [](std::string_view dates) {
      return "Nyckeltal: Kolada (Rådet för främjande av kommunala analyser, RKA)" + std::string(dates) + ".";
    },
    .about_open_comparisons = "Mått ur Öppna jämförelser, som tabellerna publicerades.",
    .about_own_processing = "Rang, klasser, medelvärden där källan saknar dem, målvärden och bedömningar är egen bearbetning.",
    .about_downloads = "All data bakom sidorna finns att ladda ned: ",
    .about_results_json = "bedömningarna (JSON)",
    .about_comparison_json = "jämförelserna (JSON)",
    .about_zip = ", och all data i en fil: ",
    .about_zip_note = " (CSV för Excel, CSV med komma och JSON för varje sida).",

    .not_found_title = "Sidan finns inte",
    .not_found_text = "Adressen leder inte till någon sida här. Den kan ha flyttats eller skrivits fel.",
    .not_found_go_to = "Gå till",
    .not_found_home = "startsidan",
    .not_found_or = "eller",
    .not_found_search = "sök",

    .decimal_mark = ",",
    .group_mark = "\u00a0",
    .percent_gap = "\u00a0",
    .percentage_points = "procentenheter",

    .status_achieved = "uppnått",
    .status_partial = "delvis uppnått",
    .status_not_achieved = "ej uppnått",
    .status_no_data = "ingen uppgift",
    .gender_total = "Totalt",
    .gender_women = "Kvinnor",
    .gender_men = "Män",
    .level_council = "Kommunfullmäktiges mål",
    .level_committee = "Nämndens mål",
    .level_unit = "Enheternas mål",
    .months = {"jan", "feb", "mar", "apr", "maj", "jun", "jul", "aug", "sep", "okt", "nov", "dec"},
    .tertial_label = [](std::string_view year, std::string_view n) { return std::string(year) + " tertial " + std::string(n); },
    .half_label = [](std::string_view year, std::string_view n) { return std::string(year) + " halvår " + std::string(n); },
    .quarter_label = [](std::string_view year, std::string_view n) { return std::string(year) + " kvartal " + std::string(n); },

    .previous_year = "föregående år",
    .same_period_previous_year = "samma period föregående år",
    .target_judged = "bedöms",
    .target_at_least = "minst ",
    .target_at_most = "högst ",
    .target_between = [](std::string_view low, std::string_view high) { return "mellan " + std::string(low) + " och " + std::string(high); },
    .target_decrease = "minska",
    .target_increase = "öka",
    .by_at_least = [](std::string_view amount) { return " med minst " + std::string(amount); },
    .compared_with = [](std::string_view previous) { return " jämfört med " + std::string(previous); },
    .no_outcome_for = [](std::string_view period, std::string_view target) {
      return "Inget utfall för " + std::string(period) + " (målet: " + std::string(target) + ").";
    },
    .against_the_target = [](std::string_view target) { return " mot målet " + std::string(target) + ": "; },
    .cannot_judge_without = [](std::string_view period) { return "kan inte bedömas, utfall för " + std::string(period) + " saknas."; },
    .within_of_target = [](std::string_view tolerance) { return ", inom " + std::string(tolerance) + " från målvärdet"; },
    .improved_since = [](std::string_view period) { return ", förbättrat sedan " + std::string(period); },
    .change_since_from = [](std::string_view period, std::string_view change, std::string_view from) {
      return " Förändring sedan " + std::string(period) + ": " + std::string(change) + " (från " + std::string(from) + ").";
    },
    .judgement_for = [](std::string_view period, std::string_view status) {
      return "Bedömning för " + std::string(period) + ": " + std::string(status) + ".";
    },
    .combined_for_units = [](std::string_view status, std::string_view n, std::string_view target) {
      return std::string(status) + ": sammanvägt för " + std::string(n) + (n == "1" ? " enhet" : " enheter") + " mot målet " +
             std::string(target) + ".";
    },
    .no_judgement_for = [](std::string_view period) { return "Ingen bedömning för " + std::string(period) + "."; },
    .no_target_value = "Indikatorn har inget målvärde; den följs upp utan bedömning.",
    .units_judged_together = [](std::string_view status, std::string_view n) {
      return std::string(status) + ": sammanvägd bedömning av " + std::string(n) + (n == "1" ? " enhet." : " enheter.");
    },
    .status_by_judgement = [](std::string_view status, std::string_view period) {
      return std::string(status) + " enligt bedömning för " + std::string(period) + ".";
    },
    .no_judged_indicators = [](std::string_view period) { return "Ingen uppgift för " + std::string(period) + ": inga bedömda indikatorer."; },
    .count_achieved = [](std::string_view n) { return std::string(n) + (n == "1" ? " uppnådd" : " uppnådda"); },
    .count_partial = [](std::string_view n) { return std::string(n) + (n == "1" ? " delvis uppnådd" : " delvis uppnådda"); },
    .count_not_achieved = [](std::string_view n) { return std::string(n) + (n == "1" ? " ej uppnådd" : " ej uppnådda"); },
    .count_no_data = [](std::string_view n) { return std::string(n) + " utan uppgift"; },
    .count_indicators = [](std::string_view n) { return std::string(n) + (n == "1" ? " indikator" : " indikatorer"); },
    .count_unit_judgements = [](std::string_view n) { return std::string(n) + (n == "1" ? " enhetsbedömning" : " enhetsbedömningar"); },
    .count_subgoals = [](std::string_view n) { return std::string(n) + " delmål"; },
    .status_of_basis = [](std::string_view status, std::string_view counts, std::string_view basis) {
      return std::string(status) + ": " + std::string(counts) + " av " + std::string(basis) + ".";
    },

    .sweden_municipalities = [](std::string_view n) { return "Sveriges " + std::string(n) + (n == "1" ? " kommun" : " kommuner"); },
    .in_the_comparison = [](std::string_view n) { return "de " + std::string(n) + " kommunerna i jämförelsen"; },
    .in_the_selection = [](std::string_view n) {
      return n == "1" ? std::string("den enda kommunen i urvalet") : "de " + std::string(n) + " kommunerna i urvalet";
    },
    .in_the_list = [](std::string_view n) {
      return n == "1" ? std::string("den enda kommunen i listan") : "de " + std::string(n) + " kommunerna i listan";
    },
    .only_municipality = "den enda kommunen i jämförelsen",
    .county_municipalities = [](std::string_view county, std::string_view n) {
      // "Blekinge län" -> "Blekinge läns"; "Region Gotland" -> "Region Gotlands".
      std::string genitive(county);
      if (!genitive.empty() && genitive.back() != 's') genitive += "s";
      return genitive + " " + std::string(n) + (n == "1" ? " kommun" : " kommuner");
    },
    .group_municipalities = [](std::string_view group, std::string_view n) {
      return std::string(group) + " (" + std::string(n) + (n == "1" ? " kommun)" : " kommuner)");
    },
    .mean_of_n_municipalities = [](std::string_view n) { return "medelvärde av " + std::string(n) + " kommuner, egen bearbetning"; },
    .kolada_kpi_source = [](std::string_view id, std::string_view title) {
      return "Kolada (RKA), nyckeltal " + std::string(id) + ": " + std::string(title);
    },
    .table_measure_source = [](std::string_view source, std::string_view id, std::string_view title) {
      return std::string(source) + ", mått " + std::string(id) + ": " + std::string(title);
    },

    .yes = "Ja",
    .no = "Nej",
    .share_yes = [](std::string_view percent) { return std::string(percent) + " ja"; },
    .class_best = "bästa fjärdedelen",
    .class_middle = "mittersta hälften",
    .class_worst = "sämsta fjärdedelen",
    .class_good = "önskat svar",
    .class_bad = "inte önskat svar",
    .class_unclassed = "ej klassad",
    .class_no_value = "inget värde",
    .unit_kr_per_inhabitant = "kr/inv",
    .unit_per_1000 = "per 1 000 inv",
    .unit_days = "dagar",
    .unit_million_kr = "mnkr",
    .rank_of = [](std::string_view rank, std::string_view n) { return std::string(rank) + " av " + std::string(n); },

    .mean_of_municipalities_line = [](std::string_view name) { return std::string(name) + " (medelvärde av kommunerna)"; },
    .chart_area = "Område",
    .chart_gender = "Kön",
    .chart_aspect = "Aspekt",
    .chart_share = "Andel",
    .chart_target = "Mål",
    .chart_series = "Serie",
    .chart_unit = "Enhet",
    .municipalities_of_county = [](std::string_view county) { return std::string(county) + "s kommuner"; },
    .municipalities_in_selection = "Kommuner i urvalet",
    .municipalities = "Kommuner",
    .other_municipalities = "Övriga kommuner",
    .the_selected_municipalities = "kommunerna i urvalet",
    .median = "Median",
    .the_median = "medianen",
    .riket_in_text = "riket",
    .ranked_by = [](std::string_view n, std::string_view kpi, std::string_view year) {
      return std::string(n) + " kommuner rangordnade efter " + std::string(kpi) + " " + std::string(year);
    },
    .women_suffix = ", kvinnor",
    .men_suffix = ", män",
    .marked = [](std::string_view names) { return ", " + std::string(names) + " markerade"; },
    .with_lines = [](std::string_view names) { return ", med linjer för " + std::string(names); },
    .best_to_the_left = "Kommuner, bäst till vänster",
    .highest_to_the_left = "Kommuner, högst värde till vänster",
    .rank_axis = "Rang (1 = bäst)",
    .rank_per_year_description = [](std::string_view population, std::string_view names, std::string_view kpi) {
      return "Rangen per år bland " + std::string(population) + " för " + std::string(names) + ", " + with_full_stop(kpi);
    },
    .kpi_per_year_description = [](std::string_view kpi, std::string_view names) {
      return std::string(kpi) + " per år: " + std::string(names) + ".";
    },
    .women_and_men_description = [](std::string_view kpi, std::string_view municipality) {
      return std::string(kpi) + " per år för kvinnor och män i " + std::string(municipality) + ".";
    },
    .aspects_description = [](std::string_view year, std::string_view gender, std::string_view names) {
      return "Brukarbedömning per aspekt " + std::string(year) + " (" + std::string(gender) + "): " + std::string(names) +
             " sida vid sida.";
    },
    .all_municipalities_of_sweden = "Sveriges kommuner",
    .municipalities_in_counties = [](std::string_view n) { return "kommunerna i " + std::string(n) + " län"; },
    .municipality_map_description = [](std::string_view which, std::string_view population, std::string_view kpi_year) {
      return "Karta: " + std::string(which) + " färgade efter klass bland " + std::string(population) + " för " +
             std::string(kpi_year) + ".";
    },
    .county_map_description = [](std::string_view n, std::string_view kpi_year) {
      return "Karta: länen färgade efter klass bland de " + std::string(n) + " länen med värde för " + std::string(kpi_year) + ".";
    },
    .target_line = [](std::string_view level) { return "Mål: " + std::string(level); },
    .target_lowest = "lägst ",
    .outcomes_over_time = [](std::string_view indicator) {
      return "Utfall över tid för " + std::string(indicator) + ", med målvärdet inritat.";
    },
    .outcomes_by_gender = [](std::string_view indicator) {
      return "Utfall för kvinnor, män och totalt per period för " + std::string(indicator) + ".";
    },
    .outcomes_by_unit = [](std::string_view indicator) { return "Utfall per enhet och period för " + std::string(indicator) + "."; },
    .goals_by_status_description = [](std::string_view period) {
      return "Antal mål per status och beslutande organ, " + std::string(period) + ".";
    },

    .mean_note = " Medelvärde av kommunerna (ovägt), egen bearbetning: källan har inget eget värde.",
    .no_values_for_kpi = "Inga värden finns för nyckeltalet.",
    .ranking_heading = [](std::string_view year, std::string_view population) {
      return "Rangordning " + std::string(year) + " bland " + std::string(population);
    },
    .values_in_table = " Värdena står i tabellen.",
    .values_in_table_above = " Värdena står i tabellen ovan.",
    .values_in_table_below = " Värdena står i tabellen nedan.",
    .whole_ranking = [](std::string_view n) { return "Hela rangordningen: " + std::string(n) + " kommuner med värde, rang och klass"; },
    .the_ranking = "rangordningen",
    .all_years_json = "Alla år, kvinnor och män (JSON)",
    .profile_heading = [](std::string_view municipality) { return std::string(municipality) + ": kommunprofil"; },
    .profile_title = [](std::string_view municipality) { return "Kommunprofil " + std::string(municipality); },
    .profile_in = " i ",
    .profile_lead = [](std::string_view population) {
      return ", jämförd med " + std::string(population) +
             ". Varje rad visar nyckeltalets senaste år med värden: kommunens värde, förändringen sedan året innan, rang och "
             "klass (▲ bästa fjärdedelen, ■ mittersta hälften, ▼ sämsta fjärdedelen; ✓ ✗ för ja/nej-mått; ○ ej klassad), "
             "projektets mål och om kommunen når det, och skillnaden mot riket och länet.";
    },
    .compared_with_population = [](std::string_view municipality, std::string_view population) {
      return std::string(municipality) + " jämförd med " + std::string(population);
    },
    .col_kpi = "Nyckeltal",
    .col_change = "Förändring",
    .col_rank_and_class = "Rang och klass",
    .col_goal = "Mål",
    .col_against_riket = "Mot riket",
    .col_against_county = "Mot länet",
    .latest_with_value = [](std::string_view value, std::string_view year) {
      return " (senast " + std::string(value) + " " + std::string(year) + ")";
    },
    .county_heading = [](std::string_view county) { return std::string(county) + ": kommunerna sida vid sida"; },
    .county_lead = [](std::string_view population) {
      return "Varje cell visar kommunens värde det senaste året och dess klass bland " + std::string(population) +
             " (▲ bästa fjärdedelen, ■ mittersta hälften, ▼ sämsta fjärdedelen; ✓ ✗ för ja/nej-mått; ○ ej klassad).";
    },
    .municipality_profiles = "Kommunprofiler: ",
    .against_project_targets = "Mot projektets mål",
    .class_among = [](std::string_view population) { return "Klass bland " + std::string(population); },
    .compared_with_heading = [](std::string_view population) { return "Jämfört med " + std::string(population); },
    .compared_with_targets = "Jämfört med projektets mål",
    .same_target_note = "Samma mål bedöms för varje kommun, med kommunens värde det senaste året.",
    .map_heading = [](std::string_view kpi, std::string_view year) { return "Karta: " + std::string(kpi) + " " + std::string(year); },
    .counties_of_sweden_compared = "Sveriges län i jämförelse",
    .national_lead = "Länets värde för varje nyckeltal det senaste året, med dess klass bland länen. Där källan saknar ett "
                     "värde för länet visas medelvärdet av länets kommuner*. Spridningen mellan kommunerna i varje län står "
                     "på nyckeltalets sida.",
    .counties_per_kpi = "Länen per nyckeltal",
    .counties_of_sweden = "Sveriges län",
    .page_part = [](std::string_view i, std::string_view n) { return "del " + std::string(i) + " av " + std::string(n); },
    .page_parts_label = "Sidans delar",
    .page_parts_lead = [](std::string_view n) {
      return "Nyckeltalen är för många för en sida: de står på " + std::string(n) + " sidor efter verksamhetsområde.";
    },
    .survey_heading = [](std::string_view year) { return "Brukarundersökningen inom individ- och familjeomsorgen " + std::string(year); },
    .survey_lead = [](std::string_view municipality, std::string_view group) {
      return "De sju aspekterna i SKR:s nationella brukarundersökning sida vid sida för " + std::string(municipality) +
             ", riket" + (group.empty() ? "" : " och " + std::string(group)) + ", totalt och för kvinnor och män.";
    },
    .positive_share_per_aspect = "Andel positiva svar per aspekt.",
    .positive_share = [](std::string_view gender) { return "Andel positiva svar, " + std::string(gender); },
    .values_label = "Värden: ",
    .own_processing_from = ". Rang, klasser, median, medelvärden, förändringar och målstatus: egen bearbetning av data från ",
    .fetched_on = [](std::string_view date) { return ", hämtad " + std::string(date); },
    .published_by_kolada = [](std::string_view dates) { return ", publicerad av Kolada " + std::string(dates); },

    .chart_word = "Diagram: ",
    .figures_below = " Siffrorna finns i tabellen nedan.",
    .figures_above = " Siffrorna finns i tabellen ovan.",

    .ranking_for = [](std::string_view kpi) { return "Rangordning för " + std::string(kpi); },
    .ranking_own_processing = "; rang, percentil och klass: egen bearbetning",
    .ranking_columns = {"kpi", "år", "kön", "område", "namn", "värde", "rang", "percentil", "klass"},
    .outcome_columns = {"indikator", "period", "kön", "enhet", "referens", "värde", "kommentar"},
    .readme_name = "LÄSMIG.txt",
    .readme = [](std::string_view heading, std::string_view built, std::string_view fetched) {
      return std::string(heading) + "All data på webbplatsen, byggd " + std::string(built) +
             (fetched.empty() ? "" : ", data från Kolada hämtad " + std::string(fetched)) +
             ".\r\n\r\nVarje sidas data finns i tre former: NAMN.csv (för Excel: semikolon, decimalkomma), NAMN.plain.csv "
             "(komma, decimalpunkt, UTF-8) och NAMN.json. data/results.json har alla bedömningar, data/comparison.json och "
             "data/comparison/ alla jämförelser. Källor och beräkningar beskrivs på sidan Om statistiken (about.html).\r\n";
    },

    // Swedish typography closes both ends of a quotation: ”citat”, ’citat’.
    .opening_double_quote = "\u201d",
    .opening_single_quote = "\u2019",
};

}  // namespace jamfor
