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

    .not_found_title = "Sidan finns inte",
    .not_found_text = "Adressen leder inte till någon sida här. Den kan ha flyttats eller skrivits fel.",
    .not_found_go_to = "Gå till",
    .not_found_home = "startsidan",
    .not_found_or = "eller",
    .not_found_search = "sök",
};

}  // namespace jamfor
