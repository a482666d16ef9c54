#include "formats/csv.h"

#include <unistd.h>

#include <filesystem>
#include <fstream>

#include <catch2/catch.hpp>

using namespace jamfor;

namespace {

using Cells = std::vector<std::string>;

struct Parsed {
  CsvTable table;
  Diagnostics diags;
};

Parsed parse(std::string_view text) {
  Parsed p;
  p.table = parse_csv(text, "f.csv", p.diags);
  return p;
}

std::vector<std::string> errors(const Diagnostics& diags) {
  std::vector<std::string> out;
  for (const auto& d : diags.items()) out.push_back(d.format());
  return out;
}

}  // namespace

TEST_CASE("csv: semicolon separated, as Swedish Excel writes it") {
  auto p = parse("indikator;period;värde\nsysselsattning;2016;57\n");
  CHECK_FALSE(p.diags.has_errors());
  CHECK(p.table.separator == ';');
  REQUIRE(p.table.rows.size() == 2);
  CHECK(p.table.rows[0].cells == Cells{"indikator", "period", "värde"});
  CHECK(p.table.rows[1].cells == Cells{"sysselsattning", "2016", "57"});
  CHECK(p.table.rows[0].line == 1);
  CHECK(p.table.rows[1].line == 2);
}

TEST_CASE("csv: comma separated is detected from the header") {
  auto p = parse("indicator,period,value\nsysselsattning,2016,57\n");
  CHECK(p.table.separator == ',');
  REQUIRE(p.table.rows.size() == 2);
  CHECK(p.table.rows[1].cells == Cells{"sysselsattning", "2016", "57"});
}

TEST_CASE("csv: commas in later rows do not change a semicolon header") {
  auto p = parse("indikator;värde\na;10,8\n");
  CHECK(p.table.separator == ';');
  REQUIRE(p.table.rows.size() == 2);
  CHECK(p.table.rows[1].cells == Cells{"a", "10,8"});
}

TEST_CASE("csv: a title row with commas above a semicolon table") {
  auto p = parse("Öppna jämförelser 2022, Blekinge län, ekonomiskt bistånd\nKommun;A\nRonneby;1\nKarlshamn;2\n");
  CHECK(p.table.separator == ';');
  CHECK(p.table.rows[1].cells == Cells{"Kommun", "A"});
}

TEST_CASE("csv: decimal commas in every row of a semicolon table") {
  auto p = parse("a;b;c\n1,5;2,5;3,5\n4,5;5,5;6,5\n");
  CHECK(p.table.separator == ';');
}

TEST_CASE("csv: separators inside a quoted header cell are not counted") {
  auto p = parse("\"a,b,c\";d\n1;2\n");
  CHECK(p.table.separator == ';');
  CHECK(p.table.rows[0].cells == Cells{"a,b,c", "d"});
}

TEST_CASE("csv: a byte-order mark is skipped") {
  auto p = parse("\xEF\xBB\xBFindikator;värde\na;1\n");
  CHECK_FALSE(p.diags.has_errors());
  REQUIRE(p.table.rows.size() == 2);
  CHECK(p.table.rows[0].cells == Cells{"indikator", "värde"});
}

TEST_CASE("csv: CRLF line ends leave no carriage return in cells") {
  auto p = parse("a;b\r\n1;2\r\n3;4\r\n");
  REQUIRE(p.table.rows.size() == 3);
  CHECK(p.table.rows[0].cells == Cells{"a", "b"});
  CHECK(p.table.rows[2].cells == Cells{"3", "4"});
  CHECK(p.table.rows[2].line == 3);
}

TEST_CASE("csv: the last row needs no line end") {
  auto p = parse("a;b\n1;2");
  REQUIRE(p.table.rows.size() == 2);
  CHECK(p.table.rows[1].cells == Cells{"1", "2"});
}

TEST_CASE("csv: empty cells are kept, also the last one") {
  auto p = parse("a;b;c\n1;;\n");
  REQUIRE(p.table.rows.size() == 2);
  CHECK(p.table.rows[1].cells == Cells{"1", "", ""});
}

TEST_CASE("csv: quoted fields hold separators and doubled quotes") {
  auto p = parse("a;b\n\"x;y\";\"hon sa \"\"hej\"\"\"\n");
  CHECK_FALSE(p.diags.has_errors());
  REQUIRE(p.table.rows.size() == 2);
  CHECK(p.table.rows[1].cells == Cells{"x;y", "hon sa \"hej\""});
}

TEST_CASE("csv: a quoted field may span lines; the row keeps its starting line") {
  auto p = parse("a;b\n\"rad ett\nrad två\";2\nnästa;3\n");
  CHECK_FALSE(p.diags.has_errors());
  REQUIRE(p.table.rows.size() == 3);
  CHECK(p.table.rows[1].cells == Cells{"rad ett\nrad två", "2"});
  CHECK(p.table.rows[1].line == 2);
  CHECK(p.table.rows[2].cells == Cells{"nästa", "3"});
  CHECK(p.table.rows[2].line == 4);
}

TEST_CASE("csv: blank lines are skipped but counted") {
  auto p = parse("a;b\n\n1;2\n;\n   \n3;4\n\n");
  REQUIRE(p.table.rows.size() == 3);
  CHECK(p.table.rows[1].cells == Cells{"1", "2"});
  CHECK(p.table.rows[1].line == 3);
  CHECK(p.table.rows[2].cells == Cells{"3", "4"});
  CHECK(p.table.rows[2].line == 6);
}

TEST_CASE("csv: an empty text has no rows") {
  auto p = parse("");
  CHECK_FALSE(p.diags.has_errors());
  CHECK(p.table.rows.empty());
}

TEST_CASE("csv: an unclosed quote is an error at the line it opened") {
  auto p = parse("a;b\n1;2\n\"öppen;3\n4;5\n");
  CHECK(errors(p.diags) == Cells{"f.csv:3: error: quoted field is never closed"});
}

TEST_CASE("csv: Windows-1252 bytes are reported with their line") {
  // "kön" and "Växjö" as Excel's plain "CSV" writes them.
  auto p = parse("indikator;period;k\xF6n;v\xE4rde\n");
  CHECK(errors(p.diags) ==
        Cells{"f.csv:1: error: expected UTF-8 text, got other bytes (in Excel, save as 'CSV UTF-8')"});
  CHECK(p.table.rows.empty());

  auto later = parse("a;b\nx;1\nV\xE4xj\xF6;2\n");
  CHECK(errors(later.diags) ==
        Cells{"f.csv:3: error: expected UTF-8 text, got other bytes (in Excel, save as 'CSV UTF-8')"});
}

TEST_CASE("csv: a UTF-8 sequence cut off at the end is not UTF-8") {
  auto p = parse("a;b\nx;\xC3");
  CHECK(errors(p.diags) ==
        Cells{"f.csv:2: error: expected UTF-8 text, got other bytes (in Excel, save as 'CSV UTF-8')"});
}

TEST_CASE("csv: multi-byte UTF-8 is accepted, also at the very end") {
  auto p = parse("a;b\nx;å\u2212€");
  CHECK_FALSE(p.diags.has_errors());
  REQUIRE(p.table.rows.size() == 2);
  CHECK(p.table.rows[1].cells == Cells{"x", "å\u2212€"});
}

TEST_CASE("csv: fed one byte at a time, the rows are those of the whole text") {
  const std::string text =
      "\xEF\xBB\xBF" "a;b;c\r\n\"x;y\";\"hon sa \"\"hej\"\"\";\"två\nrader\"\r\n\r\n1;2;3\rlast;\"\";\"end\"\"\"";
  auto whole = parse(text);
  Diagnostics diags;
  std::vector<CsvRow> rows;
  CsvParser parser("f.csv", diags, [&](CsvRow&& row, char separator) {
    CHECK(separator == ';');
    rows.push_back(std::move(row));
  });
  for (char c : text) parser.feed(std::string_view(&c, 1));
  parser.finish();
  CHECK_FALSE(diags.has_errors());
  REQUIRE(rows.size() == whole.table.rows.size());
  REQUIRE(rows.size() == 4);
  for (size_t i = 0; i < rows.size(); ++i) {
    CHECK(rows[i].cells == whole.table.rows[i].cells);
    CHECK(rows[i].line == whole.table.rows[i].line);
  }
  CHECK(rows[1].cells == Cells{"x;y", "hon sa \"hej\"", "två\nrader"});
  CHECK(rows[3].cells == Cells{"last", "", "end\""});
  CHECK(rows[3].line == 6);
}

TEST_CASE("csv: the separator is chosen from the first 30 lines, however the text is cut") {
  std::string text = "Titel, med, kommatecken\n";
  for (int i = 0; i < 40; ++i) text += "a;b\n";
  for (size_t cut : {size_t(1), size_t(7), size_t(100), text.size()}) {
    Diagnostics diags;
    char chosen = 0;
    CsvParser parser("f.csv", diags, [&](CsvRow&&, char separator) { chosen = separator; });
    for (size_t at = 0; at < text.size(); at += cut) parser.feed(std::string_view(text).substr(at, cut));
    parser.finish();
    CHECK(chosen == ';');
  }
}

namespace {

// A file beside the other test files' temp folders, removed at the end of the test.
struct TempFile {
  std::filesystem::path path = std::filesystem::temp_directory_path() /
                               ("jamfor-csv-test-" + std::to_string(::getpid()) + ".csv");
  explicit TempFile(std::string_view content) { std::ofstream(path, std::ios::binary) << content; }
  ~TempFile() {
    std::error_code ec;
    std::filesystem::remove(path, ec);
  }
};

}  // namespace

TEST_CASE("csv: a file is read in blocks, rows across their edges whole") {
  std::string text = "indikator;kommentar\n";
  for (int i = 0; i < 60000; ++i) text += "rad-" + std::to_string(i) + ";\"en kommentar; med \"\"citat\"\"\növer två rader\"\r\n";
  REQUIRE(text.size() > 3 * (1 << 20));
  TempFile file(text);
  Diagnostics diags;
  size_t rows = 0;
  bool same = true;
  CHECK(read_csv_file(file.path.string(), diags, [&](CsvRow&& row, char) {
    if (rows > 0)
      same = same && row.cells == Cells{"rad-" + std::to_string(rows - 1), "en kommentar; med \"citat\"\növer två rader"} &&
             row.line == static_cast<int>(2 * rows);
    ++rows;
  }));
  CHECK_FALSE(diags.has_errors());
  CHECK(rows == 60001);
  CHECK(same);
}

TEST_CASE("csv: a file with a NUL byte or another encoding gives one error and no rows") {
  using namespace std::string_view_literals;
  TempFile nul("a;b\n1;2\nx;y\0z\n"sv);
  Diagnostics diags;
  size_t rows = 0;
  CHECK_FALSE(read_csv_file(nul.path.string(), diags, [&](CsvRow&&, char) { ++rows; }));
  CHECK(rows == 0);
  CHECK(errors(diags) == Cells{nul.path.string() + ":3: error: expected text without control characters, got U+0000 (NUL) at byte 12"});

  TempFile latin("a;b\n1;2\nV\xE4xj\xF6;3\n");
  Diagnostics other;
  CHECK_FALSE(read_csv_file(latin.path.string(), other, [&](CsvRow&&, char) { ++rows; }));
  CHECK(rows == 0);
  CHECK(errors(other) == Cells{latin.path.string() + ":3: error: expected UTF-8 text, got other bytes (in Excel, save as 'CSV UTF-8')"});

  Diagnostics missing;
  CHECK_FALSE(read_csv_file("/nonexistent/jamfor/f.csv", missing, [&](CsvRow&&, char) { ++rows; }));
  CHECK(errors(missing) == Cells{"/nonexistent/jamfor/f.csv: error: cannot read file"});
}

TEST_CASE("csv: control characters other than tab and line ends are refused in a text") {
  auto p = parse("a;b\n1;\x1B[2J\n");
  CHECK(errors(p.diags) == Cells{"f.csv:2: error: expected text without control characters, got U+001B (ESC) at byte 7"});
  CHECK(p.table.rows.empty());
  CHECK_FALSE(parse("a\tb;c\r\n1;2\n").diags.has_errors());
}
