#include "cli/build.h"

#include "generator/results.h"
#include "importers/project_loader.h"

namespace jamfor {
namespace {

std::optional<Project> read_project(const std::string& dir, std::optional<Error>& error) {
  Diagnostics diags;
  auto project = load_project(dir, diags);
  if (!project) {
    error = Error{{}, diags.items()};
    error->with_context("reading project '" + dir + "'");
  }
  return project;
}

}  // namespace

std::optional<Error> check(const std::string& project_dir, BuildReport* report) {
  std::optional<Error> error;
  auto project = read_project(project_dir, error);
  if (!project) return error;
  Results results = compute_results(*project);
  *report = {project->goals.size(), project->indicators.size(), project->outcomes.size(), 0, 0};
  return std::nullopt;
}

std::optional<Error> build(const BuildOptions& options, BuildReport* report) {
  std::optional<Error> error;
  auto project = read_project(options.project_dir, error);
  if (!project) return error;
  const Results results = compute_results(*project);
  WriteSummary written;
  if (auto e = write_site(results, options.out_dir, options.assets, &written))
    return e->with_context("building the site of '" + options.project_dir + "'");
  *report = {project->goals.size(), project->indicators.size(), project->outcomes.size(), written.pages,
             written.files};
  return std::nullopt;
}

}  // namespace jamfor
