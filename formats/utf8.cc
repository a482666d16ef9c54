#include "formats/utf8.h"

#include <cstdio>

namespace jamfor {
namespace {

bool is_control(unsigned cp) { return (cp < 0x20 && cp != '\t' && cp != '\n' && cp != '\r') || (cp >= 0x7F && cp <= 0x9F); }

std::string hex(unsigned value, int digits) {
  char buffer[16];
  std::snprintf(buffer, sizeof buffer, "%0*X", digits, value);
  return buffer;
}

}  // namespace

std::string TextFault::what() const {
  const std::string at = " at byte " + std::to_string(offset + 1);
  if (kind == TextFaultKind::ControlCharacter)
    return "U+" + hex(code_point, 4) + (code_point == 0 ? " (NUL)" : code_point == 0x1B ? " (ESC)" : "") + at;
  if (cut_off) return "a character cut off at the end (the byte 0x" + hex(byte, 2) + at + ")";
  return "the byte 0x" + hex(byte, 2) + at;
}

void TextChecker::fail(TextFaultKind kind, size_t offset, unsigned char byte, unsigned code_point) {
  TextFault f;
  f.kind = kind;
  f.offset = offset;
  f.line = line_;
  f.byte = byte;
  f.code_point = code_point;
  fault_ = f;
}

bool TextChecker::feed(std::string_view piece) {
  if (fault_) return false;
  for (char ch : piece) {
    const auto c = static_cast<unsigned char>(ch);
    const size_t at = offset_++;
    if (pending_ == 0 && c >= 0x20 && c < 0x7F) continue;  // most text: printable ASCII
    if (pending_ > 0) {
      const unsigned char low = second_ ? low_ : 0x80, high = second_ ? high_ : 0xBF;
      if (c < low || c > high) {  // the character that began at start_ is broken off
        fail(TextFaultKind::NotUtf8, start_, lead_, 0);
        fault_->line = start_line_;
        return false;
      }
      second_ = false;
      code_point_ = (code_point_ << 6) | (c & 0x3F);
      if (--pending_ == 0 && is_control(code_point_)) {
        fail(TextFaultKind::ControlCharacter, start_, lead_, code_point_);
        return false;
      }
      continue;
    }
    if (c < 0x80) {
      if (is_control(c)) {
        fail(TextFaultKind::ControlCharacter, at, c, c);
        return false;
      }
      if (c == '\n') ++line_;
      continue;
    }
    // The well-formed sequences of Unicode's table 3-7: no overlong forms, no surrogates,
    // nothing above U+10FFFF.
    low_ = 0x80;
    high_ = 0xBF;
    if (c >= 0xC2 && c <= 0xDF) {
      pending_ = 1;
      code_point_ = c & 0x1F;
    } else if (c >= 0xE0 && c <= 0xEF) {
      pending_ = 2;
      code_point_ = c & 0x0F;
      if (c == 0xE0) low_ = 0xA0;
      if (c == 0xED) high_ = 0x9F;
    } else if (c >= 0xF0 && c <= 0xF4) {
      pending_ = 3;
      code_point_ = c & 0x07;
      if (c == 0xF0) low_ = 0x90;
      if (c == 0xF4) high_ = 0x8F;
    } else {
      fail(TextFaultKind::NotUtf8, at, c, 0);
      return false;
    }
    second_ = true;
    start_ = at;
    start_line_ = line_;
    lead_ = c;
  }
  return true;
}

bool TextChecker::finish() {
  if (fault_) return false;
  if (pending_ == 0) return true;
  fail(TextFaultKind::NotUtf8, start_, lead_, 0);
  fault_->line = start_line_;
  fault_->cut_off = true;
  return false;
}

std::optional<TextFault> find_text_fault(std::string_view text) {
  TextChecker checker;
  if (checker.feed(text)) checker.finish();
  return checker.fault();
}

std::string text_fault_message(const TextFault& fault) {
  return (fault.kind == TextFaultKind::NotUtf8 ? "expected UTF-8 text, got " : "expected text without control characters, got ") +
         fault.what();
}

}  // namespace jamfor
