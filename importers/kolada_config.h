#pragma once

#include <string_view>

#include "importers/toml_reader.h"
#include "model/project.h"

namespace jamfor {

// The [kolada] table of jamfor.toml; see docs/project-format.md.
KoladaConfig read_kolada_config(TomlTable& t);

// Kolada's ids are upper-case letters and digits: "N31814", "G2KPI123", "1081", "0000".
bool is_kolada_id(std::string_view id);

}  // namespace jamfor
