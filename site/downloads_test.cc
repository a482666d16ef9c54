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

TEST_CASE("downloads: JSON says title, unit and source, with a row object per row") {
  const std::string json = to_json(sample());
  CHECK(json.find("\"unit\": \"%\"") != std::string::npos);
  CHECK(json.find("\"värde\": 32.456789") != std::string::npos);
  CHECK(json.find("\"kommentar\": null") != std::string::npos);
}
