#pragma once

#include <optional>
#include <string>

#include "model/diagnostics.h"
#include "site/site_writer.h"

namespace jamfor {

struct BuildOptions {
  std::string project_dir;
  std::string out_dir;
  AssetSources assets;
};

struct BuildReport {
  size_t goals = 0, indicators = 0, outcomes = 0, pages = 0, files = 0;
};

// The whole pipeline, one named step at a time; each failure says which step it was.
std::optional<Error> build(const BuildOptions& options, BuildReport* report);
// Reads and evaluates without writing: what `jamfor check` runs.
std::optional<Error> check(const std::string& project_dir, BuildReport* report);

}  // namespace jamfor
