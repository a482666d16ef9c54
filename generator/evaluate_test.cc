#include "generator/evaluate.h"

#include <catch2/catch.hpp>

using namespace jamfor;

namespace {

Indicator indicator(std::string unit, Direction direction = Direction::HigherIsBetter) {
  Indicator i;
  i.id = "i";
  i.title = "Indikator";
  i.unit = std::move(unit);
  i.direction = direction;
  return i;
}

// Ronneby's indicators: a share that should be high, counts and days that should be low.
const Indicator kPercent = indicator("%");
const Indicator kCount = indicator("st", Direction::LowerIsBetter);
const Indicator kDays = indicator("dagar", Direction::LowerIsBetter);

const StatusRules kDefaultRules;
const StatusRules kTwoLevels{0, false, Rollup::Mixed, 75};
const StatusRules kOnlyTolerance{10, false, Rollup::Mixed, 75};
const StatusRules kOnlyImproved{0, true, Rollup::Mixed, 75};

Period period(const char* id) { return *parse_period(id); }

// Targets as the TOML reads: at_most(94).decrease() is { at_most = 94, change = "decrease" }.
struct TargetOf : Target {
  TargetOf& decrease(std::optional<double> by = std::nullopt) {
    change = Change::Decrease;
    change_by_at_least = by;
    return *this;
  }
  TargetOf& increase(std::optional<double> by = std::nullopt) {
    change = Change::Increase;
    change_by_at_least = by;
    return *this;
  }
};
TargetOf at_least(double v) { TargetOf t; t.at_least = v; return t; }
TargetOf at_most(double v) { TargetOf t; t.at_most = v; return t; }
TargetOf exactly(double v, double tolerance = 0) {
  TargetOf t;
  t.exactly = v;
  t.tolerance = tolerance;
  return t;
}
TargetOf between(double low, double high) {
  TargetOf t;
  t.between_low = low;
  t.between_high = high;
  return t;
}
TargetOf decrease(std::optional<double> by = std::nullopt) { return TargetOf().decrease(by); }
TargetOf increase(std::optional<double> by = std::nullopt) { return TargetOf().increase(by); }
TargetOf manual() { TargetOf t; t.assessment = Assessment::Judged; return t; }

Evaluation eval(const Target& t, const Indicator& ind, std::optional<double> value,
                std::optional<double> previous = std::nullopt, const StatusRules& rules = kDefaultRules,
                const Period& p = period("2016")) {
  return evaluate({t, ind, p, value, previous, rules, wording("sv")});
}

Status status(const Target& t, const Indicator& ind, std::optional<double> value,
              std::optional<double> previous = std::nullopt, const StatusRules& rules = kDefaultRules) {
  return eval(t, ind, value, previous, rules).status;
}

}  // namespace

// --- describe_target -------------------------------------------------------------------

TEST_CASE("describe_target: each kind of condition in Swedish") {
  const Period y = period("2016");
  CHECK(describe_target(at_least(75), kPercent, y, wording("sv")) == "minst 75\u00a0%");
  CHECK(describe_target(at_most(16), kDays, y, wording("sv")) == "högst 16\u00a0dagar");
  CHECK(describe_target(exactly(100), kPercent, y, wording("sv")) == "100\u00a0%");
  CHECK(describe_target(exactly(0, 0.5), kCount, y, wording("sv")) == "0\u00a0st (±0,5)");
  CHECK(describe_target(between(95, 105), kPercent, y, wording("sv")) ==
        "mellan 95\u00a0% och 105\u00a0%");
  CHECK(describe_target(decrease(), kCount, y, wording("sv")) == "minska jämfört med föregående år");
  CHECK(describe_target(increase(), kPercent, y, wording("sv")) == "öka jämfört med föregående år");
}

TEST_CASE("describe_target: a change by at least N; percent becomes percentage points") {
  const Period y = period("2016");
  CHECK(describe_target(increase(5), kPercent, y, wording("sv")) ==
        "öka med minst 5\u00a0procentenheter jämfört med föregående år");
  CHECK(describe_target(decrease(10), kCount, y, wording("sv")) ==
        "minska med minst 10\u00a0st jämfört med föregående år");
}

TEST_CASE("describe_target: combined conditions are joined with 'och'") {
  CHECK(describe_target(at_most(94).decrease(), kCount, period("2016"), wording("sv")) ==
        "högst 94\u00a0st och minska jämfört med föregående år");
}

TEST_CASE("describe_target: interim periods compare with the same period a year earlier") {
  CHECK(describe_target(at_most(94).decrease(), kCount, period("2018-jan-aug"), wording("sv")) ==
        "högst 94\u00a0st och minska jämfört med samma period föregående år");
  CHECK(describe_target(increase(), kPercent, period("2018-T2"), wording("sv")) ==
        "öka jämfört med samma period föregående år");
}

TEST_CASE("describe_target: a manual target is judged") {
  CHECK(describe_target(manual(), kPercent, period("2016"), wording("sv")) == "bedöms");
}

TEST_CASE("describe_target: the indicator's decimals apply to the target") {
  Indicator ind = kPercent;
  ind.decimals = 1;
  CHECK(describe_target(at_least(75), ind, period("2016"), wording("sv")) == "minst 75,0\u00a0%");
}

// --- at_least ----------------------------------------------------------------------------

TEST_CASE("evaluate: at_least, below the bound and outside the tolerance") {
  auto e = eval(at_least(85), kPercent, 57);
  CHECK(e.status == Status::NotAchieved);
  CHECK(e.partial_reason == PartialReason::None);
  CHECK(e.sentence == "57\u00a0% mot målet minst 85\u00a0%: ej uppnått.");
}

TEST_CASE("evaluate: at_least, exactly on the bound is achieved") {
  auto e = eval(at_least(75), kPercent, 75);
  CHECK(e.status == Status::Achieved);
  CHECK(e.sentence == "75\u00a0% mot målet minst 75\u00a0%: uppnått.");
}

TEST_CASE("evaluate: at_least, above the bound") {
  CHECK(status(at_least(75), kPercent, 100) == Status::Achieved);
}

// --- at_most -----------------------------------------------------------------------------

TEST_CASE("evaluate: at_most, exactly on the bound is achieved") {
  auto e = eval(at_most(16), kDays, 16);
  CHECK(e.status == Status::Achieved);
  CHECK(e.sentence == "16\u00a0dagar mot målet högst 16\u00a0dagar: uppnått.");
}

TEST_CASE("evaluate: at_most, above the bound") {
  CHECK(status(at_most(16), kDays, 12) == Status::Achieved);
  CHECK(status(at_most(16), kDays, 17) == Status::PartiallyAchieved);  // 16 + 1,6
  CHECK(status(at_most(16), kDays, 17.6) == Status::PartiallyAchieved);
  CHECK(status(at_most(16), kDays, 18) == Status::NotAchieved);
}

// --- exactly -----------------------------------------------------------------------------

TEST_CASE("evaluate: exactly without tolerance") {
  CHECK(status(exactly(100), kPercent, 100) == Status::Achieved);
  CHECK(status(exactly(100), kPercent, 100.5, std::nullopt, kTwoLevels) == Status::NotAchieved);
  CHECK(status(exactly(100), kPercent, 99.5, std::nullopt, kTwoLevels) == Status::NotAchieved);
}

TEST_CASE("evaluate: exactly with a tolerance, inclusive at both edges") {
  const Target t = exactly(0, 0.5);
  CHECK(status(t, kCount, 0) == Status::Achieved);
  CHECK(status(t, kCount, 0.5) == Status::Achieved);
  CHECK(status(t, kCount, -0.5) == Status::Achieved);
  CHECK(status(t, kCount, 0.6) == Status::NotAchieved);
  CHECK(status(t, kCount, -0.6) == Status::NotAchieved);
}

TEST_CASE("evaluate: exactly, a tolerance edge reached through floating point") {
  // 1.1 - 1 is 0.10000000000000009 in binary.
  CHECK(status(exactly(1, 0.1), kPercent, 1.1) == Status::Achieved);
  CHECK(status(exactly(1, 0.1), kPercent, 0.9) == Status::Achieved);
}

TEST_CASE("evaluate: exactly, partial within tolerance percent of the target value") {
  // 10 % of 100 is 10: 105 is 5 off the target.
  auto e = eval(exactly(100), kPercent, 105);
  CHECK(e.status == Status::PartiallyAchieved);
  CHECK(e.partial_reason == PartialReason::WithinTolerance);
  CHECK(status(exactly(100), kPercent, 111) == Status::NotAchieved);
}

TEST_CASE("evaluate: exactly zero has no percentage tolerance") {
  CHECK(status(exactly(0), kCount, 0.01) == Status::NotAchieved);
}

// --- between -----------------------------------------------------------------------------

TEST_CASE("evaluate: between, both edges are inside") {
  const Target t = between(95, 105);
  CHECK(status(t, kPercent, 95) == Status::Achieved);
  CHECK(status(t, kPercent, 100) == Status::Achieved);
  CHECK(status(t, kPercent, 105) == Status::Achieved);
}

TEST_CASE("evaluate: between, outside either edge") {
  const Target t = between(95, 105);
  CHECK(status(t, kPercent, 94, std::nullopt, kTwoLevels) == Status::NotAchieved);
  CHECK(status(t, kPercent, 106, std::nullopt, kTwoLevels) == Status::NotAchieved);
  // Tolerance is measured from the bound that was missed: 9,5 below 95, 10,5 above 105.
  CHECK(status(t, kPercent, 85.5) == Status::PartiallyAchieved);
  CHECK(status(t, kPercent, 85.4) == Status::NotAchieved);
  CHECK(status(t, kPercent, 115.5) == Status::PartiallyAchieved);
  CHECK(status(t, kPercent, 115.6) == Status::NotAchieved);
}

TEST_CASE("evaluate: between sentence") {
  CHECK(eval(between(95, 105), kPercent, 97).sentence ==
        "97\u00a0% mot målet mellan 95\u00a0% och 105\u00a0%: uppnått.");
}

// --- change ------------------------------------------------------------------------------

TEST_CASE("evaluate: change decrease") {
  const Target t = decrease();
  CHECK(status(t, kCount, 67, 95) == Status::Achieved);
  CHECK(status(t, kCount, 95, 95) == Status::NotAchieved);  // unchanged is not a decrease
  CHECK(status(t, kCount, 96, 95) == Status::NotAchieved);
}

TEST_CASE("evaluate: change increase") {
  const Target t = increase();
  CHECK(status(t, kPercent, 58, 57) == Status::Achieved);
  CHECK(status(t, kPercent, 57, 57) == Status::NotAchieved);
  CHECK(status(t, kPercent, 50, 57) == Status::NotAchieved);
}

TEST_CASE("evaluate: change by at least N, exactly N is achieved") {
  const Target t = decrease(10);
  CHECK(status(t, kCount, 85, 95) == Status::Achieved);
  CHECK(status(t, kCount, 80, 95) == Status::Achieved);
  CHECK(status(t, kCount, 86, 95, kTwoLevels) == Status::NotAchieved);

  const Target up = increase(0.2);
  CHECK(status(up, kPercent, 0.3, 0.1) == Status::Achieved);  // 0.3 - 0.1 is 0.19999999999999998
}

TEST_CASE("evaluate: change by at least N, a smaller move in the good direction is partial") {
  auto e = eval(decrease(10), kCount, 90, 95);
  CHECK(e.status == Status::PartiallyAchieved);
  CHECK(e.partial_reason == PartialReason::Improved);
}

TEST_CASE("evaluate: change without the previous value is no data") {
  auto e = eval(decrease(), kCount, 67);
  CHECK(e.status == Status::NoData);
  CHECK(e.sentence ==
        "67\u00a0st mot målet minska jämfört med föregående år: kan inte bedömas, utfall för 2015 saknas.");
}

TEST_CASE("evaluate: a missed change never counts as within tolerance") {
  // 94 is within 10 % of 95, but a change condition has no bound to be close to.
  CHECK(status(decrease(), kCount, 96, 95) == Status::NotAchieved);
}

// --- combinations ------------------------------------------------------------------------

TEST_CASE("evaluate: at_most and decrease, both hold (Ronneby placed children)") {
  auto e = eval(at_most(94).decrease(), kCount, 67, 95);
  CHECK(e.status == Status::Achieved);
  CHECK(e.value == 67.0);
  CHECK(e.previous == 95.0);
  CHECK(e.sentence ==
        "67\u00a0st mot målet högst 94\u00a0st och minska jämfört med föregående år: uppnått. "
        "Förändring sedan 2015: \u221228\u00a0st (från 95\u00a0st).");
}

TEST_CASE("evaluate: at_most and decrease, level missed and no previous is not no data") {
  const Target t = at_most(94).decrease();
  // The level fails whatever the change: the missing previous value cannot rescue it.
  CHECK(status(t, kCount, 95, std::nullopt, kTwoLevels) == Status::NotAchieved);
  CHECK(status(t, kCount, 120) == Status::NotAchieved);
  // 95 is within 10 % of 94 (up to 103,4), so with the default rules it is partial.
  auto e = eval(t, kCount, 95);
  CHECK(e.status == Status::PartiallyAchieved);
  CHECK(e.partial_reason == PartialReason::WithinTolerance);
}

TEST_CASE("evaluate: at_most and decrease, level holds and no previous is no data") {
  auto e = eval(at_most(94).decrease(), kCount, 67);
  CHECK(e.status == Status::NoData);
  CHECK(e.sentence ==
        "67\u00a0st mot målet högst 94\u00a0st och minska jämfört med föregående år: "
        "kan inte bedömas, utfall för 2015 saknas.");
}

TEST_CASE("evaluate: at_most and decrease, level holds but no decrease") {
  CHECK(status(at_most(94).decrease(), kCount, 70, 67) == Status::NotAchieved);
}

TEST_CASE("evaluate: at_least and increase, level missed but improved is partial") {
  auto e = eval(at_least(90).increase(), kPercent, 70, 60);
  CHECK(e.status == Status::PartiallyAchieved);
  CHECK(e.partial_reason == PartialReason::Improved);
}

TEST_CASE("evaluate: tolerance only helps when every missed condition is a level") {
  // 96 is within 10 % of 94, but the count also rose.
  CHECK(status(at_most(94).decrease(), kCount, 96, 95, kOnlyTolerance) ==
        Status::NotAchieved);
  CHECK(status(at_most(94).decrease(), kCount, 96, 97, kOnlyTolerance) ==
        Status::PartiallyAchieved);
}

// --- floating point ----------------------------------------------------------------------

TEST_CASE("evaluate: 0.1 + 0.2 counts as exactly 0.3") {
  const double v = 0.1 + 0.2;
  CHECK(status(at_most(0.3), kPercent, v, std::nullopt, kTwoLevels) == Status::Achieved);
  CHECK(status(at_least(0.3), kPercent, v, std::nullopt, kTwoLevels) == Status::Achieved);
  CHECK(status(exactly(0.3), kPercent, v, std::nullopt, kTwoLevels) == Status::Achieved);
  CHECK(status(between(0.3, 0.3), kPercent, v, std::nullopt, kTwoLevels) ==
        Status::Achieved);
}

TEST_CASE("evaluate: a real shortfall is not swallowed by the rounding allowance") {
  CHECK(status(at_least(75), kPercent, 74.999, std::nullopt, kTwoLevels) == Status::NotAchieved);
  CHECK(status(at_most(16), kDays, 16.001, std::nullopt, kTwoLevels) == Status::NotAchieved);
}

// --- no data -----------------------------------------------------------------------------

TEST_CASE("evaluate: no value for the period is no data, with the target in the sentence") {
  auto e = eval(at_least(85), kPercent, std::nullopt, 60);
  CHECK(e.status == Status::NoData);
  CHECK_FALSE(e.value);
  CHECK(e.sentence == "Inget utfall för 2016 (målet: minst 85\u00a0%).");
}

TEST_CASE("evaluate: no value in an interim period names the period") {
  auto e = evaluate({at_least(85), kPercent, period("2018-jan-aug"), std::nullopt, std::nullopt,
                     kDefaultRules, wording("sv")});
  CHECK(e.sentence == "Inget utfall för 2018 jan–aug (målet: minst 85\u00a0%).");
}

// --- partial rules -----------------------------------------------------------------------

TEST_CASE("evaluate: partial within the default 10 % tolerance") {
  // 85 * 0,9 = 76,5.
  auto e = eval(at_least(85), kPercent, 77);
  CHECK(e.status == Status::PartiallyAchieved);
  CHECK(e.partial_reason == PartialReason::WithinTolerance);
  CHECK(e.sentence == "77\u00a0% mot målet minst 85\u00a0%: delvis uppnått, inom 10\u00a0% från målvärdet.");
  CHECK(status(at_least(85), kPercent, 76.5) == Status::PartiallyAchieved);
  CHECK(status(at_least(85), kPercent, 76) == Status::NotAchieved);
}

TEST_CASE("evaluate: the tolerance is configurable") {
  const StatusRules rules{5, false, Rollup::Mixed, 75};
  CHECK(status(at_least(80), kPercent, 76, std::nullopt, rules) == Status::PartiallyAchieved);
  CHECK(status(at_least(80), kPercent, 75.9, std::nullopt, rules) == Status::NotAchieved);
  const StatusRules fractional{7.5, false, Rollup::Mixed, 75};
  CHECK(eval(at_least(80), kPercent, 75, std::nullopt, fractional).sentence ==
        "75\u00a0% mot målet minst 80\u00a0%: delvis uppnått, inom 7,5\u00a0% från målvärdet.");
}

TEST_CASE("evaluate: partial when improved since the previous period") {
  // Ronneby: 79 % against the committee's 90 %; 79 is not within 10 % of 90.
  auto e = eval(at_least(90), kPercent, 79, 70);
  CHECK(e.status == Status::PartiallyAchieved);
  CHECK(e.partial_reason == PartialReason::Improved);
  CHECK(e.sentence ==
        "79\u00a0% mot målet minst 90\u00a0%: delvis uppnått, förbättrat sedan 2015. "
        "Förändring sedan 2015: +9\u00a0procentenheter (från 70\u00a0%).");
}

TEST_CASE("evaluate: not improved is not achieved") {
  CHECK(status(at_least(90), kPercent, 79, 79) == Status::NotAchieved);
  CHECK(status(at_least(90), kPercent, 79, 80) == Status::NotAchieved);
  CHECK(status(at_least(90), kPercent, 79) == Status::NotAchieved);
}

TEST_CASE("evaluate: improved, lower is better") {
  auto e = eval(at_most(16), kDays, 20, 25);
  CHECK(e.status == Status::PartiallyAchieved);
  CHECK(e.partial_reason == PartialReason::Improved);
  CHECK(e.sentence ==
        "20\u00a0dagar mot målet högst 16\u00a0dagar: delvis uppnått, förbättrat sedan 2015. "
        "Förändring sedan 2015: \u22125\u00a0dagar (från 25\u00a0dagar).");
  CHECK(status(at_most(16), kDays, 30, 25) == Status::NotAchieved);
}

TEST_CASE("evaluate: a rise is no improvement when lower is better") {
  CHECK(status(at_most(16), kDays, 25, 20) == Status::NotAchieved);
  CHECK(status(at_most(16), kDays, 20, 25) == Status::PartiallyAchieved);
}

TEST_CASE("evaluate: improvement is measured against the target, whichever way the indicator counts as better") {
  // An author's "higher is better" beside "at most 16 days" does not make 20 -> 25 days an
  // improvement towards the target: moving towards a target never worsens a status.
  Indicator higher = kDays;
  higher.direction = Direction::HigherIsBetter;
  CHECK(status(at_most(16), higher, 25, 20) == Status::NotAchieved);
  CHECK(status(at_most(16), higher, 20, 25) == Status::PartiallyAchieved);
  // Overshooting "exactly 100 %": further above is no improvement.
  CHECK(status(exactly(100), kPercent, 130, 120) == Status::NotAchieved);
  CHECK(status(exactly(100), kPercent, 120, 130) == Status::PartiallyAchieved);
  CHECK(status(between(40, 60), kPercent, 30, 20) == Status::PartiallyAchieved);
  CHECK(status(between(40, 60), kPercent, 75, 70) == Status::NotAchieved);
  // A change target alone asks for a direction itself.
  CHECK(status(increase(5), kPercent, 72, 70) == Status::PartiallyAchieved);
  CHECK(status(increase(5), kCount, 72, 70) == Status::PartiallyAchieved);
  CHECK(status(increase(5), kCount, 68, 70) == Status::NotAchieved);
}

TEST_CASE("evaluate: the rules separately") {
  // Within tolerance, not improved.
  CHECK(status(at_least(85), kPercent, 80, 81, kOnlyTolerance) == Status::PartiallyAchieved);
  CHECK(status(at_least(85), kPercent, 80, 81, kOnlyImproved) == Status::NotAchieved);
  // Improved, not within tolerance.
  CHECK(status(at_least(90), kPercent, 79, 70, kOnlyTolerance) == Status::NotAchieved);
  CHECK(status(at_least(90), kPercent, 79, 70, kOnlyImproved) == Status::PartiallyAchieved);
}

TEST_CASE("evaluate: both rules off gives two levels") {
  CHECK(status(at_least(90), kPercent, 79, 70, kTwoLevels) == Status::NotAchieved);
  CHECK(status(at_least(85), kPercent, 84.9, 70, kTwoLevels) == Status::NotAchieved);
  CHECK(status(at_least(85), kPercent, 85, 70, kTwoLevels) == Status::Achieved);
  auto e = eval(at_least(90), kPercent, 79, 70, kTwoLevels);
  CHECK(e.sentence ==
        "79\u00a0% mot målet minst 90\u00a0%: ej uppnått. Förändring sedan 2015: +9\u00a0procentenheter (från 70\u00a0%).");
}

// --- sentences ---------------------------------------------------------------------------

TEST_CASE("evaluate: an unchanged value is '±0' in the sentence") {
  CHECK(eval(at_least(50), kPercent, 57, 57).sentence ==
        "57\u00a0% mot målet minst 50\u00a0%: uppnått. Förändring sedan 2015: ±0\u00a0procentenheter (från 57\u00a0%).");
}

TEST_CASE("evaluate: interim periods compare with the same period the year before") {
  auto e = eval(at_most(94).decrease(), kCount, 67, 95, kDefaultRules,
                period("2018-jan-aug"));
  CHECK(e.status == Status::Achieved);
  CHECK(e.sentence ==
        "67\u00a0st mot målet högst 94\u00a0st och minska jämfört med samma period föregående år: uppnått. "
        "Förändring sedan 2017 jan–aug: \u221228\u00a0st (från 95\u00a0st).");
}

TEST_CASE("evaluate: interim no-data sentence names the earlier interim period") {
  auto e = eval(increase(), kPercent, 60, std::nullopt, kDefaultRules, period("2018-T2"));
  CHECK(e.status == Status::NoData);
  CHECK(e.sentence ==
        "60\u00a0% mot målet öka jämfört med samma period föregående år: kan inte bedömas, "
        "utfall för 2017 tertial 2 saknas.");
}

TEST_CASE("evaluate: large values are grouped in the sentence") {
  Indicator kr = indicator("kr", Direction::LowerIsBetter);
  CHECK(eval(at_most(20000), kr, 21745, std::nullopt, kTwoLevels).sentence ==
        "21\u00a0745\u00a0kr mot målet högst 20\u00a0000\u00a0kr: ej uppnått.");
}
