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

// Without a [kolada] table: fetch the default years (2010 to this year) of what the indicators name.
KoladaConfig default_kolada_config();

}  // namespace jamfor
