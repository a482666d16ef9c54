#pragma once

#include <string>
#include <vector>

#include "model/diagnostics.h"
#include "model/project.h"

namespace jamfor {

// Reads one outcomes CSV. Indicator and unit ids are checked against `project`, which must
// already hold the indicators and units.
std::vector<Outcome> read_outcomes_csv(const std::string& path, const Project& project,
                                       Diagnostics& diags);

// Same, from text already in memory (tests, and later Excel import).
std::vector<Outcome> parse_outcomes_csv(std::string_view text, const std::string& path,
                                        const Project& project, Diagnostics& diags);

}  // namespace jamfor
