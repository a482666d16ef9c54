#pragma once
// The fingerprint of everything a build reads, so that a rebuild whose inputs have not changed
// can leave the site as it is (site/site_output.h keeps the fingerprint in the manifest).
//
// Read: every file of the project folder (the Kolada store among them) except hidden ones,
// jamfor's own sites, the leftovers of killed builds and SQLite's shared-memory index; the
// files the project names outside it (maps, logo, stylesheet, Open Comparisons mappings and
// their tables); the site assets; the jamfor binary itself; and the day of the build, which
// the pages show. Each file counts
// by its path, size and modification time, as make and ninja judge files. A file modified in
// the last two seconds makes the fingerprint empty (never current): a later edit within the
// same clock tick, with the same size, would otherwise go unseen.

#include <cstdint>
#include <string>
#include <string_view>
#include <vector>

#include "model/project.h"
#include "site/site_writer.h"

namespace jamfor {

// What the fingerprint is made of, one line per file ("path size mtime_ns", or "path missing")
// or setting, in a fixed order; `racy` when a file is too new to be judged by its time.
struct BuildInputs {
  std::vector<std::string> lines;
  // The project's own follow-up (outcomes/, analyses/, judgements.toml): the comparison pages
  // do not depend on them, so a change there leaves those pages as they are.
  std::vector<std::string> follow_up;
  bool racy = false;            // a file of `lines` is too new to be judged by its time
  bool follow_up_racy = false;  // the same for `follow_up`: an outcome just edited
};

// The inputs of building `project` into `out_dir` with `assets` on the day `build_date`;
// `now_ns` (nanoseconds since 1970; 0: the clock) is what "modified in the last two seconds"
// is measured from.
BuildInputs build_inputs(const Project& project, const std::string& out_dir, const AssetSources& assets,
                         std::string_view build_date, std::int64_t now_ns = 0);

// The fingerprint of `inputs` ("fnv1a64:<16 hex digits> <lines> inputs"); empty when either
// part is racy.
std::string fingerprint(const BuildInputs& inputs);
// The fingerprint of what the comparison pages are made of: `inputs` without the follow-up;
// empty when `lines` are racy (a follow-up file just edited does not matter to it).
std::string comparison_fingerprint(const BuildInputs& inputs);

}  // namespace jamfor
