#include "cli/build_inputs.h"

#include <unistd.h>

#include <catch2/catch.hpp>
#include <chrono>
#include <filesystem>
#include <fstream>

using namespace jamfor;
namespace fs = std::filesystem;

namespace {

constexpr std::int64_t kHour = 3600LL * 1'000'000'000;

struct Folder {
  fs::path root = fs::temp_directory_path() / ("jamfor-inputs-test-" + std::to_string(::getpid()));
  Folder() {
    fs::remove_all(root);
    fs::create_directories(root / "outcomes");
  }
  ~Folder() { fs::remove_all(root); }
  void write(const std::string& relative, const std::string& text) const {
    fs::create_directories((root / relative).parent_path());
    std::ofstream(root / relative) << text;
  }
};

std::int64_t now() {
  return std::chrono::duration_cast<std::chrono::nanoseconds>(std::chrono::system_clock::now().time_since_epoch()).count();
}

std::int64_t file_time(const fs::path& p) {
  return std::chrono::duration_cast<std::chrono::nanoseconds>(
             std::chrono::file_clock::to_sys(fs::last_write_time(p)).time_since_epoch())
      .count();
}

// Judged an hour from now, so that files just written are not "too new".
std::string print(const Project& p, std::string_view day = "2026-12-04") {
  return fingerprint(build_inputs(p, (fs::path(p.root) / "site").string(), {"no-assets", "no-modules"}, day, now() + kHour));
}

Project project_in(const Folder& f) {
  Project p;
  p.root = f.root.string();
  return p;
}

}  // namespace

TEST_CASE("build inputs: the same files give the same fingerprint; any change to them another") {
  Folder f;
  f.write("jamfor.toml", "[site]\n");
  f.write("outcomes/2022.csv", "indikator;period;kön;värde\n");
  const Project p = project_in(f);
  const std::string first = print(p);
  CHECK_THAT(first, Catch::StartsWith("fnv1a64:"));
  CHECK(print(p) == first);
  CHECK(print(p, "2026-12-05") != first);  // the pages show the day of the build

  f.write("outcomes/2022.csv", "indikator;period;kön;värde\negen;2022;T;57\n");
  const std::string edited = print(p);
  CHECK(edited != first);
  f.write("outcomes/2023.csv", "indikator;period;kön;värde\n");
  CHECK(print(p) != edited);
}

TEST_CASE("build inputs: hidden files, jamfor's sites and killed builds' leftovers do not count") {
  Folder f;
  f.write("jamfor.toml", "[site]\n");
  const Project p = project_in(f);
  const std::string before = print(p);
  f.write(".git/index", "x");
  f.write("outcomes/.~lock.2022.csv#", "x");
  f.write("site/.jamfor-site", "marker");
  f.write("site/index.html", "<p>");
  f.write("preview/.jamfor-site", "marker");  // a site written with --out elsewhere in the folder
  f.write("site.jamfor-new.123/index.html", "<p>");
  f.write("outcomes/2022.csv.123.jamfor-tmp", "x");
  f.write("kolada.sqlite-shm", "rewritten by every reader");
  f.write("kolada.sqlite-wal", "");  // made by the first reader after a fetch
  CHECK(print(p) == before);
  f.write("kolada.sqlite-wal", "a fetch's changes, not yet in kolada.sqlite");
  CHECK(print(p) != before);
}

TEST_CASE("build inputs: files the project names outside its folder count") {
  Folder f;
  f.write("jamfor.toml", "[site]\n");
  f.write("../jamfor-inputs-test-maps/kommuner.geojson", "{}");
  Project p = project_in(f);
  p.comparison.boundaries = "../jamfor-inputs-test-maps/kommuner.geojson";
  const std::string before = print(p);
  f.write("../jamfor-inputs-test-maps/kommuner.geojson", "{\"type\": \"FeatureCollection\"}");
  CHECK(print(p) != before);
  fs::remove_all(f.root.parent_path() / "jamfor-inputs-test-maps");
  CHECK_THAT(build_inputs(p, "site", {}, "2026-12-04", now() + kHour).lines.back(), Catch::EndsWith(" missing"));
}

TEST_CASE("build inputs: a file modified in the last two seconds leaves no fingerprint") {
  Folder f;
  f.write("jamfor.toml", "[site]\n");
  const Project p = project_in(f);
  const BuildInputs inputs = build_inputs(p, "site", {}, "2026-12-04", now());
  CHECK(inputs.racy);
  CHECK(fingerprint(inputs).empty());
  CHECK(comparison_fingerprint(inputs).empty());
}

TEST_CASE("build inputs: an outcome modified in the last two seconds leaves the comparison pages' fingerprint") {
  Folder f;
  f.write("jamfor.toml", "[site]\n");
  const Project p = project_in(f);
  const std::int64_t later = now() + kHour;
  const std::string comparison = comparison_fingerprint(build_inputs(p, "site", {}, "2026-12-04", later));
  // Edited "an hour from now", and judged a second after that.
  f.write("outcomes/2022.csv", "indikator;period;kön;värde\n");
  fs::last_write_time(f.root / "outcomes/2022.csv", fs::file_time_type::clock::now() + std::chrono::hours(1));
  const std::int64_t edited = file_time(f.root / "outcomes/2022.csv");
  const BuildInputs inputs = build_inputs(p, "site", {}, "2026-12-04", edited + 1'000'000'000);
  CHECK(inputs.follow_up_racy);
  CHECK_FALSE(inputs.racy);
  CHECK(fingerprint(inputs).empty());
  CHECK(comparison_fingerprint(inputs) == comparison);
}

TEST_CASE("build inputs: the comparison pages' fingerprint leaves out outcomes, analyses and judgements") {
  Folder f;
  f.write("jamfor.toml", "[site]\n");
  f.write("indicators.toml", "");
  const Project p = project_in(f);
  auto both = [&] {
    const BuildInputs in = build_inputs(p, (fs::path(p.root) / "site").string(), {"no-assets", "no-modules"},
                                        "2026-12-04", now() + kHour);
    return std::pair{fingerprint(in), comparison_fingerprint(in)};
  };
  const auto [all, comparison] = both();
  CHECK(all == comparison);  // no follow-up yet
  f.write("outcomes/2022.csv", "indikator;period;kön;värde\negen;2022;T;57\n");
  f.write("analyses/g.md", "Bra.\n");
  f.write("judgements.toml", "");
  const auto [all2, comparison2] = both();
  CHECK(all2 != all);
  CHECK(comparison2 == comparison);
  CHECK(all2 != comparison2);
  f.write("indicators.toml", "# changed\n");
  const std::string changed = both().second;
  CHECK(changed != comparison);
  f.write("outcomes-old/2021.csv", "x");  // only the follow-up's own folders and file
  CHECK(both().second != changed);
}
