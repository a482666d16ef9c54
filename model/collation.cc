#include "model/collation.h"

#include <string_view>

namespace jamfor {

namespace {

// The sort key of `s`, one byte per letter: a-z as themselves, then å ä ö; other bytes after
// all letters. Read a letter at a time, so that comparing two names allocates nothing (sorting
// the 290 municipalities is done on every page that lists them).
class SwedishKey {
 public:
  explicit SwedishKey(std::string_view s) : s_(s) {}
  bool done() const { return i_ >= s_.size(); }
  unsigned char next() {
    const unsigned char c = static_cast<unsigned char>(s_[i_++]);
    if (c == 0xC3 && i_ < s_.size()) {
      const unsigned char d = static_cast<unsigned char>(s_[i_++]) | 0x20;  // À-Þ -> à-þ
      return d == 0xA5 ? '{' : d == 0xA4 || d == 0xA6 ? '|' : d == 0xB6 || d == 0xB8 ? '}'
           : d >= 0xA8 && d <= 0xAB ? 'e' : d == 0xBC ? 'y' : '~';
    }
    return c >= 'A' && c <= 'Z' ? static_cast<unsigned char>(c | 0x20) : c;
  }

 private:
  std::string_view s_;
  size_t i_ = 0;
};

}  // namespace

bool swedish_less(std::string_view a, std::string_view b) {
  SwedishKey ka(a), kb(b);
  while (!ka.done() && !kb.done()) {
    // As std::string compares: byte values, unsigned.
    const unsigned char x = ka.next(), y = kb.next();
    if (x != y) return x < y;
  }
  if (ka.done() != kb.done()) return ka.done();
  return a < b;
}

}  // namespace jamfor
