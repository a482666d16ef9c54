#pragma once
// Reads the Kolada store into the Benchmark that the comparison pages rank: every KPI the
// project names, for every area the store holds.

#include <memory>
#include <string>

#include "model/benchmark.h"
#include "model/diagnostics.h"
#include "model/project.h"

namespace jamfor {

// Nothing (and no error) when the project has no [kolada] own_municipality or no store yet:
// add_kolada_outcomes already reports a store that indicators need.
std::shared_ptr<const Benchmark> load_benchmark(const Project& project, const std::string& store_path,
                                                Diagnostics& diags);

AreaType area_type_of(std::string_view kolada_id);

}  // namespace jamfor
