#pragma once
// Writes the whole site into a fresh folder beside the target and swaps it in at the end, so
// a failed build never leaves a half-written site and readers never see a mix of two builds.

#include <optional>
#include <string>

#include "generator/results.h"
#include "model/diagnostics.h"

namespace jamfor {

// Where the browser libraries and our own CSS/JS are read from.
struct AssetSources {
  std::string site_assets;   // style.css, jamfor.js
  std::string node_modules;  // vega, vega-lite, vega-embed (from npm ci)
};

// JAMFOR_SITE_ASSETS and JAMFOR_NODE_MODULES override the folders of the source tree the
// binary was built from.
AssetSources default_asset_sources();

struct WriteSummary {
  size_t pages = 0;
  size_t files = 0;
};

// The marker that lets a later build replace `out_dir`: we never delete a folder we did not make.
inline constexpr std::string_view kSiteMarker = ".jamfor-site";

std::optional<Error> write_site(const Results& results, const std::string& out_dir,
                                const AssetSources& assets, WriteSummary* summary = nullptr);

}  // namespace jamfor
