#pragma once
// Writes the site: every page rendered on all cores, each file through site/site_output.h, so
// a first build appears in one step, a rebuild rewrites only the files whose content changed,
// and a kill at any moment leaves each file in its previous or its new version.

#include <filesystem>
#include <optional>
#include <string>
#include <vector>

#include "generator/results.h"
#include "model/diagnostics.h"
#include "site/site_output.h"

namespace jamfor {

// Where the browser libraries and our own CSS/JS are read from.
struct AssetSources {
  std::string site_assets;   // style.css, jamfor.js
  std::string node_modules;  // vega, vega-lite, vega-embed (from npm ci)
};

// JAMFOR_SITE_ASSETS and JAMFOR_NODE_MODULES override the folders of the source tree the
// binary was built from.
AssetSources default_asset_sources();

// The files of `assets` that a build copies into the site (the project's logo and stylesheet
// aside), for the fingerprint of a build's inputs.
std::vector<std::string> asset_files(const AssetSources& assets);

// The day of the build in UTC (YYYY-MM-DD), which the pages show: SOURCE_DATE_EPOCH
// (reproducible-builds.org) fixes it, so two builds of the same input are byte-identical.
std::string build_date();

struct WriteOptions {
  WriteOptions(AssetSources a = default_asset_sources()) : assets(std::move(a)) {}  // NOLINT: implicit on purpose
  AssetSources assets;
  unsigned jobs = 0;   // threads rendering pages; 0: every core
  std::string inputs;  // fingerprint of what the build read, kept in the manifest
  // Fingerprint of what the comparison pages are made of: when the site's manifest has the
  // same, its comparison pages are kept instead of being drawn again.
  std::string comparison_inputs;
  std::vector<Diagnostic> warnings;  // the build's warnings, kept in the manifest for a build that skips
};

struct WriteSummary {
  size_t pages = 0;
  size_t files = 0;
  size_t rewritten = 0;  // files written because their content changed (or was new)
  size_t removed = 0;    // files of the previous build this one no longer has
  bool comparison_kept = false;  // the comparison pages were kept from the previous build
};

// The folder that `out_dir` names ("site/" and "site" are the same).
std::filesystem::path site_folder(const std::string& out_dir);

std::optional<Error> write_site(const Results& results, const std::string& out_dir, const WriteOptions& options,
                                WriteSummary* summary = nullptr);


}  // namespace jamfor
