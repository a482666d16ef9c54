#include "generator/comparison.h"

#include <algorithm>
#include <cmath>
#include <limits>
#include <numeric>

#include "generator/evaluate.h"
#include "model/collation.h"
#include "model/swedish_areas.h"
#include "model/task_pool.h"

namespace jamfor {
namespace {

constexpr double kNone = std::numeric_limits<double>::quiet_NaN();

class Computer {
 public:
  Computer(const Comparison& data, const Project& project, const Results& results, Diagnostics& diags)
      : c_(data),
        project_(project),
        results_(results),
        diags_(diags),
        config_(project.comparison),
        words_(wording(project.settings.language)) {}

  std::optional<ComparisonResults> run() {
    ComparisonResults r;
    r.data = &c_;
    r.words = &words_;
    r.counties = c_.counties();
    resolve_scope(r);
    resolve_population(r);
    if (!config_.similar_group.empty()) {
      r.similar_group = c_.area_index(config_.similar_group);
      if (!r.similar_group)
        diags_.error(config_.loc, "the similar_group " + quote(config_.similar_group) +
                                      " is not in the Kolada store; run 'jamfor fetch' (it fetches the group)");
    }
    if (diags_.has_errors()) return std::nullopt;
    for (size_t i : r.presented) presented_.push_back(i);
    for (const auto& county : r.counties) county_members_.push_back(c_.municipalities_of(county));
    all_municipalities_ = c_.municipalities();
    if (r.similar_group)
      if (const auto* members = c_.group_members(c_.areas[*r.similar_group].id))
        for (const auto& id : *members)
          if (auto i = c_.area_index(id)) group_members_.push_back(*i);
    // Each KPI is ranked on its own, so on every core, each into its own slot.
    r.kpis.resize(c_.kpis.size());
    run_tasks(c_.kpis.size(), default_jobs(), [&](size_t i) { r.kpis[i] = kpi(r, c_.kpis[i]); });
    return r;
  }

 private:
  void resolve_scope(ComparisonResults& r) {
    const Scope& scope = config_.scope;
    const SourceLoc& loc = config_.scope_loc.path.empty() ? config_.loc : config_.scope_loc;
    std::vector<size_t> scope_areas;
    std::vector<std::string> pages;
    auto add_county = [&](const std::string& county) {
      if (std::find(pages.begin(), pages.end(), county) == pages.end()) pages.push_back(county);
    };
    if (scope.all) {
      scope_areas = c_.municipalities();
      pages = r.counties;
      r.national = true;
    }
    for (const auto& id : scope.municipalities) {
      auto i = c_.area_index(id);
      if (!i) {
        const SwedishArea* a = swedish_area_by_code(id);
        diags_.error(loc, "the scope names " + (a ? a->name + " (" + id + ")" : quote(id)) +
                              ", but the comparison data has no values for it; fetch it ([kolada] municipalities "
                              "or counties) or add it to a table");
        continue;
      }
      scope_areas.push_back(*i);
      add_county(c_.areas[*i].county);
    }
    for (const auto& county : scope.counties) {
      auto members = c_.municipalities_of(county);
      if (members.empty())
        diags_.error(loc, "the scope names " + c_.county_name(county) +
                              ", but the comparison data has none of its municipalities; fetch them ([kolada] counties = [\"" +
                              county + "\"])");
      scope_areas.insert(scope_areas.end(), members.begin(), members.end());
      add_county(county);
    }
    std::vector<size_t> presented = scope_areas;
    for (const auto& county : pages)
      for (size_t m : c_.municipalities_of(county)) presented.push_back(m);
    r.scope = sorted_unique(scope_areas);
    r.presented = sorted_unique(presented);
    std::sort(pages.begin(), pages.end());
    r.county_pages = pages;
    if (!config_.focus.empty()) {
      r.focus = c_.area_index(config_.focus);
      if (!r.focus)
        diags_.error(config_.focus_loc, "the focus municipality " + quote(config_.focus) +
                                            " has no values in the comparison data; fetch it or add it to a table");
    }
  }

  std::vector<size_t> sorted_unique(std::vector<size_t> areas) const {
    std::sort(areas.begin(), areas.end(), [&](size_t a, size_t b) {
      return swedish_less(c_.areas[a].title, c_.areas[b].title) ||
             (!swedish_less(c_.areas[b].title, c_.areas[a].title) && a < b);
    });
    areas.erase(std::unique(areas.begin(), areas.end()), areas.end());
    return areas;
  }

  void resolve_population(ComparisonResults& r) {
    Population& p = r.population;
    p.kind = config_.population;
    const size_t in_data = c_.municipalities().size();
    switch (config_.population) {
      case PopulationKind::All:
        p.areas = c_.municipalities();
        p.label = in_data == 290 ? words_.sweden_municipalities("290") : words_.in_the_comparison(std::to_string(in_data));
        if (in_data == 1) p.label = words_.only_municipality;
        break;
      case PopulationKind::Scope:
        p.areas = r.scope;
        p.label = r.national ? words_.sweden_municipalities(std::to_string(p.areas.size()))
                  : r.county_pages.size() == 1 && config_.scope.municipalities.empty()
                      ? words_.county_municipalities(c_.county_name(r.county_pages.front()), std::to_string(p.areas.size()))
                      : words_.in_the_selection(std::to_string(p.areas.size()));
        break;
      case PopulationKind::County: {
        const std::string county = county_of(config_.focus);
        p.areas = c_.municipalities_of(county);
        p.label = words_.county_municipalities(c_.county_name(county), std::to_string(p.areas.size()));
        break;
      }
      case PopulationKind::Group: {
        const auto* members = c_.group_members(config_.population_group);
        if (!members) {
          diags_.error(config_.loc, "the population group " + quote(config_.population_group) +
                                        " is not in the Kolada store; add it to [kolada] municipality_groups and run "
                                        "'jamfor fetch'");
          return;
        }
        for (const auto& id : *members)
          if (auto i = c_.area_index(id); i && c_.areas[*i].type == AreaType::Municipality) p.areas.push_back(*i);
        p.areas = sorted_unique(p.areas);
        auto g = c_.area_index(config_.population_group);
        p.label = words_.group_municipalities(g ? c_.areas[*g].title : config_.population_group,
                                              std::to_string(p.areas.size()));
        break;
      }
      case PopulationKind::List:
        for (const auto& id : config_.population_list) {
          if (auto i = c_.area_index(id))
            p.areas.push_back(*i);
          else
            diags_.error(config_.loc, "the population names " + quote(id) + ", which has no values in the comparison data");
        }
        p.areas = sorted_unique(p.areas);
        p.label = words_.in_the_list(std::to_string(p.areas.size()));
        break;
    }
    p.slot_of_area.assign(c_.areas.size(), -1);
    for (size_t s = 0; s < p.areas.size(); ++s) p.slot_of_area[p.areas[s]] = static_cast<int>(s);
  }

  KpiResult kpi(const ComparisonResults& r, const ComparisonKpi& k) {
    KpiResult out;
    out.kpi = &k;
    const auto riket = c_.riket();
    std::vector<double> values(r.population.areas.size());
    for (Gender g : {Gender::Total, Gender::Women, Gender::Men}) {
      if (g != Gender::Total && !k.divided_by_gender) continue;
      for (int year = c_.first_year; year <= c_.last_year; ++year) {
        bool any = false;
        for (size_t a = 0; a < c_.areas.size() && !any; ++a) any = c_.value(k, a, year, g).has_value();
        if (!any) continue;
        YearComparison y;
        y.year = year;
        y.gender = g;
        for (size_t s = 0; s < values.size(); ++s) values[s] = c_.value(k, r.population.areas[s], year, g).value_or(kNone);
        y.ranking = rank_values(values, k.direction, k.kind);
        y.riket = reference_value(c_, k, riket, all_municipalities_, year, g, kMinCountiesForRiket);
        if (r.similar_group) y.group = reference_value(c_, k, r.similar_group, group_members_, year, g);
        for (size_t ci = 0; ci < r.counties.size(); ++ci)
          y.counties.push_back(reference_value(c_, k, c_.region(r.counties[ci]), county_members_[ci], year, g));
        if (r.national) {
          std::vector<double> county_values;
          for (const auto& ref : y.counties) county_values.push_back(ref ? ref->value : kNone);
          y.county_ranking = rank_values(county_values, k.direction, k.kind);
        }
        out.years.push_back(std::move(y));
      }
    }
    out.targets = target_matrix(k, out);
    return out;
  }

  // The indicator's own target, or the first goal's target for it.
  std::optional<TargetMatrix> target_matrix(const ComparisonKpi& k, const KpiResult& kr) {
    if (k.indicator_id.empty()) return std::nullopt;
    const IndicatorResult* ir = results_.indicator(k.indicator_id);
    if (!ir) return std::nullopt;
    const TargetCheck* check = nullptr;
    for (const auto& c : ir->checks)
      if (!check && c.target && c.target->assessment == Assessment::Measured) check = &c;
    if (!check) return std::nullopt;
    TargetMatrix m;
    m.indicator = ir->indicator;
    m.target = check->target;
    m.text = check->target_text;
    const YearComparison* latest = kr.latest(Gender::Total);
    for (size_t area : presented_) {
      AreaStatus s;
      std::optional<int> year;
      if (latest && c_.value(k, area, latest->year, Gender::Total)) year = latest->year;
      if (!year) year = last_year_with_value(c_, k, area);
      if (year) {
        s.year = *year;
        s.status = evaluate({*m.target, *m.indicator, Period{*year, PeriodKind::Year, 1, 12},
                             c_.value(k, area, *year, Gender::Total), c_.value(k, area, *year - 1, Gender::Total),
                             project_.settings.rules, words_})
                       .status;
      }
      m.by_area.push_back(s);
    }
    return m;
  }

  const Comparison& c_;
  const Project& project_;
  const Results& results_;
  Diagnostics& diags_;
  const ComparisonConfig& config_;
  const Wording& words_;
  std::vector<size_t> presented_, all_municipalities_, group_members_;
  std::vector<std::vector<size_t>> county_members_;
};

}  // namespace

std::string_view class_id(Class c) {
  switch (c) {
    case Class::Best: return "best";
    case Class::Middle: return "middle";
    case Class::Worst: return "worst";
    case Class::Good: return "good";
    case Class::Bad: return "bad";
    case Class::Unclassed: return "unclassed";
    case Class::NoValue: return "no-value";
  }
  return "no-value";
}

std::string_view classing_id(Classing c) {
  switch (c) {
    case Classing::Quartiles: return "quartiles";
    case Classing::Answers: return "answers";
    case Classing::TooFew: return "too-few";
    case Classing::NoDirection: return "no-direction";
  }
  return "no-direction";
}

double Ranking::percentile(int slot) const {
  const int r = rank[static_cast<size_t>(slot)];
  return n <= 1 ? 100.0 : 100.0 * (n - r) / (n - 1);
}

Ranking rank_values(const std::vector<double>& values, std::optional<Direction> direction, ValueKind kind) {
  Ranking r;
  const size_t slots = values.size();
  r.rank.assign(slots, 0);
  r.cls.assign(slots, Class::NoValue);
  std::vector<std::uint16_t> with, without;
  const bool lower_better = direction == Direction::LowerIsBetter;
  // Best first, equal values in slot order: sorted as (key, slot) pairs, which is a stable sort
  // of the slots by value at a fraction of its cost (this is most of a national build's ranking).
  struct Keyed {
    double key;
    std::uint16_t slot;
  };
  std::vector<Keyed> keyed;
  keyed.reserve(slots);
  for (size_t s = 0; s < slots; ++s) {
    if (std::isnan(values[s])) without.push_back(static_cast<std::uint16_t>(s));
    else keyed.push_back({lower_better ? values[s] : -values[s], static_cast<std::uint16_t>(s)});
  }
  std::sort(keyed.begin(), keyed.end(),
            [](const Keyed& a, const Keyed& b) { return a.key < b.key || (a.key == b.key && a.slot < b.slot); });
  with.reserve(keyed.size());
  for (const auto& k : keyed) with.push_back(k.slot);
  const int n = static_cast<int>(with.size());
  r.n = n;
  r.classing = !direction ? Classing::NoDirection
               : kind == ValueKind::YesNo ? Classing::Answers
               : n < kMinimumForClasses   ? Classing::TooFew
                                          : Classing::Quartiles;
  for (size_t i = 0; i < with.size();) {
    size_t j = i;  // [i, j] is a group of equal values
    while (j + 1 < with.size() && values[with[j + 1]] == values[with[i]]) ++j;
    const int first = static_cast<int>(i) + 1, last = static_cast<int>(j) + 1;
    for (size_t p = i; p <= j; ++p) {
      const std::uint16_t s = with[p];
      if (!direction) {
        r.cls[s] = Class::Unclassed;
        continue;
      }
      r.rank[s] = static_cast<std::uint16_t>(first);
      switch (r.classing) {
        case Classing::Quartiles:
          // 4 · m with m = (first + last) / 2, in integers.
          r.cls[s] = 2 * (first + last) <= n            ? Class::Best
                     : 2 * (first + last) - 4 >= 3 * n ? Class::Worst
                                                       : Class::Middle;
          break;
        case Classing::Answers: {
          const bool yes = values[s] >= 0.5;
          r.cls[s] = yes == (*direction == Direction::HigherIsBetter) ? Class::Good : Class::Bad;
          break;
        }
        case Classing::TooFew:
        case Classing::NoDirection: r.cls[s] = Class::Unclassed; break;
      }
    }
    i = j + 1;
  }
  if (n > 0) {
    // Ascending, as the mean has always been summed.
    std::vector<double> sorted;
    sorted.reserve(with.size());
    for (auto s : with) sorted.push_back(values[s]);
    if (!lower_better) std::reverse(sorted.begin(), sorted.end());
    r.median = n % 2 ? sorted[static_cast<size_t>(n / 2)] : (sorted[static_cast<size_t>(n / 2 - 1)] + sorted[static_cast<size_t>(n / 2)]) / 2;
    r.mean = std::accumulate(sorted.begin(), sorted.end(), 0.0) / n;
  }
  r.order = std::move(with);
  r.order.insert(r.order.end(), without.begin(), without.end());
  return r;
}

const YearComparison* KpiResult::at(int year, Gender g) const {
  for (const auto& y : years)
    if (y.year == year && y.gender == g) return &y;
  return nullptr;
}

const YearComparison* KpiResult::latest(Gender g) const {
  const YearComparison* any = nullptr;
  for (auto it = years.rbegin(); it != years.rend(); ++it) {
    if (it->gender != g) continue;
    if (it->ranking.n > 0) return &*it;
    if (!any) any = &*it;
  }
  return any;
}

const KpiResult* ComparisonResults::kpi(std::string_view id) const {
  for (const auto& k : kpis)
    if (k.kpi->id == id) return &k;
  return nullptr;
}

bool ComparisonResults::in_scope(size_t area) const {
  return std::find(scope.begin(), scope.end(), area) != scope.end();
}

int ComparisonResults::presented_index(size_t area) const {
  auto it = std::find(presented.begin(), presented.end(), area);
  return it == presented.end() ? -1 : static_cast<int>(it - presented.begin());
}

int ComparisonResults::county_index(std::string_view county) const {
  auto it = std::find(counties.begin(), counties.end(), county);
  return it == counties.end() ? -1 : static_cast<int>(it - counties.begin());
}

std::optional<Reference> ComparisonResults::county_reference(const YearComparison& y, std::string_view county) const {
  int i = county_index(county);
  return i < 0 || static_cast<size_t>(i) >= y.counties.size() ? std::nullopt : y.counties[static_cast<size_t>(i)];
}

std::optional<ComparisonResults> compute_comparison(const Comparison& data, const Project& project,
                                                    const Results& results, Diagnostics& diags) {
  return Computer(data, project, results, diags).run();
}

std::optional<Reference> reference_value(const Comparison& c, const ComparisonKpi& k, std::optional<size_t> area,
                                        const std::vector<size_t>& members, int year, Gender g, int min_counties) {
  if (area)
    if (auto v = c.value(k, *area, year, g)) return Reference{*v, ReferenceOrigin::Source, 0};
  double sum = 0;
  int n = 0;
  std::vector<std::string> counties;
  for (size_t m : members)
    if (auto v = c.value(k, m, year, g)) {
      sum += *v;
      ++n;
      if (std::find(counties.begin(), counties.end(), c.areas[m].county) == counties.end()) counties.push_back(c.areas[m].county);
    }
  // A mean of fewer than half the municipalities it stands for would speak for those missing.
  if (n == 0 || 2 * static_cast<size_t>(n) < members.size() || static_cast<int>(counties.size()) < min_counties)
    return std::nullopt;
  return Reference{sum / n, ReferenceOrigin::MeanOfMunicipalities, n};
}

std::optional<int> last_year_with_value(const Comparison& c, const ComparisonKpi& k, size_t area, Gender g) {
  for (int y = c.last_year; y >= c.first_year; --y)
    if (c.value(k, area, y, g)) return y;
  return std::nullopt;
}

}  // namespace jamfor
