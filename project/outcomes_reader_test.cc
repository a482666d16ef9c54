#include "project/outcomes_reader.h"

#include <catch2/catch.hpp>

using namespace jamfor;

namespace {

using Strings = std::vector<std::string>;

Project two_indicators() {
  Project p;
  Indicator barn;
  barn.id = "placerade-barn";
  barn.title = "Antal placerade barn";
  barn.unit = "st";
  p.indicators.push_back(barn);
  Indicator arbete;
  arbete.id = "sysselsattning";
  arbete.title = "Andel i sysselsättning";
  arbete.unit = "%";
  p.indicators.push_back(arbete);
  p.units.push_back({"ekonomiskt-bistand", "Ekonomiskt bistånd", UnitKind::Own});
  p.units.push_back({"riket", "Riket", UnitKind::Reference});
  return p;
}

struct Read {
  std::vector<Outcome> outcomes;
  Diagnostics diags;
  Strings errors() const {
    Strings out;
    for (const auto& d : diags.items()) out.push_back(d.format());
    return out;
  }
};

Read read(std::string_view text) {
  static const Project project = two_indicators();
  Read r;
  r.outcomes = parse_outcomes_csv(text, "f.csv", project, r.diags);
  return r;
}

Period year(int y) { return *parse_period(std::to_string(y)); }

}  // namespace

TEST_CASE("outcomes: Swedish header, one value per row") {
  auto r = read(
      "indikator;period;kön;värde\n"
      "placerade-barn;2015;T;95\n"
      "placerade-barn;2016;T;67\n");
  CHECK(r.errors().empty());
  REQUIRE(r.outcomes.size() == 2);
  const Outcome& o = r.outcomes[1];
  CHECK(o.indicator_id == "placerade-barn");
  CHECK(o.period == year(2016));
  CHECK(o.gender == Gender::Total);
  CHECK(o.unit_id.empty());
  CHECK(o.value == 67.0);
  CHECK(o.loc.path == "f.csv");
  CHECK(o.loc.line == 3);
}

TEST_CASE("outcomes: English header, columns in any order, comma separated") {
  auto r = read(
      "value,gender,period,indicator\n"
      "\"10,8\",K,2018-jan-aug,sysselsattning\n");
  CHECK(r.errors().empty());
  REQUIRE(r.outcomes.size() == 1);
  CHECK(r.outcomes[0].indicator_id == "sysselsattning");
  CHECK(r.outcomes[0].period == *parse_period("2018-jan-aug"));
  CHECK(r.outcomes[0].gender == Gender::Women);
  CHECK(r.outcomes[0].value == 10.8);
}

TEST_CASE("outcomes: header names ignore case and padding, also of å, ä, ö") {
  auto r = read(" Indikator ;PERIOD;KÖN;Värde;Enhet;Kommentar\nsysselsattning;2016;t;57;;ny mätmetod\n");
  CHECK(r.errors().empty());
  REQUIRE(r.outcomes.size() == 1);
  CHECK(r.outcomes[0].value == 57.0);
  CHECK(r.outcomes[0].comment == "ny mätmetod");
}

TEST_CASE("outcomes: the gender column is optional and defaults to total") {
  auto r = read("indikator;period;värde\nsysselsattning;2016;57\n");
  REQUIRE(r.outcomes.size() == 1);
  CHECK(r.outcomes[0].gender == Gender::Total);
}

TEST_CASE("outcomes: gender codes and words") {
  auto r = read(
      "indikator;period;kön;värde\n"
      "sysselsattning;2010;T;1\n"
      "sysselsattning;2011;K;1\n"
      "sysselsattning;2012;M;1\n"
      "sysselsattning;2013;totalt;1\n"
      "sysselsattning;2014;Kvinnor;1\n"
      "sysselsattning;2015;MÄN;1\n"
      "sysselsattning;2016;;1\n");
  CHECK(r.errors().empty());
  std::vector<Gender> genders;
  for (const auto& o : r.outcomes) genders.push_back(o.gender);
  CHECK(genders == std::vector<Gender>{Gender::Total, Gender::Women, Gender::Men, Gender::Total,
                                       Gender::Women, Gender::Men, Gender::Total});
}

TEST_CASE("outcomes: an unknown gender names the cell") {
  auto r = read("indikator;period;kön;värde\nsysselsattning;2016;X;57\n");
  CHECK(r.errors() == Strings{"f.csv:2:3: error: expected T, K or M (totalt, kvinnor, män), got 'X'"});
  CHECK(r.outcomes.empty());
}

TEST_CASE("outcomes: Swedish number forms in the value column") {
  auto r = read(
      "indikator;period;värde\n"
      "placerade-barn;2014;21 745\n"
      "placerade-barn;2015;10,8\n"
      "placerade-barn;2016;\u22123\n");
  CHECK(r.errors().empty());
  REQUIRE(r.outcomes.size() == 3);
  CHECK(r.outcomes[0].value == 21745.0);
  CHECK(r.outcomes[1].value == 10.8);
  CHECK(r.outcomes[2].value == -3.0);
}

TEST_CASE("outcomes: an empty value means no data") {
  auto r = read("indikator;period;värde;kommentar\nplacerade-barn;2016;;uppgift saknas\n");
  CHECK(r.errors().empty());
  REQUIRE(r.outcomes.size() == 1);
  CHECK_FALSE(r.outcomes[0].value);
  CHECK(r.outcomes[0].comment == "uppgift saknas");
}

TEST_CASE("outcomes: a unit column names a declared unit") {
  auto r = read("indikator;period;enhet;värde\nplacerade-barn;2016;ekonomiskt-bistand;4\nplacerade-barn;2016;;67\n");
  CHECK(r.errors().empty());
  REQUIRE(r.outcomes.size() == 2);
  CHECK(r.outcomes[0].unit_id == "ekonomiskt-bistand");
  CHECK(r.outcomes[1].unit_id.empty());
}

TEST_CASE("outcomes: an unknown indicator suggests the closest id") {
  auto r = read(
      "indikator;period;värde\n"
      "placerade-barn;2015;95\n"
      "placerade-barm;2016;67\n");
  CHECK(r.errors() ==
        Strings{"f.csv:3:1: error: unknown indicator 'placerade-barm' (did you mean 'placerade-barn'?)"});
  REQUIRE(r.outcomes.size() == 1);
  CHECK(r.outcomes[0].period == year(2015));
}

TEST_CASE("outcomes: an unknown indicator far from every id gets no suggestion") {
  auto r = read("indikator;period;värde\nsjukfranvaro;2016;5\n");
  CHECK(r.errors() == Strings{"f.csv:2:1: error: unknown indicator 'sjukfranvaro'"});
}

TEST_CASE("outcomes: an unknown unit points to jamfor.toml") {
  auto r = read("indikator;period;enhet;värde\nplacerade-barn;2016;ekonomiskt-bistnd;4\n");
  CHECK(r.errors() == Strings{"f.csv:2:3: error: unknown unit 'ekonomiskt-bistnd' (did you mean "
                              "'ekonomiskt-bistand'?); units are declared as [[unit]] in jamfor.toml"});
}

TEST_CASE("outcomes: a reference column names a declared reference series") {
  auto r = read("indikator;period;referens;värde\nsysselsattning;2016;riket;80\n");
  CHECK(r.errors().empty());
  CHECK(r.diags.warnings().empty());
  REQUIRE(r.outcomes.size() == 1);
  CHECK(r.outcomes[0].unit_id == "riket");
}

TEST_CASE("outcomes: the old column name 'jämförelse' still works, with a warning") {
  auto r = read("indikator;period;jämförelse;värde\nsysselsattning;2016;riket;80\n");
  CHECK(r.errors().empty());
  REQUIRE(r.diags.warnings().size() == 1);
  CHECK(r.diags.warnings()[0].format() ==
        "f.csv:1:3: warning: the column 'jämförelse' is now called 'referens'; it still works, but rename it");
  REQUIRE(r.outcomes.size() == 1);
  CHECK(r.outcomes[0].unit_id == "riket");
}

TEST_CASE("outcomes: units and reference series are not interchangeable") {
  auto r = read(
      "indikator;period;enhet;referens;värde\n"
      "sysselsattning;2016;riket;;80\n"
      "sysselsattning;2016;;ekonomiskt-bistand;80\n"
      "sysselsattning;2016;ekonomiskt-bistand;riket;80\n");
  CHECK(r.errors() == Strings{
      "f.csv:2:3: error: unknown unit 'riket'; units are declared as [[unit]] in jamfor.toml",
      "f.csv:3:4: error: unknown reference 'ekonomiskt-bistand'; reference series are declared as [[reference]] in "
      "jamfor.toml",
      "f.csv:4:4: error: expected either 'enhet' or 'referens' in a row, got both"});
  CHECK(r.outcomes.empty());
}

TEST_CASE("outcomes: a value that is not a number names the cell") {
  auto r = read("indikator;period;kön;värde\nsysselsattning;2016;T;57 procent\n");
  CHECK(r.errors() ==
        Strings{"f.csv:2:4: error: expected a number such as 21 745 or 10,8, got '57 procent'"});
  CHECK(r.outcomes.empty());
}

TEST_CASE("outcomes: an ambiguous number is rejected") {
  auto r = read("indikator;period;värde\nplacerade-barn;2016;1.234,5\n");
  CHECK(r.errors() == Strings{"f.csv:2:3: error: expected a number such as 21 745 or 10,8, got '1.234,5'"});
}

TEST_CASE("outcomes: a bad period lists the accepted forms") {
  auto r = read("indikator;period;värde\nplacerade-barn;2016-13;67\n");
  CHECK(r.errors() ==
        Strings{"f.csv:2:2: error: expected a period such as '2016', '2018-jan-aug', '2018-T1', "
                "'2018-H1', '2018-Q3' or '2018-08', got '2016-13'"});
}

TEST_CASE("outcomes: a row with the wrong number of cells") {
  auto r = read("indikator;period;kön;värde\nplacerade-barn;2016;67\n");
  CHECK(r.errors() == Strings{"f.csv:2: error: expected 4 cells separated by ';', got 3"});
  auto comma = read("indicator,period,value\nplacerade-barn,2016,10,8\n");
  CHECK(comma.errors() == Strings{"f.csv:2: error: expected 3 cells separated by ',', got 4"});
}

TEST_CASE("outcomes: every error of a file is reported, not just the first") {
  auto r = read(
      "indikator;period;kön;värde\n"
      "placerade-barm;2016;T;67\n"
      "placerade-barn;2016;T;67\n"
      "sysselsattning;16;T;57\n"
      "sysselsattning;2016;X;femtio\n"
      "sysselsattning;2016\n");
  CHECK(r.errors() ==
        Strings{
            "f.csv:2:1: error: unknown indicator 'placerade-barm' (did you mean 'placerade-barn'?)",
            "f.csv:4:2: error: expected a period such as '2016', '2018-jan-aug', '2018-T1', '2018-H1', "
            "'2018-Q3' or '2018-08', got '16'",
            "f.csv:5:4: error: expected a number such as 21 745 or 10,8, got 'femtio'",
            "f.csv:5:3: error: expected T, K or M (totalt, kvinnor, män), got 'X'",
            "f.csv:6: error: expected 4 cells separated by ';', got 2",
        });
  REQUIRE(r.outcomes.size() == 1);
  CHECK(r.outcomes[0].loc.line == 3);
}

TEST_CASE("outcomes: line numbers count lines, not rows, after a multi-line comment") {
  auto r = read("indikator;period;värde;kommentar\nplacerade-barn;2015;95;\"två\nrader\"\nplacerade-barm;2016;67;\n");
  CHECK(r.errors() ==
        Strings{"f.csv:4:1: error: unknown indicator 'placerade-barm' (did you mean 'placerade-barn'?)"});
}

TEST_CASE("outcomes: a missing required column") {
  auto r = read("indikator;period\nplacerade-barn;2016\n");
  CHECK(r.errors() == Strings{"f.csv:1: error: missing column 'värde' (or 'value') in the header"});
  CHECK(r.outcomes.empty());
}

TEST_CASE("outcomes: an unknown column suggests the closest name") {
  auto r = read("indikator;period;vrde\nplacerade-barn;2016;67\n");
  CHECK(r.errors() ==
        Strings{"f.csv:1: error: unknown column 'vrde' (did you mean 'värde'?); expected indikator, "
                "period, värde and optionally kön, enhet, referens, kommentar",
                "f.csv:1: error: missing column 'värde' (or 'value') in the header"});
}

TEST_CASE("outcomes: the same column twice") {
  auto r = read("indikator;period;värde;value\nplacerade-barn;2016;67;67\n");
  CHECK(r.errors() == Strings{"f.csv:1: error: column 'value' appears twice"});
}

TEST_CASE("outcomes: an empty file has no header") {
  auto r = read("");
  CHECK(r.errors() == Strings{"f.csv: error: expected a header row 'indikator;period;värde', got an empty file"});
}

TEST_CASE("outcomes: a header and no rows is fine") {
  auto r = read("indikator;period;värde\n");
  CHECK(r.errors().empty());
  CHECK(r.outcomes.empty());
}

TEST_CASE("outcomes: a Windows-1252 file gives one error, not also 'empty file'") {
  auto r = read("indikator;period;v\xE4rde\nplacerade-barn;2016;67\n");
  CHECK(r.errors() ==
        Strings{"f.csv:1: error: expected UTF-8 text, got other bytes (in Excel, save as 'CSV UTF-8')"});
}

TEST_CASE("outcomes: read_outcomes_csv reports a file it cannot read") {
  Diagnostics diags;
  auto outcomes = read_outcomes_csv("/nonexistent/jamfor/f.csv", two_indicators(), diags);
  CHECK(outcomes.empty());
  REQUIRE(diags.items().size() == 1);
  CHECK(diags.items()[0].format() == "/nonexistent/jamfor/f.csv: error: cannot read file");
}
