// The only place that turns errors into exit codes: 0 ok, 1 data or I/O error, 2 usage error.

#include <cstdio>
#include <filesystem>
#include <string>
#include <vector>

#include "cli/build.h"

namespace {

constexpr const char* kUsage =
    "usage: jamfor build PROJECT [--out DIR]   write the static site (default DIR: PROJECT/site)\n"
    "       jamfor check PROJECT               read and evaluate PROJECT, report every error\n"
    "       jamfor --help | --version\n"
    "\n"
    "PROJECT is a folder with jamfor.toml; its format is described in docs/project-format.md.\n";

int usage_error(const std::string& message) {
  std::fprintf(stderr, "jamfor: %s\n%s", message.c_str(), kUsage);
  return 2;
}

int report_error(const jamfor::Error& e) {
  std::fputs(e.format().c_str(), stderr);
  std::fprintf(stderr, "jamfor: %zu error%s\n", e.diagnostics.size(), e.diagnostics.size() == 1 ? "" : "s");
  return 1;
}

}  // namespace

int main(int argc, char** argv) {
  std::vector<std::string> args(argv + 1, argv + argc);
  if (args.empty()) return usage_error("missing command");
  const std::string command = args[0];
  if (command == "--help" || command == "-h" || command == "help") {
    std::fputs(kUsage, stdout);
    return 0;
  }
  if (command == "--version") {
    std::puts("jamfor 0.1.0");
    return 0;
  }
  if (command != "build" && command != "check")
    return usage_error("unknown command '" + command + "'" +
                       jamfor::did_you_mean(command, {"build", "check"}));

  std::string project, out;
  for (size_t i = 1; i < args.size(); ++i) {
    if (args[i] == "--out" && command == "build") {
      if (i + 1 >= args.size()) return usage_error("--out needs a folder");
      out = args[++i];
    } else if (args[i].rfind("--out=", 0) == 0 && command == "build") {
      out = args[i].substr(6);
    } else if (!args[i].empty() && args[i][0] == '-') {
      return usage_error("unknown option '" + args[i] + "'");
    } else if (project.empty()) {
      project = args[i];
    } else {
      return usage_error("unexpected argument '" + args[i] + "'");
    }
  }
  if (project.empty()) return usage_error("missing PROJECT folder");

  jamfor::BuildReport report;
  if (command == "check") {
    if (auto e = jamfor::check(project, &report)) return report_error(*e);
    std::printf("%s: ok (%zu goals, %zu indicators, %zu outcomes)\n", project.c_str(), report.goals,
                report.indicators, report.outcomes);
    return 0;
  }
  if (out.empty()) out = (std::filesystem::path(project) / "site").string();
  jamfor::BuildOptions options{project, out, jamfor::default_asset_sources()};
  if (auto e = jamfor::build(options, &report)) return report_error(*e);
  std::printf("wrote %zu pages (%zu files) to %s: %zu goals, %zu indicators, %zu outcomes\n", report.pages,
              report.files, out.c_str(), report.goals, report.indicators, report.outcomes);
  return 0;
}
