#pragma once
// The build as a short list of named stages (pipeline.cc): read the project, load the
// comparison data, evaluate the targets, compute the comparison, write the site. Each stage
// adds what it was doing to its errors; nothing is read as a side effect of another stage.

#include <optional>
#include <string>
#include <vector>

#include "model/diagnostics.h"
#include "site/site_writer.h"

namespace jamfor {

struct BuildOptions {
  std::string project_dir;
  std::string out_dir;
  AssetSources assets;
  unsigned jobs = 0;  // threads rendering pages; 0: every core
};

struct BuildReport {
  size_t goals = 0, indicators = 0, outcomes = 0, pages = 0, files = 0;
  size_t rewritten = 0, removed = 0;  // files whose content changed (or were new), files no longer built
  bool up_to_date = false;  // nothing the site is built from had changed, so nothing was done
  size_t kpis = 0, profiles = 0, county_pages = 0;
  bool national_page = false;
  bool comparison_kept = false;  // only the follow-up had changed, so the comparison pages were kept
  std::vector<Diagnostic> warnings;  // filled even when the build fails
};

// Skips every stage after reading the project when the site in `out_dir` was built from the
// same inputs (cli/build_inputs.h) and is as that build left it.
std::optional<Error> build(const BuildOptions& options, BuildReport* report);
// Every stage but writing: what `jamfor check` runs.
std::optional<Error> check(const std::string& project_dir, BuildReport* report);

// PROJECT/kolada.sqlite: where `jamfor fetch` writes and the build reads.
std::string store_path(const std::string& project_dir);

}  // namespace jamfor
