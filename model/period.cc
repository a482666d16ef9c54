#include "model/period.h"

#include <array>
#include <charconv>

namespace jamfor {
namespace {

constexpr std::array<std::string_view, 12> kMonths = {"jan", "feb", "mar", "apr", "maj", "jun",
                                                      "jul", "aug", "sep", "okt", "nov", "dec"};

std::optional<int> month_from_name(std::string_view name) {
  for (size_t i = 0; i < kMonths.size(); ++i)
    if (kMonths[i] == name) return static_cast<int>(i) + 1;
  return std::nullopt;
}

std::optional<int> parse_int(std::string_view text) {
  int value = 0;
  auto [end, ec] = std::from_chars(text.data(), text.data() + text.size(), value);
  if (ec != std::errc() || end != text.data() + text.size()) return std::nullopt;
  return value;
}

std::string two_digits(int n) { return (n < 10 ? "0" : "") + std::to_string(n); }

}  // namespace

std::optional<Period> parse_period(std::string_view id) {
  if (id.size() < 4) return std::nullopt;
  auto year = parse_int(id.substr(0, 4));
  if (!year || *year < 1900 || *year > 2200) return std::nullopt;
  Period p;
  p.year = *year;
  if (id.size() == 4) return p;
  if (id[4] != '-') return std::nullopt;
  std::string_view rest = id.substr(5);

  if (rest.size() == 2 && (rest[0] == 'T' || rest[0] == 'H' || rest[0] == 'Q')) {
    auto n = parse_int(rest.substr(1));
    int length = rest[0] == 'T' ? 4 : rest[0] == 'H' ? 6 : 3;
    if (!n || *n < 1 || *n > 12 / length) return std::nullopt;
    p.kind = rest[0] == 'T' ? PeriodKind::Tertial
             : rest[0] == 'H' ? PeriodKind::Half
                              : PeriodKind::Quarter;
    p.first_month = (*n - 1) * length + 1;
    p.last_month = *n * length;
    return p;
  }
  if (rest.size() == 2) {
    auto month = parse_int(rest);
    if (!month || *month < 1 || *month > 12) return std::nullopt;
    p.kind = PeriodKind::Month;
    p.first_month = p.last_month = *month;
    return p;
  }
  if (rest.size() == 7 && rest[3] == '-') {
    auto first = month_from_name(rest.substr(0, 3));
    auto last = month_from_name(rest.substr(4, 3));
    if (!first || !last || *first >= *last) return std::nullopt;
    p.kind = PeriodKind::MonthRange;
    p.first_month = *first;
    p.last_month = *last;
    return p;
  }
  return std::nullopt;
}

std::string Period::id() const {
  std::string y = std::to_string(year);
  switch (kind) {
    case PeriodKind::Year: return y;
    case PeriodKind::MonthRange:
      return y + "-" + std::string(kMonths[first_month - 1]) + "-" +
             std::string(kMonths[last_month - 1]);
    case PeriodKind::Tertial: return y + "-T" + std::to_string(last_month / 4);
    case PeriodKind::Half: return y + "-H" + std::to_string(last_month / 6);
    case PeriodKind::Quarter: return y + "-Q" + std::to_string(last_month / 3);
    case PeriodKind::Month: return y + "-" + two_digits(first_month);
  }
  return y;
}

std::string Period::label(const Wording& words) const {
  std::string y = std::to_string(year);
  switch (kind) {
    case PeriodKind::Year: return y;
    case PeriodKind::MonthRange:
      return y + " " + std::string(words.months[first_month - 1]) + "–" +
             std::string(words.months[last_month - 1]);
    case PeriodKind::Tertial: return words.tertial_label(y, std::to_string(last_month / 4));
    case PeriodKind::Half: return words.half_label(y, std::to_string(last_month / 6));
    case PeriodKind::Quarter: return words.quarter_label(y, std::to_string(last_month / 3));
    case PeriodKind::Month: return y + " " + std::string(words.months[first_month - 1]);
  }
  return y;
}

Period Period::previous() const {
  Period p = *this;
  --p.year;
  return p;
}

std::strong_ordering Period::operator<=>(const Period& other) const {
  if (auto c = year <=> other.year; c != 0) return c;
  if (auto c = last_month <=> other.last_month; c != 0) return c;
  return first_month <=> other.first_month;
}

}  // namespace jamfor
