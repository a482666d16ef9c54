#include "model/wording.h"

#include <set>

#include <catch2/catch.hpp>

using jamfor::wording;

// The compiler checks that each table has every key; these check what it cannot: that the
// lists are filled in and that each language is picked by its own code.
TEST_CASE("wording: each language has its table, and Swedish is the default") {
  CHECK(wording("sv").language == "sv");
  CHECK(wording("en").language == "en");
  CHECK(wording("").language == "sv");
  CHECK(wording("en").og_locale == "en_GB");
}

TEST_CASE("wording: month names and download columns are all there and distinct") {
  for (const char* language : {"sv", "en"}) {
    const auto& w = wording(language);
    INFO(language);
    std::set<std::string_view> months(w.months.begin(), w.months.end());
    CHECK(months.size() == 12);
    std::set<std::string_view> ranking(w.ranking_columns.begin(), w.ranking_columns.end());
    CHECK(ranking.size() == w.ranking_columns.size());
    std::set<std::string_view> outcomes(w.outcome_columns.begin(), w.outcome_columns.end());
    CHECK(outcomes.size() == w.outcome_columns.size());
    CHECK_FALSE(months.count(""));
    CHECK_FALSE(ranking.count(""));
    CHECK_FALSE(outcomes.count(""));
  }
}

TEST_CASE("wording: sentences with values put them in") {
  CHECK(wording("en").outcomes_for("Antal placerade barn") == "Outcomes for Antal placerade barn");
  CHECK(wording("sv").outcomes_for("Antal placerade barn") == "Utfall för Antal placerade barn");
}

TEST_CASE("wording: a KPI title that ends with a full stop gets no second one") {
  CHECK(jamfor::with_full_stop("andel (%) av bef.") == "andel (%) av bef.");
  CHECK(jamfor::with_full_stop("andel (%)") == "andel (%).");
  CHECK(wording("sv").rank_per_year_description("Sveriges 290 kommuner", "Ronneby", "andel (%) av bef.") ==
        "Rangen per år bland Sveriges 290 kommuner för Ronneby, andel (%) av bef.");
}
