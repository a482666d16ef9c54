#pragma once
// The data model every importer fills and the generator reads. It holds what authors wrote,
// already checked (ids resolve, periods parse); nothing here is computed.

#include <cstddef>
#include <map>
#include <optional>
#include <string>
#include <vector>

#include "model/diagnostics.h"
#include "model/period.h"
#include "model/wording.h"

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
std::string_view gender_label(Gender g, const Wording& words);  // "Totalt", "Kvinnor", "Män"
std::string_view status_id(Status s);     // "achieved", …: stable, for data files and CSS
std::string_view status_label(Status s, const Wording& words);  // "uppnått", …
std::string_view level_id(GoalLevel l);   // "kf", "namnd", "enhet"
std::string_view level_label(GoalLevel l, const Wording& words);

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

// Where an indicator's outcomes come from: the project's outcomes/*.csv, or a KPI of the
// comparison data (a Kolada key figure or an Open Comparisons measure), for the focus
// municipality.
enum class ValuesFrom { Outcomes, Kolada, OpenComparisons };

struct Indicator {
  std::string id;
  std::string title;
  ValuesFrom values_from = ValuesFrom::Outcomes;
  std::string kpi;  // the Kolada KPI id or Open Comparisons measure id, unless values come from outcomes
  std::string values_for;  // whose values they are ("Ronneby"), when not the organisation's own
  std::string unit;
  Direction direction = Direction::HigherIsBetter;
  std::optional<int> decimals;
  std::string description;  // Markdown
  std::string source;
  std::optional<Target> target;
  SourceLoc loc;
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

// Own organisational units, and reference series such as "Riket (78 kommuner)": values a
// report quotes beside ours, never judged against a target.
enum class UnitKind { Own, Reference };

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

// An analysis file, a description or a motivation is at most this long: the renderer's time
// grows faster than its input on some texts (see site/markdown.h), and no analysis needs more.
inline constexpr size_t kMaxMarkdownBytes = 256 * 1024;

struct Analysis {
  Subject subject = Subject::Goal;
  std::string subject_id;
  Period period;
  std::string markdown;
  SourceLoc loc;
};

// What `jamfor fetch` asks Kolada for ([kolada] in jamfor.toml). What the comparison needs
// ([comparison]: scope, focus, population, similar group) is fetched too.
struct KoladaConfig {
  std::string url = "https://api.kolada.se/v3";
  std::vector<std::string> kpis;        // KPI ids; those of indicators with `kolada` are added
  std::vector<std::string> kpi_groups;  // Kolada KPI groups, expanded to their KPIs
  std::vector<std::string> municipalities;       // area ids: "1081", "0010" (a region), "0000" (Riket)
  std::vector<std::string> counties;             // "10": every municipality of the county and its region
  std::vector<std::string> municipality_groups;  // Kolada groups such as "Liknande kommuner", by id
  bool all_municipalities = false;
  int first_year = 2010;
  int last_year = 0;  // see default_kolada_config(): this year unless set
  int concurrency = 4;
  int timeout_seconds = 20;   // one attempt
  int stall_seconds = 10;     // under 1 kB/s this long: the attempt is dropped
  int max_response_mb = 64;   // one answer
  // A fetch that would empty or withdraw more than this share of the stored values stops
  // unless --accept-withdrawals: a fault at Kolada's end looks like that, a revision does not.
  double max_lost_percent = 5;
  SourceLoc loc;
};

// Whom the site presents: a profile for each municipality in scope, a county page for each
// county in scope (and for the counties of the municipalities), and with `all` every
// municipality and county and the national page.
struct Scope {
  bool all = false;
  std::vector<std::string> municipalities;  // "1081"
  std::vector<std::string> counties;        // "10": every municipality of the county
  bool empty() const { return !all && municipalities.empty() && counties.empty(); }
};

// Whom KPI pages, profiles and county pages rank a municipality among.
enum class PopulationKind { All, Scope, County, Group, List };

// How the comparison pages compare ([comparison] in jamfor.toml), whatever the data's source.
struct ComparisonConfig {
  Scope scope;
  std::string focus;  // highlighted; whose values fill indicators with `kolada` or `open_comparisons`
  std::vector<std::string> higher_is_better;  // directions of KPIs that no indicator names
  std::vector<std::string> lower_is_better;
  std::string similar_group;      // a municipality group drawn in the time series ("Liknande kommuner")
  std::string boundaries;         // GeoJSON of municipality boundaries (property `id`), relative to the project
  std::string county_boundaries;  // GeoJSON of county boundaries (property `l_id`), for the national page
  PopulationKind population = PopulationKind::All;
  std::string population_group;              // PopulationKind::Group
  std::vector<std::string> population_list;  // PopulationKind::List
  SourceLoc loc, scope_loc, focus_loc;
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
  // Publishing: where the site will live ("https://www.ronneby.se/mal/", always ending in
  // '/'; empty: no canonical links or sitemap), and the municipality's graphic profile.
  std::string base_url;
  std::string logo;          // a PNG, SVG or JPEG file, resolved against the project folder
  std::string accent_color;  // "#005a9c": links, menu and headings' accents
  std::string stylesheet;    // one more CSS file, resolved against the project folder, loaded last
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
  ComparisonConfig comparison;
  std::vector<OpenComparisonsSource> open_comparisons;

  const Goal* find_goal(std::string_view id) const;
  const Indicator* find_indicator(std::string_view id) const;
  const OrgUnit* find_unit(std::string_view id) const;
};

// Ids become file names: only [a-z0-9_-], 1-64 characters, not starting with '-' or '_', and
// not a name Windows keeps for a device.
bool is_valid_id(std::string_view id);
// Kolada's ids are upper-case letters and digits: "N31814", "G2KPI123", "1081", "0000".
bool is_kolada_id(std::string_view id);
// con, prn, aux, nul, com1-com9, lpt1-lpt9, in any case and with any extension ("con.html"):
// Windows opens the device instead of the file, and many municipalities copy their site there.
bool is_windows_device_name(std::string_view name);
inline constexpr std::string_view kIdRule =
    "an id of 1-64 characters a-z, 0-9, '-' and '_', starting with a letter or digit";
inline constexpr std::string_view kDeviceNameRule =
    "an id that is not a device name on Windows (con, prn, aux, nul, com1-com9, lpt1-lpt9)";
// What an id that is not valid should have been, for "expected …, got 'con'".
std::string_view id_rule_broken_by(std::string_view id);

}  // namespace jamfor
