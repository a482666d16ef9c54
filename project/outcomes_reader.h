#pragma once

#include <functional>
#include <optional>
#include <string>
#include <vector>

#include "model/diagnostics.h"
#include "model/project.h"

namespace jamfor {

// Takes each valid outcome of a file as it is read; a message refuses it (a second value for
// the same indicator, period, gender and unit), reported at its row like the reader's errors.
using OutcomeSink = std::function<std::optional<std::string>(Outcome&& outcome)>;

// Reads one outcomes CSV row by row, so its size costs memory only for the outcomes kept.
// Indicator and unit ids are checked against `project`, which must already hold the
// indicators and units. At most FileErrors::kLimit errors are reported per file.
void read_outcomes_csv(const std::string& path, const Project& project, Diagnostics& diags,
                       const OutcomeSink& take);
std::vector<Outcome> read_outcomes_csv(const std::string& path, const Project& project,
                                       Diagnostics& diags);

// Same, from text already in memory (tests, and later Excel import).
std::vector<Outcome> parse_outcomes_csv(std::string_view text, const std::string& path,
                                        const Project& project, Diagnostics& diags);

}  // namespace jamfor
