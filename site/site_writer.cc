#include "site/site_writer.h"

#include <algorithm>
#include <cstdlib>
#include <ctime>
#include <filesystem>
#include <fstream>
#include <unordered_set>

#include "generator/json_text.h"
#include "generator/results_json.h"
#include "charts/comparison_charts.h"
#include "generator/comparison.h"
#include "site/area_assets.h"
#include "site/browser_assets.h"
#include "site/data_archive.h"
#include "site/html.h"
#include "site/comparison_pages.h"
#include "site/map_assets.h"
#include "site/navigation_pages.h"
#include "site/pages.h"
#include "model/task_pool.h"

namespace fs = std::filesystem;

namespace jamfor {
namespace {

#ifndef JAMFOR_SOURCE_DIR
#define JAMFOR_SOURCE_DIR "."
#endif

struct CopiedAsset {
  const char* from;  // relative to its source folder
  const char* to;    // relative to the site
};

constexpr CopiedAsset kSiteAssets[] = {
    {"style.css", "assets/style.css"}, {"jamfor.js", "assets/jamfor.js"}, {"search.js", "assets/search.js"}};
// BSD-3-Clause asks that the notices travel with the code.
constexpr CopiedAsset kNpmAssets[] = {
    {"vega/build/vega.min.js", "assets/vega.min.js"},
    {"vega-lite/build/vega-lite.min.js", "assets/vega-lite.min.js"},
    {"vega-embed/build/vega-embed.min.js", "assets/vega-embed.min.js"},
    {"vega/LICENSE", "assets/licenses/vega.txt"},
    {"vega-lite/LICENSE", "assets/licenses/vega-lite.txt"},
    {"vega-embed/LICENSE", "assets/licenses/vega-embed.txt"},
    {"vega-interpreter/LICENSE", "assets/licenses/vega-interpreter.txt"},
};
constexpr const char* kInterpreterSource = "vega-interpreter/build/vega-interpreter.js";
constexpr const char* kNpmHint = "run 'npm ci' in the jamfor source folder (or set JAMFOR_NODE_MODULES)";

std::optional<std::string> read_whole(const fs::path& path) {
  std::ifstream in(path, std::ios::binary);
  if (!in) return std::nullopt;
  return std::string((std::istreambuf_iterator<char>(in)), std::istreambuf_iterator<char>());
}

// Our CSS and JS, the browser libraries and their licences, the project's logo and stylesheet.
std::vector<SitePage> read_assets(const AssetSources& assets, const SiteSettings& s, const SiteFrame& site,
                                  Diagnostics& diags) {
  std::vector<SitePage> out;
  auto copy = [&](const fs::path& from, const std::string& to, const std::string& hint) {
    if (auto content = read_whole(from)) out.push_back({to, std::move(*content)});
    else diags.error({from.string(), 0, 0}, "missing asset; " + hint);
  };
  for (const auto& a : kSiteAssets) copy(fs::path(assets.site_assets) / a.from, a.to, "the jamfor source tree is incomplete");
  for (const auto& a : kNpmAssets) copy(fs::path(assets.node_modules) / a.from, a.to, kNpmHint);
  // An ES module made a classic script on the way (see site/browser_assets.h).
  const fs::path interpreter = fs::path(assets.node_modules) / kInterpreterSource;
  if (auto source = read_whole(interpreter)) {
    auto script = vega_interpreter_script(*source);
    if (script.index() == 0) out.push_back({"assets/vega-interpreter.js", std::get<0>(std::move(script))});
    else diags.error({interpreter.string(), 0, 0}, std::get<1>(script));
  } else {
    diags.error({interpreter.string(), 0, 0}, std::string("missing asset; ") + kNpmHint);
  }
  if (!site.logo_asset.empty()) copy(s.logo, site.logo_asset, "check [site] logo in jamfor.toml");
  if (site.custom_stylesheet) copy(s.stylesheet, "assets/custom.css", "check [site] stylesheet in jamfor.toml");
  return out;
}

// What the build writes, file by file, through `output`; the files in the order written, for
// the sitemap, the data archive and the manifest.
class Writer {
 public:
  Writer(SiteOutput& output, Diagnostics& diags) : output_(output), diags_(diags) {}

  void file(const std::string& relative, std::string_view content) {
    if (auto error = output_.put(relative, content)) diags_.error({(output_.folder() / relative).string(), 0, 0}, *error);
    record(relative, FilePart::Site);
  }
  void file(const std::string& relative, const Html& content) { file(relative, content.str()); }
  void adopt(const std::string& relative, const fs::path& written) {
    if (auto error = output_.adopt(relative, written)) diags_.error({(output_.folder() / relative).string(), 0, 0}, *error);
    record(relative, FilePart::Site);
  }
  // A file of the previous build, left as it is.
  void keep(const std::string& relative, FilePart part) { record(relative, part); }

  // The tasks' files, rendered and written on `jobs` threads; recorded in task order, so the
  // site does not depend on which thread finished first.
  void tasks(const std::vector<PageTask>& tasks, unsigned jobs, FilePart part = FilePart::Site) {
    struct Done {
      std::vector<std::string> files;
      std::vector<std::pair<std::string, std::string>> errors;  // path, message
    };
    std::vector<Done> done(tasks.size());
    run_tasks(tasks.size(), jobs, [&](size_t i) {
      for (const auto& page : tasks[i]()) {
        if (auto error = output_.put(page.path, page.content))
          done[i].errors.emplace_back((output_.folder() / page.path).string(), *error);
        done[i].files.push_back(page.path);
      }
    });
    for (auto& d : done) {
      for (auto& [path, message] : d.errors) diags_.error({path, 0, 0}, message);
      for (auto& f : d.files) record(std::move(f), part);
    }
  }

  // Every page for the sitemap, in the order written.
  std::vector<std::string> pages() const {
    std::vector<std::string> out;
    for (const auto& f : files_)
      if (f.ends_with(".html") && f != "404.html") out.push_back(f);
    return out;
  }
  // Every CSV and JSON file, for the archive.
  std::vector<std::string> data_files() const {
    std::vector<std::string> out;
    for (const auto& f : files_)
      if (!f.starts_with("assets/") && (f.ends_with(".csv") || f.ends_with(".json"))) out.push_back(f);
    return out;
  }
  const std::vector<std::string>& files() const { return files_; }
  const std::vector<FilePart>& parts() const { return parts_; }
  SiteOutput& output() { return output_; }
  Diagnostics& diags() { return diags_; }

 private:
  void record(std::string relative, FilePart part) {
    files_.push_back(std::move(relative));
    parts_.push_back(part);
  }

  SiteOutput& output_;
  Diagnostics& diags_;
  std::vector<std::string> files_;
  std::vector<FilePart> parts_;  // which part wrote each of files_
};

// The time of the build; SOURCE_DATE_EPOCH (reproducible-builds.org) fixes it, so two builds
// of the same input are byte-identical.
std::time_t build_time() {
  if (const char* epoch = std::getenv("SOURCE_DATE_EPOCH")) return static_cast<std::time_t>(std::strtoll(epoch, nullptr, 10));
  return std::time(nullptr);
}

// The files of `manifest` that are in `site` as it recorded them (same size and mtime).
std::unordered_set<std::string> intact_files(const fs::path& site, const std::optional<Manifest>& manifest) {
  std::unordered_set<std::string> out;
  if (!manifest) return out;
  for (const auto& f : manifest->files)
    if (file_intact(site, f)) out.insert(f.path);
  return out;
}

// Written last of the data, so it holds every CSV and JSON file of the site. Its entries are
// dated the day of the build, so a rebuild of the same data on the same day is identical.
void data_archive(Writer& w, const SiteSettings& s, const SiteFrame& site, unsigned jobs,
                  const std::optional<Manifest>& previous) {
  const Wording& words = *site.words;
  const std::string readme = words.readme(s.title + "\r\n" + s.organisation + "\r\n\r\n", site.build_date, site.fetched);
  const std::time_t day = build_time() / 86400 * 86400;
  // Zipped beside the site's files and then adopted like any other, so an unchanged archive
  // is not rewritten.
  const fs::path zip = w.output().temp_path(kDataArchive);
  // A file as the last build left it is as it is in the last build's archive, if that archive
  // is as the build left it too.
  const std::vector<std::string> files = w.data_files();
  PreviousArchive last;
  const auto intact = intact_files(w.output().folder(), previous);
  if (intact.count(kDataArchive)) {
    last.path = (w.output().folder() / kDataArchive).string();
    for (const auto& f : files) last.unchanged.push_back(intact.count(f) > 0);
  }
  if (auto error = write_data_archive(zip.string(), w.output().folder().string(), files,
                                      std::string(words.readme_name), readme, day, jobs, last))
    w.diags().error({kDataArchive, 0, 0}, *error);
  else
    w.adopt(kDataArchive, zip);
}

// The favicon, the municipality's colour, and for a site with an address the
// sitemap and robots.txt that point search engines at it.
void publishing_files(Writer& w, const SiteSettings& s, const SiteFrame& site) {
  const std::string accent = s.accent_color.empty() ? "#0b4f8a" : s.accent_color;
  w.file("assets/favicon.svg", "<svg xmlns=\"http://www.w3.org/2000/svg\" viewBox=\"0 0 32 32\"><rect width=\"32\" height=\"32\" "
                               "rx=\"6\" fill=\"" + accent + "\"/><path d=\"M8 17l5 5 11-12\" fill=\"none\" stroke=\"#fff\" "
                               "stroke-width=\"4\" stroke-linecap=\"round\" stroke-linejoin=\"round\"/></svg>\n");
  if (site.class_cells) w.file("assets/classes.css", class_cell_css(*site.words));
  if (site.theme) w.file("assets/theme.css", "/* [site] accent_color */\n:root { --link: " + accent + "; --accent: " + accent + "; }\n");
  if (s.base_url.empty()) return;
  // HTML's escaping is XML's too for element content.
  Html xml = "<?xml version=\"1.0\" encoding=\"UTF-8\"?>\n<urlset xmlns=\"http://www.sitemaps.org/schemas/sitemap/0.9\">\n"_html;
  for (const auto& page : w.pages())
    xml += "<url><loc>"_html + escape(s.base_url + page) + "</loc>"_html +
           (site.build_date.empty() ? Html() : "<lastmod>"_html + escape(site.build_date) + "</lastmod>"_html) + "</url>\n"_html;
  w.file("sitemap.xml", xml + "</urlset>\n"_html);
  w.file("robots.txt", "User-agent: *\nAllow: /\nSitemap: " + s.base_url + "sitemap.xml\n");
}

std::optional<Error> fail(Diagnostics& diags, std::string context) {
  Error e{{}, diags.items()};
  e.with_context(std::move(context));
  return e;
}

// The pages of the project's own goals and indicators, and the site's navigation.
std::vector<PageTask> project_page_tasks(const Results& results, const SiteFrame& site) {
  std::vector<PageTask> tasks;
  auto page = [&tasks](std::string path, auto draw) {
    tasks.push_back([path = std::move(path), draw] { return std::vector<SitePage>{{path, draw().str()}}; });
  };
  page("index.html", [&] { return render_index_page(results, site); });
  for (const auto& g : results.goals)
    page("goals/" + g.goal->id + ".html", [&results, &site, &g] { return render_goal_page(results, site, g); });
  if (!results.indicators.empty()) page(kIndicatorIndex, [&] { return render_indicator_index(results, site); });
  page(kAboutPage, [&] { return render_about_page(results, site); });
  page(kSearchPage, [&] { return render_search_page(site); });
  page("404.html", [&] { return render_not_found_page(site); });
  tasks.push_back([&] { return std::vector<SitePage>{{"assets/search-index.js", search_index_script(results, site)}}; });
  for (const auto& i : results.indicators)
    tasks.push_back([&results, &site, &i] {
      std::vector<SitePage> out{{"indicators/" + i.indicator->id + ".html", render_indicator_page(results, site, i).str()}};
      for (auto& f : download_files("indicators/" + i.indicator->id, indicator_table(results, i)))
        out.push_back({f.path, std::move(f.content)});
      return out;
    });
  return tasks;
}

// The data behind the pages: the results as JSON, the maps' boundaries and the municipalities
// the charts look up.
std::vector<PageTask> data_tasks(const Results& results) {
  std::vector<PageTask> tasks;
  tasks.push_back([&] { return std::vector<SitePage>{{"data/results.json", to_json_text(results_to_json(results))}}; });
  if (const ComparisonResults* c = results.comparison) {
    for (auto [name, boundaries] : {std::pair{kMunicipalityBoundaries, &c->data->municipality_boundaries},
                                    std::pair{kCountyBoundaries, &c->data->county_boundaries}})
      if (!boundaries->empty())
        tasks.push_back([name, boundaries] {
          return std::vector<SitePage>{{"assets/" + std::string(name) + ".js", boundaries_script(name, *boundaries)}};
        });
    tasks.push_back([c] {
      return std::vector<SitePage>{{"assets/" + std::string(kMunicipalityAreas) + ".js", areas_script(kMunicipalityAreas, *c)}};
    });
  }
  return tasks;
}

// The comparison pages of the site's previous build, when they were made of the same inputs
// and are all as that build left them; then drawing them again would give the same files.
std::optional<std::vector<std::string>> kept_comparison_pages(const std::optional<Manifest>& previous,
                                                              const fs::path& site, const std::string& comparison_inputs) {
  if (comparison_inputs.empty() || !previous || previous->build.comparison_inputs != comparison_inputs ||
      !files_intact(site, *previous, FilePart::Comparison))
    return std::nullopt;
  std::vector<std::string> files;
  for (const auto& f : previous->files)
    if (f.part == FilePart::Comparison) files.push_back(f.path);
  return files;
}

}  // namespace

std::string build_date() {
  const std::time_t t = build_time();
  std::tm tm{};
  gmtime_r(&t, &tm);
  char buf[16];
  std::strftime(buf, sizeof buf, "%Y-%m-%d", &tm);
  return buf;
}

std::vector<std::string> asset_files(const AssetSources& assets) {
  std::vector<std::string> out;
  for (const auto& a : kSiteAssets) out.push_back((fs::path(assets.site_assets) / a.from).string());
  for (const auto& a : kNpmAssets) out.push_back((fs::path(assets.node_modules) / a.from).string());
  out.push_back((fs::path(assets.node_modules) / kInterpreterSource).string());
  return out;
}

AssetSources default_asset_sources() {
  AssetSources a{std::string(JAMFOR_SOURCE_DIR) + "/site/assets", std::string(JAMFOR_SOURCE_DIR) + "/node_modules"};
  if (const char* env = std::getenv("JAMFOR_SITE_ASSETS")) a.site_assets = env;
  if (const char* env = std::getenv("JAMFOR_NODE_MODULES")) a.node_modules = env;
  return a;
}

fs::path site_folder(const std::string& out_dir) {
  const fs::path out = fs::path(out_dir).lexically_normal();
  return out.filename().empty() ? out.parent_path() : out;
}

std::optional<Error> write_site(const Results& results, const std::string& out_dir, const WriteOptions& options,
                                WriteSummary* summary) {
  Diagnostics diags;
  const fs::path target = site_folder(out_dir);
  const SiteSettings& settings = results.project->settings;
  const SiteFrame site = site_frame(results, build_date());
  const std::vector<SitePage> assets = read_assets(options.assets, settings, site, diags);
  if (diags.has_errors()) return fail(diags, "writing the site");
  SiteOutput output;
  if (auto error = output.open(target)) {
    diags.error({target.string(), 0, 0}, *error);
    return fail(diags, "writing the site");
  }

  Writer w(output, diags);
  const unsigned jobs = options.jobs ? options.jobs : default_jobs();
  w.tasks(project_page_tasks(results, site), jobs);
  const auto previous = output.in_place() ? read_manifest(target) : std::nullopt;
  const auto kept = kept_comparison_pages(previous, target, options.comparison_inputs);
  if (kept) {
    for (const auto& f : *kept) w.keep(f, FilePart::Comparison);
  } else {
    w.tasks(comparison_page_tasks(results, site), jobs, FilePart::Comparison);
  }
  w.tasks(data_tasks(results), jobs);
  for (const auto& a : assets) w.file(a.path, a.content);
  publishing_files(w, settings, site);
  data_archive(w, settings, site, jobs, previous);
  w.file(std::string(kSiteMarker), kSiteMarkerText);
  const size_t pages = static_cast<size_t>(std::count_if(w.files().begin(), w.files().end(),
                                                         [](const std::string& f) { return f.ends_with(".html"); }));
  if (!diags.has_errors())
    if (auto error = output.finish(w.files(), {options.inputs, options.comparison_inputs, pages, options.warnings},
                                   w.parts()))
      diags.error({target.string(), 0, 0}, *error);
  if (diags.has_errors()) {
    output.abandon();
    return fail(diags, "writing the site");
  }
  if (summary) *summary = {pages, w.files().size(), output.rewritten(), output.removed(), kept.has_value()};
  return std::nullopt;
}

}  // namespace jamfor
