#include "site/site_writer.h"

#include <unistd.h>

#include <cstdlib>
#include <ctime>
#include <filesystem>
#include <fstream>

#include "generator/json_text.h"
#include "generator/results_json.h"
#include "charts/comparison_charts.h"
#include "generator/comparison.h"
#include "site/browser_assets.h"
#include "site/data_archive.h"
#include "site/html.h"
#include "site/comparison_pages.h"
#include "site/map_assets.h"
#include "site/navigation_pages.h"
#include "site/pages.h"

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
constexpr const char* kNpmHint = "run 'npm ci' in the jamfor source folder (or set JAMFOR_NODE_MODULES)";

class Writer {
 public:
  Writer(fs::path tmp, Diagnostics& diags) : tmp_(std::move(tmp)), diags_(diags) {}

  void file(const std::string& relative, const std::string& content) {
    if (relative.ends_with(".html") && relative != "404.html") pages_.push_back(relative);
    if (!relative.starts_with("assets/") && (relative.ends_with(".csv") || relative.ends_with(".json"))) data_.push_back(relative);
    fs::path path = tmp_ / relative;
    std::error_code ec;
    fs::create_directories(path.parent_path(), ec);
    std::ofstream out(path, std::ios::binary);
    out << content;
    out.close();
    if (!out) diags_.error({path.string(), 0, 0}, "cannot write file");
    ++files_;
  }
  void file(const std::string& relative, const Html& content) { file(relative, content.str()); }

  void copy(const fs::path& from, const std::string& relative, const std::string& hint) {
    fs::path to = tmp_ / relative;
    std::error_code ec;
    fs::create_directories(to.parent_path(), ec);
    if (!fs::exists(from)) {
      diags_.error({from.string(), 0, 0}, "missing asset; " + hint);
      return;
    }
    fs::copy_file(from, to, fs::copy_options::overwrite_existing, ec);
    if (ec) diags_.error({to.string(), 0, 0}, "cannot copy asset: " + ec.message());
    ++files_;
  }

  // An ES module made a classic script on the way (see site/browser_assets.h).
  void vega_interpreter(const fs::path& from, const std::string& relative) {
    std::ifstream in(from, std::ios::binary);
    if (!in) {
      diags_.error({from.string(), 0, 0}, std::string("missing asset; ") + kNpmHint);
      return;
    }
    std::string source((std::istreambuf_iterator<char>(in)), std::istreambuf_iterator<char>());
    auto script = vega_interpreter_script(source);
    if (script.index() == 1) {
      diags_.error({from.string(), 0, 0}, std::get<1>(script));
      return;
    }
    file(relative, std::get<0>(script));
  }

  size_t files() const { return files_; }
  const std::vector<std::string>& pages() const { return pages_; }
  const std::vector<std::string>& data_files() const { return data_; }
  const fs::path& folder() const { return tmp_; }
  void count_file() { ++files_; }
  Diagnostics& diags() { return diags_; }

 private:
  fs::path tmp_;
  Diagnostics& diags_;
  size_t files_ = 0;
  std::vector<std::string> pages_;  // every page for the sitemap, in the order written
  std::vector<std::string> data_;   // every CSV and JSON file, for the archive
};

// The time of the build; SOURCE_DATE_EPOCH (reproducible-builds.org) fixes it, so two builds
// of the same input are byte-identical.
std::time_t build_time() {
  if (const char* epoch = std::getenv("SOURCE_DATE_EPOCH")) return static_cast<std::time_t>(std::strtoll(epoch, nullptr, 10));
  return std::time(nullptr);
}

// The day of the build, in UTC.
std::string build_date() {
  const std::time_t t = build_time();
  std::tm tm{};
  gmtime_r(&t, &tm);
  char buf[16];
  std::strftime(buf, sizeof buf, "%Y-%m-%d", &tm);
  return buf;
}

// Written last of the data, so it holds every CSV and JSON file of the site. Its entries are
// dated the day of the build, so a rebuild of the same data on the same day is identical.
void data_archive(Writer& w, const SiteSettings& s, const SiteFrame& site) {
  const Wording& words = *site.words;
  const std::string readme = words.readme(s.title + "\r\n" + s.organisation + "\r\n\r\n", site.build_date, site.fetched);
  const std::time_t day = build_time() / 86400 * 86400;
  if (auto error = write_data_archive((w.folder() / kDataArchive).string(), w.folder().string(), w.data_files(),
                                    std::string(words.readme_name), readme, day))
    w.diags().error({kDataArchive, 0, 0}, *error);
  w.count_file();
}

// The favicon, the municipality's graphic profile, and for a site with an address the
// sitemap and robots.txt that point search engines at it.
void publishing_files(Writer& w, const SiteSettings& s, const SiteFrame& site) {
  const std::string accent = s.accent_color.empty() ? "#0b4f8a" : s.accent_color;
  w.file("assets/favicon.svg", "<svg xmlns=\"http://www.w3.org/2000/svg\" viewBox=\"0 0 32 32\"><rect width=\"32\" height=\"32\" "
                               "rx=\"6\" fill=\"" + accent + "\"/><path d=\"M8 17l5 5 11-12\" fill=\"none\" stroke=\"#fff\" "
                               "stroke-width=\"4\" stroke-linecap=\"round\" stroke-linejoin=\"round\"/></svg>\n");
  if (site.theme) w.file("assets/theme.css", "/* [site] accent_color */\n:root { --link: " + accent + "; --accent: " + accent + "; }\n");
  if (!site.logo_asset.empty()) w.copy(s.logo, site.logo_asset, "check [site] logo in jamfor.toml");
  if (site.custom_stylesheet) w.copy(s.stylesheet, "assets/custom.css", "check [site] stylesheet in jamfor.toml");
  if (s.base_url.empty()) return;
  // HTML's escaping is XML's too for element content.
  Html xml = "<?xml version=\"1.0\" encoding=\"UTF-8\"?>\n<urlset xmlns=\"http://www.sitemaps.org/schemas/sitemap/0.9\">\n"_html;
  for (const auto& page : w.pages())
    xml += "<url><loc>"_html + escape(s.base_url + page) + "</loc>"_html +
           (site.build_date.empty() ? Html() : "<lastmod>"_html + escape(site.build_date) + "</lastmod>"_html) + "</url>\n"_html;
  w.file("sitemap.xml", xml + "</urlset>\n"_html);
  w.file("robots.txt", "User-agent: *\nAllow: /\nSitemap: " + s.base_url + "sitemap.xml\n");
}

std::optional<Error> fail(Diagnostics& diags, const fs::path& tmp, std::string context) {
  std::error_code ec;
  if (!tmp.empty()) fs::remove_all(tmp, ec);
  Error e{{}, diags.items()};
  e.with_context(std::move(context));
  return e;
}

bool is_empty_dir(const fs::path& p) {
  std::error_code ec;
  return fs::is_directory(p, ec) && fs::directory_iterator(p, ec) == fs::directory_iterator();
}

}  // namespace

AssetSources default_asset_sources() {
  AssetSources a{std::string(JAMFOR_SOURCE_DIR) + "/site/assets", std::string(JAMFOR_SOURCE_DIR) + "/node_modules"};
  if (const char* env = std::getenv("JAMFOR_SITE_ASSETS")) a.site_assets = env;
  if (const char* env = std::getenv("JAMFOR_NODE_MODULES")) a.node_modules = env;
  return a;
}

std::optional<Error> write_site(const Results& results, const std::string& out_dir,
                                const AssetSources& assets, WriteSummary* summary) {
  Diagnostics diags;
  const fs::path out = fs::path(out_dir).lexically_normal();
  const fs::path target = out.filename().empty() ? out.parent_path() : out;
  std::error_code ec;
  if (fs::exists(target, ec) && !fs::exists(target / kSiteMarker) && !is_empty_dir(target)) {
    diags.error({target.string(), 0, 0},
                "refusing to replace a folder that jamfor did not write (no " + std::string(kSiteMarker) +
                    " in it); choose another --out folder or empty this one");
    return fail(diags, {}, "writing the site");
  }
  const std::string suffix = "." + std::to_string(::getpid());
  const fs::path tmp = target.string() + ".jamfor-new" + suffix;
  const fs::path old = target.string() + ".jamfor-old" + suffix;
  fs::remove_all(tmp, ec);
  fs::create_directories(tmp, ec);
  if (ec) {
    diags.error({tmp.string(), 0, 0}, "cannot create folder: " + ec.message());
    return fail(diags, {}, "writing the site");
  }

  Writer w(tmp, diags);
  size_t pages = 0;
  const SiteFrame site = site_frame(results, build_date());
  w.file("index.html", render_index_page(results, site));
  ++pages;
  for (const auto& g : results.goals) {
    w.file("goals/" + g.goal->id + ".html", render_goal_page(results, site, g));
    ++pages;
  }
  if (!results.indicators.empty()) {
    w.file(kIndicatorIndex, render_indicator_index(results, site));
    ++pages;
  }
  w.file(kAboutPage, render_about_page(results, site));
  w.file(kSearchPage, render_search_page(site));
  w.file("404.html", render_not_found_page(site));
  w.file("assets/search-index.js", search_index_script(results, site));
  pages += 3;
  for (const auto& i : results.indicators) {
    w.file("indicators/" + i.indicator->id + ".html", render_indicator_page(results, site, i));
    for (const auto& f : download_files("indicators/" + i.indicator->id, indicator_table(results, i))) w.file(f.path, f.content);
    ++pages;
  }
  for (const auto& page : render_comparison_pages(results, site)) {
    w.file(page.path, page.content);
    if (page.path.size() > 5 && page.path.substr(page.path.size() - 5) == ".html") ++pages;
  }
  w.file("data/results.json", to_json_text(results_to_json(results)));
  if (const ComparisonResults* c = results.comparison) {
    if (!c->data->municipality_boundaries.empty())
      w.file("assets/" + std::string(kMunicipalityBoundaries) + ".js",
             boundaries_script(kMunicipalityBoundaries, c->data->municipality_boundaries));
    if (!c->data->county_boundaries.empty())
      w.file("assets/" + std::string(kCountyBoundaries) + ".js", boundaries_script(kCountyBoundaries, c->data->county_boundaries));
  }
  for (const auto& a : kSiteAssets)
    w.copy(fs::path(assets.site_assets) / a.from, a.to, "the jamfor source tree is incomplete");
  for (const auto& a : kNpmAssets)
    w.copy(fs::path(assets.node_modules) / a.from, a.to, kNpmHint);
  w.vega_interpreter(fs::path(assets.node_modules) / "vega-interpreter/build/vega-interpreter.js",
                     "assets/vega-interpreter.js");
  publishing_files(w, results.project->settings, site);
  data_archive(w, results.project->settings, site);
  w.file(std::string(kSiteMarker), "This folder was written by jamfor build and is replaced by the next build.\n");
  if (diags.has_errors()) return fail(diags, tmp, "writing the site");

  // Swap: the old site stays complete until the new one is in place.
  if (fs::exists(target, ec)) {
    fs::rename(target, old, ec);
    if (ec) {
      diags.error({target.string(), 0, 0}, "cannot move the previous site aside: " + ec.message());
      return fail(diags, tmp, "replacing the site");
    }
  }
  fs::rename(tmp, target, ec);
  if (ec) {
    std::error_code restore;
    fs::rename(old, target, restore);
    diags.error({target.string(), 0, 0}, "cannot move the new site into place: " + ec.message());
    return fail(diags, tmp, "replacing the site");
  }
  fs::remove_all(old, ec);
  if (summary) *summary = {pages, w.files()};
  return std::nullopt;
}

}  // namespace jamfor
