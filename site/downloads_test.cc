#include "site/downloads.h"

#include <catch2/catch.hpp>

using namespace jamfor;

namespace {

DataTable sample() {
  DataTable t;
  t.title = "Utfall";
  t.unit = "%";
  t.source = "Kolada";
  t.columns = {"område", "värde", "kommentar"};
  t.rows = {{std::string("Ronneby"), 32.456789, std::string("varav 3; \"akuta\"")},
            {std::string("=HYPERLINK(\"x\")"), -3.5, DataCell{}}};
  return t;
}

}  // namespace

TEST_CASE("downloads: Excel's CSV has ';', decimal comma, a BOM, and defuses formulas") {
  CHECK(to_csv(sample(), CsvDialect::ExcelSwedish) ==
        "\xEF\xBB\xBF" "område;värde;kommentar\r\n"
        "Ronneby;32,456789;\"varav 3; \"\"akuta\"\"\"\r\n"
        "\"'=HYPERLINK(\"\"x\"\")\";-3,5;\r\n");
}

TEST_CASE("downloads: plain CSV has ',', decimal point, no BOM, and the text as it is") {
  CHECK(to_csv(sample(), CsvDialect::Plain) ==
        "område,värde,kommentar\r\n"
        "Ronneby,32.456789,\"varav 3; \"\"akuta\"\"\"\r\n"
        "\"=HYPERLINK(\"\"x\"\")\",-3.5,\r\n");
}

// Each cell Excel or LibreOffice would run as a formula (CWE-1236), as an outcome comment or an
// area's name may hold it, and text that only looks like one because it is a negative number.
DataTable formulas() {
  DataTable t;
  t.columns = {"område", "kommentar"};
  t.rows = {{std::string("=HYPERLINK(\"http://x.se\";\"klicka\")"), std::string("+46 70 123")},
            {std::string("-2+3"), std::string("@SUM(A1:A9)")},
            {std::string("\t=1+1"), std::string("\r=1+1")},
            {std::string("-3,5"), std::string("-12")},
            {std::string("+3"), std::string("- punkt")},
            {std::string("Ronneby"), std::string("a=b")}};
  return t;
}

TEST_CASE("downloads: Excel's CSV writes formula-like text as quoted text behind an apostrophe, numbers as they are") {
  CHECK(to_csv(formulas(), CsvDialect::ExcelSwedish) ==
        "\xEF\xBB\xBF" "område;kommentar\r\n"
        "\"'=HYPERLINK(\"\"http://x.se\"\";\"\"klicka\"\")\";\"'+46 70 123\"\r\n"
        "\"'-2+3\";\"'@SUM(A1:A9)\"\r\n"
        "\"'\t=1+1\";\"'\r=1+1\"\r\n"
        "-3,5;-12\r\n"
        "+3;\"'- punkt\"\r\n"
        "Ronneby;a=b\r\n");
}

TEST_CASE("downloads: plain CSV and JSON keep formula-like text exactly") {
  CHECK(to_csv(formulas(), CsvDialect::Plain) ==
        "område,kommentar\r\n"
        "\"=HYPERLINK(\"\"http://x.se\"\";\"\"klicka\"\")\",+46 70 123\r\n"
        "-2+3,@SUM(A1:A9)\r\n"
        "\t=1+1,\"\r=1+1\"\r\n"
        "\"-3,5\",-12\r\n"
        "+3,- punkt\r\n"
        "Ronneby,a=b\r\n");
  const std::string json = to_json(formulas());
  CHECK(json.find("\"område\": \"=HYPERLINK(\\\"http://x.se\\\";\\\"klicka\\\")\"") != std::string::npos);
  CHECK(json.find("\"kommentar\": \"@SUM(A1:A9)\"") != std::string::npos);
  CHECK(json.find("\"område\": \"-2+3\"") != std::string::npos);
}

TEST_CASE("downloads: JSON says title, unit and source, with a row object per row") {
  const std::string json = to_json(sample());
  CHECK(json.find("\"unit\": \"%\"") != std::string::npos);
  CHECK(json.find("\"värde\": 32.456789") != std::string::npos);
  CHECK(json.find("\"kommentar\": null") != std::string::npos);
}
