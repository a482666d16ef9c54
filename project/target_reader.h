#pragma once

#include <optional>
#include <string>

#include <toml++/toml.h>

#include "model/diagnostics.h"
#include "model/project.h"

namespace jamfor {

// A target table such as { at_most = 94, change = "decrease" }.
std::optional<Target> read_target(const toml::node& node, const std::string& path,
                                  Diagnostics& diags);

}  // namespace jamfor
