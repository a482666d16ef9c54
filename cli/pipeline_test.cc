#include "cli/pipeline.h"

#include <unistd.h>

#include <catch2/catch.hpp>
#include <filesystem>
#include <fstream>
#include <sstream>
#include <thread>

#include "project/loader.h"
#include "project/outcomes_reader.h"

using namespace jamfor;
namespace fs = std::filesystem;

namespace {

std::string read_file(const fs::path& path) {
  std::ifstream in(path, std::ios::binary);
  std::stringstream buffer;
  buffer << in.rdbuf();
  return buffer.str();
}

}  // namespace

// The site's per-indicator download is meant to be edited in Excel and saved back as an outcome
// file: every CSV the build writes must read back, through the project's own reader, as the
// outcomes it came from.
TEST_CASE("build: every indicator's CSV download reads back as the same outcomes") {
  const std::string project_dir = std::string(JAMFOR_SOURCE_DIR) + "/examples/ronneby-2016";
  const fs::path out = fs::temp_directory_path() / ("jamfor-pipeline-test-" + std::to_string(::getpid()));
  fs::remove_all(out);
  BuildReport report;
  REQUIRE_FALSE(build({project_dir, out.string(), default_asset_sources()}, &report));
  Diagnostics diags;
  const Project project = read_project_folder(project_dir, diags);
  REQUIRE_FALSE(diags.has_errors());

  size_t files = 0, compared = 0;
  for (const auto& indicator : project.indicators) {
    const fs::path csv = out / "indicators" / (indicator.id + ".csv");
    if (!fs::exists(csv)) continue;
    ++files;
    const std::string text = read_file(csv);
    CHECK_THAT(text, Catch::StartsWith("\xEF\xBB\xBFindikator;period;kön;enhet;referens;värde;kommentar\r\n"));
    auto outcomes = parse_outcomes_csv(text, csv.string(), project, diags);
    INFO(csv.string() << ": " << (diags.items().empty() ? "" : diags.items().front().message));
    CHECK(diags.items().empty());
    for (const auto& original : project.outcomes) {
      if (original.indicator_id != indicator.id) continue;
      auto it = std::find_if(outcomes.begin(), outcomes.end(), [&](const Outcome& o) {
        return o.period == original.period && o.gender == original.gender && o.unit_id == original.unit_id;
      });
      REQUIRE(it != outcomes.end());
      CHECK(it->value == original.value);
      CHECK(it->comment == original.comment);
      ++compared;
    }
  }
  fs::remove_all(out);
  CHECK(files >= 3);
  CHECK(compared >= 10);
}

namespace {

// Every file under `dir` dated an hour back, as files are that nobody is editing.
void age(const fs::path& dir) {
  for (const auto& e : fs::recursive_directory_iterator(dir))
    if (e.is_regular_file()) fs::last_write_time(e.path(), fs::file_time_type::clock::now() - std::chrono::hours(1));
}

// A file changed in the last two seconds is not judged by its time (cli/build_inputs.h); the
// test binary may just have been linked.
void wait_until_settled(const fs::path& file) {
  const auto age = fs::file_time_type::clock::now() - fs::last_write_time(file);
  if (age < std::chrono::seconds(3)) std::this_thread::sleep_for(std::chrono::seconds(3) - age);
}

}  // namespace

TEST_CASE("build: a rebuild with nothing changed does nothing, and any change to an input rebuilds") {
  const fs::path dir = fs::temp_directory_path() / ("jamfor-pipeline-skip-" + std::to_string(::getpid()));
  fs::remove_all(dir);
  fs::create_directories(dir);
  fs::copy(std::string(JAMFOR_SOURCE_DIR) + "/examples/ronneby-2016", dir / "project", fs::copy_options::recursive);
  age(dir / "project");
  wait_until_settled(fs::read_symlink("/proc/self/exe"));
  const BuildOptions options{(dir / "project").string(), (dir / "site").string(), default_asset_sources()};

  BuildReport first;
  REQUIRE_FALSE(build(options, &first));
  CHECK_FALSE(first.up_to_date);
  CHECK(first.rewritten == first.files);
  const auto dated = fs::last_write_time(dir / "site/index.html");

  BuildReport again;
  REQUIRE_FALSE(build(options, &again));
  CHECK(again.up_to_date);
  CHECK(again.pages == first.pages);
  CHECK(again.files == first.files);
  CHECK(again.warnings.size() == first.warnings.size());
  CHECK(fs::last_write_time(dir / "site/index.html") == dated);

  // The site itself was touched: rebuilt, though its inputs are the same.
  std::ofstream(dir / "site/index.html", std::ios::app) << "\n";
  BuildReport repaired;
  REQUIRE_FALSE(build(options, &repaired));
  CHECK_FALSE(repaired.up_to_date);
  CHECK(repaired.rewritten == 1);  // index.html

  const fs::path outcomes = *fs::directory_iterator(dir / "project/outcomes");
  std::ofstream(outcomes, std::ios::app) << "\n";
  age(dir / "project");
  BuildReport edited;
  REQUIRE_FALSE(build(options, &edited));
  CHECK_FALSE(edited.up_to_date);
  fs::remove_all(dir);
}
