#include "formats/utf8.h"

#include <catch2/catch.hpp>

using namespace jamfor;

namespace {

std::string fault_of(std::string_view text) {
  auto f = find_text_fault(text);
  return f ? std::to_string(f->line) + ": " + f->what() : "none";
}

}  // namespace

TEST_CASE("utf8: Swedish text, tabs and line ends of every kind are text") {
  CHECK(fault_of("") == "none");
  CHECK(fault_of("Målet är nått\tför 2016\r\nå ä ö Å Ä Ö é – € 😀\n") == "none");
  CHECK(fault_of("\u00a0\u202f\u2212") == "none");
}

TEST_CASE("utf8: a byte of another encoding is named with its line and position") {
  CHECK(fault_of("rad 1\nm\xE5l") == "2: the byte 0xE5 at byte 8");  // Windows-1252 'å'
  CHECK(fault_of("\xFF\xFE" "a\0b") == "1: the byte 0xFF at byte 1");  // UTF-16's byte-order mark
  CHECK(fault_of("a\x80") == "1: the byte 0x80 at byte 2");           // a continuation alone
}

TEST_CASE("utf8: a broken character is named by the byte it starts with") {
  CHECK(fault_of("caf\xC3\n") == "1: the byte 0xC3 at byte 4");
  CHECK(fault_of("\xE2\x82x") == "1: the byte 0xE2 at byte 1");
  CHECK(fault_of("ok\n\xE2\x82") == "2: a character cut off at the end (the byte 0xE2 at byte 4)");
}

TEST_CASE("utf8: overlong forms, surrogates and code points above U+10FFFF are not UTF-8") {
  CHECK(fault_of("\xC0\xAF") == "1: the byte 0xC0 at byte 1");          // '/' overlong
  CHECK(fault_of("\xE0\x80\xAF") == "1: the byte 0xE0 at byte 1");      // '/' overlong, 3 bytes
  CHECK(fault_of("\xED\xA0\x80") == "1: the byte 0xED at byte 1");      // U+D800
  CHECK(fault_of("\xF4\x90\x80\x80") == "1: the byte 0xF4 at byte 1");  // U+110000
  CHECK(fault_of("\xF5\x80\x80\x80") == "1: the byte 0xF5 at byte 1");
}

TEST_CASE("utf8: control characters other than tab and line ends are named") {
  using namespace std::string_view_literals;
  CHECK(fault_of("a\0b"sv) == "1: U+0000 (NUL) at byte 2");
  CHECK(fault_of("\n\n\x1B[31mröd") == "3: U+001B (ESC) at byte 3");
  CHECK(fault_of("a\x7F") == "1: U+007F at byte 2");
  CHECK(fault_of("å\xC2\x85") == "1: U+0085 at byte 3");  // NEL, a C1 control
  CHECK(fault_of("\x0B") == "1: U+000B at byte 1");
  CHECK(find_text_fault("a\0"sv)->kind == TextFaultKind::ControlCharacter);
  CHECK(find_text_fault("\xE5")->kind == TextFaultKind::NotUtf8);
}

TEST_CASE("utf8: a character may span two pieces; positions count from the first piece") {
  TextChecker checker;
  CHECK(checker.feed("rad\nå\xE2\x82"));
  CHECK(checker.feed("\xAC ok\n"));
  CHECK(checker.finish());
  CHECK_FALSE(checker.fault());

  TextChecker broken;
  CHECK(broken.feed("ab\n\xC3"));
  CHECK_FALSE(broken.feed("x"));
  REQUIRE(broken.fault());
  CHECK(broken.fault()->what() == "the byte 0xC3 at byte 4");
  CHECK(broken.fault()->line == 2);
  CHECK_FALSE(broken.feed("more"));  // nothing after the first fault

  TextChecker cut;
  CHECK(cut.feed("\xF0\x9F\x98"));
  CHECK_FALSE(cut.finish());
  CHECK(cut.fault()->cut_off);
}

TEST_CASE("utf8: the message says what was expected and what was found") {
  using namespace std::string_view_literals;
  CHECK(text_fault_message(*find_text_fault("m\xE5l")) == "expected UTF-8 text, got the byte 0xE5 at byte 2");
  CHECK(text_fault_message(*find_text_fault("a\0"sv)) == "expected text without control characters, got U+0000 (NUL) at byte 2");
}
