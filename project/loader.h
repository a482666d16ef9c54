#pragma once
// Reads a project folder (see docs/project-format.md) into the model. Every file is read to
// the end and every problem reported; the result is only used when there were no errors.

#include <optional>
#include <string>

#include "model/diagnostics.h"
#include "model/project.h"

namespace jamfor {

// Only the project's own files: the Kolada store and Open Comparisons tables are read by the
// next stage of the build (cli/pipeline.h), which also fills the indicators that take their
// values from them.
std::optional<Project> load_project(const std::string& dir, Diagnostics& diags);
// The same, but what could be read even when there were errors, so a later stage can still
// report its own errors in the same run.
Project read_project_folder(const std::string& dir, Diagnostics& diags);

}  // namespace jamfor
