#include "site/pages.h"

#include <algorithm>
#include <cmath>
#include <map>

#include "charts/indicator_charts.h"
#include "charts/overview_charts.h"
#include "generator/number_format.h"
#include "site/comparison_pages.h"
#include "site/downloads.h"
#include "site/html.h"
#include "site/markdown.h"
#include "charts/comparison_charts.h"
#include "generator/comparison.h"

namespace jamfor {
namespace {

const std::vector<Period>& periods_of(const Results& r) { return r.project->settings.periods; }
const Period& current_of(const Results& r) { return periods_of(r)[r.current_period_index]; }

std::string goal_href(const std::string& root, const Goal& g) { return root + "goals/" + g.id + ".html"; }
std::string indicator_href(const std::string& root, const Indicator& i) {
  return root + "indicators/" + i.id + ".html";
}

std::string unit_name(const Project& p, const std::string& unit_id) {
  if (unit_id.empty()) return p.settings.organisation;
  const OrgUnit* u = p.find_unit(unit_id);
  return u ? u->name : unit_id;
}

std::string value_text(const std::optional<double>& v, const Indicator& ind, const Wording& w) {
  return v ? format_value(*v, ind, w) : "–";
}

// "−28 st, förbättring": the change and whether it is for the better.
Html trend_text(const std::optional<double>& v, const std::optional<double>& prev, const Indicator& ind, const Wording& w) {
  if (!v || !prev) return "–"_html;
  double delta = *v - *prev;
  std::string out = format_change(delta, ind, w);
  if (std::fabs(delta) < 1e-9) return escape(out + std::string(w.unchanged));
  bool better = (delta > 0) == (ind.direction == Direction::HigherIsBetter);
  const Html arrow = delta > 0 ? "↑"_html : "↓"_html;
  return "<span aria-hidden=\"true\">"_html + arrow + "</span> "_html + escape(out) +
         escape(better ? w.for_the_better : w.for_the_worse);
}

std::optional<double> value_at(const Results& r, const IndicatorResult& ind, const Period& p) {
  const Series* total = ind.total();
  if (!total) return std::nullopt;
  const auto& periods = periods_of(r);
  auto it = std::find(periods.begin(), periods.end(), p);
  if (it != periods.end()) return total->points[static_cast<size_t>(it - periods.begin())].value;
  // The previous period may lie outside the periods shown; look in the raw outcomes.
  for (const auto& o : r.project->outcomes)
    if (o.indicator_id == ind.indicator->id && o.unit_id.empty() && o.gender == Gender::Total && o.period == p)
      return o.value;
  return std::nullopt;
}

Html analyses_html(const std::vector<const Analysis*>& analyses, const Period& period, int under_level,
                          const Wording& w) {
  Html h;
  for (const Analysis* a : analyses)
    if (a->period == period) h += "<div class=\"analysis\">\n"_html + render_markdown(a->markdown, w, under_level) + "</div>\n"_html;
  return h;
}

Html judgement_html(const Project& p, const Judgement& j, int level, const Wording& w) {
  const Html heading_tag = escape("h" + std::to_string(level));
  std::string who = j.unit_id.empty() ? std::string(w.overall_judgement) : unit_name(p, j.unit_id);
  Html h = "<section class=\"judgement\">\n<"_html + heading_tag + ">"_html + escape(who) + ": "_html +
           status_badge(j.status, w) + "</"_html + heading_tag + ">\n"_html;
  h += "<div class=\"motivation\">"_html + render_markdown(j.motivation, w, level) + "</div>\n</section>\n"_html;
  return h;
}

// The KPI an indicator takes its values from, when the comparison data has it.
const ComparisonKpi* measured_by(const Results& r, const Indicator& ind) {
  if (ind.values_from == ValuesFrom::Outcomes || !r.comparison) return nullptr;
  const ComparisonKpi* k = r.comparison->data->kpi(ind.kpi);
  return k && k->indicator_id == ind.id ? k : nullptr;
}

// The source of an indicator's values when they come from Kolada or a table: "Kolada" or
// "Öppna jämförelser"; empty for the project's own figures.
std::string external_source(const Results& r, const Indicator& ind) {
  if (ind.values_from == ValuesFrom::Kolada) return "Kolada";
  const ComparisonKpi* k = measured_by(r, ind);
  return k ? k->source_name : "";
}

// ", hämtad 2026-12-03, publicerad av Kolada 2025-06-14" for the Kolada values of `indicators`,
// as Kolada's terms ask a service to say where and when.
std::string fetched_note(const Results& r, const std::vector<const Indicator*>& indicators, const Wording& w) {
  if (!r.comparison || r.comparison->data->kolada_fetched.empty()) return "";
  std::vector<const ComparisonKpi*> kpis;
  bool kolada = false;
  for (const Indicator* ind : indicators) {
    if (ind->values_from != ValuesFrom::Kolada) continue;
    kolada = true;
    if (const ComparisonKpi* k = measured_by(r, *ind)) kpis.push_back(k);
  }
  return kolada ? kolada_dates(kpis, r.comparison->data->kolada_fetched, w) : "";
}

// Kolada's terms: its values say "Källa: Kolada"; what we compute from them must not. Other
// sources are named the same way.
Html source_note(const Results& r, const Indicator& ind, const Wording& w) {
  const std::string source = external_source(r, ind);
  if (source.empty()) return Html();
  const std::string values = source_credit(source) + std::string(ind.values_from == ValuesFrom::Kolada ? w.kpi_named : w.measure_named) +
                             ind.kpi + fetched_note(r, {&ind}, w);
  return "<p class=\"attribution\">"_html + escape(w.source_is) + escape(values) + escape(w.own_processing_of(source)) + "</p>\n"_html;
}

constexpr Status kStatusOrder[] = {Status::Achieved, Status::PartiallyAchieved, Status::NotAchieved, Status::NoData};

// Counts per status and group, the numbers of the start page's chart: a row per status, so
// it fits a phone however many groups there are.
Html summary_table(const std::vector<GoalGroup>& groups, size_t period_index, const std::string& caption, const Wording& w) {
  Html h = "<table class=\"summary\">\n<caption>"_html + escape(caption) + "</caption>\n<thead><tr><th scope=\"col\">"_html +
           escape(w.col_status) + "</th>"_html;
  if (groups.size() > 1)
    for (const auto& g : groups) h += "<th scope=\"col\">"_html + escape(g.label) + "</th>"_html;
  h += "<th scope=\"col\">"_html + escape(groups.size() > 1 ? w.all_goals : w.goal_count) + "</th></tr></thead>\n<tbody>\n"_html;
  for (Status s : kStatusOrder) {
    h += "<tr><th scope=\"row\">"_html + status_badge(s, w) + "</th>"_html;
    int all = 0;
    for (const auto& g : groups) {
      const int n = static_cast<int>(std::count_if(g.goals.begin(), g.goals.end(),
                                                   [&](const GoalResult* goal) { return goal->periods[period_index].status == s; }));
      all += n;
      if (groups.size() > 1) h += "<td>"_html + escape(std::to_string(n)) + "</td>"_html;
    }
    h += "<td>"_html + escape(std::to_string(all)) + "</td></tr>\n"_html;
  }
  h += "</tbody>\n</table>\n"_html;
  return scroll_table(caption, h);
}

int status_rank(Status s) {
  switch (s) {
    case Status::Achieved: return 3;
    case Status::PartiallyAchieved: return 2;
    case Status::NotAchieved: return 1;
    case Status::NoData: return 0;
  }
  return 0;
}

// "↑ Bättre än 2015 (ej uppnått)": the goal's status against the period before.
Html goal_trend(const GoalResult& g, const std::vector<Period>& periods, size_t pi, const Wording& w) {
  if (pi == 0) return Html();
  const Status now = g.periods[pi].status, before = g.periods[pi - 1].status;
  if (now == Status::NoData || before == Status::NoData) return Html();
  const std::string when = periods[pi - 1].label(w);
  const int d = status_rank(now) - status_rank(before);
  if (d == 0) return "<p class=\"trend\">"_html + escape(w.same_as(when)) + "</p>"_html;
  return "<p class=\"trend\"><span aria-hidden=\"true\">"_html + (d > 0 ? "↑"_html : "↓"_html) + "</span> "_html +
         escape((d > 0 ? w.better_than : w.worse_than)(when, status_label(before, w))) + "</p>"_html;
}

}  // namespace

Html render_index_page(const Results& r, const SiteFrame& site) {
  const Wording& w = *site.words;
  const Project& p = *r.project;
  const Period& current = current_of(r);
  const size_t pi = r.current_period_index;
  Html m;
  m += "<h1>"_html + escape(p.settings.title) + "</h1>\n"_html;
  if (!p.settings.description.empty()) m += "<p class=\"lead\">"_html + escape(p.settings.description) + "</p>\n"_html;
  const std::vector<GoalGroup> groups = goal_groups(r);
  std::optional<ChartSpec> chart;
  // A comparison site without goals of its own starts with the comparisons.
  if (!groups.empty()) {
    m += "<section class=\"overview\">\n<h2>"_html + escape(w.goal_fulfilment(current.label(w))) + "</h2>\n"_html;
    chart = goal_status_chart(groups, pi, current.label(w), w);
    m += chart_figure(*chart, w.goals_per_status_chart(current.label(w)), w);
    m += summary_table(groups, pi, w.goals_per_status_table(current.label(w)), w) + "</section>\n"_html;
  }
  for (const auto& group : groups) {
    m += "<section class=\"goal-group\">\n<h2>"_html + escape(w.goals_decided_by(group.label)) + "</h2>\n<ul class=\"goal-tiles\">\n"_html;
    for (const GoalResult* g : group.goals) {
      const GoalPeriod& gp = g->periods[pi];
      m += "<li class=\"tile tile-"_html + escape(status_id(gp.status)) + "\">"_html + status_badge(gp.status, w) +
           "\n<h3><a href=\""_html + escape(goal_href("", *g->goal)) + "\">"_html + escape(g->goal->title) + "</a></h3>\n"_html +
           goal_trend(*g, periods_of(r), pi, w) + "<p class=\"sentence\">"_html + escape(gp.sentence) + "</p></li>\n"_html;
    }
    m += "</ul>\n</section>\n"_html;
  }
  if (const ComparisonResults* c = r.comparison) {
    const Comparison& data = *c->data;
    m += "<section>\n<h2>"_html + escape(w.comparisons_heading) + "</h2>\n<ul>\n"_html;
    m += "<li><a href=\""_html + escape(kKpiIndex) + "\">"_html + escape(w.kpi_count(std::to_string(c->kpis.size()))) + "</a>"_html +
         escape(w.list_and) + "<a href=\""_html + escape(kMunicipalityIndex) + "\">"_html + escape(w.profile_count(std::to_string(c->scope.size()))) +
         escape(w.list_and) + escape(w.county_page_count(std::to_string(c->county_pages.size()))) + "</a></li>\n"_html;
    if (c->focus)
      m += "<li><a href=\"compare/"_html + escape(profile_href(data.areas[*c->focus])) + "\">"_html + escape(w.profile_of(data.areas[*c->focus].title)) +
           "</a>"_html + escape(w.profile_link_note) + "</li>\n"_html;
    for (const auto& county : c->county_pages)
      m += "<li><a href=\"compare/"_html + escape(county_href(county)) + "\">"_html + escape(w.county_side_by_side(data.county_name(county))) +
           "</a></li>\n"_html;
    if (c->national) m += "<li><a href=\"compare/country.html\">"_html + escape(w.counties_compared) + "</a></li>\n"_html;
    m += "</ul>\n"_html;
    std::vector<const ComparisonKpi*> kpis;
    for (const auto& k : c->kpis) kpis.push_back(k.kpi);
    m += comparison_attribution(kpis, data.kolada_fetched, w) + "</section>\n"_html;
  }
  std::vector<const IndicatorResult*> unlinked;
  for (const auto& i : r.indicators)
    if (i.goals.empty()) unlinked.push_back(&i);
  if (!unlinked.empty()) {
    m += "<section>\n<h2>"_html + escape(w.other_indicators) + "</h2>\n<ul>\n"_html;
    for (const IndicatorResult* i : unlinked)
      m += "<li><a href=\""_html + escape(indicator_href("", *i->indicator)) + "\">"_html + escape(i->indicator->title) + "</a></li>\n"_html;
    m += "</ul>\n</section>\n"_html;
  }
  return render_page(site, {std::string(w.overview), "", {}, chart.has_value(), {}, MenuItem::Goals, "index.html"}, m);
}

Html render_goal_page(const Results& r, const SiteFrame& site, const GoalResult& g) {
  const Wording& w = *site.words;
  const Project& p = *r.project;
  const Goal& goal = *g.goal;
  const auto& periods = periods_of(r);
  const Period& current = current_of(r);
  const size_t pi = r.current_period_index;
  const std::string root = "../";
  Html m;
  m += "<h1>"_html + escape(goal.title) + "</h1>\n"_html;
  m += "<dl class=\"facts\">\n"_html;
  m += "<dt>"_html + escape(w.fact_level) + "</dt><dd>"_html + escape(level_label(goal.level, w)) + "</dd>\n"_html;
  m += "<dt>"_html + escape(w.fact_decided_by) + "</dt><dd>"_html + escape(goal.decided_by) + "</dd>\n"_html;
  if (!goal.decided.empty()) m += "<dt>"_html + escape(w.fact_decided) + "</dt><dd>"_html + escape(goal.decided) + "</dd>\n"_html;
  if (!goal.reference.empty()) m += "<dt>"_html + escape(w.fact_decision) + "</dt><dd>"_html + escape(goal.reference) + "</dd>\n"_html;
  if (!goal.parent.empty()) {
    const Goal* parent = p.find_goal(goal.parent);
    m += "<dt>"_html + escape(w.fact_breaks_down) + "</dt><dd><a href=\""_html + escape(goal_href(root, *parent)) + "\">"_html +
         escape(parent->title) + "</a></dd>\n"_html;
  }
  m += "</dl>\n"_html;
  if (!goal.description.empty()) m += "<div class=\"description\">"_html + render_markdown(goal.description, w, 1) + "</div>\n"_html;

  const GoalPeriod& gp = g.periods[pi];
  m += "<section class=\"verdict\">\n<h2>"_html + escape(w.goal_fulfilment(current.label(w))) + "</h2>\n"_html;
  m += "<p class=\"verdict-status\">"_html + status_badge(gp.status, w) + "</p>\n"_html;
  m += "<p class=\"sentence\">"_html + escape(gp.sentence) + "</p>\n"_html;
  if (gp.override_judgement) m += judgement_html(p, *gp.override_judgement, 3, w);
  for (const Judgement* j : gp.unit_judgements) m += judgement_html(p, *j, 3, w);
  m += analyses_html(g.analyses, current, 2, w);
  m += "</section>\n"_html;

  if (!goal.indicators.empty()) {
    const std::string caption = w.goal_indicators_caption(current.label(w));
    Html t = "<table class=\"indicators\">\n<caption>"_html + escape(caption) + "</caption>\n<thead><tr><th scope=\"col\">"_html +
             escape(w.col_indicator) + "</th><th scope=\"col\">"_html + escape(w.col_target) + "</th><th scope=\"col\">"_html +
             escape(w.col_outcome) + "</th><th scope=\"col\">"_html + escape(w.col_change_since(current.previous().label(w))) +
             "</th><th scope=\"col\">"_html + escape(w.col_status) + "</th></tr></thead>\n<tbody>\n"_html;
    for (const auto& link : goal.indicators) {
      const IndicatorResult* ir = r.indicator(link.indicator_id);
      const Indicator& ind = *ir->indicator;
      const TargetCheck* c = ir->check_for(&goal);
      auto v = value_at(r, *ir, current);
      auto prev = value_at(r, *ir, current.previous());
      t += "<tr><th scope=\"row\"><a href=\""_html + escape(indicator_href(root, ind)) + "\">"_html + escape(ind.title) + "</a></th>"_html;
      t += "<td>"_html + escape(c && c->target ? c->target_text : std::string(w.no_target)) + "</td>"_html;
      t += "<td>"_html + escape(value_text(v, ind, w)) + "</td>"_html;
      t += "<td>"_html + trend_text(v, prev, ind, w) + "</td>"_html;
      t += "<td>"_html + (c && c->target ? status_badge(c->headline[pi].status, w) : "–"_html) + "</td></tr>\n"_html;
    }
    m += "<section>\n<h2>"_html + escape(w.indicators_heading) + "</h2>\n"_html + scroll_table(caption, t + "</tbody>\n</table>\n"_html);
    // Each source once, with the dates of its indicators' values.
    std::vector<std::pair<std::string, std::vector<const Indicator*>>> sources;
    for (const auto& l : goal.indicators) {
      const Indicator& ind = *p.find_indicator(l.indicator_id);
      const std::string s = external_source(r, ind);
      if (s.empty()) continue;
      auto it = std::find_if(sources.begin(), sources.end(), [&](const auto& e) { return e.first == s; });
      if (it == sources.end()) it = sources.insert(sources.end(), {s, {}});
      it->second.push_back(&ind);
    }
    for (const auto& [s, indicators] : sources)
      m += "<p class=\"attribution\">"_html + escape(w.goal_attribution(s, source_credit(s), fetched_note(r, indicators, w))) + "</p>\n"_html;
    for (const auto& link : goal.indicators) {
      const IndicatorResult* ir = r.indicator(link.indicator_id);
      const TargetCheck* c = ir->check_for(&goal);
      Html analysis = analyses_html(ir->analyses, current, 3, w);
      Html judgements;
      for (const Judgement* j : ir->judgements)
        if (j->period == current) judgements += judgement_html(p, *j, 4, w);
      m += "<section class=\"indicator-summary\">\n<h3><a href=\""_html + escape(indicator_href(root, *ir->indicator)) + "\">"_html +
           escape(ir->indicator->title) + "</a></h3>\n"_html;
      if (c && c->target) m += "<p class=\"sentence\">"_html + escape(c->headline[pi].sentence) + "</p>\n"_html;
      m += judgements + analysis + "</section>\n"_html;
    }
    m += "</section>\n"_html;
  }

  if (!g.children.empty()) {
    m += "<section>\n<h2>"_html + escape(w.subgoals) + "</h2>\n<ul class=\"goal-list\">\n"_html;
    for (const Goal* child : g.children)
      m += "<li>"_html + status_badge(r.goal(child->id)->periods[pi].status, w) + " <a href=\""_html + escape(goal_href(root, *child)) +
           "\">"_html + escape(child->title) + "</a></li>\n"_html;
    m += "</ul>\n</section>\n"_html;
  }

  if (periods.size() > 1) {
    Html t = "<table>\n<caption>"_html + escape(w.fulfilment_per_period) + "</caption>\n<thead><tr><th scope=\"col\">"_html +
             escape(w.col_period) + "</th><th scope=\"col\">"_html + escape(w.col_status) + "</th><th scope=\"col\">"_html +
             escape(w.col_basis) + "</th></tr></thead>\n<tbody>\n"_html;
    for (size_t i = 0; i < periods.size(); ++i)
      t += "<tr><th scope=\"row\">"_html + escape(periods[i].label(w)) + "</th><td>"_html + status_badge(g.periods[i].status, w) +
           "</td><td>"_html + escape(g.periods[i].sentence) + "</td></tr>\n"_html;
    m += "<section>\n<h2>"_html + escape(w.over_time) + "</h2>\n"_html +
         scroll_table(std::string(w.fulfilment_per_period), t + "</tbody>\n</table>\n"_html) +
         "</section>\n"_html;
  }
  PageFrame frame{goal.title, root, {{root + "index.html", std::string(w.overview)}, {"", goal.title}}, false, {}, MenuItem::Goals,
                  "goals/" + goal.id + ".html"};
  return render_page(site, frame, m);
}

Html render_indicator_page(const Results& r, const SiteFrame& site, const IndicatorResult& ir) {
  const Wording& w = *site.words;
  const Project& p = *r.project;
  const Indicator& ind = *ir.indicator;
  const auto& periods = periods_of(r);
  const Period& current = current_of(r);
  const size_t pi = r.current_period_index;
  const std::string root = "../";
  Html m;
  m += "<h1>"_html + escape(ind.title) + "</h1>\n<dl class=\"facts\">\n"_html;
  m += "<dt>"_html + escape(w.fact_unit) + "</dt><dd>"_html + escape(ind.unit.empty() ? "–" : ind.unit) + "</dd>\n"_html;
  m += "<dt>"_html + escape(w.fact_direction) + "</dt><dd>"_html +
       escape(ind.direction == Direction::HigherIsBetter ? w.higher_is_better : w.lower_is_better) + "</dd>\n"_html;
  m += "<dt>"_html + escape(w.fact_source) + "</dt><dd>"_html + escape(ind.source.empty() ? p.settings.organisation : ind.source) + "</dd>\n"_html;
  if (!ir.goals.empty()) {
    m += "<dt>"_html + escape(w.fact_measures) + "</dt><dd><ul>"_html;
    for (const Goal* g : ir.goals) m += "<li><a href=\""_html + escape(goal_href(root, *g)) + "\">"_html + escape(g->title) + "</a></li>"_html;
    m += "</ul></dd>\n"_html;
  }
  m += "</dl>\n"_html;
  if (!ind.description.empty()) m += "<div class=\"description\">"_html + render_markdown(ind.description, w, 1) + "</div>\n"_html;

  m += "<section class=\"verdict\">\n<h2>"_html + escape(w.judgement_heading(current.label(w))) + "</h2>\n"_html;
  bool any_target = false;
  for (const auto& c : ir.checks) {
    if (!c.target) continue;
    any_target = true;
    std::string against = c.goal ? w.against_goal_target(c.goal->decided_by) : std::string(w.against_target);
    m += "<div class=\"check\">\n<h3>"_html + escape(against) + ": "_html + escape(c.target_text) + "</h3>\n"_html;
    m += "<p class=\"verdict-status\">"_html + status_badge(c.headline[pi].status, w) + "</p>\n"_html;
    m += "<p class=\"sentence\">"_html + escape(c.headline[pi].sentence) + "</p>\n"_html;
    if (!c.by_series.empty() && ir.split_by_gender()) {
      m += "<ul class=\"by-gender\">\n"_html;
      for (size_t si = 0; si < ir.series.size(); ++si) {
        const auto& s = ir.series[si];
        if (!s.unit_id.empty() || s.gender == Gender::Total || !c.by_series[si][pi].value) continue;
        m += "<li>"_html + escape(gender_label(s.gender, w)) + ": "_html + status_badge(c.by_series[si][pi].status, w) + " "_html +
             escape(c.by_series[si][pi].sentence) + "</li>\n"_html;
      }
      m += "</ul>\n"_html;
    }
    m += "</div>\n"_html;
  }
  if (!any_target) m += "<p>"_html + escape(w.no_target_followed) + "</p>\n"_html;
  if (std::string source = external_source(r, ind); any_target && !source.empty())
    m += "<p class=\"attribution\">"_html + escape(w.judgement_own_processing(source)) + "</p>\n"_html;
  for (const Judgement* j : ir.judgements)
    if (j->period == current) m += judgement_html(p, *j, 3, w);
  m += analyses_html(ir.analyses, current, 2, w);
  m += "</section>\n"_html;

  auto trend = trend_chart(ir, p);
  auto gender = gender_chart(ir, p);
  auto units = unit_chart(ir, p);
  if (trend || gender || units) {
    m += "<section>\n<h2>"_html + escape(w.charts_heading) + "</h2>\n"_html;
    bool has_level = std::any_of(ir.checks.begin(), ir.checks.end(), [](const TargetCheck& c) {
      return c.target && c.target->assessment == Assessment::Measured && c.target->has_level_condition();
    });
    if (trend)
      m += chart_figure(*trend, w.trend_caption(ind.values_for.empty() ? p.settings.organisation : ind.values_for) +
                                    (has_level ? std::string(w.dashed_target_line) : "."), w);
    if (gender) m += chart_figure(*gender, std::string(w.gender_caption), w);
    if (units) m += chart_figure(*units, std::string(w.units_caption), w);
    m += "</section>\n"_html;
  }

  m += "<section>\n<h2>"_html + escape(w.data_heading) + "</h2>\n"_html;
  if (ir.series.empty()) {
    m += "<p>"_html + escape(w.no_outcomes) + "</p>\n"_html;
  } else {
    Html t = "<table class=\"data\">\n<caption>"_html + escape(w.outcomes_for(ind.title)) + "</caption>\n<thead><tr><th scope=\"col\">"_html +
             escape(w.col_period) + "</th>"_html;
    for (const auto& s : ir.series) {
      std::string head = !s.unit_id.empty() ? unit_name(p, s.unit_id) + ", " + std::string(gender_label(s.gender, w))
                         : ind.values_for.empty() ? std::string(gender_label(s.gender, w))
                                                  : ind.values_for + ", " + std::string(gender_label(s.gender, w));
      t += "<th scope=\"col\">"_html + escape(head) + "</th>"_html;
    }
    const TargetCheck* own = ir.checks.empty() ? nullptr : &ir.checks.front();
    bool status_column = own && own->target;
    if (status_column) t += "<th scope=\"col\">"_html + escape(w.col_status) + "</th>"_html;
    t += "</tr></thead>\n<tbody>\n"_html;
    for (size_t i = 0; i < periods.size(); ++i) {
      t += "<tr><th scope=\"row\">"_html + escape(periods[i].label(w)) + "</th>"_html;
      for (const auto& s : ir.series) {
        t += "<td>"_html + escape(value_text(s.points[i].value, ind, w));
        if (!s.points[i].comment.empty()) t += " <span class=\"comment\">("_html + escape(s.points[i].comment) + ")</span>"_html;
        t += "</td>"_html;
      }
      if (status_column) t += "<td>"_html + status_badge(own->headline[i].status, w) + "</td>"_html;
      t += "</tr>\n"_html;
    }
    m += scroll_table(w.outcomes_for(ind.title), t + "</tbody>\n</table>\n"_html);
    m += source_note(r, ind, w);
    if (const ComparisonKpi* k = measured_by(r, ind))
      m += "<p><a href=\"../compare/"_html + escape(kpi_href(*k)) + "\">"_html + escape(w.compare_link) + "</a>"_html + escape(w.compare_link_note) +
           "</p>\n"_html;
    m += download_links(ind.id, w.the_outcomes, w);
  }
  m += "</section>\n"_html;
  PageFrame frame{ind.title, root, {{root + "index.html", std::string(w.overview)}, {"", ind.title}}, trend || gender || units, {},
                  MenuItem::Indicators, "indicators/" + ind.id + ".html"};
  if (ir.goals.size() == 1)
    frame.breadcrumbs.insert(frame.breadcrumbs.begin() + 1, {goal_href(root, *ir.goals[0]), ir.goals[0]->title});
  return render_page(site, frame, m);
}

DataTable indicator_table(const Results& r, const IndicatorResult& ir) {
  const Wording& w = wording(r.project->settings.language);
  const auto& periods = periods_of(r);
  const Indicator& ind = *ir.indicator;
  DataTable t;
  t.title = w.outcomes_for(ind.title);
  t.unit = ind.unit;
  const std::string external = external_source(r, ind);
  t.source = external.empty() ? (ind.source.empty() ? r.project->settings.organisation : ind.source)
                              : source_credit(external) + ", " + ind.kpi + fetched_note(r, {&ind}, w);
  t.columns.assign(w.outcome_columns.begin(), w.outcome_columns.end());
  for (const auto& s : ir.series)
    for (size_t i = 0; i < periods.size(); ++i) {
      const auto& point = s.points[i];
      if (!point.value && point.comment.empty()) continue;
      t.rows.push_back({ind.id, periods[i].id(), std::string(gender_code(s.gender)),
                        s.kind == UnitKind::Own ? DataCell(s.unit_id) : DataCell(std::string()),
                        s.kind == UnitKind::Own ? DataCell(std::string()) : DataCell(s.unit_id),
                        point.value ? DataCell(*point.value) : DataCell(), point.comment});
    }
  return t;
}

}  // namespace jamfor
