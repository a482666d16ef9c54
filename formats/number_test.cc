#include "formats/number.h"

#include <catch2/catch.hpp>

using jamfor::parse_swedish_number;

TEST_CASE("number: plain integers and decimals") {
  CHECK(parse_swedish_number("57") == 57.0);
  CHECK(parse_swedish_number("0") == 0.0);
  CHECK(parse_swedish_number("10.8") == 10.8);
  CHECK(parse_swedish_number("+5") == 5.0);
}

TEST_CASE("number: decimal comma") {
  CHECK(parse_swedish_number("10,8") == 10.8);
  CHECK(parse_swedish_number("0,5") == 0.5);
}

TEST_CASE("number: spaces as thousands separators") {
  CHECK(parse_swedish_number("21 745") == 21745.0);
  CHECK(parse_swedish_number("1 234 567") == 1234567.0);
  CHECK(parse_swedish_number("21\u00a0745") == 21745.0);  // no-break space, as Excel writes it
  CHECK(parse_swedish_number("21\u202f745") == 21745.0);  // narrow no-break space
  CHECK(parse_swedish_number("21\u2009745") == 21745.0);  // thin space
  CHECK(parse_swedish_number("2 749,5") == 2749.5);
}

TEST_CASE("number: surrounding padding is ignored") {
  CHECK(parse_swedish_number("  57 ") == 57.0);
  CHECK(parse_swedish_number("\t57") == 57.0);
}

TEST_CASE("number: minus signs, hyphen and U+2212") {
  CHECK(parse_swedish_number("-3") == -3.0);
  CHECK(parse_swedish_number("\u22123") == -3.0);
  CHECK(parse_swedish_number("\u22122,5") == -2.5);
  CHECK(parse_swedish_number("\u2212 28") == -28.0);
}

TEST_CASE("number: a trailing percent sign is dropped") {
  CHECK(parse_swedish_number("57 %") == 57.0);
  CHECK(parse_swedish_number("57%") == 57.0);
  CHECK(parse_swedish_number("57\u00a0%") == 57.0);
  CHECK(parse_swedish_number("10,8 %") == 10.8);
}

TEST_CASE("number: both comma and point are ambiguous and rejected") {
  CHECK_FALSE(parse_swedish_number("1.234,5"));
  CHECK_FALSE(parse_swedish_number("1,234.5"));
}

TEST_CASE("number: text that is not a number is rejected") {
  CHECK_FALSE(parse_swedish_number("abc"));
  CHECK_FALSE(parse_swedish_number("12abc"));
  CHECK_FALSE(parse_swedish_number("1,2,3"));
  CHECK_FALSE(parse_swedish_number("-"));
  CHECK_FALSE(parse_swedish_number("%"));
  CHECK_FALSE(parse_swedish_number("0x10"));
}

TEST_CASE("number: empty and blank text is rejected") {
  CHECK_FALSE(parse_swedish_number(""));
  CHECK_FALSE(parse_swedish_number("   "));
  CHECK_FALSE(parse_swedish_number("\u00a0"));
}

TEST_CASE("number: infinity and NaN are rejected") {
  CHECK_FALSE(parse_swedish_number("inf"));
  CHECK_FALSE(parse_swedish_number("nan"));
  CHECK_FALSE(parse_swedish_number("1e999"));
}
