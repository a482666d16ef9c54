#include "model/period.h"

#include <catch2/catch.hpp>

using jamfor::parse_period;
using jamfor::Period;

TEST_CASE("period ids round-trip and label in Swedish") {
  struct Case { const char* id; const char* label; const char* previous; };
  for (auto c : {Case{"2016", "2016", "2015"},
                 Case{"2018-jan-aug", "2018 jan–aug", "2017-jan-aug"},
                 Case{"2018-T1", "2018 tertial 1", "2017-T1"},
                 Case{"2018-T3", "2018 tertial 3", "2017-T3"},
                 Case{"2018-H2", "2018 halvår 2", "2017-H2"},
                 Case{"2018-Q4", "2018 kvartal 4", "2017-Q4"},
                 Case{"2018-08", "2018 aug", "2017-08"}}) {
    auto p = parse_period(c.id);
    REQUIRE(p);
    CHECK(p->id() == c.id);
    CHECK(p->label(jamfor::wording("sv")) == c.label);
    CHECK(p->previous().id() == c.previous);
  }
}

TEST_CASE("period labels in English") {
  struct Case { const char* id; const char* label; };
  for (auto c : {Case{"2016", "2016"}, Case{"2018-jan-aug", "2018 Jan–Aug"}, Case{"2018-T1", "2018 four-month period 1"},
                 Case{"2018-H2", "2018 half-year 2"}, Case{"2018-Q4", "2018 quarter 4"}, Case{"2018-05", "2018 May"}}) {
    auto p = parse_period(c.id);
    REQUIRE(p);
    CHECK(p->label(jamfor::wording("en")) == c.label);
  }
}

TEST_CASE("period rejects malformed ids") {
  for (auto id : {"", "16", "2016-", "2016-T4", "2016-H3", "2016-Q5", "2016-13", "2016-00",
                  "2016-aug-jan", "2016-jan-jan", "2016-januari", "20x6", "2016 ", "1800"})
    CHECK_FALSE(parse_period(id));
}

TEST_CASE("periods order by time and longer period first when they end together") {
  auto p = [](const char* id) { return *parse_period(id); };
  CHECK(p("2015") < p("2016"));
  CHECK(p("2018-T1") < p("2018-jan-aug"));
  CHECK(p("2018-jan-aug") < p("2018"));
  CHECK(p("2018-H1") < p("2018-Q2"));  // both end in June; the half year is the longer
}
