#include "generator/number_format.h"

#include <algorithm>
#include <string>
#include <vector>

#include <catch2/catch.hpp>

using namespace jamfor;

namespace {
const Wording& sv = wording("sv");
}  // namespace

namespace {

Indicator with_unit(std::string unit, std::optional<int> decimals = std::nullopt) {
  Indicator i;
  i.id = "i";
  i.unit = std::move(unit);
  i.decimals = decimals;
  return i;
}

}  // namespace

TEST_CASE("format_number: integers below 10 000 ungrouped up to three digits") {
  CHECK(format_number(0, sv) == "0");
  CHECK(format_number(7, sv) == "7");
  CHECK(format_number(999, sv) == "999");
}

TEST_CASE("format_number: thousands grouped with no-break spaces from four digits") {
  CHECK(format_number(2749, sv) == "2\u00a0749");
  CHECK(format_number(21745, sv) == "21\u00a0745");
  CHECK(format_number(1000, sv) == "1\u00a0000");
  CHECK(format_number(1234567, sv) == "1\u00a0234\u00a0567");
}

TEST_CASE("format_number: decimal comma, as many decimals as needed up to two") {
  CHECK(format_number(10.8, sv) == "10,8");
  CHECK(format_number(0.25, sv) == "0,25");
  CHECK(format_number(1.0 / 3, sv) == "0,33");
  CHECK(format_number(2.0 / 3, sv) == "0,67");
  CHECK(format_number(0.1 + 0.2, sv) == "0,3");
  CHECK(format_number(2749.5, sv) == "2\u00a0749,5");
}

TEST_CASE("format_number: negative numbers use the minus sign U+2212") {
  CHECK(format_number(-28, sv) == "\u221228");
  CHECK(format_number(-2749, sv) == "\u22122\u00a0749");
  CHECK(format_number(-0.4, sv) == "\u22120,4");
}

TEST_CASE("format_number: a negative number that rounds to zero has no sign") {
  CHECK(format_number(-0.001, sv, 2) == "0,00");
  CHECK(format_number(-0.4, sv, 0) == "0");
  CHECK(format_number(-0.0, sv) == "0");
}

TEST_CASE("format_number: fixed decimals pad and round") {
  CHECK(format_number(75, sv, 1) == "75,0");
  CHECK(format_number(10.8, sv, 0) == "11");
  CHECK(format_number(10.84, sv, 1) == "10,8");
  CHECK(format_number(10.86, sv, 1) == "10,9");
  CHECK(format_number(0.125, sv, 3) == "0,125");
  CHECK(format_number(57, sv, 2) == "57,00");
}

TEST_CASE("format_number: rounding up can add a digit group") {
  CHECK(format_number(999.996, sv, 2) == "1\u00a0000,00");
  CHECK(format_number(9999.6, sv, 0) == "10\u00a0000");
}

TEST_CASE("format_number: halves round away from zero, as in Excel") {
  CHECK(format_number(2.5, sv, 0) == "3");
  CHECK(format_number(0.5, sv, 0) == "1");
  CHECK(format_number(-2.5, sv, 0) == "\u22123");
}

TEST_CASE("format_value: the unit follows after a no-break space") {
  CHECK(format_value(75, with_unit("%"), sv) == "75\u00a0%");
  CHECK(format_value(67, with_unit("st"), sv) == "67\u00a0st");
  CHECK(format_value(16, with_unit("dagar"), sv) == "16\u00a0dagar");
  CHECK(format_value(21745, with_unit("kr"), sv) == "21\u00a0745\u00a0kr");
}

TEST_CASE("format_value: without a unit, just the number") {
  CHECK(format_value(1.5, with_unit(""), sv) == "1,5");
}

TEST_CASE("format_value: the indicator's decimals") {
  CHECK(format_value(75, with_unit("%", 1), sv) == "75,0\u00a0%");
  CHECK(format_value(10.84, with_unit("%", 0), sv) == "11\u00a0%");
}

TEST_CASE("format_change: always signed") {
  CHECK(format_change(3, with_unit("st"), sv) == "+3\u00a0st");
  CHECK(format_change(-28, with_unit("st"), sv) == "\u221228\u00a0st");
  CHECK(format_change(0, with_unit("st"), sv) == "±0\u00a0st");
  CHECK(format_change(2749, with_unit("kr"), sv) == "+2\u00a0749\u00a0kr");
  CHECK(format_change(0.5, with_unit(""), sv) == "+0,5");
}

TEST_CASE("format_change: a change of a percentage is in percentage points") {
  CHECK(format_change(-6, with_unit("%"), sv) == "\u22126\u00a0procentenheter");
  CHECK(format_change(9, with_unit("%"), sv) == "+9\u00a0procentenheter");
  CHECK(format_change(0, with_unit("%"), sv) == "±0\u00a0procentenheter");
}

TEST_CASE("format_change: the indicator's decimals") {
  CHECK(format_change(1.26, with_unit("dagar", 1), sv) == "+1,3\u00a0dagar");
}

TEST_CASE("format_plain: shortest round-trip form with a decimal point") {
  CHECK(format_plain(21745) == "21745");
  CHECK(format_plain(10.8) == "10.8");
  CHECK(format_plain(-3.5) == "-3.5");
  CHECK(format_plain(0) == "0");
  CHECK(format_plain(0.1) == "0.1");
}

TEST_CASE("format_excel: decimal comma, no thousands separator") {
  CHECK(format_excel(21745) == "21745");
  CHECK(format_excel(10.8) == "10,8");
  CHECK(format_excel(-3.5) == "-3,5");
}

TEST_CASE("names sort in Swedish alphabetical order") {
  std::vector<std::string> names = {"Örebro", "Åmål", "Ängelholm", "Zeta", "ale", "Alingsås", "Åre", "Älvsbyn", "Övertorneå",
                                    "Essunga", "Eda"};
  std::sort(names.begin(), names.end(), [](const std::string& a, const std::string& b) { return jamfor::swedish_less(a, b); });
  CHECK(names == std::vector<std::string>{"ale", "Alingsås", "Eda", "Essunga", "Zeta", "Åmål", "Åre", "Älvsbyn", "Ängelholm",
                                          "Örebro", "Övertorneå"});
}

TEST_CASE("format_number and format_value in English: comma groups, decimal point, % set close") {
  const Wording& en = wording("en");
  CHECK(format_number(999, en) == "999");
  CHECK(format_number(21745, en) == "21,745");
  CHECK(format_number(1234567.5, en) == "1,234,567.5");
  CHECK(format_number(10.8, en) == "10.8");
  CHECK(format_number(-2749, en) == "\u22122,749");
  CHECK(format_value(75, with_unit("%"), en) == "75%");
  CHECK(format_value(75, with_unit("%", 1), en) == "75.0%");
  CHECK(format_value(21745, with_unit("kr"), en) == "21,745\u00a0kr");
  CHECK(format_change(-28, with_unit("st"), en) == "\u221228\u00a0st");
}
