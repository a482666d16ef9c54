// The only place that turns errors into exit codes: 0 ok, 1 data or I/O error, 2 usage error.

#include <cstdio>
#include <cstdlib>
#include <filesystem>
#include <string>
#include <vector>

#include "cli/fetch_request.h"
#include "cli/pipeline.h"
#include "kolada/fetch.h"
#include "project/loader.h"
#include "store/kolada_store.h"

namespace {

constexpr const char* kUsage =
    "usage: jamfor build PROJECT [--out DIR] [--jobs N]\n"
    "                                          write the static site (default DIR: PROJECT/site), N pages\n"
    "                                          at a time (default: every core); only changed files are rewritten\n"
    "       jamfor check PROJECT               read and evaluate PROJECT, report every error\n"
    "       jamfor fetch PROJECT [--kolada-url URL] [--full] [--offline] [--jobs N] [--max-time SECONDS]\n"
    "                    [--accept-withdrawals]\n"
    "                                          bring the project's Kolada data into PROJECT/kolada.sqlite,\n"
    "                                          giving up after SECONDS (default 3600);\n"
    "                                          --accept-withdrawals stores a fetch that empties or withdraws\n"
    "                                          more than [kolada] max_lost_percent of the stored values\n"
    "       jamfor info PROJECT                what the project's Kolada store holds\n"
    "       jamfor --help | --version\n"
    "\n"
    "PROJECT is a folder with jamfor.toml; its format is described in docs/project-format.md.\n";

int usage_error(const std::string& message) {
  std::fprintf(stderr, "jamfor: %s\n%s", message.c_str(), kUsage);
  return 2;
}

void print_warnings(const std::vector<jamfor::Diagnostic>& warnings) {
  for (const auto& w : warnings) std::fprintf(stderr, "%s\n", w.format().c_str());
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
  if (command != "build" && command != "check" && command != "fetch" && command != "info")
    return usage_error("unknown command '" + command + "'" +
                       jamfor::did_you_mean(command, {"build", "check", "fetch", "info"}));

  std::string project, out, kolada_url;
  unsigned build_jobs = 0;
  jamfor::FetchOptions fetch;
  for (size_t i = 1; i < args.size(); ++i) {
    auto value = [&](std::string& into) {
      if (i + 1 >= args.size()) return false;
      into = args[++i];
      return true;
    };
    // The next argument as a whole number from 1 to `most`.
    auto count = [&](unsigned& into, unsigned most) {
      std::string n;
      if (!value(n) || n.empty() || n.size() > 3 || n.find_first_not_of("0123456789") != std::string::npos) return false;
      const unsigned parsed = static_cast<unsigned>(std::stoul(n));
      if (parsed < 1 || parsed > most) return false;
      into = parsed;
      return true;
    };
    if (args[i] == "--out" && command == "build") {
      if (!value(out)) return usage_error("--out needs a folder");
    } else if (args[i] == "--kolada-url" && command == "fetch") {
      if (!value(kolada_url)) return usage_error("--kolada-url needs a URL");
    } else if (args[i] == "--jobs" && command == "build") {
      if (!count(build_jobs, 999)) return usage_error("--jobs needs a number of threads rendering pages, 1 or more");
    } else if (args[i] == "--jobs" && command == "fetch") {
      unsigned n = 0;
      if (!count(n, 8)) return usage_error("--jobs needs a number of requests at a time, 1-8");
      fetch.concurrency = static_cast<int>(n);
    } else if (args[i] == "--offline" && command == "fetch") {
      fetch.network = jamfor::Network::Offline;
    } else if (args[i] == "--full" && command == "fetch") {
      fetch.refresh = jamfor::Refresh::Full;
    } else if (args[i] == "--max-time" && command == "fetch") {
      std::string n;
      if (!value(n) || n.empty() || n.size() > 6 || n.find_first_not_of("0123456789") != std::string::npos ||
          std::stoul(n) < 1)
        return usage_error("--max-time needs a number of seconds the whole fetch may take, 1 or more");
      fetch.max_time_seconds = static_cast<int>(std::stoul(n));
    } else if (args[i] == "--accept-withdrawals" && command == "fetch") {
      fetch.withdrawals = jamfor::Withdrawals::Accept;
    } else if (!args[i].empty() && args[i][0] == '-') {
      return usage_error("unknown option '" + args[i] + "'");
    } else if (project.empty()) {
      project = args[i];
    } else {
      return usage_error("unexpected argument '" + args[i] + "'");
    }
  }
  if (project.empty()) return usage_error("missing PROJECT folder");

  if (command == "info") {
    const std::string path = jamfor::store_path(project);
    std::string error;
    if (!std::filesystem::exists(path)) {
      std::fprintf(stderr, "%s: error: no Kolada store; run 'jamfor fetch %s' first\n", path.c_str(), project.c_str());
      return 1;
    }
    auto store = jamfor::KoladaStore::open_read_only(path, &error);
    if (!store) {
      std::fprintf(stderr, "%s: error: %s\n", path.c_str(), error.c_str());
      return 1;
    }
    auto s = store->summary();
    std::printf("store: %s\nvalues: %zu (%zu withdrawn, %zu flagged)\nkpis: %zu\nareas: %zu\ngroups: %zu\n"
                "fetches: %zu (%zu requests logged)\nlast fetch: %s (%zu new, %zu changed, %zu withdrawn)\n",
                path.c_str(), s.values, s.withdrawn, s.flagged, s.kpis, s.areas, s.groups, s.runs, s.requests,
                s.last_fetch.empty() ? "never" : s.last_fetch.c_str(), s.last_counts.added, s.last_counts.changed,
                s.last_counts.withdrawn);
    // The runs before it too: a store slowly emptied by several fetches shows here.
    for (size_t i = 0; i < s.recent_runs.size(); ++i) {
      const auto& run = s.recent_runs[i];
      std::printf("fetch %zu: %s, %zu new, %zu changed (%zu to null), %zu withdrawn, %zu unchanged\n", s.runs - i,
                  run.finished_at.c_str(), run.counts.added, run.counts.changed, run.counts.nulled,
                  run.counts.withdrawn, run.counts.unchanged);
    }
    std::printf("integrity: %s\n", s.integrity.c_str());
    return s.integrity == "ok" ? 0 : 1;
  }
  if (command == "fetch") {
    jamfor::Diagnostics diags;
    auto p = jamfor::load_project(project, diags);
    print_warnings(diags.warnings());
    if (!p) {
      jamfor::Error e{{}, diags.items()};
      return report_error(e.with_context("reading project '" + project + "'"));
    }
    std::string nothing;
    auto request = jamfor::kolada_request(*p, &nothing);
    if (!request) {
      jamfor::Error e{{}, {jamfor::Diagnostic{{}, nothing}}};
      return report_error(e.with_context("fetching Kolada data for '" + project + "'"));
    }
    fetch.request = std::move(*request);
    if (!kolada_url.empty()) fetch.request.url = kolada_url;
    fetch.store_path = jamfor::store_path(project);
    // Tests shorten the back-off; real users keep the polite default.
    if (const char* ms = std::getenv("JAMFOR_RETRY_BASE_MS")) fetch.retry.base_delay_ms = std::atoi(ms);
    jamfor::FetchReport r;
    if (auto e = jamfor::fetch_kolada(fetch, &r)) return report_error(*e);
    const std::string nulled = r.counts.nulled ? " (" + std::to_string(r.counts.nulled) + " of them to null)" : "";
    std::printf("%zu values new, %zu changed%s, %zu withdrawn (%zu unchanged)%s\n"
                "%zu requests, %zu values received in %.1f s (%.0f values/s); store: %s\n",
                r.counts.added, r.counts.changed, nulled.c_str(), r.counts.withdrawn, r.counts.unchanged,
                r.from_date.empty() ? "" : (", changes since " + r.from_date).c_str(), r.requests,
                r.values_received, r.seconds, r.seconds > 0 ? static_cast<double>(r.values_received) / r.seconds : 0.0,
                r.store_path.c_str());
    return 0;
  }

  jamfor::BuildReport report;
  if (command == "check") {
    auto e = jamfor::check(project, &report);
    print_warnings(report.warnings);
    if (e) return report_error(*e);
    std::printf("%s: ok (%zu goals, %zu indicators, %zu outcomes)\n", project.c_str(), report.goals,
                report.indicators, report.outcomes);
    return 0;
  }
  if (out.empty()) out = (std::filesystem::path(project) / "site").string();
  jamfor::BuildOptions options{project, out, jamfor::default_asset_sources(), build_jobs};
  auto e = jamfor::build(options, &report);
  print_warnings(report.warnings);
  if (e) return report_error(*e);
  if (report.up_to_date) {
    std::printf("%s is up to date: %zu pages (%zu files); nothing it is built from has changed\n", out.c_str(),
                report.pages, report.files);
    return 0;
  }
  std::printf("wrote %zu pages (%zu files, %zu changed, %zu removed) to %s: %zu goals, %zu indicators, %zu outcomes",
              report.pages, report.files, report.rewritten, report.removed, out.c_str(), report.goals,
              report.indicators, report.outcomes);
  if (report.kpis)
    std::printf("; compared %zu KPIs: %zu municipality profile%s, %zu county page%s", report.kpis, report.profiles,
                report.profiles == 1 ? "" : "s", report.county_pages, report.county_pages == 1 ? "" : "s");
  if (report.national_page) std::printf(", the national page");
  if (report.kpis && report.comparison_kept) std::printf(" (kept: only outcomes, analyses or judgements changed)");
  std::printf("\n");
  return 0;
}
