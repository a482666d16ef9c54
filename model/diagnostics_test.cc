#include "model/diagnostics.h"

#include <catch2/catch.hpp>

using namespace jamfor;

TEST_CASE("diagnostics format as path:line:col: error: message") {
  CHECK(Diagnostic{{"a.csv", 3, 7}, "expected a number, got 'x'"}.format() ==
        "a.csv:3:7: error: expected a number, got 'x'");
  CHECK(Diagnostic{{"a.csv", 3, 0}, "m"}.format() == "a.csv:3: error: m");
  CHECK(Diagnostic{{"a.csv", 0, 0}, "m"}.format() == "a.csv: error: m");
}

TEST_CASE("did_you_mean suggests the closest name only when it is close") {
  CHECK(did_you_mean("placerade-barm", {"placerade-barn", "placerade-vuxna"}) ==
        " (did you mean 'placerade-barn'?)");
  CHECK(did_you_mean("xyz", {"placerade-barn"}).empty());
  CHECK(did_you_mean("fr", {"sv", "en"}).empty());
  CHECK(did_you_mean("sw", {"sv", "en"}) == " (did you mean 'sv'?)");
}

TEST_CASE("error chain prints diagnostics, then context outermost last") {
  Error e{{}, {Diagnostic{{"f", 1, 0}, "bad"}}};
  e.with_context("reading project 'p'").with_context("building site");
  CHECK(e.format() == "f:1: error: bad\n  while reading project 'p'\n  while building site\n");
}

TEST_CASE("quoted shortens long text on a UTF-8 boundary") {
  CHECK(quote("abc") == "'abc'");
  std::string long_text(58, 'a');
  long_text += "ååå";
  CHECK(quote(long_text) == "'" + std::string(58, 'a') + "å…'");
}

TEST_CASE("warnings are kept apart from errors and say so") {
  Diagnostics d;
  d.warning({"jamfor.toml", 3, 1}, "old key");
  CHECK_FALSE(d.has_errors());
  REQUIRE(d.warnings().size() == 1);
  CHECK(d.warnings()[0].format() == "jamfor.toml:3:1: warning: old key");
}

TEST_CASE("the errors of one file are capped, then counted in one more") {
  Diagnostics d;
  FileErrors errors(d, "big.csv", 2);
  for (int line = 2; line <= 6; ++line) errors.error({"big.csv", line, 0}, "bad row");
  errors.finish();
  CHECK(errors.count() == 5);
  REQUIRE(d.items().size() == 3);
  CHECK(d.items()[0].format() == "big.csv:2: error: bad row");
  CHECK(d.items()[1].format() == "big.csv:3: error: bad row");
  CHECK(d.items()[2].format() == "big.csv: error: 3 more errors in this file are not shown");

  Diagnostics few;
  FileErrors within(few, "f.csv", 2);
  within.error({"f.csv", 2, 0}, "bad row");
  within.finish();
  CHECK(few.items().size() == 1);
}
