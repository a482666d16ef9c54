#pragma once
// Reporting periods. Ids are what authors write in files ("2016", "2018-jan-aug", "2018-T2");
// labels are what readers see ("2018 jan–aug").

#include <compare>
#include <optional>
#include <string>
#include <string_view>

#include "model/wording.h"

namespace jamfor {

enum class PeriodKind { Year, MonthRange, Tertial, Half, Quarter, Month };

struct Period {
  int year = 0;
  PeriodKind kind = PeriodKind::Year;
  int first_month = 1;  // 1-12, inclusive
  int last_month = 12;

  std::string id() const;
  std::string label(const Wording& words) const;
  // The same kind of period one year earlier, so interim figures meet the same months.
  Period previous() const;

  // Chronological: by year, then by the month the period ends, longer periods first.
  std::strong_ordering operator<=>(const Period& other) const;
  bool operator==(const Period& other) const = default;
};

std::optional<Period> parse_period(std::string_view id);

// The accepted forms, for error messages.
inline constexpr std::string_view kPeriodForms =
    "a period such as '2016', '2018-jan-aug', '2018-T1', '2018-H1', '2018-Q3' or '2018-08'";

}  // namespace jamfor
