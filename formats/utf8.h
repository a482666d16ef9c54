#pragma once
// Text that may reach a page: UTF-8 without control characters. A file saved in another
// encoding shows as garbage in a browser, and a NUL or an escape character, which no editor
// shows, ends up in the HTML; both are reported where they are, so the author can fix them.

#include <cstddef>
#include <optional>
#include <string>
#include <string_view>

namespace jamfor {

enum class TextFaultKind { NotUtf8, ControlCharacter };

struct TextFault {
  TextFaultKind kind = TextFaultKind::NotUtf8;
  size_t offset = 0;         // of the first byte that is wrong, 0-based
  int line = 1;              // 1-based line of that byte
  unsigned code_point = 0;   // for ControlCharacter: U+0000-U+001F, U+007F or U+0080-U+009F
  unsigned char byte = 0;    // for NotUtf8: the byte where the text stops being UTF-8
  bool cut_off = false;      // for NotUtf8: a character the text ends inside

  // "the byte 0xE9 at byte 58", "U+0000 (NUL) at byte 12", "a character cut off at the end"
  // (byte positions 1-based, as editors count).
  std::string what() const;
};

// Checks text piece by piece (a file read in blocks): a character may span two pieces.
// Tab, line feed and carriage return are text; the other C0 and C1 controls and DEL are not.
class TextChecker {
 public:
  // False once a fault is found; fault() says which. Later pieces are not looked at.
  bool feed(std::string_view piece);
  // False when the text ended inside a character.
  bool finish();
  const std::optional<TextFault>& fault() const { return fault_; }

 private:
  void fail(TextFaultKind kind, size_t offset, unsigned char byte, unsigned code_point);

  size_t offset_ = 0;  // of the next byte fed
  int line_ = 1;
  // The character being read: how many continuation bytes are still due, where it began, and
  // the range its second byte must fall in (which rules out overlong forms and surrogates).
  int pending_ = 0;
  size_t start_ = 0;
  int start_line_ = 1;
  unsigned char lead_ = 0, low_ = 0x80, high_ = 0xBF;
  unsigned code_point_ = 0;
  bool second_ = false;
  std::optional<TextFault> fault_;
};

// The first fault of `text`, or nullopt when it is UTF-8 without control characters.
std::optional<TextFault> find_text_fault(std::string_view text);

// "expected UTF-8 text, got the byte 0xE9 at byte 58", "expected text without control
// characters, got U+0000 (NUL) at byte 12"; the caller adds where and what to do.
std::string text_fault_message(const TextFault& fault);

}  // namespace jamfor
