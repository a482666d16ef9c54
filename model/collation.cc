#include "model/collation.h"

#include <cctype>
#include <string>

namespace jamfor {

namespace {

// One byte per letter: a-z as themselves, then å ä ö; other bytes after all letters.
std::string swedish_key(std::string_view s) {
  std::string key;
  for (size_t i = 0; i < s.size(); ++i) {
    unsigned char c = s[i];
    if (c == 0xC3 && i + 1 < s.size()) {
      unsigned char d = static_cast<unsigned char>(s[++i]) | 0x20;  // À-Þ -> à-þ
      key += d == 0xA5 ? '{' : d == 0xA4 || d == 0xA6 ? '|' : d == 0xB6 || d == 0xB8 ? '}'
           : d >= 0xA8 && d <= 0xAB ? 'e' : d == 0xBC ? 'y' : '~';
    } else {
      key += static_cast<char>(std::tolower(c));
    }
  }
  return key;
}

}  // namespace

bool swedish_less(std::string_view a, std::string_view b) {
  const std::string ka = swedish_key(a), kb = swedish_key(b);
  return ka != kb ? ka < kb : a < b;
}

}  // namespace jamfor
