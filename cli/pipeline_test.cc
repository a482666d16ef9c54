#include "cli/pipeline.h"

#include <unistd.h>

#include <catch2/catch.hpp>
#include <filesystem>
#include <fstream>
#include <sstream>

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
