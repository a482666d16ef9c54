#pragma once
// The comparison pages: a page per KPI, the own municipality's profile, the county matrix and
// the user-survey view. They appear when the project has a Kolada store or Open Comparisons
// tables.

#include <string>
#include <vector>

#include "generator/comparison.h"
#include "generator/results.h"

namespace jamfor {

struct SitePage {
  std::string path;  // relative to the site root
  std::string content;
};

// Every comparison page and its CSV downloads; nothing when the project has no benchmark.
std::vector<SitePage> render_comparison_pages(const Results& results);

// "Värden: Källa: Kolada (…). … egen bearbetning av data från Kolada.": every source of `kpis`
// named, and our own figures labelled as ours, as Kolada's terms ask.
std::string comparison_attribution(const std::vector<const BenchmarkKpi*>& kpis);

// A source as its terms ask to be credited: "Kolada (RKA, CC BY 4.0)"; others by their name.
std::string source_credit(const std::string& source);
std::string comparison_attribution(const Benchmark& b);

}  // namespace jamfor
