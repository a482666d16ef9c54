#include "generator/evaluate.h"

#include <algorithm>
#include <cmath>
#include <vector>

#include "generator/number_format.h"

namespace jamfor {
namespace {

// Outcomes are typed in by people; 0.1 + 0.2 must still count as "exactly on target".
bool at_least(double value, double bound) {
  return value >= bound - 1e-9 * std::max(1.0, std::fabs(bound));
}

enum class Check { Met, Missed, Unknown };

struct ConditionResult {
  Check check;
  bool is_change = false;
  double distance = 0;  // how far from the bound, for level conditions
  double bound = 0;
};

std::vector<ConditionResult> check_conditions(const Target& t, double v, std::optional<double> prev) {
  std::vector<ConditionResult> out;
  auto level = [&](bool met, double distance, double bound) {
    out.push_back({met ? Check::Met : Check::Missed, false, met ? 0 : distance, bound});
  };
  if (t.at_least) level(at_least(v, *t.at_least), *t.at_least - v, *t.at_least);
  if (t.at_most) level(at_least(*t.at_most, v), v - *t.at_most, *t.at_most);
  if (t.exactly) {
    double off = std::fabs(v - *t.exactly);
    level(at_least(t.tolerance, off), off - t.tolerance, *t.exactly);
  }
  if (t.between_low) {
    bool low_ok = at_least(v, *t.between_low), high_ok = at_least(*t.between_high, v);
    level(low_ok && high_ok, low_ok ? v - *t.between_high : *t.between_low - v,
          low_ok ? *t.between_high : *t.between_low);
  }
  if (t.change != Change::None) {
    if (!prev) {
      out.push_back({Check::Unknown, true});
    } else {
      double moved = t.change == Change::Decrease ? *prev - v : v - *prev;
      bool met = t.change_by_at_least ? at_least(moved, *t.change_by_at_least) : moved > 1e-9;
      out.push_back({met ? Check::Met : Check::Missed, true});
    }
  }
  return out;
}

// Closer to what the target asks than the previous value was: for a level, nearer the range
// it missed (an overshooting value that grows further from "exactly 63,5" has not improved,
// whichever way the indicator counts as better); for a change alone, the way it asks.
bool improved(const Target& t, double v, std::optional<double> prev) {
  if (!prev) return false;
  if (!t.has_level_condition()) return t.change == Change::Increase ? v > *prev + 1e-9 : v < *prev - 1e-9;
  auto gap = [&](double x) {
    double sum = 0;
    for (const auto& c : check_conditions(t, x, std::nullopt))
      if (!c.is_change && c.check == Check::Missed) sum += c.distance;
    return sum;
  };
  return gap(v) < gap(*prev) - 1e-9;
}

std::string_view previous_phrase(const Period& period, const Wording& words) {
  return period.kind == PeriodKind::Year ? words.previous_year : words.same_period_previous_year;
}

}  // namespace

std::string describe_target(const Target& t, const Indicator& ind, const Period& period, const Wording& words) {
  if (t.assessment == Assessment::Judged) return std::string(words.target_judged);
  auto value = [&](double v) { return format_value(v, ind, words); };
  std::vector<std::string> parts;
  if (t.at_least) parts.push_back(std::string(words.target_at_least) + value(*t.at_least));
  if (t.at_most) parts.push_back(std::string(words.target_at_most) + value(*t.at_most));
  if (t.exactly) {
    std::string p = value(*t.exactly);
    if (t.tolerance > 0) p += " (±" + format_number(t.tolerance, words, ind.decimals) + ")";
    parts.push_back(p);
  }
  if (t.between_low) parts.push_back(words.target_between(value(*t.between_low), value(*t.between_high)));
  if (t.change != Change::None) {
    std::string p(t.change == Change::Decrease ? words.target_decrease : words.target_increase);
    if (t.change_by_at_least && *t.change_by_at_least > 0) {
      Indicator by = ind;
      if (by.unit == "%") by.unit = words.percentage_points;
      p += words.by_at_least(format_value(*t.change_by_at_least, by, words));
    }
    parts.push_back(p + words.compared_with(previous_phrase(period, words)));
  }
  std::string out;
  for (size_t i = 0; i < parts.size(); ++i) out += (i == 0 ? "" : std::string(words.list_and)) + parts[i];
  return out;
}

Evaluation evaluate(const EvaluationInput& in) {
  Evaluation e;
  e.value = in.value;
  e.previous = in.previous;
  const Wording& words = in.words;
  const std::string target_text = describe_target(in.target, in.indicator, in.period, words);
  if (!in.value) {
    e.status = Status::NoData;
    e.sentence = words.no_outcome_for(in.period.label(words), target_text);
    return e;
  }
  const double v = *in.value;
  auto conditions = check_conditions(in.target, v, in.previous);
  bool any_missed = std::any_of(conditions.begin(), conditions.end(),
                                [](const auto& c) { return c.check == Check::Missed; });
  bool any_unknown = std::any_of(conditions.begin(), conditions.end(),
                                 [](const auto& c) { return c.check == Check::Unknown; });

  if (!any_missed && !any_unknown) {
    e.status = Status::Achieved;
  } else if (!any_missed) {
    e.status = Status::NoData;
  } else {
    // Within tolerance only helps when every missed condition is a level the value came close to.
    double tolerance = in.rules.partial_tolerance_percent / 100.0;
    bool within = tolerance > 0 &&
                  std::all_of(conditions.begin(), conditions.end(), [&](const ConditionResult& c) {
                    if (c.check != Check::Missed) return true;
                    return !c.is_change && c.bound != 0 &&
                           at_least(tolerance * std::fabs(c.bound), c.distance);
                  });
    if (within) {
      e.status = Status::PartiallyAchieved;
      e.partial_reason = PartialReason::WithinTolerance;
    } else if (in.rules.partial_if_improved && improved(in.target, v, in.previous)) {
      e.status = Status::PartiallyAchieved;
      e.partial_reason = PartialReason::Improved;
    } else {
      e.status = Status::NotAchieved;
    }
  }

  const std::string previous = in.period.previous().label(words);
  std::string s = format_value(v, in.indicator, words) + words.against_the_target(target_text);
  if (e.status == Status::NoData) {
    s += words.cannot_judge_without(previous);
  } else {
    s += std::string(status_label(e.status, words));
    if (e.partial_reason == PartialReason::WithinTolerance) {
      Indicator percent;
      percent.unit = "%";
      s += words.within_of_target(format_value(in.rules.partial_tolerance_percent, percent, words));
    }
    if (e.partial_reason == PartialReason::Improved) s += words.improved_since(previous);
    s += ".";
  }
  if (in.previous)
    s += words.change_since_from(previous, format_change(v - *in.previous, in.indicator, words),
                                 format_value(*in.previous, in.indicator, words));
  e.sentence = s;
  return e;
}

}  // namespace jamfor
