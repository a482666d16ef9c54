#pragma once
// Evaluates one value against one target. This is the heart of goal follow-up: the rules
// are documented in docs/project-format.md ("Status rules") and every branch has a test.

#include <optional>
#include <string>

#include "model/project.h"

namespace jamfor {

enum class PartialReason { None, WithinTolerance, Improved };

struct Evaluation {
  Status status = Status::NoData;
  std::optional<double> value;
  std::optional<double> previous;
  PartialReason partial_reason = PartialReason::None;
  std::string sentence;  // in the site's language, says why: "57 % mot målet minst 85 %: ej uppnått."
};

struct EvaluationInput {
  const Target& target;
  const Indicator& indicator;
  Period period;
  std::optional<double> value;
  std::optional<double> previous;  // the value of period.previous()
  const StatusRules& rules;
  const Wording& words;
};

// Only for measured targets; judged ones take their status from a Judgement.
Evaluation evaluate(const EvaluationInput& in);

// "minst 85 %", "högst 94 st och minska jämfört med föregående år".
std::string describe_target(const Target& target, const Indicator& indicator, const Period& period,
                            const Wording& words);

}  // namespace jamfor
