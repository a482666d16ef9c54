#pragma once

#include "formats/toml_reader.h"
#include "model/project.h"
#include "project/comparison_config.h"

namespace jamfor {

// The [kolada] table of jamfor.toml: what `jamfor fetch` asks for; see docs/project-format.md.
// The comparison keys it used to hold (own_municipality, higher_is_better, lower_is_better,
// similar_group, boundaries, population) still work: `comparison` reads them with a warning
// naming their place in [comparison].
KoladaConfig read_kolada_config(TomlTable& t, ComparisonConfigReader& comparison);

}  // namespace jamfor
