#include "generator/results.h"

#include <algorithm>
#include <map>
#include <tuple>

#include "generator/number_format.h"

namespace jamfor {
namespace {

using ValueKey = std::tuple<std::string, std::string, Gender, Period>;  // indicator, unit, gender, period

std::string count_phrase(size_t n, Status s, const Wording& words) {
  const std::string number = std::to_string(n);
  switch (s) {
    case Status::Achieved: return words.count_achieved(number);
    case Status::PartiallyAchieved: return words.count_partial(number);
    case Status::NotAchieved: return words.count_not_achieved(number);
    case Status::NoData: return words.count_no_data(number);
  }
  return "";
}

class Computer {
 public:
  explicit Computer(const Project& p)
      : project_(p), periods_(p.settings.periods), words_(wording(p.settings.language)) {
    for (const auto& o : p.outcomes)
      values_[{o.indicator_id, o.unit_id, o.gender, o.period}] = &o;
  }

  Results run() {
    Results r;
    r.project = &project_;
    auto current = std::find(periods_.begin(), periods_.end(), project_.settings.current_period);
    r.current_period_index = static_cast<size_t>(current - periods_.begin());
    for (const auto& ind : project_.indicators) r.indicators.push_back(indicator(ind));
    for (const auto& g : project_.goals) r.goals.push_back(goal_shell(g));
    for (auto& g : r.goals) roll_up(g, r);
    return r;
  }

 private:
  std::optional<double> value(const std::string& ind, const std::string& unit, Gender g,
                              const Period& p) const {
    auto it = values_.find({ind, unit, g, p});
    return it == values_.end() ? std::nullopt : it->second->value;
  }

  IndicatorResult indicator(const Indicator& ind) {
    IndicatorResult r;
    r.indicator = &ind;
    // Series: every (unit, gender) that has an outcome, whole organisation first.
    std::vector<std::pair<std::string, Gender>> keys;
    for (const auto& o : project_.outcomes)
      if (o.indicator_id == ind.id) keys.emplace_back(o.unit_id, o.gender);
    // Units are stored own first, then comparisons, so their index is the display order.
    auto unit_rank = [&](const std::string& unit) {
      if (unit.empty()) return -1L;
      auto it = std::find_if(project_.units.begin(), project_.units.end(),
                             [&](const OrgUnit& u) { return u.id == unit; });
      return static_cast<long>(it - project_.units.begin());
    };
    std::sort(keys.begin(), keys.end(), [&](const auto& a, const auto& b) {
      return std::pair(unit_rank(a.first), a.second) < std::pair(unit_rank(b.first), b.second);
    });
    keys.erase(std::unique(keys.begin(), keys.end()), keys.end());
    for (const auto& [unit, gender] : keys) {
      const OrgUnit* u = project_.find_unit(unit);
      Series s{unit, u ? u->kind : UnitKind::Own, gender, {}};
      for (const auto& p : periods_) {
        Point point;
        if (auto it = values_.find({ind.id, unit, gender, p}); it != values_.end()) {
          point.value = it->second->value;
          point.comment = it->second->comment;
        }
        s.points.push_back(point);
      }
      r.series.push_back(std::move(s));
    }
    for (const auto& j : project_.judgements)
      if (j.subject == Subject::Indicator && j.subject_id == ind.id) r.judgements.push_back(&j);
    for (const auto& a : project_.analyses)
      if (a.subject == Subject::Indicator && a.subject_id == ind.id) r.analyses.push_back(&a);

    r.checks.push_back(check(r, nullptr, ind.target ? &*ind.target : nullptr));
    for (const auto& g : project_.goals) {
      for (const auto& link : g.indicators) {
        if (link.indicator_id != ind.id) continue;
        if (std::find(r.goals.begin(), r.goals.end(), &g) == r.goals.end()) r.goals.push_back(&g);
        if (link.target) r.checks.push_back(check(r, &g, &*link.target));
      }
    }
    return r;
  }

  TargetCheck check(const IndicatorResult& r, const Goal* goal, const Target* target) {
    const Indicator& ind = *r.indicator;
    TargetCheck c;
    c.goal = goal;
    c.target = target;
    if (target) c.target_text = describe_target(*target, ind, project_.settings.current_period, words_);
    const bool measured = target && target->assessment == Assessment::Measured;
    if (measured) {
      for (const auto& s : r.series) {
        std::vector<Evaluation> row;
        for (const auto& p : periods_)
          if (s.kind == UnitKind::Reference)
            row.emplace_back();
          else
            row.push_back(evaluate({*target, ind, p, value(ind.id, s.unit_id, s.gender, p),
                                  value(ind.id, s.unit_id, s.gender, p.previous()),
                                  project_.settings.rules, words_}));
        c.by_series.push_back(std::move(row));
      }
    }
    const Series* total = r.total();
    for (size_t pi = 0; pi < periods_.size(); ++pi) {
      const Period& p = periods_[pi];
      Verdict v;
      std::vector<const Judgement*> unit_judgements;
      for (const Judgement* j : r.judgements) {
        if (j->period != p) continue;
        if (j->unit_id.empty())
          v.judgement = j;
        else
          unit_judgements.push_back(j);
      }
      if (v.judgement) {
        v.status = v.judgement->status;
        v.sentence = words_.judgement_for(p.label(words_), status_label(v.status, words_));
      } else if (measured && total) {
        const Evaluation& e = c.by_series[static_cast<size_t>(total - r.series.data())][pi];
        v.status = e.status;
        v.sentence = e.sentence;
      } else if (measured) {
        // No figure for the whole organisation: weigh the units' own results together.
        std::vector<Status> statuses;
        for (size_t si = 0; si < r.series.size(); ++si)
          if (!r.series[si].unit_id.empty() && r.series[si].kind == UnitKind::Own &&
              r.series[si].gender == Gender::Total && c.by_series[si][pi].value)
            statuses.push_back(c.by_series[si][pi].status);
        v.status = rollup(statuses, project_.settings.rules);
        v.sentence = statuses.empty() ? words_.no_outcome_for(p.label(words_), c.target_text)
                                      : words_.combined_for_units(capitalised(status_label(v.status, words_)),
                                                                  std::to_string(statuses.size()), c.target_text);
      } else if (target) {
        v.sentence = words_.no_judgement_for(p.label(words_));
      } else {
        v.sentence = words_.no_target_value;
      }
      // Units' judgements speak when nothing for the whole organisation does.
      if (!v.judgement && v.status == Status::NoData && target && !unit_judgements.empty()) {
        std::vector<Status> statuses;
        for (const Judgement* j : unit_judgements) statuses.push_back(j->status);
        v.status = rollup(statuses, project_.settings.rules);
        v.sentence = words_.units_judged_together(capitalised(status_label(v.status, words_)),
                                                  std::to_string(statuses.size()));
      }
      c.headline.push_back(std::move(v));
    }
    return c;
  }

  GoalResult goal_shell(const Goal& g) {
    GoalResult r;
    r.goal = &g;
    for (const auto& child : project_.goals)
      if (child.parent == g.id) r.children.push_back(&child);
    for (const auto& a : project_.analyses)
      if (a.subject == Subject::Goal && a.subject_id == g.id) r.analyses.push_back(&a);
    return r;
  }

  // Parents include their children's statuses, so roll children up first (parents are acyclic).
  void roll_up(GoalResult& r, Results& all) {
    if (!r.periods.empty()) return;
    for (const Goal* child : r.children)
      roll_up(const_cast<GoalResult&>(*all.goal(child->id)), all);
    for (size_t pi = 0; pi < periods_.size(); ++pi) {
      const Period& p = periods_[pi];
      GoalPeriod gp;
      std::vector<Status> statuses;
      size_t indicator_count = 0, judgement_count = 0, child_count = 0;
      for (const auto& link : r.goal->indicators) {
        const IndicatorResult* ind = all.indicator(link.indicator_id);
        const TargetCheck* c = ind->check_for(r.goal);
        if (!c || !c->target) continue;
        if (c->headline[pi].status == Status::NoData) continue;
        statuses.push_back(c->headline[pi].status);
        ++indicator_count;
      }
      for (const auto& j : project_.judgements) {
        if (j.subject != Subject::Goal || j.subject_id != r.goal->id || j.period != p) continue;
        if (j.unit_id.empty()) {
          gp.override_judgement = &j;
        } else {
          gp.unit_judgements.push_back(&j);
          statuses.push_back(j.status);
          ++judgement_count;
        }
      }
      for (const Goal* child : r.children) {
        Status s = all.goal(child->id)->periods[pi].status;
        if (s == Status::NoData) continue;
        statuses.push_back(s);
        ++child_count;
      }
      if (gp.override_judgement) {
        gp.status = gp.override_judgement->status;
        gp.sentence = words_.status_by_judgement(capitalised(status_label(gp.status, words_)), p.label(words_));
      } else {
        gp.status = rollup(statuses, project_.settings.rules);
        gp.sentence = basis_sentence(gp.status, statuses, indicator_count, judgement_count, child_count, p);
      }
      r.periods.push_back(std::move(gp));
    }
  }

  std::string basis_sentence(Status status, const std::vector<Status>& statuses,
                                    size_t indicators, size_t judgements, size_t children,
                             const Period& p) const {
    if (statuses.empty()) return words_.no_judged_indicators(p.label(words_));
    std::string counts;
    for (Status s : {Status::Achieved, Status::PartiallyAchieved, Status::NotAchieved}) {
      size_t n = static_cast<size_t>(std::count(statuses.begin(), statuses.end(), s));
      if (n) counts += (counts.empty() ? "" : ", ") + count_phrase(n, s, words_);
    }
    std::vector<std::string> basis;
    if (indicators) basis.push_back(words_.count_indicators(std::to_string(indicators)));
    if (judgements) basis.push_back(words_.count_unit_judgements(std::to_string(judgements)));
    if (children) basis.push_back(words_.count_subgoals(std::to_string(children)));
    std::string of;
    for (size_t i = 0; i < basis.size(); ++i)
      of += (i == 0 ? "" : i + 1 == basis.size() ? std::string(words_.list_and) : ", ") + basis[i];
    return words_.status_of_basis(capitalised(status_label(status, words_)), counts, of);
  }

  const Project& project_;
  const std::vector<Period>& periods_;
  const Wording& words_;
  std::map<ValueKey, const Outcome*> values_;
};

}  // namespace

Status rollup(const std::vector<Status>& statuses, const StatusRules& rules) {
  std::vector<Status> known;
  for (Status s : statuses)
    if (s != Status::NoData) known.push_back(s);
  if (known.empty()) return Status::NoData;
  auto count = [&](Status s) { return static_cast<size_t>(std::count(known.begin(), known.end(), s)); };
  const size_t achieved = count(Status::Achieved), not_achieved = count(Status::NotAchieved);
  switch (rules.goal_rollup) {
    case Rollup::Worst:
      if (not_achieved) return Status::NotAchieved;
      return achieved == known.size() ? Status::Achieved : Status::PartiallyAchieved;
    case Rollup::Share:
      if (achieved == 0) return Status::NotAchieved;
      return 100.0 * static_cast<double>(achieved) / static_cast<double>(known.size()) >=
                     rules.achieved_share_percent - 1e-9
                 ? Status::Achieved
                 : Status::PartiallyAchieved;
    case Rollup::Mixed:
      if (achieved == known.size()) return Status::Achieved;
      if (not_achieved == known.size()) return Status::NotAchieved;
      return Status::PartiallyAchieved;
  }
  return Status::NoData;
}

const Series* IndicatorResult::total() const {
  for (const auto& s : series)
    if (s.unit_id.empty() && s.gender == Gender::Total) return &s;  // comparisons have an id
  return nullptr;
}

bool IndicatorResult::split_by_gender() const {
  return std::any_of(series.begin(), series.end(),
                     [](const Series& s) { return s.kind == UnitKind::Own && s.gender != Gender::Total; });
}

const TargetCheck* IndicatorResult::check_for(const Goal* goal) const {
  for (const auto& c : checks)
    if (c.goal == goal) return &c;
  for (const auto& c : checks)
    if (c.goal == nullptr) return &c;
  return nullptr;
}

const IndicatorResult* Results::indicator(std::string_view id) const {
  for (const auto& r : indicators)
    if (r.indicator->id == id) return &r;
  return nullptr;
}

const GoalResult* Results::goal(std::string_view id) const {
  for (const auto& r : goals)
    if (r.goal->id == id) return &r;
  return nullptr;
}

Results compute_results(const Project& project) { return Computer(project).run(); }

}  // namespace jamfor
