#include "cli/build_inputs.h"

#include <sys/stat.h>

#include <algorithm>
#include <cstdint>
#include <ctime>
#include <filesystem>

#include "open_comparisons/tables.h"

namespace fs = std::filesystem;

namespace jamfor {
namespace {

constexpr std::int64_t kRacyNs = 2'000'000'000;

std::int64_t clock_ns() {
  timespec t{};
  clock_gettime(CLOCK_REALTIME, &t);
  return static_cast<std::int64_t>(t.tv_sec) * 1'000'000'000 + t.tv_nsec;
}

class Collector {
 public:
  Collector(BuildInputs& into, const fs::path& root, std::int64_t now) : into_(into), now_(now ? now : clock_ns()) {
    for (const char* part : {"outcomes/", "analyses/", "judgements.toml"})
      follow_up_.push_back((root / part).generic_string());
  }

  void file(const fs::path& path) {
    const std::string name = path.generic_string();
    const bool follow_up =
        std::any_of(follow_up_.begin(), follow_up_.end(), [&](const std::string& p) { return name.starts_with(p); });
    auto& into = follow_up ? into_.follow_up : into_.lines;
    struct stat st {};
    if (::stat(path.c_str(), &st) != 0) {
      into.push_back(name + " missing");
      return;
    }
    const std::int64_t mtime = static_cast<std::int64_t>(st.st_mtim.tv_sec) * 1'000'000'000 + st.st_mtim.tv_nsec;
    if (mtime > now_ - kRacyNs) (follow_up ? into_.follow_up_racy : into_.racy) = true;
    into.push_back(name + " " + std::to_string(st.st_size) + " " + std::to_string(mtime));
  }

  void setting(std::string line) { into_.lines.push_back(std::move(line)); }

  // Every file under `dir`, in name order, but hidden ones, sites that jamfor wrote (the
  // output folder among them) and what killed builds left.
  void tree(const fs::path& dir) {
    std::error_code ec;
    std::vector<fs::directory_entry> entries;
    for (const auto& e : fs::directory_iterator(dir, ec)) entries.push_back(e);
    if (ec) {
      setting(dir.generic_string() + " unreadable");
      return;
    }
    std::sort(entries.begin(), entries.end(), [](const auto& a, const auto& b) { return a.path() < b.path(); });
    for (const auto& e : entries) {
      const std::string name = e.path().filename().string();
      // SQLite's shared-memory index (STORE-shm) is rewritten by every reader; the store's
      // content is in STORE and STORE-wal, and an empty STORE-wal holds none (the first reader
      // after a fetch creates one).
      if (name.starts_with(".") || is_build_leftover(name) || name.ends_with(".sqlite-shm")) continue;
      if (name.ends_with(".sqlite-wal") && e.is_regular_file(ec) && e.file_size(ec) == 0) continue;
      if (e.is_directory(ec)) {
        if (fs::exists(e.path() / kSiteMarker, ec)) continue;
        // A linked folder could lead back up the tree; the link itself is what counts.
        if (e.is_symlink(ec)) setting(e.path().generic_string() + " -> " + fs::read_symlink(e.path(), ec).generic_string());
        else tree(e.path());
      } else {
        file(e.path());
      }
    }
  }

 private:
  BuildInputs& into_;
  std::int64_t now_;
  std::vector<std::string> follow_up_;  // path prefixes
};

std::string in_project(const Project& p, const std::string& file) {
  return (fs::path(p.root) / file).lexically_normal().string();
}

}  // namespace

BuildInputs build_inputs(const Project& project, const std::string& out_dir, const AssetSources& assets,
                         std::string_view build_date, std::int64_t now_ns) {
  BuildInputs inputs;
  const fs::path root = project.root.empty() ? "." : project.root;
  Collector c(inputs, root, now_ns);
  c.setting("date " + std::string(build_date));
  c.setting("out " + fs::path(out_dir).lexically_normal().generic_string());
  std::error_code ec;
  const fs::path binary = fs::read_symlink("/proc/self/exe", ec);
  c.file(ec ? fs::path("jamfor") : binary);
  for (const auto& a : asset_files(assets)) c.file(a);
  c.tree(root);
  // What the project names, wherever it is; inside the folder it is counted twice, which is harmless.
  for (const auto* map : {&project.comparison.boundaries, &project.comparison.county_boundaries})
    if (!map->empty()) c.file(in_project(project, *map));
  for (const auto* file : {&project.settings.logo, &project.settings.stylesheet})
    if (!file->empty()) c.file(*file);
  for (const auto& source : project.open_comparisons) {
    const std::string mapping = in_project(project, source.mapping);
    c.file(mapping);
    Diagnostics ignored;  // the build itself reports a bad mapping
    if (auto m = read_open_comparisons_mapping(mapping, ignored)) c.file(m->table);
  }
  return inputs;
}

namespace {

std::string hash_lines(const std::vector<const std::vector<std::string>*>& parts) {
  std::uint64_t hash = 0xcbf29ce484222325ULL;
  size_t count = 0;
  for (const auto* lines : parts) {
    count += lines->size();
    for (const auto& line : *lines)
      for (unsigned char ch : line + "\n") hash = (hash ^ ch) * 0x100000001b3ULL;
  }
  static constexpr char kHex[] = "0123456789abcdef";
  std::string hex(16, '0');
  for (int i = 15; i >= 0; --i, hash >>= 4) hex[static_cast<size_t>(i)] = kHex[hash & 0xF];
  return "fnv1a64:" + hex + " " + std::to_string(count) + " inputs";
}

}  // namespace

std::string fingerprint(const BuildInputs& inputs) {
  return inputs.racy || inputs.follow_up_racy ? "" : hash_lines({&inputs.lines, &inputs.follow_up});
}

std::string comparison_fingerprint(const BuildInputs& inputs) { return inputs.racy ? "" : hash_lines({&inputs.lines}); }

}  // namespace jamfor
