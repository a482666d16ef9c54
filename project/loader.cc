#include "project/loader.h"

#include <algorithm>
#include <cctype>
#include <cmath>
#include <cstdio>
#include <filesystem>
#include <fstream>
#include <map>
#include <set>
#include <sstream>
#include <tuple>
#include <unordered_set>

#include "project/comparison_config.h"
#include "project/kolada_config.h"
#include "project/outcomes_reader.h"
#include "project/target_reader.h"
#include "formats/toml_reader.h"
#include "formats/utf8.h"

namespace fs = std::filesystem;

namespace jamfor {
namespace {

std::string join_path(const std::string& dir, const std::string& name) {
  return (fs::path(dir) / name).lexically_normal().string();
}

// Runs `each` for every table of the array `key` ([[goal]], [[indicator]], …).
template <class Fn>
void for_each_table(const toml::table& root, std::string_view key, const std::string& path,
                    Diagnostics& diags, Fn each) {
  const toml::node* n = root.get(key);
  if (!n) return;
  const auto* array = n->as_array();
  if (!array) {
    diags.error(toml_loc(path, n->source()),
                "expected [[" + std::string(key) + "]] tables, got " + describe_toml_value(*n));
    return;
  }
  for (const auto& element : *array) {
    if (const auto* t = element.as_table())
      each(*t);
    else
      diags.error(toml_loc(path, element.source()),
                  "expected a [[" + std::string(key) + "]] table, got " +
                      describe_toml_value(element));
  }
}

void reject_unknown_top_level(const toml::table& root, const std::string& path,
                              const std::vector<std::string>& known, Diagnostics& diags) {
  for (auto&& [key, value] : root) {
    if (std::find(known.begin(), known.end(), key.str()) != known.end()) continue;
    diags.error(toml_loc(path, key.source()),
                "unknown key " + quote(key.str()) + did_you_mean(std::string(key.str()), known));
  }
}

// WCAG 2.1's contrast ratio of an sRGB colour "#rrggbb" against white.
double contrast_on_white(const std::string& hex) {
  auto channel = [&](size_t at) {
    const double c = std::stoi(hex.substr(at, 2), nullptr, 16) / 255.0;
    return c <= 0.04045 ? c / 12.92 : std::pow((c + 0.055) / 1.055, 2.4);
  };
  const double luminance = 0.2126 * channel(1) + 0.7152 * channel(3) + 0.0722 * channel(5);
  return 1.05 / (luminance + 0.05);
}

std::string format_ratio(double ratio) {
  char buf[16];
  std::snprintf(buf, sizeof buf, "%.1f", std::floor(ratio * 10) / 10);
  return buf;
}

std::optional<std::string> read_id(TomlTable& t, std::string_view what) {
  auto id = t.string("id", true);
  if (id && !is_valid_id(*id)) {
    t.diags().error(t.loc_of(*t.node("id")),
                    "expected " + std::string(id_rule_broken_by(*id)) + " for the " + std::string(what) +
                        ", got " + quote(*id));
    return std::nullopt;
  }
  return id;
}

std::optional<Period> read_period(TomlTable& t, std::string_view key, bool required) {
  auto text = t.string(key, required);
  if (!text) return std::nullopt;
  auto period = parse_period(*text);
  if (!period)
    t.diags().error(t.loc_of(*t.node(key)),
                    "expected " + std::string(kPeriodForms) + ", got " + quote(*text));
  return period;
}

std::optional<Status> parse_status(std::string_view text) {
  if (text == "uppnått" || text == "achieved") return Status::Achieved;
  if (text == "delvis uppnått" || text == "partially_achieved") return Status::PartiallyAchieved;
  if (text == "ej uppnått" || text == "not_achieved") return Status::NotAchieved;
  return std::nullopt;
}

class Loader {
 public:
  Loader(std::string dir, Diagnostics& diags) : dir_(std::move(dir)), diags_(diags) {
    project_.root = dir_;
  }

  Project run() {
    if (!fs::is_directory(dir_)) {
      diags_.error({dir_, 0, 0}, "expected a project folder with jamfor.toml, got no such folder");
      return std::move(project_);
    }
    // The other files name the units, references and periods that jamfor.toml declares: without
    // it their every mention would be a second, misleading error.
    if (!read_settings()) return std::move(project_);
    read_indicators();
    read_goals();
    read_outcomes();
    check_indicator_sources();
    read_judgements();
    read_analyses();
    settle_periods();
    return std::move(project_);
  }

 private:
  std::string path(const std::string& name) const { return join_path(dir_, name); }

  // [site] base_url, logo, accent_color, stylesheet: checked here, so a typo fails the build
  // rather than publishing a site without its logo.
  void read_publishing(TomlTable& t, SiteSettings& s) {
    if (const toml::node* n = t.node("base_url")) {
      const std::string url = n->value<std::string>().value_or("");
      if (!n->is_string() || !(url.starts_with("https://") || url.starts_with("http://")) || url.size() < 10 ||
          url.find_first_of(" \"<>'?#") != std::string::npos)
        diags_.error(t.loc_of(*n), "expected the address the site will have, such as 'https://www.ronneby.se/mal/', got " +
                                       describe_toml_value(*n));
      else
        s.base_url = url.ends_with("/") ? url : url + "/";
    }
    for (auto [key, field, kinds] : {std::tuple{"logo", &s.logo, std::vector<std::string>{".svg", ".png", ".jpg", ".jpeg"}},
                                     std::tuple{"stylesheet", &s.stylesheet, std::vector<std::string>{".css"}}}) {
      const toml::node* n = t.node(key);
      if (!n) continue;
      auto file = n->value<std::string>();
      const std::string ext = file ? fs::path(*file).extension().string() : "";
      std::string lower(ext);
      for (char& c : lower) c = static_cast<char>(std::tolower(static_cast<unsigned char>(c)));
      std::string wanted;
      for (const auto& k : kinds) wanted += (wanted.empty() ? "" : ", ") + k;
      if (!n->is_string() || std::find(kinds.begin(), kinds.end(), lower) == kinds.end())
        diags_.error(t.loc_of(*n), "expected a file name ending in " + wanted + ", got " + describe_toml_value(*n));
      else if (!fs::is_regular_file(path(*file)))
        diags_.error(t.loc_of(*n), "no such file: " + quote(path(*file)));
      else
        *field = path(*file);
    }
    if (const toml::node* n = t.node("accent_color")) {
      const std::string c = n->value<std::string>().value_or("");
      const bool hex = c.size() == 7 && c[0] == '#' &&
                       std::all_of(c.begin() + 1, c.end(), [](char ch) { return std::isxdigit(static_cast<unsigned char>(ch)); });
      if (!n->is_string() || !hex)
        diags_.error(t.loc_of(*n), "expected a colour as '#rrggbb', got " + describe_toml_value(*n));
      else if (double ratio = contrast_on_white(c); ratio < 4.5)
        diags_.error(t.loc_of(*n), "the colour " + quote(c) + " has a contrast of " + format_ratio(ratio) +
                                       ":1 against white; links need at least 4.5:1 (WCAG 1.4.3): choose a darker shade");
      else
        s.accent_color = c;
    }
  }

  // False when jamfor.toml is missing or is not TOML.
  bool read_settings() {
    const std::string file = path("jamfor.toml");
    if (!fs::exists(file)) {
      diags_.error({file, 0, 0}, "missing: every project needs jamfor.toml (see docs/project-format.md)");
      return false;
    }
    auto root = parse_toml_file(file, diags_);
    if (!root) return false;
    reject_unknown_top_level(*root, file,
                             {"site", "periods", "status", "unit", "reference", "comparison", "kolada", "open_comparisons"}, diags_);
    SiteSettings& s = project_.settings;
    with_table(*root, "site", file, true, [&](TomlTable& t) {
      s.title = t.string("title", true).value_or("");
      s.organisation = t.string("organisation", true).value_or("");
      s.language = t.choice("language", {"sv", "en"}, false).value_or("sv");
      s.description = t.string("description", false).value_or("");
      read_publishing(t, s);
    });
    with_table(*root, "periods", file, true, [&](TomlTable& t) {
      if (auto p = read_period(t, "current", true)) {
        current_ = *p;
        have_current_ = true;
      }
      if (const auto* list = t.node("list")) {
        const auto* array = list->as_array();
        if (!array) {
          diags_.error(t.loc_of(*list), "expected a list of periods, got " + describe_toml_value(*list));
          return;
        }
        listed_periods_ = true;
        for (const auto& e : *array) {
          auto text = e.value<std::string>();
          auto p = text ? parse_period(*text) : std::nullopt;
          if (!p || !e.is_string())
            diags_.error(toml_loc(file, e.source()),
                         "expected " + std::string(kPeriodForms) + ", got " + describe_toml_value(e));
          else
            s.periods.push_back(*p);
        }
      }
    });
    with_table(*root, "status", file, false, [&](TomlTable& t) {
      StatusRules& r = s.rules;
      if (auto v = t.number("partial_tolerance", false)) {
        if (*v < 0 || *v > 100)
          diags_.error(t.loc_of(*t.node("partial_tolerance")), "expected a percentage 0-100");
        r.partial_tolerance_percent = *v;
      }
      r.partial_if_improved = t.boolean("partial_if_improved").value_or(true);
      if (auto v = t.choice("goal_rollup", {"mixed", "worst", "share"}, false))
        r.goal_rollup = *v == "worst" ? Rollup::Worst : *v == "share" ? Rollup::Share : Rollup::Mixed;
      if (auto v = t.number("achieved_share", false)) {
        if (*v <= 0 || *v > 100)
          diags_.error(t.loc_of(*t.node("achieved_share")), "expected a percentage above 0, at most 100");
        r.achieved_share_percent = *v;
      }
    });
    read_units(*root, file, "unit", UnitKind::Own);
    read_units(*root, file, "reference", UnitKind::Reference);
    ComparisonConfigReader comparison;
    if (const toml::node* old = root->get("comparison"); old && old->is_array_of_tables()) {
      // Reference series used to be [[comparison]]; [comparison] now configures the comparison pages.
      diags_.warning(toml_loc(file, old->source()),
                     "[[comparison]] series are now called [[reference]]; they still work, but rename them "
                     "([comparison] configures the comparison pages)");
      read_units(*root, file, "comparison", UnitKind::Reference);
    } else {
      with_table(*root, "comparison", file, false, [&](TomlTable& t) { comparison.read_table(t); });
    }
    with_table(*root, "kolada", file, false, [&](TomlTable& t) { project_.kolada = read_kolada_config(t, comparison); });
    project_.comparison = comparison.finish(diags_);
    with_table(*root, "open_comparisons", file, false, [&](TomlTable& t) {
      const toml::node* n = t.node("tables");
      const toml::array* list = n ? n->as_array() : nullptr;
      if (!list || list->empty()) {
        diags_.error(n ? t.loc_of(*n) : t.loc(), "expected tables = [\"mapping.toml\", …] naming the mapping file of each table, got " +
                                                  (!n ? std::string("nothing") : list ? std::string("an empty list") : describe_toml_value(*n)));
        return;
      }
      for (const auto& e : *list) {
        if (!e.is_string()) {
          diags_.error(toml_loc(file, e.source()), "expected the path of a mapping file, got " + describe_toml_value(e));
          continue;
        }
        project_.open_comparisons.push_back({*e.value<std::string>(), toml_loc(file, e.source())});
      }
    });
    return true;
  }

  void read_units(const toml::table& root, const std::string& file, std::string_view key, UnitKind kind) {
    for_each_table(root, key, file, diags_, [&](const toml::table& table) {
      TomlTable t(table, file, diags_);
      OrgUnit u;
      u.kind = kind;
      auto id = read_id(t, key);
      u.name = t.string("name", true).value_or("");
      t.reject_unknown_keys();
      if (!id) return;
      u.id = *id;
      if (project_.find_unit(u.id))
        diags_.error(t.loc(), "unit or reference " + quote(u.id) + " is declared twice");
      else
        project_.units.push_back(std::move(u));
    });
  }

  template <class Fn>
  void with_table(const toml::table& root, std::string_view key, const std::string& file,
                  bool required, Fn fn) {
    const toml::node* n = root.get(key);
    if (!n) {
      if (required) diags_.error({file, 0, 0}, "missing table [" + std::string(key) + "]");
      return;
    }
    const auto* table = n->as_table();
    if (!table) {
      diags_.error(toml_loc(file, n->source()),
                   "expected a table [" + std::string(key) + "], got " + describe_toml_value(*n));
      return;
    }
    TomlTable t(*table, file, diags_);
    fn(t);
    t.reject_unknown_keys();
  }

  void read_indicators() {
    const std::string file = path("indicators.toml");
    if (!fs::exists(file)) return;
    auto root = parse_toml_file(file, diags_);
    if (!root) return;
    reject_unknown_top_level(*root, file, {"indicator"}, diags_);
    for_each_table(*root, "indicator", file, diags_, [&](const toml::table& table) {
      TomlTable t(table, file, diags_);
      Indicator ind;
      ind.loc = t.loc();
      auto id = read_id(t, "indicator");
      ind.title = t.string("title", true).value_or("");
      ind.unit = t.string("unit", true).value_or("");
      if (auto d = t.choice("direction", {"higher", "lower"}, true))
        ind.direction = *d == "lower" ? Direction::LowerIsBetter : Direction::HigherIsBetter;
      if (auto d = t.integer("decimals", false)) {
        if (*d < 0 || *d > 6)
          diags_.error(t.loc_of(*t.node("decimals")), "expected 0-6 decimals, got " + std::to_string(*d));
        else
          ind.decimals = static_cast<int>(*d);
      }
      ind.description = t.string("description", false).value_or("");
      ind.source = t.string("source", false).value_or("");
      if (auto kpi = t.string("kolada", false)) {
        if (!is_kolada_id(*kpi))
          diags_.error(t.loc_of(*t.node("kolada")), "expected a Kolada KPI id such as 'N31814', got " + quote(*kpi));
        ind.values_from = ValuesFrom::Kolada;
        ind.kpi = *kpi;
      }
      if (auto measure = t.string("open_comparisons", false)) {
        if (!is_valid_id(*measure))
          diags_.error(t.loc_of(*t.node("open_comparisons")),
                       "expected the id of a [[measure]] in an Open Comparisons mapping, got " + quote(*measure));
        else if (ind.values_from == ValuesFrom::Kolada)
          diags_.error(t.loc_of(*t.node("open_comparisons")),
                       "expected one source for the indicator's outcomes, got both 'kolada' and 'open_comparisons'");
        else {
          ind.values_from = ValuesFrom::OpenComparisons;
          ind.kpi = *measure;
        }
      }
      if (const auto* target = t.node("target")) ind.target = read_target(*target, file, diags_);
      t.reject_unknown_keys();
      if (!id) return;
      ind.id = *id;
      if (project_.find_indicator(ind.id))
        diags_.error(ind.loc, "indicator " + quote(ind.id) + " is defined twice");
      else
        project_.indicators.push_back(std::move(ind));
    });
  }

  void read_goals() {
    const std::string file = path("goals.toml");
    if (!fs::exists(file)) {
      diags_.error({file, 0, 0}, "missing: every project needs goals.toml (see docs/project-format.md)");
      return;
    }
    auto root = parse_toml_file(file, diags_);
    if (!root) return;
    reject_unknown_top_level(*root, file, {"goal"}, diags_);
    std::vector<std::string> indicator_ids;
    for (const auto& i : project_.indicators) indicator_ids.push_back(i.id);
    std::map<std::string, SourceLoc> parent_locs;
    for_each_table(*root, "goal", file, diags_, [&](const toml::table& table) {
      TomlTable t(table, file, diags_);
      Goal g;
      g.loc = t.loc();
      auto id = read_id(t, "goal");
      g.title = t.string("title", true).value_or("");
      if (auto l = t.choice("level", {"kf", "namnd", "enhet"}, true))
        g.level = *l == "kf" ? GoalLevel::Council : *l == "namnd" ? GoalLevel::Committee : GoalLevel::Unit;
      g.decided_by = t.string("decided_by", true).value_or("");
      g.decided = t.date("decided").value_or("");
      g.reference = t.string("reference", false).value_or("");
      g.description = t.string("description", false).value_or("");
      if (auto parent = t.string("parent", false)) {
        g.parent = *parent;
        if (id) parent_locs[*id] = t.loc_of(*t.node("parent"));
      }
      if (const auto* links = t.node("indicators")) read_links(*links, file, indicator_ids, g);
      t.reject_unknown_keys();
      if (!id) return;
      g.id = *id;
      if (project_.find_goal(g.id))
        diags_.error(g.loc, "goal " + quote(g.id) + " is defined twice");
      else
        project_.goals.push_back(std::move(g));
    });
    check_parents(parent_locs);
  }

  void read_links(const toml::node& links, const std::string& file,
                  const std::vector<std::string>& indicator_ids, Goal& goal) {
    const auto* array = links.as_array();
    if (!array) {
      diags_.error(toml_loc(file, links.source()),
                   "expected a list of indicator ids, got " + describe_toml_value(links));
      return;
    }
    for (const auto& e : *array) {
      GoalIndicatorLink link;
      link.loc = toml_loc(file, e.source());
      if (e.is_string()) {
        link.indicator_id = *e.value<std::string>();
      } else if (const auto* t = e.as_table()) {
        TomlTable lt(*t, file, diags_);
        link.indicator_id = lt.string("id", true).value_or("");
        if (const auto* target = lt.node("target")) {
          link.target = read_target(*target, file, diags_);
          if (!link.target) continue;
        }
        lt.reject_unknown_keys();
      } else {
        diags_.error(link.loc, "expected an indicator id or { id = \"…\", target = { … } }, got " +
                                   describe_toml_value(e));
        continue;
      }
      if (!project_.find_indicator(link.indicator_id)) {
        diags_.error(link.loc, "unknown indicator " + quote(link.indicator_id) +
                                   did_you_mean(link.indicator_id, indicator_ids));
        continue;
      }
      goal.indicators.push_back(std::move(link));
    }
  }

  void check_parents(const std::map<std::string, SourceLoc>& parent_locs) {
    std::vector<std::string> goal_ids;
    for (const auto& g : project_.goals) goal_ids.push_back(g.id);
    for (const auto& g : project_.goals) {
      if (g.parent.empty()) continue;
      const SourceLoc& loc = parent_locs.at(g.id);
      if (!project_.find_goal(g.parent)) {
        diags_.error(loc, "unknown parent goal " + quote(g.parent) + did_you_mean(g.parent, goal_ids));
        continue;
      }
      // Only goals on the cycle are reported; one below it is reported by its ancestors.
      std::set<std::string> seen;
      for (const Goal* p = project_.find_goal(g.parent); p && seen.insert(p->id).second;
           p = project_.find_goal(p->parent)) {
        if (p->id == g.id) {
          diags_.error(loc, "goal " + quote(g.id) + " is its own ancestor through 'parent'");
          break;
        }
      }
    }
  }

  void read_outcomes() {
    const std::string dir = path("outcomes");
    if (!fs::is_directory(dir)) return;
    std::vector<std::string> files;
    for (const auto& entry : fs::directory_iterator(dir))
      if (entry.is_regular_file() && entry.path().extension() == ".csv")
        files.push_back(entry.path().lexically_normal().string());
    std::sort(files.begin(), files.end());
    // The outcomes kept so far, by their key: each held as its index into project_.outcomes
    // with the key's hash, a few bytes however long the ids (copies of the keys doubled a large
    // file's memory), and with the hash at hand a lookup touches no other outcome's strings.
    auto& outcomes = project_.outcomes;
    struct Seen {
      size_t hash, index;
    };
    auto key_hash = [](const Outcome& o) {
      size_t h = std::hash<std::string>()(o.indicator_id) ^ (std::hash<std::string>()(o.unit_id) << 1);
      for (int part : {o.period.year, static_cast<int>(o.period.kind), o.period.first_month, o.period.last_month,
                       static_cast<int>(o.gender)})
        h = h * 1000003 + static_cast<size_t>(part);
      return h;
    };
    auto hash = [](const Seen& s) { return s.hash; };
    auto same = [&outcomes](const Seen& a, const Seen& b) {
      if (a.hash != b.hash) return false;
      const Outcome &x = outcomes[a.index], &y = outcomes[b.index];
      return x.indicator_id == y.indicator_id && x.period == y.period && x.gender == y.gender && x.unit_id == y.unit_id;
    };
    std::unordered_set<Seen, decltype(hash), decltype(same)> seen(0, hash, same);
    for (const auto& file : files) {
      read_outcomes_csv(file, project_, diags_, [&](Outcome&& o) -> std::optional<std::string> {
        const size_t h = key_hash(o);
        outcomes.push_back(std::move(o));
        auto [first, added] = seen.insert({h, outcomes.size() - 1});
        if (added) return std::nullopt;
        const Outcome& twice = outcomes.back();
        const SourceLoc& at = outcomes[first->index].loc;
        std::string message = "a second value for " + quote(twice.indicator_id) + " " + twice.period.id() + " " +
                              std::string(gender_code(twice.gender)) + (twice.unit_id.empty() ? "" : " " + twice.unit_id) +
                              "; the first is at " + at.path + ":" + std::to_string(at.line);
        outcomes.pop_back();
        return message;
      });
    }
  }

  // An indicator whose values come from Kolada or a table shows the focus municipality's, and
  // has no rows of its own.
  void check_indicator_sources() {
    bool focus_reported = false;
    for (const auto& ind : project_.indicators) {
      if (ind.values_from == ValuesFrom::Outcomes) continue;
      const std::string source = ind.values_from == ValuesFrom::Kolada ? "Kolada" : "Open Comparisons";
      if (project_.comparison.focus.empty() && !focus_reported) {
        diags_.error(ind.loc, "indicator " + quote(ind.id) + " takes its values from " + source +
                                  ", but jamfor.toml has no [comparison] focus saying whose values to show "
                                  "(focus = \"1081\" for Ronneby)");
        focus_reported = true;
      }
      if (std::any_of(project_.outcomes.begin(), project_.outcomes.end(),
                      [&](const Outcome& o) { return o.indicator_id == ind.id; }))
        diags_.error(ind.loc, "indicator " + quote(ind.id) + " takes its values from " + source +
                                  " and also has rows in outcomes/*.csv; keep one source");
    }
  }

  void read_judgements() {
    const std::string file = path("judgements.toml");
    if (!fs::exists(file)) return;
    auto root = parse_toml_file(file, diags_);
    if (!root) return;
    reject_unknown_top_level(*root, file, {"judgement"}, diags_);
    std::vector<std::string> goal_ids, indicator_ids, unit_ids;
    for (const auto& g : project_.goals) goal_ids.push_back(g.id);
    for (const auto& i : project_.indicators) indicator_ids.push_back(i.id);
    for (const auto& u : project_.units)
      if (u.kind == UnitKind::Own) unit_ids.push_back(u.id);
    using Key = std::tuple<Subject, std::string, Period, std::string>;
    std::set<Key> seen;
    for_each_table(*root, "judgement", file, diags_, [&](const toml::table& table) {
      TomlTable t(table, file, diags_);
      size_t errors_before = diags_.items().size();
      Judgement j;
      j.loc = t.loc();
      auto goal = t.string("goal", false);
      auto indicator = t.string("indicator", false);
      if (goal.has_value() == indicator.has_value()) {
        diags_.error(j.loc, "expected exactly one of 'goal' or 'indicator'");
      } else if (goal) {
        j.subject = Subject::Goal;
        j.subject_id = *goal;
        if (!project_.find_goal(*goal))
          diags_.error(t.loc_of(*t.node("goal")), "unknown goal " + quote(*goal) + did_you_mean(*goal, goal_ids));
      } else {
        j.subject = Subject::Indicator;
        j.subject_id = *indicator;
        if (!project_.find_indicator(*indicator))
          diags_.error(t.loc_of(*t.node("indicator")),
                       "unknown indicator " + quote(*indicator) + did_you_mean(*indicator, indicator_ids));
      }
      if (auto p = read_period(t, "period", true)) j.period = *p;
      if (auto u = t.string("unit", false)) {
        j.unit_id = *u;
        const OrgUnit* unit = project_.find_unit(*u);
        if (!unit || unit->kind != UnitKind::Own)
          diags_.error(t.loc_of(*t.node("unit")), "unknown unit " + quote(*u) + did_you_mean(*u, unit_ids) +
                                                      "; units are declared as [[unit]] in jamfor.toml");
      }
      if (auto s = t.string("status", true)) {
        if (auto status = parse_status(*s))
          j.status = *status;
        else
          diags_.error(t.loc_of(*t.node("status")),
                       "expected 'uppnått', 'delvis uppnått' or 'ej uppnått', got " + quote(*s));
      }
      auto motivation = t.string("motivation", true);
      if (motivation && motivation->find_first_not_of(" \t\r\n") == std::string::npos)
        diags_.error(t.loc_of(*t.node("motivation")), "expected a motivation, got an empty text");
      j.motivation = motivation.value_or("");
      t.reject_unknown_keys();
      if (diags_.items().size() != errors_before) return;
      if (!seen.insert({j.subject, j.subject_id, j.period, j.unit_id}).second) {
        diags_.error(j.loc, "a second judgement of " + quote(j.subject_id) + " for " + j.period.id() +
                                (j.unit_id.empty() ? "" : " by " + j.unit_id));
        return;
      }
      project_.judgements.push_back(std::move(j));
    });
  }

  void read_analyses() {
    const std::string dir = path("analyses");
    if (!fs::is_directory(dir)) return;
    std::vector<fs::path> files;
    for (const auto& entry : fs::recursive_directory_iterator(dir))
      // Editors and file managers leave hidden files (.DS_Store, .swp) beside the analyses.
      if (entry.is_regular_file() && entry.path().filename().string()[0] != '.')
        files.push_back(entry.path().lexically_normal());
    std::sort(files.begin(), files.end());
    for (const auto& file : files) {
      SourceLoc loc{file.string(), 0, 0};
      fs::path relative = file.lexically_relative(fs::path(dir).lexically_normal());
      auto parts = std::vector<fs::path>(relative.begin(), relative.end());
      if (parts.size() != 2 || file.extension() != ".md") {
        diags_.error(loc, "expected analyses/PERIOD/ID.md, got " + quote(relative.string()));
        continue;
      }
      Analysis a;
      a.loc = loc;
      auto period = parse_period(parts[0].string());
      if (!period) {
        diags_.error(loc, "expected a folder named after " + std::string(kPeriodForms) + ", got " +
                              quote(parts[0].string()));
        continue;
      }
      a.period = *period;
      a.subject_id = file.stem().string();
      bool is_goal = project_.find_goal(a.subject_id) != nullptr;
      bool is_indicator = project_.find_indicator(a.subject_id) != nullptr;
      if (is_goal == is_indicator) {
        diags_.error(loc, is_goal ? "id " + quote(a.subject_id) + " is both a goal and an indicator"
                                  : "expected a goal or indicator id as the file name, got " +
                                        quote(a.subject_id));
        continue;
      }
      a.subject = is_goal ? Subject::Goal : Subject::Indicator;
      // Checked before reading: a file of gigabytes would otherwise be read whole first.
      std::error_code size_error;
      if (const auto size = fs::file_size(file, size_error); !size_error && size > kMaxMarkdownBytes) {
        diags_.error(loc, "expected an analysis of at most " + std::to_string(kMaxMarkdownBytes / 1024) + " KB, got " +
                              std::to_string((size + 1023) / 1024) + " KB");
        continue;
      }
      std::ifstream in(file, std::ios::binary);
      std::stringstream buffer;
      buffer << in.rdbuf();
      a.markdown = buffer.str();
      const size_t bom = a.markdown.rfind("\xEF\xBB\xBF", 0) == 0 ? 3 : 0;
      if (auto fault = find_text_fault(std::string_view(a.markdown).substr(bom))) {
        fault->offset += bom;  // positions in the file, as an editor counts them
        diags_.error({loc.path, fault->line, 0}, text_fault_message(*fault) +
                                                     (fault->kind == TextFaultKind::NotUtf8 ? " (save the file as UTF-8)" : ""));
        continue;
      }
      a.markdown.erase(0, bom);
      project_.analyses.push_back(std::move(a));
    }
  }

  // Without a [periods] list, show every period the data mentions.
  void settle_periods() {
    SiteSettings& s = project_.settings;
    s.current_period = current_;
    if (!listed_periods_) {
      std::set<Period> found{current_};
      for (const auto& o : project_.outcomes) found.insert(o.period);
      for (const auto& j : project_.judgements) found.insert(j.period);
      for (const auto& a : project_.analyses) found.insert(a.period);
      s.periods.assign(found.begin(), found.end());
      return;
    }
    std::sort(s.periods.begin(), s.periods.end());
    s.periods.erase(std::unique(s.periods.begin(), s.periods.end()), s.periods.end());
    if (have_current_ && std::find(s.periods.begin(), s.periods.end(), current_) == s.periods.end())
      diags_.error({path("jamfor.toml"), 0, 0},
                   "the current period " + current_.id() + " is not in [periods] list");
  }

  std::string dir_;
  Diagnostics& diags_;
  Project project_;
  Period current_;
  bool have_current_ = false;
  bool listed_periods_ = false;
};

}  // namespace

Project read_project_folder(const std::string& dir, Diagnostics& diags) { return Loader(dir, diags).run(); }

std::optional<Project> load_project(const std::string& dir, Diagnostics& diags) {
  const size_t errors_before = diags.items().size();
  Project p = read_project_folder(dir, diags);
  if (diags.items().size() != errors_before) return std::nullopt;
  return p;
}

}  // namespace jamfor
