#pragma once
// Joins the project to the comparison data once both are read. Every KPI gets its direction,
// unit and decimals from the indicator that measures it, or from [comparison]
// higher_is_better / lower_is_better. Indicators with `kolada` or `open_comparisons` get the
// focus municipality's values as outcomes, with Riket and its county as reference series
// (the references of generator/comparison.h, so a mean is labelled as one).

#include "model/comparison.h"
#include "model/diagnostics.h"
#include "model/project.h"

namespace jamfor {

void join_project(Comparison& data, Project& project, Diagnostics& diags);

// The id of the reference series an area becomes on indicator pages: "area-0000".
std::string reference_unit_id(std::string_view area_id);

}  // namespace jamfor
