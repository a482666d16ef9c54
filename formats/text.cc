#include "formats/text.h"

#include <algorithm>
#include <cctype>
#include <fstream>
#include <sstream>

namespace jamfor {

std::optional<std::string> read_text_file(const std::string& path, Diagnostics& diags) {
  std::ifstream in(path, std::ios::binary);
  std::stringstream buffer;
  buffer << in.rdbuf();
  if (!in) {
    diags.error({path, 0, 0}, "cannot read file");
    return std::nullopt;
  }
  return buffer.str();
}

std::string plain_spaces(std::string_view s) {
  // Every cell of a large outcomes file passes here: most have none of these spaces.
  if (std::none_of(s.begin(), s.end(), [](char c) { return c == '\xC2' || c == '\xE2'; })) return std::string(s);
  std::string out;
  out.reserve(s.size());
  for (size_t i = 0; i < s.size(); ++i) {
    if (s.substr(i, 2) == "\u00a0") {
      out += ' ';
      ++i;
    } else if (s.substr(i, 3) == "\u202f" || s.substr(i, 3) == "\u2009") {
      out += ' ';
      i += 2;
    } else {
      out += s[i];
    }
  }
  return out;
}

std::string trimmed(std::string_view s) {
  const std::string plain = plain_spaces(s);
  size_t b = plain.find_first_not_of(" \t"), e = plain.find_last_not_of(" \t");
  return b == std::string::npos ? "" : plain.substr(b, e - b + 1);
}

std::string lower_swedish(std::string_view s) {
  std::string out;
  out.reserve(s.size());
  for (size_t i = 0; i < s.size(); ++i) {
    unsigned char c = s[i];
    if (c == 0xC3 && i + 1 < s.size()) {
      unsigned char d = s[i + 1];
      if (d >= 0x80 && d <= 0x9E && d != 0x97) d += 0x20;  // À-Þ -> à-þ, but not ×
      out += static_cast<char>(c);
      out += static_cast<char>(d);
      ++i;
    } else {
      out += static_cast<char>(std::tolower(c));
    }
  }
  return out;
}

std::string lower_swedish_key(std::string_view s, std::string_view spaces) {
  std::string out;
  bool space = false;
  for (char c : lower_swedish(plain_spaces(s))) {
    if (spaces.find(c) != std::string_view::npos) {
      space = true;
      continue;
    }
    if (space && !out.empty()) out += ' ';
    space = false;
    out += c;
  }
  return out;
}

std::optional<Gender> parse_gender(std::string_view text) {
  std::string g = lower_swedish(trimmed(text));
  if (g.empty() || g == "t" || g == "totalt" || g == "total" || g == "alla") return Gender::Total;
  if (g == "k" || g == "kvinnor" || g == "women" || g == "w" || g == "f" || g == "flickor") return Gender::Women;
  if (g == "m" || g == "män" || g == "men" || g == "pojkar") return Gender::Men;
  return std::nullopt;
}

}  // namespace jamfor
