#include "open_comparisons/tables.h"

#include <unistd.h>

#include <filesystem>
#include <fstream>

#include <catch2/catch.hpp>

using namespace jamfor;
namespace fs = std::filesystem;

namespace {

using Strings = std::vector<std::string>;

Strings messages(const Diagnostics& d) {
  Strings out;
  for (const auto& item : d.items()) out.push_back(item.format());
  return out;
}

OpenComparisonsMapping mapping(ValueKind second = ValueKind::Number) {
  OpenComparisonsMapping m;
  m.path = "oj/bistand.toml";
  m.table = "oj/bistand.csv";
  m.year = 2022;
  m.area_column = "Kommun";
  m.area_column_loc = {"oj/bistand.toml", 3, 1};
  m.table_loc = {"oj/bistand.toml", 1, 9};
  m.measures.push_back({"Väntetid (dagar)", 0, "oj-vantetid", "Väntetid", "dagar", Direction::LowerIsBetter,
                        ValueKind::Number, {"oj/bistand.toml", 5, 1}});
  m.measures.push_back({"Andel (%)", 0, "oj-andel", "Andel", "%", Direction::HigherIsBetter, second,
                        {"oj/bistand.toml", 11, 1}});
  return m;
}

std::vector<OpenComparisonsValue> parse(std::string_view text, Diagnostics& d,
                                        const OpenComparisonsMapping& m = mapping()) {
  return parse_open_comparisons_csv(text, "oj/bistand.csv", m, d);
}

// A folder under the system's temp folder, removed again at the end of the test.
class TempDir {
 public:
  TempDir() {
    static int counter = 0;
    dir_ = fs::temp_directory_path() / ("jamfor-oj-test-" + std::to_string(::getpid()) + "-" + std::to_string(++counter));
    fs::remove_all(dir_);
    fs::create_directories(dir_);
  }
  ~TempDir() { fs::remove_all(dir_); }
  std::string write(const std::string& name, std::string_view text) const {
    std::ofstream(dir_ / name, std::ios::binary) << text;
    return (dir_ / name).string();
  }
  std::string path(const std::string& name) const { return (dir_ / name).string(); }

 private:
  fs::path dir_;
};

const std::string kFixture = std::string(JAMFOR_SOURCE_DIR) + "/tests/fixtures/open_comparisons/";

}  // namespace

TEST_CASE("open comparisons: the published shape, with title rows and footnotes") {
  Diagnostics d;
  auto table = read_open_comparisons(kFixture + "ekonomiskt-bistand-2022.toml", d);
  REQUIRE(messages(d) == Strings{});
  REQUIRE(table);
  CHECK(table->mapping.year == 2022);
  CHECK(table->mapping.table == fs::path(kFixture + "ekonomiskt-bistand-2022.csv").lexically_normal().string());
  CHECK(table->mapping.source == "Öppna jämförelser");
  REQUIRE(table->mapping.measures.size() == 2);
  CHECK(table->mapping.measures[1].cells == ValueKind::YesNo);
  Strings got;
  for (const auto& v : table->values)
    got.push_back(v.area + " " + table->mapping.measures[v.measure].id + " " + std::to_string(v.value));
  CHECK(got == Strings{"1060 oj-automatiserad-handlaggning 0.000000",  // Olofström: '..' is no value
                       "1080 oj-vantetid-nybesok 9.000000", "1080 oj-automatiserad-handlaggning 0.000000",
                       "1081 oj-vantetid-nybesok 15.000000", "1081 oj-automatiserad-handlaggning 1.000000",
                       "1082 oj-vantetid-nybesok 12.000000", "1082 oj-automatiserad-handlaggning 1.000000",
                       "1083 oj-vantetid-nybesok 10.000000", "1083 oj-automatiserad-handlaggning 0.000000"});
}

TEST_CASE("open comparisons: comma separators, decimal points, codes, Riket and the region") {
  Diagnostics d;
  auto values = parse("Kommun,Väntetid (dagar),Andel (%)\n"
                      "1081,\"15,5\",57 %\n"
                      "114,3.5,\n"
                      "Riket,12,80\n"
                      "Region Blekinge,x,–\n",
                      d);
  REQUIRE(messages(d) == Strings{});
  REQUIRE(values.size() == 5);
  CHECK(values[0].area == "1081");
  CHECK(values[0].value == 15.5);
  CHECK(values[1].value == 57);
  CHECK(values[2].area == "0114");
  CHECK(values[2].value == 3.5);
  CHECK(values[3].area == "0000");
  CHECK(values[4].area == "0000");
}

TEST_CASE("open comparisons: a gender column splits the rows") {
  auto m = mapping();
  m.gender_column = "Kön";
  Diagnostics d;
  auto values = parse("Kommun;Kön;Väntetid (dagar);Andel (%)\n"
                      "Ronneby;Kvinnor;14;\n"
                      "Ronneby;Män;15;\n"
                      "Ronneby;Totalt;15;\n"
                      "Ronneby;Båda;1;\n",
                      d, m);
  CHECK(messages(d) == Strings{"oj/bistand.csv:5:2: error: expected T, K or M (totalt, kvinnor, män) in column 'Kön', got 'Båda'"});
  REQUIRE(values.size() == 3);
  CHECK(values[0].gender == Gender::Women);
  CHECK(values[1].gender == Gender::Men);
  CHECK(values[2].gender == Gender::Total);
}

TEST_CASE("open comparisons: every bad row is reported with file, line and column") {
  Diagnostics d;
  auto values = parse("Kommun;Väntetid (dagar);Andel (%)\n"
                      "Ronneb;15;57\n"
                      ";12;\n"
                      "Karlshamn;tolv;50\n"
                      "Karlskrona;9;57\n"
                      "Karlskrona kommun;9;57\n",
                      d);
  CHECK(messages(d) ==
        Strings{"oj/bistand.csv:2:1: error: expected a municipality, region or Riket by code or name in column 'Kommun', got 'Ronneb' (did you mean 'Ronneby'?)",
                "oj/bistand.csv:3:1: error: expected a municipality, region or Riket by code or name in column 'Kommun', got an empty cell",
                "oj/bistand.csv:4:2: error: expected a number such as 21 745 or 10,8 or '..' for no value in column 'Väntetid (dagar)', got 'tolv'",
                "oj/bistand.csv:6:1: error: Karlskrona (1080) appears twice; the first row is on line 5"});
  CHECK(values.size() == 3);  // Karlshamn's 50 and Karlskrona's two values
}

TEST_CASE("open comparisons: yes/no columns read Ja and Nej") {
  Diagnostics d;
  auto values = parse("Kommun;Väntetid (dagar);Andel (%)\nRonneby;;Ja\nKarlshamn;;nej\nSölvesborg;;kanske\n", d,
                      mapping(ValueKind::YesNo));
  CHECK(messages(d) == Strings{"oj/bistand.csv:4:3: error: expected Ja or Nej or '..' for no value in column 'Andel (%)', got 'kanske'"});
  REQUIRE(values.size() == 2);
  CHECK(values[0].value == 1);
  CHECK(values[1].value == 0);
}

TEST_CASE("open comparisons: a column the mapping names but the table lacks") {
  Diagnostics d;
  auto values = parse("Titel\nKommun;Väntetid dagar;Andel (%)\nRonneby;15;57\n", d);
  CHECK(messages(d) == Strings{"oj/bistand.toml:5:1: error: expected a column 'Väntetid (dagar)' in the header of "
                               "oj/bistand.csv (line 2), got none (did you mean 'Väntetid dagar'?)"});
  CHECK(values.empty());
}

TEST_CASE("open comparisons: headers compare without case and line breaks") {
  Diagnostics d;
  auto values = parse("KOMMUN;\"Väntetid\n(dagar)\";andel (%)\nRonneby;15;57\n", d);
  CHECK(messages(d) == Strings{});
  CHECK(values.size() == 2);
}

TEST_CASE("open comparisons: no header row with the area column") {
  Diagnostics d;
  parse("Kommunnamn;Väntetid (dagar);Andel (%)\nRonneby;15;57\n", d);
  CHECK(messages(d) == Strings{"oj/bistand.csv:1: error: expected a header row with the column 'Kommun' (area_column in "
                               "oj/bistand.toml), got none (did you mean 'Kommunnamn'?)"});
}

TEST_CASE("open comparisons: a column that appears twice") {
  Diagnostics d;
  parse("Kommun;Andel (%);Väntetid (dagar);Andel (%)\nRonneby;1;15;57\n", d);
  CHECK(messages(d) == Strings{"oj/bistand.csv:1:4: error: column 'Andel (%)' appears twice in the header; the mapping cannot tell which is meant"});
}

TEST_CASE("open comparisons: a table in Windows-1252 and an empty table") {
  Diagnostics d;
  parse("Kommun;V\xe4ntetid (dagar)\n", d);
  parse("", d);
  CHECK(messages(d) == Strings{"oj/bistand.csv:1: error: expected UTF-8 text, got other bytes (in Excel, save as 'CSV UTF-8')",
                               "oj/bistand.csv: error: expected a table with a header row naming 'Kommun', got an empty file"});
}

TEST_CASE("open comparisons: every mistake in a mapping file") {
  TempDir dir;
  const std::string path = dir.write("karta.toml", R"toml(table = "saknas.csv"
year = 22
area_column = "Kommun"
colour = "grön"

[[measure]]
column = "Andel (%)"
id = "Andel"
direction = "up"

[[measure]]
column = "Andel (%)"
id = "oj-b"
values = "ja_nej"
)toml");
  Diagnostics d;
  CHECK_FALSE(read_open_comparisons_mapping(path, d));
  CHECK(messages(d) ==
        Strings{path + ":2:8: error: expected the year of the results, such as 2022, got 22",
                path + ":8:6: error: expected an id of 1-64 characters a-z, 0-9, '-' and '_', starting with a letter or digit for the measure, got 'Andel'",
                path + ":9:13: error: expected one of 'higher', 'lower', 'none' for 'direction', got 'up'",
                path + ":14:10: error: expected one of 'number', 'yes_no' for 'values', got 'ja_nej'",
                path + ":11:1: error: column 'Andel (%)' is mapped twice; the first is on line 6",
                path + ":4:1: error: unknown key 'colour'"});
}

TEST_CASE("open comparisons: a mapping without measures, and a table that is not there") {
  TempDir dir;
  Diagnostics d;
  const std::string empty = dir.write("tom.toml", "table = \"t.csv\"\nyear = 2022\narea_column = \"Kommun\"\n");
  CHECK_FALSE(read_open_comparisons_mapping(empty, d));
  const std::string missing = dir.write("saknas.toml", "table = \"t.csv\"\nyear = 2022\narea_column = \"Kommun\"\n"
                                                       "[[measure]]\ncolumn = \"A\"\nid = \"a\"\n");
  CHECK_FALSE(read_open_comparisons(missing, d));
  CHECK(messages(d) == Strings{empty + ": error: expected at least one [[measure]] naming a column of the table, got none",
                               missing + ":1:9: error: expected a CSV table, got no file '" + dir.path("t.csv") +
                                   "' (in Excel: Save as, 'CSV UTF-8')"});
}

TEST_CASE("open comparisons: tables of several years make one series in the comparison") {
  Comparison b;
  b.areas = {{"1081", "Ronneby", AreaType::Municipality, "10"}};
  auto table = [](int year, double ronneby, double karlshamn) {
    OpenComparisonsTable t{mapping(), {}};
    t.mapping.year = year;
    t.values = {{"1081", 0, Gender::Total, ronneby}, {"1082", 0, Gender::Total, karlshamn}, {"1081", 1, Gender::Women, 57}};
    return t;
  };
  Diagnostics d;
  add_open_comparisons(b, table(2022, 15, 12), d);
  add_open_comparisons(b, table(2021, 18, 11), d);
  REQUIRE(messages(d) == Strings{});
  REQUIRE(b.kpis.size() == 2);
  const ComparisonKpi& wait = b.kpis[0];
  CHECK(wait.id == "oj-vantetid");
  CHECK(wait.source == Source::OpenComparisons);
  CHECK(wait.source_name == "Öppna jämförelser");
  CHECK(wait.direction == Direction::LowerIsBetter);
  CHECK(b.areas.size() == 2);
  CHECK(b.areas[1].title == "Karlshamn");
  CHECK(b.areas[1].county == "10");
  CHECK(b.first_year == 2021);
  CHECK(b.last_year == 2022);
  CHECK(b.value(wait, 0, 2021, Gender::Total) == 18);
  CHECK(b.value(wait, 1, 2022, Gender::Total) == 12);
  CHECK(b.kpis[1].divided_by_gender);

  add_open_comparisons(b, table(2022, 15, 12), d);
  auto other = table(2020, 1, 1);
  other.mapping.measures[0].unit = "veckor";
  add_open_comparisons(b, other, d);
  b.kpis.push_back({});
  b.kpis.back().id = "oj-andel-kolada";
  b.kpis.back().source = Source::Kolada;
  auto clash = table(2020, 1, 1);
  clash.mapping.measures[0].id = "oj-andel-kolada";
  add_open_comparisons(b, clash, d);
  CHECK(messages(d) ==
        Strings{"oj/bistand.toml:1:9: error: measure 'oj-vantetid' for 2022 (Ronneby) is in an earlier table too; each year of a measure belongs in one table",
                "oj/bistand.toml:1:9: error: measure 'oj-andel' for 2022 (Ronneby) is in an earlier table too; each year of a measure belongs in one table",
                "oj/bistand.toml:5:1: error: measure 'oj-vantetid' has another unit, direction or kind of values in an earlier table; a measure keeps them from year to year",
                "oj/bistand.toml:5:1: error: measure id 'oj-andel-kolada' is also a Kolada KPI of this project; give the measure an id of its own",
                // the 2020 table before it (other unit for oj-vantetid) already gave oj-andel for 2020
                "oj/bistand.toml:1:9: error: measure 'oj-andel' for 2020 (Ronneby) is in an earlier table too; each year of a measure belongs in one table"});
}

TEST_CASE("open comparisons: what exports hold: no-break spaces, suppressed cells, group rows, a comma in the title") {
  auto m = mapping();
  m.no_value = {"Ej svar från kommunen"};
  m.skip_rows = {"Storstäder"};
  Diagnostics d;
  auto values = parse("Öppna jämförelser 2022, alla kommuner\n"
                      "Kommun;Väntetid\u00a0(dagar);Andel (%)\n"
                      "Upplands\u00a0Väsby\u00a0;<5;ej svar från kommunen\n"
                      "Storstäder;12;80\n"
                      "Region Gotland;Ej aktuellt;55\n",
                      d, m);
  CHECK(messages(d) == Strings{});
  REQUIRE(values.size() == 1);
  CHECK(values[0].area == "0980");  // Socialstyrelsen's name for the municipality
  CHECK(values[0].value == 55);
}

TEST_CASE("open comparisons: columns by number, for headers that repeat") {
  auto m = mapping();
  m.measures[0].column.clear();
  m.measures[0].column_number = 3;
  m.measures[1].column.clear();
  m.measures[1].column_number = 9;
  Diagnostics d;
  auto values = parse("Kommun;Totalt;Totalt\nRonneby;1;2\n", d, m);
  CHECK(messages(d) == Strings{"oj/bistand.toml:11:1: error: expected a column_number within the 3 columns of the header "
                               "of oj/bistand.csv (line 1), got 9"});
  m.measures.pop_back();
  Diagnostics d2;
  values = parse("Kommun;Totalt;Totalt\nRonneby;1;2\n", d2, m);
  CHECK(messages(d2) == Strings{});
  REQUIRE(values.size() == 1);
  CHECK(values[0].value == 2);
}

TEST_CASE("open comparisons: a measure needs exactly one column of its own") {
  TempDir dir;
  const std::string path = dir.write("karta.toml", R"toml(table = "t.csv"
year = 2022
area_column = "Kommun"

[[measure]]
id = "a"

[[measure]]
column = "B"
column_number = 2
id = "b"

[[measure]]
column = "kommun"
id = "c"
)toml");
  Diagnostics d;
  CHECK_FALSE(read_open_comparisons_mapping(path, d));
  CHECK(messages(d) ==
        Strings{path + ":5:1: error: expected 'column' (the header text) or 'column_number' (its position, 1 = the first), got neither",
                path + ":10:17: error: expected either 'column' or 'column_number', got both",
                path + ":13:1: error: column 'kommun' is the area_column; a measure needs a column of its own"});
}
