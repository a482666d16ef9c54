#pragma once
// Reads a project folder (see docs/project-format.md) into the model. Every file is read to
// the end and every problem reported; the result is only used when there were no errors.

#include <optional>
#include <string>

#include "model/diagnostics.h"
#include "model/project.h"

namespace jamfor {

// Read: indicators with `kolada = "…"` get their outcomes from PROJECT/kolada.sqlite (what
// `jamfor build` needs). Skip: leave them empty (what `jamfor fetch` needs before a store exists).
enum class KoladaValues { Read, Skip };

std::optional<Project> load_project(const std::string& dir, Diagnostics& diags,
                                    KoladaValues kolada_values = KoladaValues::Read);

}  // namespace jamfor
