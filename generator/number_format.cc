#include "generator/number_format.h"

#include <cctype>
#include <charconv>
#include <cmath>
#include <cstdio>

namespace jamfor {
namespace {

int default_decimals(double value) {
  for (int d = 0; d < 2; ++d) {
    double scaled = value * std::pow(10.0, d);
    if (std::fabs(scaled - std::round(scaled)) < 1e-9 * std::max(1.0, std::fabs(scaled))) return d;
  }
  return 2;
}

}  // namespace

std::string format_number(double value, const Wording& words, std::optional<int> decimals) {
  int d = decimals.value_or(default_decimals(value));
  // Halves away from zero, as Excel and the reports round (56,5 -> 57), not to even. The
  // nudge absorbs binary representation error (2.675 is stored as 2.67499999…).
  const double scale = std::pow(10.0, d);
  const double magnitude = std::fabs(value) * scale;
  const double rounded = std::floor(magnitude + 0.5 + 1e-9 * std::max(1.0, magnitude)) / scale;
  char buffer[64];
  std::snprintf(buffer, sizeof buffer, "%.*f", d, rounded);
  std::string digits = buffer;
  bool negative = value < 0 && digits.find_first_not_of("0.") != std::string::npos;
  std::string integer = digits.substr(0, digits.find('.'));
  std::string fraction = digits.find('.') == std::string::npos ? "" : digits.substr(digits.find('.') + 1);
  std::string out = negative ? "\u2212" : "";
  // Grouped from four digits, as the reports write "2 749".
  bool group = integer.size() > 3;
  for (size_t i = 0; i < integer.size(); ++i) {
    if (group && i > 0 && (integer.size() - i) % 3 == 0) out += words.group_mark;
    out += integer[i];
  }
  if (!fraction.empty()) out += std::string(words.decimal_mark) + fraction;
  return out;
}

std::string format_value(double value, const Indicator& indicator, const Wording& words) {
  std::string out = format_number(value, words, indicator.decimals);
  if (indicator.unit == "%") return out + std::string(words.percent_gap) + "%";
  if (!indicator.unit.empty()) out += std::string(kNbsp) + indicator.unit;
  return out;
}

std::string format_change(double delta, const Indicator& indicator, const Wording& words) {
  std::string sign = delta > 0 ? "+" : delta < 0 ? "" : "±";
  std::string out = sign + format_number(delta, words, indicator.decimals);
  std::string unit = indicator.unit == "%" ? std::string(words.percentage_points) : indicator.unit;
  if (!unit.empty()) out += std::string(kNbsp) + unit;
  return out;
}

std::string format_plain(double value) {
  char buffer[64];
  auto [end, ec] = std::to_chars(buffer, buffer + sizeof buffer, value);
  return ec == std::errc() ? std::string(buffer, end) : "0";
}

std::string format_excel(double value) {
  std::string out = format_plain(value);
  if (auto dot = out.find('.'); dot != std::string::npos) out[dot] = ',';
  return out;
}


}  // namespace jamfor
