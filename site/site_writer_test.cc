#include "site/site_writer.h"

#include <unistd.h>

#include <boost/json.hpp>
#include <catch2/catch.hpp>
#include <cstdlib>
#include <filesystem>
#include <fstream>
#include <sstream>


using namespace jamfor;
namespace fs = std::filesystem;
using Catch::Contains;

namespace {

// A scratch folder under the system's temp folder, removed at the end of the test. Sites are
// written to dir()/site, so whatever write_site leaves beside its target is visible too.
class TempDir {
 public:
  TempDir() {
    static int counter = 0;
    dir_ = fs::temp_directory_path() /
           ("jamfor-site-test-" + std::to_string(::getpid()) + "-" + std::to_string(++counter));
    fs::remove_all(dir_);
    fs::create_directories(dir_);
  }
  ~TempDir() {
    std::error_code ec;
    fs::remove_all(dir_, ec);
  }
  TempDir(const TempDir&) = delete;
  TempDir& operator=(const TempDir&) = delete;

  fs::path path() const { return dir_; }
  fs::path site() const { return dir_ / "site"; }

  // Names of the entries directly in the scratch folder, sorted.
  std::vector<std::string> entries() const {
    std::vector<std::string> names;
    for (const auto& e : fs::directory_iterator(dir_)) names.push_back(e.path().filename().string());
    std::sort(names.begin(), names.end());
    return names;
  }

 private:
  fs::path dir_;
};

std::string read_file(const fs::path& path) {
  std::ifstream in(path, std::ios::binary);
  std::stringstream buffer;
  buffer << in.rdbuf();
  return buffer.str();
}

void write_file(const fs::path& path, const std::string& content) {
  fs::create_directories(path.parent_path());
  std::ofstream(path, std::ios::binary) << content;
}

Period period(const char* id) { return *parse_period(id); }

// Ronneby's placed children, with a goal and a comment that needs CSV quoting.
Project small_project() {
  Project p;
  p.settings.title = "Socialnämndens måluppföljning";
  p.settings.organisation = "Ronneby kommun";
  p.settings.current_period = period("2016");
  p.settings.periods = {period("2015"), period("2016")};
  Indicator ind;
  ind.id = "placerade-barn";
  ind.title = "Antal placerade barn";
  ind.unit = "st";
  ind.direction = Direction::LowerIsBetter;
  Target t;
  t.at_most = 94;
  t.change = Change::Decrease;
  ind.target = t;
  p.indicators.push_back(ind);
  Goal g;
  g.id = "sn-narmiljo";
  g.title = "Erbjudas barn behandling i närmiljön.";
  g.level = GoalLevel::Committee;
  g.decided_by = "Socialnämnden";
  g.indicators.push_back({"placerade-barn", std::nullopt, {}});
  p.goals.push_back(g);
  auto outcome = [&](const char* id, Gender gender, double v, const char* comment) {
    Outcome o;
    o.indicator_id = "placerade-barn";
    o.period = period(id);
    o.gender = gender;
    o.value = v;
    o.comment = comment;
    p.outcomes.push_back(o);
  };
  outcome("2015", Gender::Total, 95, "");
  outcome("2016", Gender::Total, 67, "varav 3; \"akuta\"");
  outcome("2016", Gender::Women, 30.5, "");
  return p;
}

const std::vector<std::string> kSiteFiles = {
    "index.html",
    "goals/sn-narmiljo.html",
    "indicators/placerade-barn.html",
    "indicators/placerade-barn.csv",
    "indicators/placerade-barn.plain.csv",
    "indicators/placerade-barn.json",
    "data/jamfor-data.zip",
    "indicators/index.html",
    "about.html",
    "search.html",
    "404.html",
    "assets/search-index.js",
    "assets/search.js",
    "assets/favicon.svg",
    "data/results.json",
    ".jamfor-site",
    "assets/style.css",
    "assets/jamfor.js",
    "assets/vega.min.js",
    "assets/vega-interpreter.js",
    "assets/vega-lite.min.js",
    "assets/vega-embed.min.js",
    "assets/licenses/vega.txt",
    "assets/licenses/vega-lite.txt",
    "assets/licenses/vega-embed.txt",
    "assets/licenses/vega-interpreter.txt",
};

}  // namespace

TEST_CASE("write_site: pages, data, marker and assets") {
  TempDir tmp;
  const Project project = small_project();
  const Results results = compute_results(project);
  WriteSummary summary;
  auto error = write_site(results, tmp.site().string(), default_asset_sources(), &summary);
  REQUIRE_FALSE(error);
  for (const auto& file : kSiteFiles) {
    INFO(file);
    CHECK(fs::is_regular_file(tmp.site() / file));
  }
  CHECK(summary.pages == 7);  // index, goal, indicator; indicator index, about, search, 404
  CHECK(summary.files == kSiteFiles.size());
  CHECK(tmp.entries() == std::vector<std::string>{"site"});  // nothing left beside it
}

TEST_CASE("write_site: the pages are HTML documents that link to each other") {
  TempDir tmp;
  const Project project = small_project();
  const Results results = compute_results(project);
  REQUIRE_FALSE(write_site(results, tmp.site().string(), default_asset_sources()));
  std::string index = read_file(tmp.site() / "index.html");
  CHECK_THAT(index, Catch::StartsWith("<!DOCTYPE html>"));
  CHECK_THAT(index, Contains("href=\"goals/sn-narmiljo.html\""));
  std::string goal = read_file(tmp.site() / "goals/sn-narmiljo.html");
  CHECK_THAT(goal, Contains("href=\"../indicators/placerade-barn.html\""));
  std::string indicator = read_file(tmp.site() / "indicators/placerade-barn.html");
  CHECK_THAT(indicator, Contains("<script type=\"application/json\" id=\"spec-placerade-barn-trend\">"));
  CHECK_THAT(indicator, Contains("<script src=\"../assets/vega.min.js\"></script>"));
}

TEST_CASE("write_site: results.json is valid JSON") {
  TempDir tmp;
  const Project project = small_project();
  const Results results = compute_results(project);
  REQUIRE_FALSE(write_site(results, tmp.site().string(), default_asset_sources()));
  boost::system::error_code ec;
  boost::json::value data = boost::json::parse(read_file(tmp.site() / "data/results.json"), ec);
  CHECK_FALSE(ec);
  CHECK(data.is_object());
}

TEST_CASE("write_site: an indicator's CSV download has Excel's header and Swedish decimals") {
  TempDir tmp;
  const Project project = small_project();
  const Results results = compute_results(project);
  REQUIRE_FALSE(write_site(results, tmp.site().string(), default_asset_sources()));
  const std::string csv = read_file(tmp.site() / "indicators/placerade-barn.csv");
  CHECK_THAT(csv, Catch::StartsWith("\xEF\xBB\xBFindikator;period;kön;enhet;referens;värde;kommentar\r\n"));
  CHECK_THAT(csv, Contains("placerade-barn;2016;K;;;30,5;\r\n"));
  // Reading it back as outcomes is cli/pipeline_test.cc's: site/ does not know the reader.
}

TEST_CASE("write_site: text from the project cannot inject script") {
  TempDir tmp;
  Project project = small_project();
  project.goals[0].title = "<script>alert(1)</script>";
  project.indicators[0].title = "barn</script><script>alert(2)</script>";
  project.outcomes[1].comment = "<img src=x onerror=alert(3)>";
  const Results results = compute_results(project);
  REQUIRE_FALSE(write_site(results, tmp.site().string(), default_asset_sources()));
  for (const char* page : {"index.html", "goals/sn-narmiljo.html", "indicators/placerade-barn.html"}) {
    INFO(page);
    std::string html = read_file(tmp.site() / page);
    CHECK_THAT(html, !Contains("<script>alert"));
    CHECK_THAT(html, !Contains("<img"));
  }
  CHECK_THAT(read_file(tmp.site() / "goals/sn-narmiljo.html"), Contains("&lt;script&gt;alert(1)&lt;/script&gt;"));
}

TEST_CASE("write_site: an earlier site is replaced completely") {
  TempDir tmp;
  const Project project = small_project();
  const Results results = compute_results(project);
  REQUIRE_FALSE(write_site(results, tmp.site().string(), default_asset_sources()));
  write_file(tmp.site() / "goals/removed-goal.html", "old");
  REQUIRE_FALSE(write_site(results, tmp.site().string(), default_asset_sources()));
  CHECK_FALSE(fs::exists(tmp.site() / "goals/removed-goal.html"));
  CHECK(fs::exists(tmp.site() / "index.html"));
  CHECK(tmp.entries() == std::vector<std::string>{"site"});
}

TEST_CASE("write_site: an empty folder may be written into") {
  TempDir tmp;
  fs::create_directories(tmp.site());
  const Project project = small_project();
  const Results results = compute_results(project);
  CHECK_FALSE(write_site(results, tmp.site().string(), default_asset_sources()));
  CHECK(fs::exists(tmp.site() / "index.html"));
}

TEST_CASE("write_site: a trailing slash names the same folder") {
  TempDir tmp;
  const Project project = small_project();
  const Results results = compute_results(project);
  CHECK_FALSE(write_site(results, tmp.site().string() + "/", default_asset_sources()));
  CHECK(fs::exists(tmp.site() / "index.html"));
  CHECK(tmp.entries() == std::vector<std::string>{"site"});
}

TEST_CASE("write_site: a folder jamfor did not write is refused and left untouched") {
  TempDir tmp;
  write_file(tmp.site() / "thesis.docx", "mine");
  const Project project = small_project();
  const Results results = compute_results(project);
  auto error = write_site(results, tmp.site().string(), default_asset_sources());
  REQUIRE(error);
  CHECK(error->format() == tmp.site().string() +
                               ": error: refusing to replace a folder that jamfor did not write (no .jamfor-site in "
                               "it); choose another --out folder or empty this one\n"
                               "  while writing the site\n");
  CHECK(read_file(tmp.site() / "thesis.docx") == "mine");
  CHECK(std::distance(fs::directory_iterator(tmp.site()), fs::directory_iterator()) == 1);
  CHECK(tmp.entries() == std::vector<std::string>{"site"});
}

TEST_CASE("write_site: a file in the way is refused and left untouched") {
  TempDir tmp;
  write_file(tmp.site(), "not a folder");
  const Project project = small_project();
  const Results results = compute_results(project);
  auto error = write_site(results, tmp.site().string(), default_asset_sources());
  REQUIRE(error);
  CHECK_THAT(error->format(), Contains("refusing to replace a folder that jamfor did not write"));
  CHECK(read_file(tmp.site()) == "not a folder");
  CHECK(tmp.entries() == std::vector<std::string>{"site"});
}

TEST_CASE("write_site: a failed write leaves the previous site as it was") {
  TempDir tmp;
  Project project = small_project();
  REQUIRE_FALSE(write_site(compute_results(project), tmp.site().string(), default_asset_sources()));
  const std::string index_before = read_file(tmp.site() / "index.html");

  project.settings.title = "En ny titel";
  AssetSources broken = default_asset_sources();
  broken.node_modules = (tmp.path() / "no-node-modules").string();
  auto error = write_site(compute_results(project), tmp.site().string(), broken);
  REQUIRE(error);
  REQUIRE(error->diagnostics.size() == 8);  // every missing file, not just the first
  CHECK(error->diagnostics[0].format() ==
        broken.node_modules +
            "/vega/build/vega.min.js: error: missing asset; run 'npm ci' in the jamfor source folder (or set "
            "JAMFOR_NODE_MODULES)");
  CHECK(error->context == std::vector<std::string>{"writing the site"});

  CHECK(read_file(tmp.site() / "index.html") == index_before);
  CHECK_THAT(index_before, !Contains("En ny titel"));
  for (const auto& file : kSiteFiles) {
    INFO(file);
    CHECK(fs::is_regular_file(tmp.site() / file));
  }
  CHECK(tmp.entries() == std::vector<std::string>{"site"});  // no *.jamfor-new.* left behind
}

TEST_CASE("write_site: a failed first write leaves nothing behind") {
  TempDir tmp;
  const Project project = small_project();
  AssetSources broken = default_asset_sources();
  broken.site_assets = (tmp.path() / "no-assets").string();
  auto error = write_site(compute_results(project), tmp.site().string(), broken);
  REQUIRE(error);
  CHECK(error->diagnostics[0].format() ==
        broken.site_assets + "/style.css: error: missing asset; the jamfor source tree is incomplete");
  CHECK(tmp.entries().empty());
}

TEST_CASE("default_asset_sources: the source tree, unless the environment says otherwise") {
  auto saved = [](const char* name) -> std::optional<std::string> {
    const char* v = std::getenv(name);
    return v ? std::optional<std::string>(v) : std::nullopt;
  };
  auto restore = [](const char* name, const std::optional<std::string>& v) {
    if (v)
      ::setenv(name, v->c_str(), 1);
    else
      ::unsetenv(name);
  };
  const auto site_assets = saved("JAMFOR_SITE_ASSETS"), node_modules = saved("JAMFOR_NODE_MODULES");
  ::unsetenv("JAMFOR_SITE_ASSETS");
  ::unsetenv("JAMFOR_NODE_MODULES");
  AssetSources defaults = default_asset_sources();
  ::setenv("JAMFOR_SITE_ASSETS", "/elsewhere/assets", 1);
  ::setenv("JAMFOR_NODE_MODULES", "/elsewhere/node_modules", 1);
  AssetSources overridden = default_asset_sources();
  restore("JAMFOR_SITE_ASSETS", site_assets);
  restore("JAMFOR_NODE_MODULES", node_modules);

  CHECK(defaults.site_assets == std::string(JAMFOR_SOURCE_DIR) + "/site/assets");
  CHECK(defaults.node_modules == std::string(JAMFOR_SOURCE_DIR) + "/node_modules");
  CHECK(overridden.site_assets == "/elsewhere/assets");
  CHECK(overridden.node_modules == "/elsewhere/node_modules");
}
