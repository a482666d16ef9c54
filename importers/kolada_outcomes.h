#pragma once
// Indicators with `kolada = "N31814"` take their outcomes from the project's Kolada store
// (written by `jamfor fetch`). Building never touches the network.

#include <string>

#include "model/diagnostics.h"
#include "model/project.h"

namespace jamfor {

// Adds the own municipality's values as outcomes, and Riket and the county's region as
// comparison series. Reports a missing store or missing configuration as errors.
void add_kolada_outcomes(Project& project, const std::string& store_path, Diagnostics& diags);

inline constexpr std::string_view kKoladaAttribution = "Källa: Kolada";
inline constexpr std::string_view kKoladaProcessing = "Egen bearbetning av data från Kolada";

}  // namespace jamfor
