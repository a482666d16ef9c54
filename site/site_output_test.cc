#include "site/site_output.h"

#include <unistd.h>

#include <catch2/catch.hpp>
#include <filesystem>
#include <fstream>
#include <sstream>

using namespace jamfor;
namespace fs = std::filesystem;

namespace {

fs::path scratch(const std::string& name) {
  fs::path dir = fs::temp_directory_path() / ("jamfor-output-test-" + std::to_string(::getpid()) + "-" + name);
  fs::remove_all(dir);
  fs::create_directories(dir);
  return dir;
}

std::string read(const fs::path& p) {
  std::ifstream in(p, std::ios::binary);
  std::stringstream s;
  s << in.rdbuf();
  return s.str();
}

void build(const fs::path& site, const std::vector<std::pair<std::string, std::string>>& files, SiteOutput& out) {
  REQUIRE_FALSE(out.open(site));
  std::vector<std::string> written;
  for (const auto& [path, content] : files) {
    REQUIRE_FALSE(out.put(path, content));
    written.push_back(path);
  }
  BuildRecord record{"inputs-1", "comparison-1", 1, {}};
  record.warnings.push_back({{"jamfor.toml", 3, 7}, "an old key;\tuse\nthe new one", Severity::Warning});
  REQUIRE_FALSE(out.finish(written, record));
}

}  // namespace

TEST_CASE("SiteOutput: a first build appears with its marker and manifest, nothing left beside it") {
  const fs::path dir = scratch("fresh");
  SiteOutput out;
  build(dir / "site", {{"index.html", "<p>1</p>"}, {"data/a.csv", "a"}}, out);
  CHECK(read(dir / "site/index.html") == "<p>1</p>");
  CHECK(fs::exists(dir / "site" / kSiteMarker));
  auto manifest = read_manifest(dir / "site");
  REQUIRE(manifest);
  CHECK(manifest->build.inputs == "inputs-1");
  CHECK(manifest->build.comparison_inputs == "comparison-1");
  CHECK(manifest->build.pages == 1);
  REQUIRE(manifest->build.warnings.size() == 1);
  CHECK(manifest->build.warnings[0].format() == "jamfor.toml:3:7: warning: an old key; use the new one");
  REQUIRE(manifest->files.size() == 2);
  CHECK(manifest->files[1].path == "data/a.csv");
  CHECK(manifest->files[1].size == 1);
  CHECK(files_intact(dir / "site", *manifest));
  CHECK(std::distance(fs::directory_iterator(dir), fs::directory_iterator()) == 1);
  fs::remove_all(dir);
}

TEST_CASE("SiteOutput: a rebuild rewrites only what changed and removes what it no longer writes") {
  const fs::path dir = scratch("update");
  const fs::path site = dir / "site";
  {
    SiteOutput out;
    build(site, {{"index.html", "same"}, {"changed.html", "before"}, {"gone/old.html", "old"}}, out);
  }
  const auto same_time = fs::last_write_time(site / "index.html");
  std::ofstream(site / "page.html.123.jamfor-tmp") << "left by a killed build";
  SiteOutput out;
  build(site, {{"index.html", "same"}, {"changed.html", "after"}}, out);
  CHECK(out.rewritten() == 1);  // changed.html
  CHECK(out.removed() == 1);
  CHECK(fs::last_write_time(site / "index.html") == same_time);
  CHECK(read(site / "changed.html") == "after");
  CHECK_FALSE(fs::exists(site / "gone"));
  CHECK_FALSE(fs::exists(site / "page.html.123.jamfor-tmp"));
  auto manifest = read_manifest(site);
  REQUIRE(manifest);
  CHECK(files_intact(site, *manifest));
  std::ofstream(site / "changed.html") << "edited by hand";
  CHECK_FALSE(files_intact(site, *manifest));
  fs::remove_all(dir);
}

TEST_CASE("SiteOutput: the fresh folder of a killed build is removed by the next one, a stranger's folder is not") {
  const fs::path dir = scratch("leftovers");
  fs::create_directories(dir / "site.jamfor-new.99999");
  std::ofstream(dir / "site.jamfor-new.99999" / kSiteMarker) << "x";
  fs::create_directories(dir / "site.jamfor-new.not-ours");
  std::ofstream(dir / "site.jamfor-new.not-ours" / "notes.txt") << "mine";
  fs::create_directories(dir / "site.jamfor-new.99998");  // killed before its marker was written
  SiteOutput out;
  build(dir / "site", {{"index.html", "x"}}, out);
  CHECK_FALSE(fs::exists(dir / "site.jamfor-new.99999"));
  CHECK_FALSE(fs::exists(dir / "site.jamfor-new.99998"));
  CHECK(fs::exists(dir / "site.jamfor-new.not-ours/notes.txt"));
  fs::remove_all(dir);
}

TEST_CASE("SiteOutput: a folder jamfor did not write is refused") {
  const fs::path dir = scratch("stranger");
  std::ofstream(dir / "notes.txt") << "mine";
  SiteOutput out;
  CHECK(out.open(dir) == "refusing to replace a folder that jamfor did not write (no .jamfor-site in it); "
                         "choose another --out folder or empty this one");
  CHECK(read(dir / "notes.txt") == "mine");
  fs::remove_all(dir);
}

TEST_CASE("SiteOutput: the manifest says which part wrote each file, and each part's files are checked alone") {
  const fs::path dir = scratch("parts");
  const fs::path site = dir / "site";
  SiteOutput out;
  REQUIRE_FALSE(out.open(site));
  for (const char* f : {"index.html", "compare/kpi-N1.html", "data/results.json"}) REQUIRE_FALSE(out.put(f, f));
  REQUIRE_FALSE(out.finish({"index.html", "compare/kpi-N1.html", "data/results.json"}, {"in", "cmp", 2, {}},
                           {FilePart::Site, FilePart::Comparison, FilePart::Site}));
  auto manifest = read_manifest(site);
  REQUIRE(manifest);
  REQUIRE(manifest->files.size() == 3);
  CHECK(manifest->files[0].part == FilePart::Site);
  CHECK(manifest->files[1].part == FilePart::Comparison);
  CHECK(manifest->files[2].part == FilePart::Site);
  std::ofstream(site / "index.html") << "edited by hand";
  CHECK_FALSE(files_intact(site, *manifest));
  CHECK_FALSE(files_intact(site, *manifest, FilePart::Site));
  CHECK(files_intact(site, *manifest, FilePart::Comparison));
  fs::remove(site / "compare/kpi-N1.html");
  CHECK_FALSE(files_intact(site, *manifest, FilePart::Comparison));
  fs::remove_all(dir);
}

TEST_CASE("SiteOutput: a file made on disk is adopted only when its bytes differ from what is there") {
  const fs::path dir = scratch("adopt");
  const fs::path site = dir / "site";
  {
    SiteOutput out;
    build(site, {{"data/all.zip", "archive-1"}}, out);
  }
  const auto dated = fs::last_write_time(site / "data/all.zip");
  for (const auto& [content, rewritten] : {std::pair{"archive-1", 0}, std::pair{"archive-2", 1}, std::pair{"longer archive", 1}}) {
    SiteOutput out;
    REQUIRE_FALSE(out.open(site));
    std::ofstream(out.temp_path("data/all.zip")) << content;
    REQUIRE_FALSE(out.adopt("data/all.zip", out.temp_path("data/all.zip")));
    CHECK(out.rewritten() == static_cast<size_t>(rewritten));
    CHECK(read(site / "data/all.zip") == content);
    CHECK_FALSE(fs::exists(out.temp_path("data/all.zip")));
    if (!rewritten) CHECK(fs::last_write_time(site / "data/all.zip") == dated);
    REQUIRE_FALSE(out.finish({"data/all.zip"}, {}));
  }
  fs::remove_all(dir);
}
