#include "generator/results.h"

#include <catch2/catch.hpp>

using namespace jamfor;

namespace {

Period period(const char* id) { return *parse_period(id); }

Target at_least(double v) {
  Target t;
  t.at_least = v;
  return t;
}
Target at_most_and_decrease(double v) {
  Target t;
  t.at_most = v;
  t.change = Change::Decrease;
  return t;
}
Target manual() {
  Target t;
  t.assessment = Assessment::Judged;
  return t;
}

// A project built in code, the way the loader would leave it: periods 2015 and 2016,
// reporting on 2016, default status rules.
struct ProjectBuilder {
  Project p;

  ProjectBuilder() {
    p.settings.title = "Socialnämndens måluppföljning";
    p.settings.organisation = "Ronneby kommun";
    p.settings.current_period = period("2016");
    p.settings.periods = {period("2015"), period("2016")};
  }

  ProjectBuilder& indicator(const char* id, const char* unit, Direction d, std::optional<Target> target) {
    Indicator i;
    i.id = id;
    i.title = std::string("Indikator ") + id;
    i.unit = unit;
    i.direction = d;
    i.target = target;
    p.indicators.push_back(i);
    return *this;
  }

  ProjectBuilder& goal(const char* id, GoalLevel level, std::vector<GoalIndicatorLink> links,
                       const char* parent = "") {
    Goal g;
    g.id = id;
    g.title = std::string("Mål ") + id;
    g.level = level;
    g.decided_by = level == GoalLevel::Council ? "Kommunfullmäktige" : "Socialnämnden";
    g.parent = parent;
    g.indicators = std::move(links);
    p.goals.push_back(g);
    return *this;
  }

  ProjectBuilder& unit(const char* id, const char* name) {
    p.units.push_back({id, name});
    return *this;
  }

  ProjectBuilder& outcome(const char* indicator, const char* period_id, Gender g, std::optional<double> value,
                          const char* unit = "", const char* comment = "") {
    Outcome o;
    o.indicator_id = indicator;
    o.period = period(period_id);
    o.gender = g;
    o.unit_id = unit;
    o.value = value;
    o.comment = comment;
    p.outcomes.push_back(o);
    return *this;
  }

  ProjectBuilder& judgement(Subject subject, const char* id, const char* period_id, Status s, const char* unit = "") {
    Judgement j;
    j.subject = subject;
    j.subject_id = id;
    j.period = period(period_id);
    j.unit_id = unit;
    j.status = s;
    j.motivation = "Motivering.";
    p.judgements.push_back(j);
    return *this;
  }
};

GoalIndicatorLink link(const char* id, std::optional<Target> target = std::nullopt) {
  GoalIndicatorLink l;
  l.indicator_id = id;
  l.target = target;
  return l;
}

constexpr size_t k2015 = 0, k2016 = 1;

// Ronneby 2016: young people not back in care within a year. The committee's own target is
// 90 %, the council's 70 %; the outcome was 79 %.
Project ronneby_unga() {
  ProjectBuilder b;
  b.indicator("unga", "%", Direction::HigherIsBetter, at_least(90))
      .goal("kf-unga", GoalLevel::Council, {link("unga", at_least(70))})
      .goal("sn-unga", GoalLevel::Committee, {link("unga")})
      .outcome("unga", "2016", Gender::Men, 60)
      .outcome("unga", "2016", Gender::Total, 79)
      .outcome("unga", "2016", Gender::Women, 85);
  return b.p;
}

Project placed_children() {
  ProjectBuilder b;
  b.indicator("placerade-barn", "st", Direction::LowerIsBetter, at_most_and_decrease(94))
      .goal("sn-narmiljo", GoalLevel::Committee, {link("placerade-barn")})
      .outcome("placerade-barn", "2015", Gender::Total, 95)
      .outcome("placerade-barn", "2016", Gender::Total, 67);
  return b.p;
}

}  // namespace

// --- indicators and targets ------------------------------------------------------------------

TEST_CASE("results: a goal's own target is checked beside the indicator's") {
  const Project p = ronneby_unga();
  const Results r = compute_results(p);
  const IndicatorResult* unga = r.indicator("unga");
  REQUIRE(unga);
  REQUIRE(unga->checks.size() == 2);
  CHECK(unga->checks[0].goal == nullptr);
  CHECK(unga->checks[0].target_text == "minst 90\u00a0%");
  CHECK(unga->checks[1].goal == p.find_goal("kf-unga"));
  CHECK(unga->checks[1].target_text == "minst 70\u00a0%");

  CHECK(unga->checks[0].headline[k2016].status == Status::NotAchieved);
  CHECK(unga->checks[1].headline[k2016].status == Status::Achieved);
  CHECK(unga->checks[1].headline[k2016].sentence == "79\u00a0% mot målet minst 70\u00a0%: uppnått.");

  CHECK(unga->check_for(p.find_goal("kf-unga")) == &unga->checks[1]);
  CHECK(unga->check_for(p.find_goal("sn-unga")) == &unga->checks[0]);
  CHECK(unga->goals == std::vector<const Goal*>{p.find_goal("kf-unga"), p.find_goal("sn-unga")});
}

TEST_CASE("results: each goal rolls up its own target's status") {
  const Project p = ronneby_unga();
  const Results r = compute_results(p);
  CHECK(r.goal("kf-unga")->periods[k2016].status == Status::Achieved);
  CHECK(r.goal("sn-unga")->periods[k2016].status == Status::NotAchieved);
  CHECK(r.goal("kf-unga")->periods[k2016].sentence == "Uppnått: 1 uppnådd av 1 indikator.");
  CHECK(r.goal("sn-unga")->periods[k2016].sentence == "Ej uppnått: 1 ej uppnådd av 1 indikator.");
}

TEST_CASE("results: outcomes split by gender are evaluated per gender against the same target") {
  const Project p = ronneby_unga();
  const Results r = compute_results(p);
  const IndicatorResult* unga = r.indicator("unga");
  REQUIRE(unga->series.size() == 3);
  CHECK(unga->series[0].gender == Gender::Total);  // total first, whatever the file order
  CHECK(unga->series[1].gender == Gender::Women);
  CHECK(unga->series[2].gender == Gender::Men);
  CHECK(unga->split_by_gender());
  CHECK(unga->total() == &unga->series[0]);

  const TargetCheck& kf = unga->checks[1];  // at least 70
  REQUIRE(kf.by_series.size() == 3);
  CHECK(kf.by_series[0][k2016].status == Status::Achieved);
  CHECK(kf.by_series[1][k2016].status == Status::Achieved);     // women 85
  CHECK(kf.by_series[2][k2016].status == Status::NotAchieved);  // men 60
  CHECK(kf.by_series[2][k2016].sentence == "60\u00a0% mot målet minst 70\u00a0%: ej uppnått.");

  const TargetCheck& own = unga->checks[0];  // at least 90
  CHECK(own.by_series[1][k2016].status == Status::PartiallyAchieved);
  CHECK(own.by_series[2][k2016].status == Status::NotAchieved);
}

TEST_CASE("results: the headline is the total's, not the genders'") {
  ProjectBuilder b;
  b.indicator("i", "%", Direction::HigherIsBetter, at_least(70))
      .outcome("i", "2016", Gender::Total, 71)
      .outcome("i", "2016", Gender::Women, 50)
      .outcome("i", "2016", Gender::Men, 50);
  const Project p = b.p;
  const Results r = compute_results(p);
  CHECK(r.indicator("i")->checks[0].headline[k2016].status == Status::Achieved);
}

TEST_CASE("results: one point per period, empty where there is no outcome") {
  const Project p = ronneby_unga();
  const Results r = compute_results(p);
  const Series& total = r.indicator("unga")->series[0];
  REQUIRE(total.points.size() == 2);
  CHECK_FALSE(total.points[k2015].value);
  CHECK(total.points[k2016].value == 79.0);
  CHECK(r.indicator("unga")->checks[0].headline[k2015].status == Status::NoData);
  CHECK(r.indicator("unga")->checks[0].headline[k2015].sentence == "Inget utfall för 2015 (målet: minst 90\u00a0%).");
}

TEST_CASE("results: comments travel with their point") {
  ProjectBuilder b;
  b.indicator("i", "st", Direction::LowerIsBetter, std::nullopt)
      .outcome("i", "2015", Gender::Total, std::nullopt, "", "uppgift saknas");
  const Project p = b.p;
  const Results r = compute_results(p);
  REQUIRE(r.indicator("i")->series.size() == 1);
  CHECK(r.indicator("i")->series[0].points[k2015].comment == "uppgift saknas");
  CHECK_FALSE(r.indicator("i")->series[0].points[k2015].value);
}

TEST_CASE("results: a change target compares with the previous period") {
  const Project p = placed_children();
  const Results r = compute_results(p);
  const TargetCheck& c = r.indicator("placerade-barn")->checks[0];
  CHECK(c.headline[k2016].status == Status::Achieved);
  CHECK(c.headline[k2016].sentence ==
        "67\u00a0st mot målet högst 94\u00a0st och minska jämfört med föregående år: uppnått. "
        "Förändring sedan 2015: \u221228\u00a0st (från 95\u00a0st).");
  // 2015 has no 2014 to compare with, and 95 misses 94 by less than 10 %.
  CHECK(c.headline[k2015].status == Status::PartiallyAchieved);
}

TEST_CASE("results: the previous value may come from a period that is not shown") {
  ProjectBuilder b;
  b.indicator("placerade-barn", "st", Direction::LowerIsBetter, at_most_and_decrease(94))
      .outcome("placerade-barn", "2015", Gender::Total, 95)
      .outcome("placerade-barn", "2016", Gender::Total, 67);
  b.p.settings.periods = {period("2016")};
  const Project p = b.p;
  const Results r = compute_results(p);
  const IndicatorResult* ir = r.indicator("placerade-barn");
  CHECK(r.current_period_index == 0);
  REQUIRE(ir->series[0].points.size() == 1);
  CHECK(ir->checks[0].headline[0].status == Status::Achieved);
  CHECK(ir->checks[0].by_series[0][0].previous == 95.0);
}

TEST_CASE("results: an interim period is compared with the same months a year earlier") {
  ProjectBuilder b;
  b.indicator("placerade-barn", "st", Direction::LowerIsBetter, at_most_and_decrease(94))
      .outcome("placerade-barn", "2017", Gender::Total, 95)  // a whole year: not comparable
      .outcome("placerade-barn", "2018-jan-aug", Gender::Total, 67);
  b.p.settings.current_period = period("2018-jan-aug");
  b.p.settings.periods = {period("2017"), period("2018-jan-aug")};
  Project p = b.p;
  Results r = compute_results(p);
  CHECK(r.current_period_index == 1);
  CHECK(r.indicator("placerade-barn")->checks[0].headline[1].status == Status::NoData);

  p.outcomes.push_back(p.outcomes[0]);
  p.outcomes.back().period = period("2017-jan-aug");
  r = compute_results(p);
  CHECK(r.indicator("placerade-barn")->checks[0].headline[1].status == Status::Achieved);
}

TEST_CASE("results: an indicator without a target is followed without a verdict") {
  ProjectBuilder b;
  b.indicator("nojdhet", "%", Direction::HigherIsBetter, std::nullopt)
      .goal("brukare", GoalLevel::Committee, {link("nojdhet")})
      .outcome("nojdhet", "2016", Gender::Total, 92);
  const Project p = b.p;
  const Results r = compute_results(p);
  const IndicatorResult* ir = r.indicator("nojdhet");
  REQUIRE(ir->checks.size() == 1);
  CHECK(ir->checks[0].target == nullptr);
  CHECK(ir->checks[0].headline[k2016].status == Status::NoData);
  CHECK(ir->checks[0].headline[k2016].sentence == "Indikatorn har inget målvärde; den följs upp utan bedömning.");
  CHECK(r.goal("brukare")->periods[k2016].status == Status::NoData);
  CHECK(r.goal("brukare")->periods[k2016].sentence == "Ingen uppgift för 2016: inga bedömda indikatorer.");
}

TEST_CASE("results: series per unit follow the whole organisation, in the order units are declared") {
  ProjectBuilder b;
  b.unit("b-enhet", "B").unit("a-enhet", "A");
  b.indicator("i", "st", Direction::LowerIsBetter, std::nullopt)
      .outcome("i", "2016", Gender::Total, 1, "a-enhet")
      .outcome("i", "2016", Gender::Total, 2, "b-enhet")
      .outcome("i", "2016", Gender::Total, 3);
  const Project p = b.p;
  const Results r = compute_results(p);
  const auto& series = r.indicator("i")->series;
  REQUIRE(series.size() == 3);
  CHECK(series[0].unit_id.empty());
  CHECK(series[1].unit_id == "b-enhet");
  CHECK(series[2].unit_id == "a-enhet");
  CHECK_FALSE(r.indicator("i")->split_by_gender());
}

TEST_CASE("results: without a whole-organisation total, the units' results are rolled up") {
  ProjectBuilder b;
  b.unit("a", "A").unit("b", "B");
  b.indicator("i", "%", Direction::HigherIsBetter, at_least(75))
      .outcome("i", "2016", Gender::Total, 80, "a")
      .outcome("i", "2016", Gender::Total, 60, "b");
  const Project p = b.p;
  const Results r = compute_results(p);
  const Verdict& v = r.indicator("i")->checks[0].headline[k2016];
  CHECK(r.indicator("i")->total() == nullptr);
  CHECK(v.status == Status::PartiallyAchieved);
  CHECK(v.sentence == "Delvis uppnått: sammanvägt för 2 enheter mot målet minst 75\u00a0%.");
}

// --- judgements ------------------------------------------------------------------------------

TEST_CASE("results: a judgement without unit overrides a computed indicator status") {
  ProjectBuilder b;
  b.p = placed_children();
  b.judgement(Subject::Indicator, "placerade-barn", "2016", Status::NotAchieved);
  const Project p = b.p;
  const Results r = compute_results(p);
  const TargetCheck& c = r.indicator("placerade-barn")->checks[0];
  CHECK(c.by_series[0][k2016].status == Status::Achieved);  // the figures still say achieved
  CHECK(c.headline[k2016].status == Status::NotAchieved);
  CHECK(c.headline[k2016].judgement == &p.judgements[0]);
  CHECK(c.headline[k2016].sentence == "Bedömning för 2016: ej uppnått.");
  CHECK(r.goal("sn-narmiljo")->periods[k2016].status == Status::NotAchieved);
  // Only its own period.
  CHECK(c.headline[k2015].judgement == nullptr);
}

TEST_CASE("results: a unit's judgement does not override the organisation's figure") {
  ProjectBuilder b;
  b.p = placed_children();
  b.unit("ifo", "IFO").judgement(Subject::Indicator, "placerade-barn", "2016", Status::NotAchieved, "ifo");
  const Project p = b.p;
  const Results r = compute_results(p);
  const Verdict& v = r.indicator("placerade-barn")->checks[0].headline[k2016];
  CHECK(v.status == Status::Achieved);
  CHECK(v.judgement == nullptr);
  CHECK(r.indicator("placerade-barn")->judgements.size() == 1);
}

TEST_CASE("results: a judged indicator takes its status from the judgement") {
  ProjectBuilder b;
  b.indicator("bemotande", "%", Direction::HigherIsBetter, manual())
      .judgement(Subject::Indicator, "bemotande", "2016", Status::Achieved);
  const Project p = b.p;
  const Results r = compute_results(p);
  const TargetCheck& c = r.indicator("bemotande")->checks[0];
  CHECK(c.by_series.empty());
  CHECK(c.target_text == "bedöms");
  CHECK(c.headline[k2016].status == Status::Achieved);
  CHECK(c.headline[k2015].status == Status::NoData);
  CHECK(c.headline[k2015].sentence == "Ingen bedömning för 2015.");
}

TEST_CASE("results: units' judgements of a judged indicator roll up") {
  ProjectBuilder b;
  b.unit("a", "A").unit("b", "B");
  b.indicator("bemotande", "%", Direction::HigherIsBetter, manual())
      .judgement(Subject::Indicator, "bemotande", "2016", Status::Achieved, "a")
      .judgement(Subject::Indicator, "bemotande", "2016", Status::NotAchieved, "b")
      .judgement(Subject::Indicator, "bemotande", "2015", Status::Achieved, "a");
  const Project p = b.p;
  const Results r = compute_results(p);
  const TargetCheck& c = r.indicator("bemotande")->checks[0];
  CHECK(c.headline[k2016].status == Status::PartiallyAchieved);
  CHECK(c.headline[k2016].sentence == "Delvis uppnått: sammanvägd bedömning av 2 enheter.");
  CHECK(c.headline[k2015].status == Status::Achieved);
  CHECK(c.headline[k2015].sentence == "Uppnått: sammanvägd bedömning av 1 enhet.");
}

TEST_CASE("results: a goal judgement without unit overrides the roll-up") {
  ProjectBuilder b;
  b.p = placed_children();
  b.judgement(Subject::Goal, "sn-narmiljo", "2016", Status::PartiallyAchieved);
  const Project p = b.p;
  const Results r = compute_results(p);
  const GoalPeriod& gp = r.goal("sn-narmiljo")->periods[k2016];
  CHECK(r.indicator("placerade-barn")->checks[0].headline[k2016].status == Status::Achieved);
  CHECK(gp.status == Status::PartiallyAchieved);
  CHECK(gp.override_judgement == &p.judgements[0]);
  CHECK(gp.sentence == "Delvis uppnått enligt bedömning för 2016.");
}

TEST_CASE("results: units' judgements of a goal roll up with its indicators") {
  ProjectBuilder b;
  b.p = placed_children();
  b.unit("ifo", "IFO").unit("lss", "LSS");
  b.judgement(Subject::Goal, "sn-narmiljo", "2016", Status::NotAchieved, "ifo");
  const Project p = b.p;
  const Results r = compute_results(p);
  const GoalPeriod& gp = r.goal("sn-narmiljo")->periods[k2016];
  CHECK(gp.status == Status::PartiallyAchieved);
  CHECK(gp.override_judgement == nullptr);
  REQUIRE(gp.unit_judgements.size() == 1);
  CHECK(gp.sentence == "Delvis uppnått: 1 uppnådd, 1 ej uppnådd av 1 indikator och 1 enhetsbedömning.");
}

TEST_CASE("results: a goal judged only by its units") {
  ProjectBuilder b;
  b.unit("ifo", "IFO").unit("lss", "LSS");
  b.goal("bemotande", GoalLevel::Unit, {})
      .judgement(Subject::Goal, "bemotande", "2016", Status::Achieved, "ifo")
      .judgement(Subject::Goal, "bemotande", "2016", Status::Achieved, "lss");
  const Project p = b.p;
  const Results r = compute_results(p);
  CHECK(r.goal("bemotande")->periods[k2016].status == Status::Achieved);
  CHECK(r.goal("bemotande")->periods[k2016].sentence == "Uppnått: 2 uppnådda av 2 enhetsbedömningar.");
  CHECK(r.goal("bemotande")->periods[k2015].status == Status::NoData);
}

// --- goal roll-up --------------------------------------------------------------------------

TEST_CASE("rollup: mixed") {
  const StatusRules rules;
  using S = Status;
  CHECK(rollup({S::Achieved, S::Achieved}, rules) == S::Achieved);
  CHECK(rollup({S::NotAchieved, S::NotAchieved}, rules) == S::NotAchieved);
  CHECK(rollup({S::Achieved, S::NotAchieved}, rules) == S::PartiallyAchieved);
  CHECK(rollup({S::PartiallyAchieved}, rules) == S::PartiallyAchieved);
  CHECK(rollup({S::Achieved, S::NoData}, rules) == S::Achieved);  // no data is ignored
}

TEST_CASE("rollup: worst") {
  StatusRules rules;
  rules.goal_rollup = Rollup::Worst;
  using S = Status;
  CHECK(rollup({S::Achieved, S::Achieved}, rules) == S::Achieved);
  CHECK(rollup({S::Achieved, S::PartiallyAchieved}, rules) == S::PartiallyAchieved);
  CHECK(rollup({S::Achieved, S::PartiallyAchieved, S::NotAchieved}, rules) == S::NotAchieved);
  CHECK(rollup({S::Achieved, S::NoData}, rules) == S::Achieved);
}

TEST_CASE("rollup: share") {
  StatusRules rules;
  rules.goal_rollup = Rollup::Share;
  rules.achieved_share_percent = 75;
  using S = Status;
  CHECK(rollup({S::Achieved, S::Achieved, S::Achieved, S::NotAchieved}, rules) == S::Achieved);  // exactly 75 %
  CHECK(rollup({S::Achieved, S::Achieved, S::NotAchieved}, rules) == S::PartiallyAchieved);
  CHECK(rollup({S::Achieved, S::NotAchieved, S::NotAchieved, S::NotAchieved}, rules) == S::PartiallyAchieved);
  CHECK(rollup({S::PartiallyAchieved, S::NotAchieved}, rules) == S::NotAchieved);  // none achieved
  CHECK(rollup({S::Achieved, S::NoData, S::NoData}, rules) == S::Achieved);
  rules.achieved_share_percent = 100.0 * 2 / 3;
  CHECK(rollup({S::Achieved, S::Achieved, S::NotAchieved}, rules) == S::Achieved);
}

TEST_CASE("rollup: nothing, or only no data, is no data under every rule") {
  for (Rollup rule : {Rollup::Mixed, Rollup::Worst, Rollup::Share}) {
    StatusRules rules;
    rules.goal_rollup = rule;
    CHECK(rollup({}, rules) == Status::NoData);
    CHECK(rollup({Status::NoData, Status::NoData}, rules) == Status::NoData);
  }
}

TEST_CASE("results: the project's roll-up rule is used for goals") {
  ProjectBuilder b;
  b.indicator("a", "%", Direction::HigherIsBetter, at_least(50))
      .indicator("b", "%", Direction::HigherIsBetter, at_least(50))
      .goal("g", GoalLevel::Committee, {link("a"), link("b")})
      .outcome("a", "2016", Gender::Total, 60)
      .outcome("b", "2016", Gender::Total, 46);  // partial, within 10 %
  Project p = b.p;
  CHECK(compute_results(p).goal("g")->periods[k2016].status == Status::PartiallyAchieved);
  p.settings.rules.goal_rollup = Rollup::Share;
  p.settings.rules.achieved_share_percent = 50;
  CHECK(compute_results(p).goal("g")->periods[k2016].status == Status::Achieved);
}

TEST_CASE("results: indicators without data are left out of a goal's roll-up") {
  ProjectBuilder b;
  b.indicator("a", "%", Direction::HigherIsBetter, at_least(50))
      .indicator("b", "%", Direction::HigherIsBetter, at_least(50))
      .goal("g", GoalLevel::Committee, {link("a"), link("b")})
      .outcome("a", "2016", Gender::Total, 60);
  const Project p = b.p;
  const Results r = compute_results(p);
  CHECK(r.goal("g")->periods[k2016].status == Status::Achieved);
  CHECK(r.goal("g")->periods[k2016].sentence == "Uppnått: 1 uppnådd av 1 indikator.");
}

TEST_CASE("results: a parent goal includes its child goals' statuses") {
  ProjectBuilder b;
  // The child comes first in the file: roll-up order must not depend on it.
  b.indicator("a", "%", Direction::HigherIsBetter, at_least(50))
      .indicator("b", "%", Direction::HigherIsBetter, at_least(50))
      .goal("sn", GoalLevel::Committee, {link("a")}, "kf")
      .goal("kf", GoalLevel::Council, {link("b")})
      .outcome("a", "2016", Gender::Total, 60)
      .outcome("b", "2016", Gender::Total, 20);
  const Project p = b.p;
  const Results r = compute_results(p);
  const GoalResult* kf = r.goal("kf");
  CHECK(kf->children == std::vector<const Goal*>{p.find_goal("sn")});
  CHECK(r.goal("sn")->periods[k2016].status == Status::Achieved);
  CHECK(kf->periods[k2016].status == Status::PartiallyAchieved);
  CHECK(kf->periods[k2016].sentence == "Delvis uppnått: 1 uppnådd, 1 ej uppnådd av 1 indikator och 1 delmål.");
}

TEST_CASE("results: statuses roll up through several levels") {
  ProjectBuilder b;
  b.indicator("a", "%", Direction::HigherIsBetter, at_least(50))
      .goal("kf", GoalLevel::Council, {})
      .goal("sn", GoalLevel::Committee, {}, "kf")
      .goal("enhet", GoalLevel::Unit, {link("a")}, "sn")
      .outcome("a", "2016", Gender::Total, 20);
  const Project p = b.p;
  const Results r = compute_results(p);
  CHECK(r.goal("enhet")->periods[k2016].status == Status::NotAchieved);
  CHECK(r.goal("sn")->periods[k2016].status == Status::NotAchieved);
  CHECK(r.goal("kf")->periods[k2016].status == Status::NotAchieved);
  CHECK(r.goal("kf")->periods[k2016].sentence == "Ej uppnått: 1 ej uppnådd av 1 delmål.");
  CHECK(r.goal("kf")->periods[k2015].status == Status::NoData);
}

TEST_CASE("results: lookups by id") {
  const Project p = ronneby_unga();
  const Results r = compute_results(p);
  CHECK(r.project == &p);
  CHECK(r.current_period_index == k2016);
  CHECK(r.indicator("saknas") == nullptr);
  CHECK(r.goal("saknas") == nullptr);
  REQUIRE(r.goals.size() == 2);
  CHECK(r.goals[0].goal->id == "kf-unga");  // project order
}
