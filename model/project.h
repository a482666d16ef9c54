#pragma once
// The data model every importer fills and the generator reads. It holds what authors wrote,
// already checked (ids resolve, periods parse); nothing here is computed.

#include <map>
#include <memory>
#include <optional>
#include <string>
#include <vector>

#include "model/diagnostics.h"
#include "model/period.h"

namespace jamfor {

enum class Gender { Total, Women, Men };
enum class Direction { HigherIsBetter, LowerIsBetter };
enum class Status { Achieved, PartiallyAchieved, NotAchieved, NoData };
enum class GoalLevel { Council, Committee, Unit };
enum class Change { None, Decrease, Increase };
enum class Assessment { Measured, Judged };
enum class Rollup { Mixed, Worst, Share };

// Kolada's gender codes: T, K, M.
std::string_view gender_code(Gender g);
std::string_view gender_label(Gender g);  // "Totalt", "Kvinnor", "Män"
std::string_view status_id(Status s);     // "achieved", …: stable, for data files and CSS
std::string_view status_label(Status s);  // "uppnått", …
std::string_view level_id(GoalLevel l);   // "kf", "namnd", "enhet"
std::string_view level_label(GoalLevel l);

// A target is a set of conditions that must all hold. An empty optional means "no such
// condition".
struct Target {
  Assessment assessment = Assessment::Measured;
  std::optional<double> at_least;
  std::optional<double> at_most;
  std::optional<double> exactly;
  double tolerance = 0;  // for exactly
  std::optional<double> between_low;
  std::optional<double> between_high;
  Change change = Change::None;
  std::optional<double> change_by_at_least;
  SourceLoc loc;

  bool has_level_condition() const {
    return at_least || at_most || exactly || between_low;
  }
};

struct StatusRules {
  double partial_tolerance_percent = 10;
  bool partial_if_improved = true;
  Rollup goal_rollup = Rollup::Mixed;
  double achieved_share_percent = 75;
};

struct Indicator {
  std::string id;
  std::string title;
  std::string kolada_kpi;  // non-empty: outcomes come from the Kolada store, not from CSV
  std::string open_comparisons_measure;  // non-empty: outcomes come from an Open Comparisons table
  std::string unit;
  Direction direction = Direction::HigherIsBetter;
  std::optional<int> decimals;
  std::string description;  // Markdown
  std::string source;
  std::optional<Target> target;
  SourceLoc loc;

  // The KPI of the comparison pages that measures this indicator, if any.
  const std::string& benchmark_kpi() const { return kolada_kpi.empty() ? open_comparisons_measure : kolada_kpi; }
};

struct GoalIndicatorLink {
  std::string indicator_id;
  std::optional<Target> target;  // this goal's own target; else the indicator's
  SourceLoc loc;
};

struct Goal {
  std::string id;
  std::string title;
  GoalLevel level = GoalLevel::Committee;
  std::string decided_by;
  std::string decided;  // ISO date or empty
  std::string reference;
  std::string parent;  // goal id or empty
  std::string description;  // Markdown
  std::vector<GoalIndicatorLink> indicators;
  SourceLoc loc;
};

// Own organisational units, and comparison series such as "Riket (78 kommuner)": reference
// values shown beside ours but never judged against a target.
enum class UnitKind { Own, Comparison };

struct OrgUnit {
  std::string id;
  std::string name;
  UnitKind kind = UnitKind::Own;
};

struct Outcome {
  std::string indicator_id;
  Period period;
  Gender gender = Gender::Total;
  std::string unit_id;  // empty: the whole organisation; else an own unit or a comparison
  std::optional<double> value;
  std::string comment;
  SourceLoc loc;
};

enum class Subject { Goal, Indicator };

struct Judgement {
  Subject subject = Subject::Goal;
  std::string subject_id;
  Period period;
  std::string unit_id;  // empty: the judgement of the whole goal or indicator
  Status status = Status::NoData;
  std::string motivation;  // Markdown
  SourceLoc loc;
};

struct Analysis {
  Subject subject = Subject::Goal;
  std::string subject_id;
  Period period;
  std::string markdown;
  SourceLoc loc;
};

// What `jamfor fetch` asks Kolada for ([kolada] in jamfor.toml).
struct KoladaConfig {
  std::string url = "https://api.kolada.se/v3";
  std::vector<std::string> kpis;        // KPI ids; those of indicators with `kolada` are added
  std::vector<std::string> kpi_groups;  // Kolada KPI groups, expanded to their KPIs
  std::vector<std::string> municipalities;       // area ids: "1081", "0010" (a region), "0000" (Riket)
  std::vector<std::string> counties;             // "10": every municipality of the county and its region
  std::vector<std::string> municipality_groups;  // Kolada groups such as "Liknande kommuner", by id
  bool all_municipalities = false;
  std::string own_municipality;  // whose values fill the project's Kolada indicators
  int first_year = 2010;
  int last_year = 0;  // 0: the current year
  int concurrency = 4;
  int timeout_seconds = 30;
  std::vector<std::string> higher_is_better;  // directions of KPIs that no indicator names
  std::vector<std::string> lower_is_better;
  std::string similar_group;  // a municipality group for the time series ("Liknande kommuner")
  std::string boundaries;     // GeoJSON of municipality boundaries for maps, relative to the project
  // Whom the KPI pages rank: "all" municipalities, the own "county", a municipality group id,
  // or a list of municipality ids.
  std::string population = "all";
  std::vector<std::string> population_list;
  SourceLoc loc;
};

// An Open Comparisons table, by its mapping file ([open_comparisons] tables in jamfor.toml).
struct OpenComparisonsSource {
  std::string mapping;  // relative to the project folder
  SourceLoc loc;
};

struct SiteSettings {
  std::string title;
  std::string organisation;
  std::string language = "sv";
  std::string description;
  Period current_period;
  std::vector<Period> periods;  // oldest first, never empty after loading
  StatusRules rules;
};

struct Project {
  std::string root;  // the folder it was read from, as given
  SiteSettings settings;
  std::vector<OrgUnit> units;  // own units first, then comparisons, each in file order
  std::vector<Goal> goals;           // in file order
  std::vector<Indicator> indicators; // in file order
  std::vector<Outcome> outcomes;
  std::vector<Judgement> judgements;
  std::vector<Analysis> analyses;
  std::optional<KoladaConfig> kolada;
  std::vector<OpenComparisonsSource> open_comparisons;
  std::shared_ptr<const struct Benchmark> benchmark;  // comparison data: the Kolada store, Open Comparisons tables

  const Goal* find_goal(std::string_view id) const;
  const Indicator* find_indicator(std::string_view id) const;
  const OrgUnit* find_unit(std::string_view id) const;
};

// Ids become file names: only [a-z0-9_-], 1-64 characters, not starting with '-' or '_'.
bool is_valid_id(std::string_view id);
inline constexpr std::string_view kIdRule =
    "an id of 1-64 characters a-z, 0-9, '-' and '_', starting with a letter or digit";

}  // namespace jamfor
