// Properties of the target engine over many generated targets and outcomes (a fixed seed, so a
// failure repeats): what a reader relies on when an outcome moves, whatever the numbers.
#include <catch2/catch.hpp>

#include <cmath>
#include <random>
#include <sstream>

#include "generator/evaluate.h"

using namespace jamfor;

namespace {

constexpr unsigned kSeed = 20261204;
constexpr int kCases = 20000;

// Better is higher: achieved over partly achieved over not achieved.
int rank(Status s) {
  switch (s) {
    case Status::Achieved: return 2;
    case Status::PartiallyAchieved: return 1;
    case Status::NotAchieved: return 0;
    case Status::NoData: return -1;
  }
  return -1;
}

const char* name(Status s) {
  switch (s) {
    case Status::Achieved: return "achieved";
    case Status::PartiallyAchieved: return "partly achieved";
    case Status::NotAchieved: return "not achieved";
    case Status::NoData: return "no data";
  }
  return "?";
}

enum class Kind { AtLeast, AtMost, Exactly, Between, Increase, Decrease, AtMostAndDecrease, AtLeastAndIncrease };

struct Case {
  Kind kind;
  Target target;
  Indicator indicator;
  StatusRules rules;
  double value = 0;
  std::optional<double> previous;

  std::string describe() const {
    std::ostringstream s;
    s << "kind " << static_cast<int>(kind) << ", value " << value << ", previous "
      << (previous ? std::to_string(*previous) : "none") << ", at_least " << target.at_least.value_or(NAN)
      << ", at_most " << target.at_most.value_or(NAN) << ", exactly " << target.exactly.value_or(NAN) << " ±"
      << target.tolerance << ", between " << target.between_low.value_or(NAN) << ".."
      << target.between_high.value_or(NAN) << ", change " << static_cast<int>(target.change) << " by "
      << target.change_by_at_least.value_or(NAN) << ", higher is better "
      << (indicator.direction == Direction::HigherIsBetter) << ", tolerance % " << rules.partial_tolerance_percent
      << ", partial if improved " << rules.partial_if_improved;
    return s.str();
  }
};

class Generator {
 public:
  Case next() {
    Case c;
    c.kind = static_cast<Kind>(pick(0, 7));
    c.indicator.id = "i";
    c.indicator.title = "Indikator";
    c.indicator.unit = "%";
    const double bound = number();
    switch (c.kind) {
      case Kind::AtLeast: c.target.at_least = bound; break;
      case Kind::AtMost: c.target.at_most = bound; break;
      case Kind::Exactly:
        c.target.exactly = bound;
        c.target.tolerance = pick(0, 1) ? 0 : std::round(number() / 10);
        break;
      case Kind::Between: {
        const double other = number();
        c.target.between_low = std::min(bound, other);
        c.target.between_high = std::max(bound, other);
        break;
      }
      case Kind::Increase: c.target.change = Change::Increase; break;
      case Kind::Decrease: c.target.change = Change::Decrease; break;
      case Kind::AtMostAndDecrease:
        c.target.at_most = bound;
        c.target.change = Change::Decrease;
        break;
      case Kind::AtLeastAndIncrease:
        c.target.at_least = bound;
        c.target.change = Change::Increase;
        break;
    }
    if (c.target.change != Change::None && pick(0, 1)) c.target.change_by_at_least = std::round(number() / 20);
    // Mostly the direction the target itself points, as an author writes it; sometimes not.
    const bool down = c.kind == Kind::AtMost || c.kind == Kind::Decrease || c.kind == Kind::AtMostAndDecrease;
    c.indicator.direction = down == (pick(0, 4) > 0) ? Direction::LowerIsBetter : Direction::HigherIsBetter;
    c.rules.partial_tolerance_percent = pick(0, 1) ? 0 : pick(1, 25);
    c.rules.partial_if_improved = pick(0, 1);
    c.value = number();
    if (pick(0, 3)) c.previous = number();
    return c;
  }
  // Whole numbers, halves and some decimals, so that values land on bounds as typed ones do.
  double number() {
    const double whole = pick(0, 200);
    switch (pick(0, 2)) {
      case 0: return whole;
      case 1: return whole + 0.5;
      default: return std::round(std::uniform_real_distribution<double>(0, 200)(rng_) * 100) / 100;
    }
  }
  int pick(int low, int high) { return std::uniform_int_distribution<int>(low, high)(rng_); }

 private:
  std::mt19937 rng_{kSeed};
};

Evaluation run(const Case& c, double value) {
  return evaluate({c.target, c.indicator, *parse_period("2022"), value, c.previous, c.rules, wording("sv")});
}

// The value moved by `step` towards what the target asks for (for a level target: towards and
// into its range; for a change: further in the asked direction).
double towards(const Case& c, double v, double step) {
  const Target& t = c.target;
  if (t.at_least || t.change == Change::Increase) return v + step;
  if (t.at_most || t.change == Change::Decrease) return v - step;
  if (t.exactly) return v < *t.exactly ? std::min(*t.exactly, v + step) : std::max(*t.exactly, v - step);
  if (v < *t.between_low) return std::min(*t.between_low, v + step);
  if (v > *t.between_high) return std::max(*t.between_high, v - step);
  return v;
}

// The same case seen in a mirror: every number negated, every bound and direction turned.
Case mirrored(const Case& c) {
  Case m = c;
  auto neg = [](std::optional<double> x) { return x ? std::optional<double>(-*x) : std::nullopt; };
  m.value = -c.value;
  m.previous = neg(c.previous);
  m.target.at_least = neg(c.target.at_most);
  m.target.at_most = neg(c.target.at_least);
  m.target.exactly = neg(c.target.exactly);
  m.target.between_low = neg(c.target.between_high);
  m.target.between_high = neg(c.target.between_low);
  m.target.change = c.target.change == Change::Increase   ? Change::Decrease
                    : c.target.change == Change::Decrease ? Change::Increase
                                                          : Change::None;
  m.indicator.direction =
      c.indicator.direction == Direction::HigherIsBetter ? Direction::LowerIsBetter : Direction::HigherIsBetter;
  return m;
}

}  // namespace

TEST_CASE("target properties: moving an outcome towards its target never worsens its status") {
  Generator gen;
  int moved = 0;
  for (int i = 0; i < kCases; ++i) {
    const Case c = gen.next();
    const double step = 0.5 * gen.pick(1, 40);
    const double closer = towards(c, c.value, step);
    const Status before = run(c, c.value).status, after = run(c, closer).status;
    if (closer != c.value) ++moved;
    INFO(c.describe() << ", moved to " << closer << ": " << name(before) << " became " << name(after));
    // "No data" is no worse and no better: a combined target whose level is now met but whose
    // change cannot be told without a previous value says it cannot tell.
    if (after == Status::NoData && before != Status::Achieved && !c.previous) continue;
    REQUIRE(rank(after) >= rank(before));
  }
  CHECK(moved > kCases / 2);
}

TEST_CASE("target properties: a target and its mirror image (numbers negated, bounds and directions turned) agree") {
  Generator gen;
  for (int i = 0; i < kCases; ++i) {
    const Case c = gen.next();
    const Status status = run(c, c.value).status;
    const Case m = mirrored(c);
    const Status mirror = run(m, m.value).status;
    INFO(c.describe() << ": " << name(status) << ", mirrored: " << name(mirror));
    REQUIRE(status == mirror);
  }
}

TEST_CASE("target properties: turning a level target's direction turns achieved and not achieved away from it") {
  Generator gen;
  int away = 0;
  for (int i = 0; i < kCases; ++i) {
    Case c = gen.next();
    if (c.kind != Kind::AtLeast && c.kind != Kind::AtMost) continue;
    const double bound = c.target.at_least ? *c.target.at_least : *c.target.at_most;
    if (std::fabs(c.value - bound) < 1e-6) continue;  // on the bound both are met
    c.rules = StatusRules{0, false, Rollup::Mixed, 75};  // two levels: no partials to blur it
    Case turned = c;
    std::swap(turned.target.at_least, turned.target.at_most);
    const Status status = run(c, c.value).status, flipped = run(turned, c.value).status;
    INFO(c.describe() << ": " << name(status) << ", turned: " << name(flipped));
    REQUIRE(status != Status::PartiallyAchieved);
    REQUIRE(flipped == (status == Status::Achieved ? Status::NotAchieved : Status::Achieved));
    ++away;
  }
  CHECK(away > kCases / 5);
}

TEST_CASE("target properties: the same input gives the same status and sentence") {
  Generator gen;
  for (int i = 0; i < kCases / 4; ++i) {
    const Case c = gen.next();
    const Evaluation a = run(c, c.value), b = run(c, c.value);
    INFO(c.describe());
    REQUIRE(a.status == b.status);
    REQUIRE(a.sentence == b.sentence);
    REQUIRE(a.partial_reason == b.partial_reason);
  }
}
