#include "generator/evaluate.h"

#include <algorithm>
#include <cmath>
#include <vector>

#include "generator/format_sv.h"

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

bool improved(const Indicator& ind, double v, std::optional<double> prev) {
  if (!prev) return false;
  return ind.direction == Direction::HigherIsBetter ? v > *prev + 1e-9 : v < *prev - 1e-9;
}

std::string previous_phrase(const Period& period) {
  return period.kind == PeriodKind::Year ? "föregående år" : "samma period föregående år";
}

}  // namespace

std::string describe_target(const Target& t, const Indicator& ind, const Period& period) {
  if (t.assessment == Assessment::Judged) return "bedöms";
  std::vector<std::string> parts;
  if (t.at_least) parts.push_back("minst " + format_value(*t.at_least, ind));
  if (t.at_most) parts.push_back("högst " + format_value(*t.at_most, ind));
  if (t.exactly) {
    std::string p = format_value(*t.exactly, ind);
    if (t.tolerance > 0) p += " (±" + format_number(t.tolerance, ind.decimals) + ")";
    parts.push_back(p);
  }
  if (t.between_low)
    parts.push_back("mellan " + format_value(*t.between_low, ind) + " och " +
                    format_value(*t.between_high, ind));
  if (t.change != Change::None) {
    std::string p = t.change == Change::Decrease ? "minska" : "öka";
    if (t.change_by_at_least && *t.change_by_at_least > 0) {
      Indicator by = ind;
      if (by.unit == "%") by.unit = "procentenheter";
      p += " med minst " + format_value(*t.change_by_at_least, by);
    }
    parts.push_back(p + " jämfört med " + previous_phrase(period));
  }
  std::string out;
  for (size_t i = 0; i < parts.size(); ++i) out += (i == 0 ? "" : " och ") + parts[i];
  return out;
}

Evaluation evaluate(const EvaluationInput& in) {
  Evaluation e;
  e.value = in.value;
  e.previous = in.previous;
  const std::string target_text = describe_target(in.target, in.indicator, in.period);
  if (!in.value) {
    e.status = Status::NoData;
    e.sentence = "Inget utfall för " + in.period.label() + " (målet: " + target_text + ").";
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
    } else if (in.rules.partial_if_improved && improved(in.indicator, v, in.previous)) {
      e.status = Status::PartiallyAchieved;
      e.partial_reason = PartialReason::Improved;
    } else {
      e.status = Status::NotAchieved;
    }
  }

  std::string s = format_value(v, in.indicator) + " mot målet " + target_text + ": ";
  if (e.status == Status::NoData) {
    s += "kan inte bedömas, utfall för " + in.period.previous().label() + " saknas.";
  } else {
    s += std::string(status_label(e.status));
    if (e.partial_reason == PartialReason::WithinTolerance)
      s += ", inom " + format_number(in.rules.partial_tolerance_percent) + std::string(kNbsp) +
           "% från målvärdet";
    if (e.partial_reason == PartialReason::Improved)
      s += ", förbättrat sedan " + in.period.previous().label();
    s += ".";
  }
  if (in.previous)
    s += " Förändring sedan " + in.period.previous().label() + ": " +
         format_change(v - *in.previous, in.indicator) + " (från " +
         format_value(*in.previous, in.indicator) + ").";
  e.sentence = s;
  return e;
}

}  // namespace jamfor
