#pragma once
// Where the writer's files go, so that a kill at any moment leaves a complete site and a
// rebuild touches only what changed.
//
// The first build writes into a fresh folder beside the target (`site.jamfor-new.PID`, its
// marker written first) and renames it into place in one step. Later builds update the site
// where it is: a file whose content is unchanged is left alone (it keeps its mtime); any other
// is written to `NAME.PID.jamfor-tmp` beside it and renamed over it, so a reader or a kill sees
// the previous or the new version of each file, never a truncated one. Files this build did not
// write are removed (the folder is the build's output), and the manifest (`.jamfor-manifest`: the files with
// their size and mtime, and a fingerprint of the build's inputs) is written last. What a killed
// build leaves (temp files, fresh folders with our marker) is removed by the next one.

#include <atomic>
#include <cstdint>
#include <filesystem>
#include <optional>
#include <string>
#include <string_view>
#include <vector>

#include "model/diagnostics.h"

namespace jamfor {

// The marker that lets a later build replace `out_dir`: we never delete a folder we did not make.
inline constexpr std::string_view kSiteMarker = ".jamfor-site";
inline constexpr std::string_view kSiteMarkerText =
    "This folder was written by jamfor build and is replaced by the next build.\n";
inline constexpr std::string_view kManifest = ".jamfor-manifest";

// True for what a killed build can leave: temp files (`NAME.PID.jamfor-tmp`, and libzip's
// `….jamfor-tmp.XXXXXX`) and fresh or set-aside folders (`SITE.jamfor-new.PID`, `.jamfor-old.`).
bool is_build_leftover(std::string_view name);

// Which part of the build wrote a file: the comparison pages can be kept while the rest is
// rebuilt (see BuildRecord::comparison_inputs).
enum class FilePart { Site, Comparison };

struct ManifestEntry {
  std::string path;  // relative to the site
  std::uintmax_t size = 0;
  std::int64_t mtime_ns = 0;
  FilePart part = FilePart::Site;
};

// What the manifest says about the build itself, so that a later build with the same inputs
// can skip the work and still say what this one said.
struct BuildRecord {
  std::string inputs;  // the fingerprint of what the build read; empty: none, never current
  // The fingerprint of what the comparison pages are made of; a build with the same one may
  // keep the files of FilePart::Comparison as they are.
  std::string comparison_inputs;
  size_t pages = 0;
  std::vector<Diagnostic> warnings;
};

struct Manifest {
  BuildRecord build;
  std::vector<ManifestEntry> files;  // in the order written
};

// The manifest of the site at `site`, if it has a readable one.
std::optional<Manifest> read_manifest(const std::filesystem::path& site);

// True when every file of `manifest` is in `site` with the size and mtime it was written with.
bool files_intact(const std::filesystem::path& site, const Manifest& manifest);
// True when `file` is in `site` with the size and mtime it was written with.
bool file_intact(const std::filesystem::path& site, const ManifestEntry& file);
// The same for the files of one part only.
bool files_intact(const std::filesystem::path& site, const Manifest& manifest, FilePart part);

class SiteOutput {
 public:
  // Prepares writing the site at `target`: removes what killed builds left and chooses a fresh
  // folder (no site yet) or an update in place (a site with our marker). Returns the error
  // text when `target` is a folder jamfor did not write or cannot be prepared.
  [[nodiscard]] std::optional<std::string> open(const std::filesystem::path& target);

  // Where the files are written now: the fresh folder, or the site itself.
  const std::filesystem::path& folder() const { return folder_; }
  // True when the build updates an existing site where it is (its files can be kept).
  bool in_place() const { return !fresh_; }

  // Writes `content` at `relative` unless the file there holds exactly that already. Safe to
  // call from several threads for distinct paths. Returns the error text.
  [[nodiscard]] std::optional<std::string> put(const std::string& relative, std::string_view content);

  // Where to write a file that is made on disk (the data archive) before adopt() takes it.
  std::filesystem::path temp_path(const std::string& relative) const {
    return folder_ / (relative + temp_suffix_);
  }
  // Moves `written` (from temp_path) to `relative`, or drops it when the file there is the same.
  [[nodiscard]] std::optional<std::string> adopt(const std::string& relative, const std::filesystem::path& written);

  // Removes every file this build did not write (`written`, relative paths; `parts` says which
  // part wrote each, none: all FilePart::Site), writes the manifest and, for a fresh folder,
  // moves it into place.
  [[nodiscard]] std::optional<std::string> finish(const std::vector<std::string>& written, const BuildRecord& build,
                                                  const std::vector<FilePart>& parts = {});

  // After an error: a fresh folder is removed; an updated site keeps what was written.
  void abandon();

  // Files written because their content changed or was new (the manifest aside).
  size_t rewritten() const { return rewritten_; }
  size_t removed() const { return removed_; }

 private:
  // Writes `content` at `path` (in the fresh folder directly, else through a temp file).
  [[nodiscard]] std::optional<std::string> store(const std::filesystem::path& path, std::string_view content) const;

  std::filesystem::path target_, folder_;
  bool fresh_ = false;
  std::string temp_suffix_;
  std::atomic<size_t> rewritten_{0};
  size_t removed_ = 0;
};

}  // namespace jamfor
