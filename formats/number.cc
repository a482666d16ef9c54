#include "formats/number.h"

#include <charconv>
#include <cmath>
#include <string>

namespace jamfor {

std::optional<double> parse_swedish_number(std::string_view text) {
  std::string s;
  s.reserve(text.size());
  for (size_t i = 0; i < text.size(); ++i) {
    unsigned char c = static_cast<unsigned char>(text[i]);
    // Spaces are thousands separators or padding: plain, no-break (C2 A0), narrow no-break
    // (E2 80 AF) and thin (E2 80 89).
    if (c == ' ' || c == '\t') continue;
    if (c == 0xC2 && i + 1 < text.size() && static_cast<unsigned char>(text[i + 1]) == 0xA0) {
      ++i;
      continue;
    }
    if (c == 0xE2 && i + 2 < text.size() && static_cast<unsigned char>(text[i + 1]) == 0x80 &&
        (static_cast<unsigned char>(text[i + 2]) == 0xAF ||
         static_cast<unsigned char>(text[i + 2]) == 0x89)) {
      i += 2;
      continue;
    }
    // The typographic minus sign U+2212.
    if (c == 0xE2 && i + 2 < text.size() && static_cast<unsigned char>(text[i + 1]) == 0x88 &&
        static_cast<unsigned char>(text[i + 2]) == 0x92) {
      s += '-';
      i += 2;
      continue;
    }
    s += static_cast<char>(c);
  }
  if (!s.empty() && s.back() == '%') s.pop_back();
  if (s.empty()) return std::nullopt;
  bool has_comma = s.find(',') != std::string::npos;
  bool has_point = s.find('.') != std::string::npos;
  if (has_comma && has_point) return std::nullopt;  // "1.234,5": ambiguous, ask for one form
  if (has_comma) s[s.find(',')] = '.';
  if (s[0] == '+') s.erase(0, 1);
  double value = 0;
  auto [end, ec] = std::from_chars(s.data(), s.data() + s.size(), value);
  if (ec != std::errc() || end != s.data() + s.size() || !std::isfinite(value)) return std::nullopt;
  return value;
}

}  // namespace jamfor
