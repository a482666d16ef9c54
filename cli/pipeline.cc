#include "cli/pipeline.h"

#include <algorithm>
#include <filesystem>

#include "cli/build_inputs.h"
#include "formats/geojson.h"
#include "generator/comparison.h"
#include "generator/comparison_setup.h"
#include "generator/results.h"
#include "kolada/store_reader.h"
#include "open_comparisons/tables.h"
#include "project/kolada_config.h"
#include "project/loader.h"
#include "site/markdown.h"

namespace fs = std::filesystem;

namespace jamfor {
namespace {

// What the stages pass on to each other.
struct Run {
  std::string dir;
  std::optional<Project> project;
  Comparison data;
  std::optional<Results> results;
  std::optional<ComparisonResults> comparison;
  BuildReport* report = nullptr;
};

std::optional<Error> failed(Run& run, const Diagnostics& diags, std::string stage) {
  run.report->warnings.insert(run.report->warnings.end(), diags.warnings().begin(), diags.warnings().end());
  if (!diags.has_errors()) return std::nullopt;
  Error e{{}, diags.items()};
  e.with_context(std::move(stage));
  return e;
}

std::optional<Error> read_project(Run& run) {
  Diagnostics diags;
  Project p = read_project_folder(run.dir, diags);
  if (diags.has_errors()) {
    // The tables' own errors belong in the same run, so one build lists them all.
    for (const auto& source : p.open_comparisons) {
      const auto mapping = (fs::path(p.root) / source.mapping).lexically_normal().string();
      if (fs::is_regular_file(mapping)) read_open_comparisons(mapping, diags);
    }
  } else {
    run.project = std::move(p);
  }
  return failed(run, diags, "reading project '" + run.dir + "'");
}

// Every Markdown text against the renderer's limits, before anything is rendered: a text that
// would take it minutes is an error at its place, not a build that hangs.
std::optional<Error> check_texts(Run& run) {
  Diagnostics diags;
  const Project& p = *run.project;
  for (const auto& a : p.analyses)
    if (auto problem = check_markdown(a.markdown))
      diags.error({a.loc.path, problem->line, problem->column}, problem->message);
  // A TOML text has its place in the file only as its table's: say where in the text.
  auto check_toml_text = [&](const std::string& text, const SourceLoc& loc, const std::string& what) {
    if (auto problem = check_markdown(text))
      diags.error(loc, what + ", its line " + std::to_string(problem->line) + ", column " +
                           std::to_string(problem->column) + ": " + problem->message);
  };
  for (const auto& g : p.goals) check_toml_text(g.description, g.loc, "the description of goal " + quote(g.id));
  for (const auto& i : p.indicators) check_toml_text(i.description, i.loc, "the description of indicator " + quote(i.id));
  for (const auto& j : p.judgements)
    check_toml_text(j.motivation, j.loc, "the motivation of the judgement of " + quote(j.subject_id));
  return failed(run, diags, "reading project '" + run.dir + "'");
}

bool any_indicator_from(const Project& p, ValuesFrom from) {
  return std::any_of(p.indicators.begin(), p.indicators.end(), [&](const Indicator& i) { return i.values_from == from; });
}

StoreQuery store_query(const Project& p) {
  StoreQuery q;
  const KoladaConfig config = p.kolada.value_or(default_kolada_config());
  q.kpis = config.kpis;
  q.kpi_groups = config.kpi_groups;
  for (const auto& ind : p.indicators)
    if (ind.values_from == ValuesFrom::Kolada) q.kpis.push_back(ind.kpi);
  q.first_year = config.first_year;
  q.last_year = config.last_year;
  return q;
}

void read_map(const Project& p, const std::string& file, const std::string& key, BoundaryIds ids, Boundaries& into,
              Diagnostics& diags) {
  if (file.empty()) return;
  const std::string path = (fs::path(p.root) / file).lexically_normal().string();
  if (auto b = read_boundaries(path, ids, diags)) into = std::move(*b);
  else diags.error(p.comparison.loc, "cannot use the map named by [comparison] " + key);
}

// The Kolada store (opened once, read-only) and the Open Comparisons tables, joined to the
// project: directions, the indicators' values and the maps.
std::optional<Error> load_comparison(Run& run) {
  Diagnostics diags;
  Project& p = *run.project;
  const std::string store = store_path(run.dir);
  if (fs::exists(store)) {
    read_kolada_store(store, store_query(p), run.data, diags);
  } else if (any_indicator_from(p, ValuesFrom::Kolada)) {
    const auto* ind = &*std::find_if(p.indicators.begin(), p.indicators.end(),
                                     [](const Indicator& i) { return i.values_from == ValuesFrom::Kolada; });
    diags.error({store, 0, 0}, "no Kolada store yet; run 'jamfor fetch " + run.dir + "' first (indicator " +
                                   quote(ind->id) + " needs it)");
  } else if (p.kolada) {
    diags.warning({store, 0, 0}, "no Kolada store yet, so no comparison pages; run 'jamfor fetch " + run.dir + "'");
  }
  for (const auto& table : read_open_comparisons_tables(p, diags)) add_open_comparisons(run.data, table, diags);
  // After a source's errors, what the join finds missing would only repeat them.
  if (!diags.has_errors()) join_project(run.data, p, diags);
  if (!diags.has_errors() && !run.data.kpis.empty()) {
    if (p.comparison.scope.empty())
      diags.error({(fs::path(run.dir) / "jamfor.toml").lexically_normal().string(), 0, 0},
                  "the project has comparison data but no [comparison] scope saying whom the site presents; write "
                  "scope = \"all\", a list of counties such as [\"10\"], or municipalities such as [\"1081\"] "
                  "(or focus = \"1081\")");
    read_map(p, p.comparison.boundaries, "boundaries", BoundaryIds::Municipalities, run.data.municipality_boundaries, diags);
    read_map(p, p.comparison.county_boundaries, "county_boundaries", BoundaryIds::Counties, run.data.county_boundaries,
             diags);
  }
  return failed(run, diags, "loading the comparison data of '" + run.dir + "'");
}

std::optional<Error> evaluate_targets(Run& run) {
  run.results = compute_results(*run.project);
  return std::nullopt;
}

std::optional<Error> compute_comparisons(Run& run) {
  if (run.data.kpis.empty()) return std::nullopt;
  Diagnostics diags;
  run.comparison = compute_comparison(run.data, *run.project, *run.results, diags);
  if (run.comparison) run.results->comparison = &*run.comparison;
  return failed(run, diags, "comparing the municipalities of '" + run.dir + "'");
}

void fill_report(const Run& run, const WriteSummary& written) {
  BuildReport& r = *run.report;
  r.goals = run.project->goals.size();
  r.indicators = run.project->indicators.size();
  r.outcomes = run.project->outcomes.size();
  r.pages = written.pages;
  r.files = written.files;
  r.rewritten = written.rewritten;
  r.removed = written.removed;
  r.comparison_kept = written.comparison_kept;
  if (run.comparison) {
    r.kpis = run.comparison->kpis.size();
    r.profiles = run.comparison->scope.size();
    r.county_pages = run.comparison->county_pages.size();
    r.national_page = run.comparison->national;
  }
}

// The stages after reading the project, up to what is written; `build` and `check` share them.
std::optional<Error> load_and_compute(Run& run) {
  for (auto stage : {load_comparison, evaluate_targets, compute_comparisons})
    if (auto e = stage(run)) return e;
  return std::nullopt;
}

// True when the site was built from exactly `inputs` and every file is as that build left it:
// then there is nothing to do, and the report is that build's.
bool site_is_current(Run& run, const std::string& out_dir, const std::string& inputs) {
  if (inputs.empty()) return false;
  const fs::path site = site_folder(out_dir);
  const auto manifest = read_manifest(site);
  if (!manifest || manifest->build.inputs != inputs || !files_intact(site, *manifest)) return false;
  fill_report(run, {manifest->build.pages, manifest->files.size(), 0, 0});
  run.report->warnings = manifest->build.warnings;  // the project's own warnings are among them
  run.report->up_to_date = true;
  return true;
}

}  // namespace

std::string store_path(const std::string& project_dir) {
  return (fs::path(project_dir) / "kolada.sqlite").lexically_normal().string();
}

std::optional<Error> check(const std::string& project_dir, BuildReport* report) {
  Run run{project_dir, {}, {}, {}, {}, report};
  if (auto e = read_project(run)) return e;
  if (auto e = check_texts(run)) return e;
  if (auto e = load_and_compute(run)) return e;
  fill_report(run, {});
  return std::nullopt;
}

std::optional<Error> build(const BuildOptions& options, BuildReport* report) {
  Run run{options.project_dir, {}, {}, {}, {}, report};
  if (auto e = read_project(run)) return e;
  if (auto e = check_texts(run)) return e;
  const BuildInputs read = build_inputs(*run.project, options.out_dir, options.assets, build_date());
  const std::string inputs = fingerprint(read);
  if (site_is_current(run, options.out_dir, inputs)) return std::nullopt;
  if (auto e = load_and_compute(run)) return e;
  WriteSummary written;
  WriteOptions write{options.assets};
  write.jobs = options.jobs;
  write.inputs = inputs;
  write.comparison_inputs = comparison_fingerprint(read);
  write.warnings = report->warnings;
  if (auto e = write_site(*run.results, options.out_dir, write, &written))
    return e->with_context("building the site of '" + options.project_dir + "'");
  fill_report(run, written);
  return std::nullopt;
}

}  // namespace jamfor
