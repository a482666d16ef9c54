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
};

}  // namespace jamfor
