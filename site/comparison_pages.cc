#include "site/comparison_pages.h"

#include <algorithm>
#include <cmath>

#include "charts/comparison_charts.h"
#include "generator/comparison_json.h"
#include "generator/number_format.h"
#include "generator/json_text.h"
#include "model/collation.h"
#include "site/downloads.h"
#include "site/html.h"
#include "site/page_parts.h"

namespace jamfor {
namespace {

const std::string kRoot = "../";
// The seven aspects of SKR's national user survey of individual and family care, in Kolada.
const std::vector<std::string> kSurveyKpis = {"U30447", "U30448", "U30449", "U30450", "U30451", "U30452", "U30453"};
// Beyond this many municipalities a line per municipality is no longer readable.
constexpr size_t kMaxLines = 10;
// Beyond this many municipalities (more than any county has) the ranks of every year are a
// page of their own: Sweden's 290 over 29 years are 280 kB, twice what a KPI page may weigh.
constexpr size_t kMaxRankRows = 50;
// A mean of municipalities, where the source has no value of its own: marked and explained.
const Html kMeanMark = "<sup>*</sup>"_html;
// `text` escaped, with `markup` in place of the first `mark`: wording that has a link or a
// mark inside its sentence.
Html escape_around(std::string_view text, std::string_view mark, const Html& markup) {
  const size_t at = text.find(mark);
  if (at == std::string_view::npos) return escape(text);
  return escape(text.substr(0, at)) + markup + escape(text.substr(at + mark.size()));
}

Html mean_note(const Wording& w) { return "<p class=\"note\">"_html + kMeanMark + escape(w.mean_note) + "</p>\n"_html; }

// Everything a page is drawn from.
struct View {
  const Results& results;
  const ComparisonResults& r;
  const Comparison& c;
  const SiteFrame& site;
};

std::string value_text(const std::optional<double>& v, const ComparisonKpi& k, const Wording& w) {
  return v ? kpi_value_text(*v, k, w) : "–";
}

// "12 av 288", never broken across lines.
Html rank_of(const Ranking& ranking, int slot, const Wording& w) {
  std::string out;
  for (char ch : w.rank_of(std::to_string(ranking.rank[static_cast<size_t>(slot)]), std::to_string(ranking.n)))
    out += ch == ' ' ? std::string("\u00a0") : std::string(1, ch);
  return escape(out);
}

bool is_mean(const std::optional<Reference>& ref) { return ref && ref->origin == ReferenceOrigin::MeanOfMunicipalities; }

// "12,3 %", with the mark when it is our own mean.
Html reference_html(const std::optional<Reference>& ref, const ComparisonKpi& k, const Wording& w) {
  if (!ref) return "–"_html;
  return escape(kpi_value_text(ref->value, k, w)) + (is_mean(ref) ? kMeanMark : Html());
}

// "12,3 % (medelvärde av 5 kommuner, egen bearbetning)": for facts, where there is room.
Html reference_words(const std::optional<Reference>& ref, const ComparisonKpi& k, const Wording& w) {
  if (!ref) return escape(w.class_no_value);
  Html out = escape(kpi_value_text(ref->value, k, w));
  if (is_mean(ref)) out += " ("_html + escape(w.mean_of_n_municipalities(std::to_string(ref->count))) + ")"_html;
  return out;
}

Html area_link(const View& v, size_t area) {
  const Area& a = v.c.areas[area];
  return v.r.in_scope(area) ? "<a href=\""_html + escape(profile_href(a)) + "\">"_html + escape(a.title) + "</a>"_html : escape(a.title);
}

Html change_text(const std::optional<double>& now, const std::optional<double>& before, const ComparisonKpi& k,
                 const Wording& w) {
  if (!now || !before) return "–"_html;
  const double delta = *now - *before;
  if (k.kind == ValueKind::YesNo)
    return escape(delta == 0 ? std::string(w.unchanged_answer) : w.answer_changed(value_text(before, k, w), value_text(now, k, w)));
  Html out = escape(format_change(delta, kpi_as_indicator(k, w), w));
  if (std::fabs(delta) < 1e-9 || !k.direction) return out;
  const bool better = (delta > 0) == (*k.direction == Direction::HigherIsBetter);
  return "<span aria-hidden=\"true\">"_html + (delta > 0 ? "↑"_html : "↓"_html) + "</span> "_html + out +
         escape(better ? w.for_the_better : w.for_the_worse);
}

// The difference to a reference: "+2,1 procentenheter", or for answers the reference's value.
Html distance_text(const std::optional<double>& v, const std::optional<Reference>& ref, const ComparisonKpi& k,
                   const Wording& w) {
  if (!v || !ref) return "–"_html;
  if (k.kind == ValueKind::YesNo) return reference_html(ref, k, w);
  return escape(format_change(*v - ref->value, kpi_as_indicator(k, w), w)) + (is_mean(ref) ? kMeanMark : Html());
}

Html classing_note(const Ranking& ranking, const Population& population, const Wording& w) {
  switch (ranking.classing) {
    case Classing::Quartiles: return escape(w.classing_quartiles(population.label));
    case Classing::Answers: return escape(w.classing_answers);
    case Classing::TooFew: return escape(w.classing_too_few(std::to_string(ranking.n), std::to_string(kMinimumForClasses)));
    case Classing::NoDirection: return escape(w.classing_no_direction);
  }
  return Html();
}

Html kpi_source_line(const View& v, const ComparisonKpi& k) {
  const Wording& w = *v.site.words;
  std::string out = k.source == Source::Kolada ? w.kolada_kpi_named(k.id) : w.measure_from(k.id, k.source_name);
  out += ". ";
  out += !k.direction ? std::string(w.no_direction_given)
         : std::string(*k.direction == Direction::HigherIsBetter ? w.higher_is_better : w.lower_is_better) + ".";
  if (k.source == Source::Kolada) {
    if (!v.c.kolada_fetched.empty()) out += w.fetched_from_kolada(v.c.kolada_fetched);
    if (!k.publication_date.empty()) out += w.kolada_published(k.publication_date);
  }
  return "<p>"_html + escape(out) + "</p>\n"_html;
}

std::optional<std::string> county_of_focus(const View& v) {
  if (v.r.focus) return v.c.areas[*v.r.focus].county;
  if (v.r.county_pages.size() == 1) return v.r.county_pages.front();
  return std::nullopt;
}

// A municipality map names its areas from the site's list of them (kMunicipalityAreas).
std::vector<std::string> map_scripts(const View& v) {
  std::vector<std::string> out;
  if (!v.c.municipality_boundaries.empty())
    out.insert(out.end(), {std::string(kMunicipalityAreas) + ".js", std::string(kMunicipalityBoundaries) + ".js"});
  if (!v.c.county_boundaries.empty()) out.push_back(std::string(kCountyBoundaries) + ".js");
  return out;
}

// The counties a municipality map shows: those with a page, or all of them nationally.
std::vector<std::string> map_counties(const View& v) { return v.r.national ? std::vector<std::string>{} : v.r.county_pages; }

// ---------------------------------------------------------------- KPI page

Html focus_facts(const View& v, const KpiResult& k, const YearComparison& y) {
  const Wording& w = *v.site.words;
  const ComparisonKpi& kpi = *k.kpi;
  Html m;
  if (!v.r.focus) {
    m += "<section>\n<h2>"_html + escape(std::to_string(y.year)) + "</h2>\n<dl class=\"facts\">\n"_html;
    m += "<dt>"_html + escape(w.areas_with_value) + "</dt><dd>"_html + escape(std::to_string(y.ranking.n)) + escape(w.of) +
         escape(v.r.population.label) + "</dd>\n"_html;
  } else {
    const size_t focus = *v.r.focus;
    const Area& a = v.c.areas[focus];
    auto value = v.c.value(kpi, focus, y.year, Gender::Total);
    m += "<section>\n<h2>"_html + escape(a.title) + " "_html + escape(std::to_string(y.year)) + "</h2>\n<dl class=\"facts\">\n"_html;
    m += "<dt>"_html + escape(w.value_word) + "</dt><dd>"_html +
         (value ? escape(kpi_value_text(*value, kpi, w)) : escape(w.no_value_in) + escape(std::to_string(y.year)));
    if (!value)
      if (auto last = last_year_with_value(v.c, kpi, focus))
        m += escape(w.latest_value_is(value_text(v.c.value(kpi, focus, *last, Gender::Total), kpi, w)) + " (" +
                    std::to_string(*last) + ")");
    m += "</dd>\n"_html;
    m += "<dt>"_html + escape(w.change_since(std::to_string(y.year - 1))) + "</dt><dd>"_html +
         change_text(value, v.c.value(kpi, focus, y.year - 1, Gender::Total), kpi, w) + "</dd>\n"_html;
    const int slot = v.r.population.slot(focus);
    if (slot >= 0 && y.ranking.rank[static_cast<size_t>(slot)]) {
      m += "<dt>"_html + escape(w.rank_word) + "</dt><dd>"_html + rank_of(y.ranking, slot, w) +
           escape(w.among_with_value(v.r.population.label)) + "</dd>\n"_html;
      if (y.ranking.classing == Classing::Quartiles || y.ranking.classing == Classing::Answers)
        m += "<dt>"_html + escape(w.class_word) + "</dt><dd>"_html + class_badge(y.ranking.cls[static_cast<size_t>(slot)], w) + "</dd>\n"_html;
    }
    if (k.targets) {
      const int i = v.r.presented_index(focus);
      const AreaStatus& s = k.targets->by_area[static_cast<size_t>(i)];
      m += "<dt>"_html + escape(w.against_project_target) + "</dt><dd>"_html + escape(k.targets->text) + ": "_html + status_badge(s.status, w) +
           escape(s.year && s.year != y.year ? " (" + std::to_string(s.year) + ")" : "") + "</dd>\n"_html;
    }
  }
  m += "<dt>"_html + escape(w.riket) + "</dt><dd>"_html + reference_words(y.riket, kpi, w) + "</dd>\n"_html;
  if (auto county = county_of_focus(v))
    m += "<dt>"_html + escape(v.c.county_name(*county)) + "</dt><dd>"_html + reference_words(v.r.county_reference(y, *county), kpi, w) + "</dd>\n"_html;
  if (v.r.similar_group)
    m += "<dt>"_html + escape(v.c.areas[*v.r.similar_group].title) + "</dt><dd>"_html + reference_words(y.group, kpi, w) + "</dd>\n"_html;
  m += "<dt>"_html + escape(w.median_of_municipalities) + "</dt><dd>"_html + escape(value_text(y.ranking.median, kpi, w)) + "</dd>\n"_html;
  m += "<dt>"_html + escape(w.unweighted_mean) + "</dt><dd>"_html + escape(value_text(y.ranking.mean, kpi, w)) + "</dd>\n"_html;
  m += "</dl>\n</section>\n"_html;
  return m;
}

Html ranking_table(const View& v, const KpiResult& k, const YearComparison& y) {
  const Wording& w = *v.site.words;
  const ComparisonKpi& kpi = *k.kpi;
  const std::string caption = w.ranking_caption(std::to_string(y.year), v.r.population.label);
  // When every row is in scope (the national site) the table says so once, not 290 times.
  const bool all_in_scope = std::all_of(y.ranking.order.begin(), y.ranking.order.end(),
                                        [&](auto slot) { return v.r.in_scope(v.r.population.areas[slot]); });
  Html t = "<table class=\"data ranking"_html + (all_in_scope ? " all-in-scope"_html : Html()) + "\">\n<caption>"_html + escape(caption) +
           "</caption>\n<thead><tr>"_html;
  for (std::string_view col : {w.col_rank, w.col_municipality, w.col_value, w.col_percentile, w.col_class})
    t += "<th scope=\"col\">"_html + escape(col) + "</th>"_html;
  t += "</tr></thead>\n<tbody>\n"_html;
  for (auto slot : y.ranking.order) {
    const size_t area = v.r.population.areas[slot];
    const bool ranked = y.ranking.rank[slot] != 0;
    const bool mine = v.r.focus && area == *v.r.focus;
    t += "<tr"_html + (mine ? " class=\"focus\""_html : v.r.in_scope(area) && !all_in_scope ? " class=\"in-scope\""_html : Html()) + "><td>"_html +
         escape(ranked ? std::to_string(y.ranking.rank[slot]) : "–") + "</td><th scope=\"row\">"_html + area_link(v, area) + "</th><td>"_html +
         escape(value_text(v.c.value(kpi, area, y.year, y.gender), kpi, w)) + "</td><td>"_html +
         escape(ranked ? format_number(y.ranking.percentile(slot), w, 0) : "–") + "</td>"_html + class_badge_cell(y.ranking.cls[slot]) +
         "</tr>\n"_html;
  }
  return scroll_table(caption, t + "</tbody>\n</table>\n"_html);
}

// The downloads beside the KPI page: the latest ranking of totals, women and men.
DataTable ranking_data(const View& v, const KpiResult& k) {
  const Wording& w = *v.site.words;
  DataTable t;
  t.title = w.ranking_for(k.kpi->title);
  t.unit = k.kpi->unit;
  t.source = source_credit(k.kpi->source_name) + ", " + k.kpi->id +
             (k.kpi->source == Source::Kolada ? kolada_dates({k.kpi}, v.c.kolada_fetched, w) : std::string()) +
             std::string(w.ranking_own_processing);
  t.columns.assign(w.ranking_columns.begin(), w.ranking_columns.end());
  for (Gender g : {Gender::Total, Gender::Women, Gender::Men}) {
    const YearComparison* y = k.latest(g);
    if (!y) continue;
    for (auto slot : y->ranking.order) {
      const size_t area = v.r.population.areas[slot];
      auto value = v.c.value(*k.kpi, area, y->year, g);
      const bool ranked = y->ranking.rank[slot] != 0;
      t.rows.push_back({k.kpi->id, static_cast<double>(y->year), std::string(gender_code(g)), v.c.areas[area].id,
                        v.c.areas[area].title, value ? DataCell(*value) : DataCell(),
                        ranked ? DataCell(static_cast<double>(y->ranking.rank[slot])) : DataCell(),
                        ranked ? DataCell(std::round(y->ranking.percentile(slot) * 10) / 10) : DataCell(),
                        std::string(class_label(y->ranking.cls[slot], w))});
    }
  }
  return t;
}

// The ranks of `rows` in each of `years`, as compact class cells.
Html rank_table(const View& v, const std::vector<const YearComparison*>& years, const std::vector<size_t>& rows) {
  const Wording& w = *v.site.words;
  Html t = "<table class=\"data rank-history\">\n<caption>"_html + escape(w.rank_per_year) + "</caption>\n<thead><tr><th scope=\"col\">"_html +
           escape(w.col_municipality) + "</th>"_html;
  for (const auto* y : years) t += "<th scope=\"col\">"_html + escape(std::to_string(y->year)) + "</th>"_html;
  t += "</tr></thead>\n<tbody>\n"_html;
  for (size_t area : rows) {
    const int slot = v.r.population.slot(area);
    t += "<tr"_html + (v.r.focus && area == *v.r.focus ? " class=\"focus\""_html : Html()) + "><th scope=\"row\">"_html +
         area_link(v, area) + "</th>"_html;
    for (const auto* y : years) {
      if (slot < 0 || !y->ranking.rank[static_cast<size_t>(slot)]) {
        t += "<td>–</td>"_html;
        continue;
      }
      t += class_cell(y->ranking.cls[static_cast<size_t>(slot)], escape(std::to_string(y->ranking.rank[static_cast<size_t>(slot)])));
    }
    t += "</tr>\n"_html;
  }
  t += "</tbody>\n</table>\n"_html;
  return scroll_table(std::string(w.rank_per_year), t);
}

std::string ranks_href(const ComparisonKpi& k) { return "ranks-" + k.id + ".html"; }

// The page of every municipality's rank in every year, when there are too many for the KPI page.
void ranks_page(const View& v, const KpiResult& k, const std::vector<const YearComparison*>& years, std::vector<SitePage>& out) {
  const Wording& w = *v.site.words;
  const ComparisonKpi& kpi = *k.kpi;
  const std::string title = w.ranks_page_title(kpi.title);
  Html m = "<h1>"_html + escape(title) + "</h1>\n"_html + kpi_source_line(v, kpi);
  m += "<p>"_html + escape(w.rank_by_year_note(v.r.population.label)) + "</p>\n"_html + rank_table(v, years, v.r.scope);
  m += comparison_attribution({&kpi}, v.c.kolada_fetched, w);
  std::vector<std::pair<std::string, std::string>> crumbs = {{kRoot + "index.html", std::string(w.overview)},
                                                             {"kpis.html", std::string(w.menu_kpis)},
                                                             {kpi_href(kpi), kpi.title},
                                                             {"", std::string(w.rank_by_year)}};
  PageFrame frame{title, kRoot, std::move(crumbs), false, {}, MenuItem::Kpis, "compare/" + ranks_href(kpi)};
  out.push_back({"compare/" + ranks_href(kpi), render_page(v.site, frame, m).str()});
}

Html rank_history(const View& v, const KpiResult& k, bool& charts, std::vector<SitePage>& out) {
  if (!k.kpi->direction || v.r.scope.empty()) return Html();
  std::vector<const YearComparison*> years;
  for (const auto& y : k.years)
    if (y.gender == Gender::Total && y.ranking.n > 0) years.push_back(&y);
  if (years.size() < 2) return Html();
  const Wording& w = *v.site.words;
  Html m = "<section>\n<h2>"_html + escape(w.rank_by_year) + "</h2>\n<p>"_html + escape(w.rank_by_year_note(v.r.population.label)) +
           "</p>\n"_html;
  std::vector<size_t> lines = v.r.scope.size() <= kMaxLines ? v.r.scope
                              : v.r.focus ? std::vector<size_t>{*v.r.focus}
                                          : std::vector<size_t>{};
  if (!lines.empty())
    if (auto chart = rank_trend_chart(v.r, k, lines)) {
      charts = true;
      m += chart_figure(*chart, chart->description, w);
    }
  if (v.r.scope.size() <= kMaxRankRows) return m + rank_table(v, years, v.r.scope) + "</section>\n"_html;
  // The page keeps the rows its chart draws; every municipality's are a link away.
  if (!lines.empty()) m += rank_table(v, years, lines);
  ranks_page(v, k, years, out);
  return m + "<p><a href=\""_html + escape(ranks_href(*k.kpi)) + "\">"_html + escape(w.ranks_page_link(v.r.population.label)) +
         "</a></p>\n</section>\n"_html;
}

Html gender_section(const View& v, const KpiResult& k, bool& charts) {
  const YearComparison* women = k.latest(Gender::Women);
  const YearComparison* men = k.latest(Gender::Men);
  if (!women && !men) return Html();
  const ComparisonKpi& kpi = *k.kpi;
  const Wording& w = *v.site.words;
  Html m = "<section>\n<h2>"_html + escape(w.women_and_men) + "</h2>\n"_html;
  if (v.r.focus)
    if (auto chart = gender_chart(v.r, k, *v.r.focus)) {
      charts = true;
      m += chart_figure(*chart, w.women_and_men_in(v.c.areas[*v.r.focus].title), w);
    }
  Html t = "<table class=\"data\">\n<caption>"_html +
           escape(w.women_and_men_caption(women ? " " + std::to_string(women->year) : "",
                                          men ? " " + std::to_string(men->year) : "", v.r.population.label)) +
           "</caption>\n<thead><tr>"_html;
  for (std::string_view col : {w.col_municipality, w.women, w.rank_women, w.men, w.rank_men})
    t += "<th scope=\"col\">"_html + escape(col) + "</th>"_html;
  t += "</tr></thead>\n<tbody>\n"_html;
  auto cells = [&](const YearComparison* y, size_t area) {
    if (!y) return "<td>–</td><td>–</td>"_html;
    const int slot = v.r.population.slot(area);
    const Html rank = slot >= 0 && y->ranking.rank[static_cast<size_t>(slot)] ? rank_of(y->ranking, slot, w) : "–"_html;
    return "<td>"_html + escape(value_text(v.c.value(kpi, area, y->year, y->gender), kpi, w)) + "</td><td>"_html + rank + "</td>"_html;
  };
  for (size_t area : v.r.scope)
    t += "<tr"_html + (v.r.focus && area == *v.r.focus ? " class=\"focus\""_html : Html()) + "><th scope=\"row\">"_html +
         area_link(v, area) + "</th>"_html + cells(women, area) + cells(men, area) + "</tr>\n"_html;
  t += "</tbody>\n</table>\n"_html;
  m += scroll_table(std::string(w.women_and_men), t);
  const std::string link_mark = "\x01";
  const Html link = "<a href=\""_html + escape(kRoot + kpi_json_path(kpi)) + "\">"_html + escape(w.kpi_data_json) + "</a>"_html;
  m += "<p>"_html + escape_around(w.full_gender_ranking(link_mark), link_mark, link) + "</p>\n</section>\n"_html;
  return m;
}

Html reference_section(const View& v, const KpiResult& k, bool& charts) {
  const ComparisonKpi& kpi = *k.kpi;
  std::vector<std::string> drawn;
  auto chart = reference_trend_chart(v.r, k, v.r.focus, &drawn);
  if (!chart) return Html();
  charts = true;
  const Wording& w = *v.site.words;
  std::string names;
  for (size_t i = 0; i < drawn.size(); ++i)
    names += std::string(i == 0 ? "" : i + 1 == drawn.size() ? w.list_and : w.list_comma) + drawn[i];
  Html m = "<section>\n<h2>"_html + escape(w.over_time) + "</h2>\n"_html + chart_figure(*chart, w.per_year(names), w);
  std::optional<std::string> county = county_of_focus(v);
  Html t = "<table class=\"data\">\n<caption>"_html + escape(w.values_per_year) + "</caption>\n<thead><tr><th scope=\"col\">"_html +
           escape(w.col_year) + "</th>"_html;
  if (v.r.focus) t += "<th scope=\"col\">"_html + escape(v.c.areas[*v.r.focus].title) + "</th>"_html;
  t += "<th scope=\"col\">"_html + escape(w.riket) + "</th>"_html;
  if (county) t += "<th scope=\"col\">"_html + escape(v.c.county_name(*county)) + "</th>"_html;
  if (v.r.similar_group) t += "<th scope=\"col\">"_html + escape(v.c.areas[*v.r.similar_group].title) + "</th>"_html;
  t += "</tr></thead>\n<tbody>\n"_html;
  bool means = false;
  for (const auto& y : k.years) {
    if (y.gender != Gender::Total) continue;
    t += "<tr><th scope=\"row\">"_html + escape(std::to_string(y.year)) + "</th>"_html;
    if (v.r.focus) t += "<td>"_html + escape(value_text(v.c.value(kpi, *v.r.focus, y.year, Gender::Total), kpi, w)) + "</td>"_html;
    t += "<td>"_html + reference_html(y.riket, kpi, w) + "</td>"_html;
    means = means || is_mean(y.riket);
    if (county) {
      auto ref = v.r.county_reference(y, *county);
      t += "<td>"_html + reference_html(ref, kpi, w) + "</td>"_html;
      means = means || is_mean(ref);
    }
    if (v.r.similar_group) {
      t += "<td>"_html + reference_html(y.group, kpi, w) + "</td>"_html;
      means = means || is_mean(y.group);
    }
    t += "</tr>\n"_html;
  }
  t += "</tbody>\n</table>\n"_html;
  return m + scroll_table(std::string(w.values_per_year), t) + (means ? mean_note(w) : Html()) + "</section>\n"_html;
}

Html counties_section(const View& v, const KpiResult& k, const YearComparison& y) {
  if (!v.r.national && v.r.county_pages.size() < 2) return Html();
  const ComparisonKpi& kpi = *k.kpi;
  const Wording& w = *v.site.words;
  Html t = "<table class=\"data\">\n<caption>"_html + escape(w.counties_caption(std::to_string(y.year))) + "</caption>\n<thead><tr>"_html;
  for (std::string_view col : {w.col_county, w.county_value, w.mean_of_municipalities, w.col_lowest, w.col_highest, w.areas_with_value})
    t += "<th scope=\"col\">"_html + escape(col) + "</th>"_html;
  if (y.county_ranking) t += "<th scope=\"col\">"_html + escape(w.class_among_counties) + "</th>"_html;
  t += "</tr></thead>\n<tbody>\n"_html;
  bool means = false;
  for (size_t ci = 0; ci < v.r.counties.size(); ++ci) {
    const std::string& county = v.r.counties[ci];
    if (!v.r.national && std::find(v.r.county_pages.begin(), v.r.county_pages.end(), county) == v.r.county_pages.end()) continue;
    std::vector<double> values;
    for (size_t m : v.c.municipalities_of(county))
      if (auto x = v.c.value(kpi, m, y.year, Gender::Total)) values.push_back(*x);
    std::optional<double> mean, low, high;
    if (!values.empty()) {
      double sum = 0;
      for (double x : values) sum += x;
      mean = sum / static_cast<double>(values.size());
      low = *std::min_element(values.begin(), values.end());
      high = *std::max_element(values.begin(), values.end());
    }
    means = means || is_mean(y.counties[ci]);
    t += "<tr><th scope=\"row\"><a href=\""_html + escape(county_href(county)) + "\">"_html + escape(v.c.county_name(county)) + "</a></th><td>"_html +
         reference_html(y.counties[ci], kpi, w) + "</td><td>"_html + escape(value_text(mean, kpi, w)) + "</td><td>"_html +
         escape(value_text(low, kpi, w)) + "</td><td>"_html + escape(value_text(high, kpi, w)) + "</td><td>"_html +
         escape(std::to_string(values.size())) + "</td>"_html +
         (y.county_ranking ? class_badge_cell(y.county_ranking->cls[ci]) : Html()) +
         "</tr>\n"_html;
  }
  t += "</tbody>\n</table>\n"_html;
  return "<section>\n<h2>"_html + escape(w.counties_heading) + "</h2>\n"_html + scroll_table(std::string(w.counties_heading), t) +
         (means ? mean_note(w) : Html()) + "</section>\n"_html;
}

// The way back to the page's index: KPIs to the KPI list, areas to the municipalities'.
std::vector<std::pair<std::string, std::string>> crumbs(const View& v, MenuItem index, std::string here) {
  const Wording& w = *v.site.words;
  const bool kpis = index == MenuItem::Kpis;
  return {{kRoot + "index.html", std::string(w.overview)},
          {kpis ? "kpis.html" : "index.html", std::string(kpis ? w.menu_kpis : w.menu_municipalities)},
          {"", std::move(here)}};
}

void kpi_page(const View& v, const KpiResult& k, std::vector<SitePage>& out) {
  const Wording& w = *v.site.words;
  const ComparisonKpi& kpi = *k.kpi;
  Html m = "<h1>"_html + escape(kpi.title) + "</h1>\n"_html + kpi_source_line(v, kpi);
  const YearComparison* y = k.latest(Gender::Total);
  bool charts = false, ranked = false;
  if (!y) {
    m += "<p>"_html + escape(w.no_values_for_kpi) + "</p>\n"_html;
  } else {
    // What a politician asks first: the value, its change and rank (the facts), the years
    // against Riket and the county; then the whole ranking, its table folded away.
    m += focus_facts(v, k, *y);
    m += reference_section(v, k, charts);
    m += "<section>\n<h2>"_html + escape(w.ranking_heading(std::to_string(y->year), v.r.population.label)) + "</h2>\n"_html;
    m += "<p>"_html + classing_note(y->ranking, v.r.population, w) + "</p>\n"_html;
    if (auto chart = ranked_bar_chart(v.r, k, *y)) {
      charts = ranked = true;
      m += chart_figure(*chart, chart->description + std::string(w.values_in_table), w);
    }
    if (auto map = municipality_map(v.r, k, *y, map_counties(v), "spec-" + kpi.id + "-map")) {
      charts = true;
      m += chart_figure(*map, map->description + std::string(w.values_in_table), w);
    }
    m += "<details class=\"ranking-details\">\n<summary>"_html + escape(w.whole_ranking(std::to_string(y->ranking.n))) + "</summary>\n"_html +
         ranking_table(v, k, *y) + "</details>\n"_html;
    m += download_links("kpi-" + kpi.id, std::string(w.the_ranking), w) + "<p><a href=\""_html + escape(kRoot + kpi_json_path(kpi)) +
         "\">"_html + escape(w.all_years_json) + "</a></p>\n</section>\n"_html;
    for (auto& f : download_files("compare/kpi-" + kpi.id, ranking_data(v, k))) out.push_back({f.path, std::move(f.content)});
    m += rank_history(v, k, charts, out);
    m += gender_section(v, k, charts);
    m += counties_section(v, k, *y);
  }
  m += comparison_attribution({&kpi}, v.c.kolada_fetched, w);
  std::vector<std::string> scripts = map_scripts(v);
  const std::string areas = std::string(kMunicipalityAreas) + ".js";
  if (ranked && std::find(scripts.begin(), scripts.end(), areas) == scripts.end()) scripts.insert(scripts.begin(), areas);
  PageFrame frame{kpi.title, kRoot, crumbs(v, MenuItem::Kpis, kpi.title), charts, std::move(scripts), MenuItem::Kpis,
                  "compare/" + kpi_href(kpi)};
  out.push_back({"compare/" + kpi_href(kpi), render_page(v.site, frame, m).str()});
}

// ---------------------------------------------------------------- profiles

void profile_page(const View& v, size_t area, std::vector<SitePage>& out) {
  const Wording& w = *v.site.words;
  const Area& a = v.c.areas[area];
  const int presented = v.r.presented_index(area);
  const std::string compared = w.compared_with_population(a.title, v.r.population.label);
  Html m = "<h1>"_html + escape(w.profile_heading(a.title)) + "</h1>\n"_html;
  m += "<p class=\"lead\">"_html + escape(a.title) + escape(w.profile_in) + "<a href=\""_html + escape(county_href(a.county)) + "\">"_html +
       escape(v.c.county_name(a.county)) + "</a>"_html + escape(w.profile_lead(v.r.population.label)) + "</p>\n"_html;
  Html t = "<table class=\"data profile\">\n<caption>"_html + escape(compared) + "</caption>\n<thead><tr>"_html;
  for (std::string_view column : {w.col_kpi, w.col_value, w.col_change, w.col_rank_and_class, w.col_goal, w.col_against_riket,
                                  w.col_against_county})
    t += "<th scope=\"col\">"_html + escape(column) + "</th>"_html;
  t += "</tr></thead>\n<tbody>\n"_html;
  bool means = false;
  std::vector<const ComparisonKpi*> shown;
  for (const auto& k : v.r.kpis) {
    const YearComparison* y = k.latest(Gender::Total);
    if (!y) continue;
    const ComparisonKpi& kpi = *k.kpi;
    shown.push_back(&kpi);
    auto value = v.c.value(kpi, area, y->year, Gender::Total);
    Html value_cell = escape(value_text(value, kpi, w));
    if (!value)
      if (auto last = last_year_with_value(v.c, kpi, area))
        value_cell += escape(w.latest_with_value(value_text(v.c.value(kpi, area, *last, Gender::Total), kpi, w),
                                                 std::to_string(*last)));
    const int slot = v.r.population.slot(area);
    const bool ranked = slot >= 0 && y->ranking.rank[static_cast<size_t>(slot)];
    const auto county_ref = v.r.county_reference(*y, a.county);
    means = means || (value && (is_mean(y->riket) || is_mean(county_ref)));
    Html target = "–"_html;
    if (k.targets && presented >= 0) {
      const AreaStatus& s = k.targets->by_area[static_cast<size_t>(presented)];
      target = escape(k.targets->text) + "<br>"_html + status_badge(s.status, w) +
               escape(s.year && s.year != y->year ? " (" + std::to_string(s.year) + ")" : "");
    }
    t += "<tr><th scope=\"row\"><a href=\""_html + escape(kpi_href(kpi)) + "\">"_html + escape(kpi.title) + "</a></th><td>"_html + value_cell +
         "<br><span class=\"note\">"_html + escape(std::to_string(y->year)) + "</span></td><td>"_html +
         change_text(value, v.c.value(kpi, area, y->year - 1, Gender::Total), kpi, *v.site.words) + "</td>"_html +
         (slot >= 0 ? class_cell(y->ranking.cls[static_cast<size_t>(slot)],
                                 ranked ? rank_of(y->ranking, slot, w) : "–"_html)
                    : "<td>–</td>"_html) +
         "<td>"_html + target + "</td><td>"_html + distance_text(value, y->riket, kpi, w) + "</td><td>"_html +
         distance_text(value, county_ref, kpi, w) + "</td></tr>\n"_html;
  }
  t += "</tbody>\n</table>\n"_html;
  m += scroll_table(compared, t) + (means ? mean_note(w) : Html());
  m += comparison_attribution(shown, v.c.kolada_fetched, w);
  PageFrame frame{w.profile_title(a.title), kRoot, crumbs(v, MenuItem::Municipalities, a.title), false, {}, MenuItem::Municipalities,
                  "compare/" + profile_href(a)};
  out.push_back({"compare/" + profile_href(a), render_page(v.site, frame, m).str()});
}

// ---------------------------------------------------------------- matrices in parts

// The heading a KPI is listed under, on kpis.html and in a matrix split into parts: Kolada's
// operating area, or for an Open Comparisons measure its source.
std::string kpi_group(const ComparisonKpi& k) { return k.operating_area.empty() ? k.source_name : k.operating_area; }

// A matrix of the county pages and the national page: a row per KPI.
struct MatrixRow {
  const KpiResult* k = nullptr;
  Html html;
  bool mean = false;  // shows a mean of municipalities, marked and explained below the table
};

// The rows one page of a matrix shows.
struct MatrixPart {
  std::vector<const MatrixRow*> rows;
  std::string label;  // its operating areas, "Befolkning – Kommunen, övergripande"; empty when the matrix is whole
  std::string href;   // from compare/: "county-14.html", "county-14-2.html"
};

// Beyond this many bytes of rows a matrix is split over pages by operating area, so that a
// county page stays under 300 kB with its head, lists and map; Västra Götaland's 49
// municipalities over 500 KPIs are 940 kB.
constexpr size_t kMaxMatrixBytes = 240'000;

// All rows as they are, on one page.
MatrixPart whole(const std::vector<MatrixRow>& rows) {
  MatrixPart part;
  for (const auto& row : rows) part.rows.push_back(&row);
  return part;
}

// The parts of a matrix whose first page is `href`: one, with the rows as they are, when they
// fit; else the rows by operating area (in the order of kpis.html) over pages href,
// "county-14-2.html", …
std::vector<MatrixPart> matrix_parts(const std::vector<MatrixRow>& rows, const std::string& href) {
  size_t bytes = 0;
  for (const auto& row : rows) bytes += row.html.str().size();
  MatrixPart all = whole(rows);
  all.href = href;
  if (bytes <= kMaxMatrixBytes) return {std::move(all)};
  std::vector<const MatrixRow*> ordered = std::move(all.rows);
  std::stable_sort(ordered.begin(), ordered.end(), [](const MatrixRow* a, const MatrixRow* b) {
    return swedish_less(kpi_group(*a->k->kpi), kpi_group(*b->k->kpi));
  });
  std::vector<size_t> sizes, groups;
  for (size_t i = 0; i < ordered.size(); ++i) {
    sizes.push_back(ordered[i]->html.str().size());
    const bool same = i > 0 && kpi_group(*ordered[i]->k->kpi) == kpi_group(*ordered[i - 1]->k->kpi);
    groups.push_back(i == 0 ? 0 : groups.back() + (same ? 0 : 1));
  }
  std::vector<MatrixPart> parts;
  const std::string stem = href.substr(0, href.size() - std::string_view(".html").size());
  for (const PartRange& range : split_into_parts(sizes, groups, kMaxMatrixBytes)) {
    MatrixPart part;
    part.rows.assign(ordered.begin() + static_cast<std::ptrdiff_t>(range.begin), ordered.begin() + static_cast<std::ptrdiff_t>(range.end));
    const std::string first = kpi_group(*part.rows.front()->k->kpi), last = kpi_group(*part.rows.back()->k->kpi);
    part.label = first == last ? first : first + " – " + last;
    part.href = parts.empty() ? href : stem + "-" + std::to_string(parts.size() + 1) + ".html";
    parts.push_back(std::move(part));
  }
  return parts;
}

// "del 2 av 4", for a part's heading and title; with what it holds ("del 2 av 4: Kommunen,
// övergripande") for its table's caption.
std::string part_words(const std::vector<MatrixPart>& parts, size_t i, const Wording& w) {
  return w.page_part(std::to_string(i + 1), std::to_string(parts.size()));
}
std::string part_caption(const std::string& caption, const std::vector<MatrixPart>& parts, size_t i, const Wording& w) {
  return parts.size() > 1 ? caption + ", " + part_words(parts, i, w) + ": " + parts[i].label : caption;
}

// The way between the parts, on each of them.
Html parts_nav(const std::vector<MatrixPart>& parts, size_t current, const Wording& w) {
  Html h = "<nav class=\"page-parts\" aria-label=\""_html + escape(w.page_parts_label) + "\">\n<p>"_html +
           escape(w.page_parts_lead(std::to_string(parts.size()))) + "</p>\n<ol>\n"_html;
  for (size_t i = 0; i < parts.size(); ++i)
    h += i == current ? "<li><span aria-current=\"page\">"_html + escape(parts[i].label) + "</span></li>\n"_html
                      : "<li><a href=\""_html + escape(parts[i].href) + "\">"_html + escape(parts[i].label) + "</a></li>\n"_html;
  return h + "</ol>\n</nav>\n"_html;
}

// One part of a matrix as a table: `head` is its <thead>.
Html matrix_table(const std::string& caption, const Html& head, const MatrixPart& part) {
  Html t = "<table class=\"data matrix\">\n<caption>"_html + escape(caption) + "</caption>\n"_html + head + "<tbody>\n"_html;
  for (const MatrixRow* row : part.rows) t += row->html;
  return scroll_table(caption, t + "</tbody>\n</table>\n"_html);
}

bool any_mean(const MatrixPart& part) {
  return std::any_of(part.rows.begin(), part.rows.end(), [](const MatrixRow* row) { return row->mean; });
}

std::vector<const ComparisonKpi*> kpis_of(const MatrixPart& part) {
  std::vector<const ComparisonKpi*> out;
  for (const MatrixRow* row : part.rows) out.push_back(row->k->kpi);
  return out;
}

// ---------------------------------------------------------------- county pages

// The KPI a county or the national page maps: one the project measures a goal with, else
// the first ranked by quartile (a yes/no map says less than a graded one).
const KpiResult* map_kpi(const View& v) {
  auto ranked = [](const KpiResult& k) { return k.kpi->direction && k.latest(); };
  for (const auto& k : v.r.kpis)
    if (ranked(k) && !k.kpi->indicator_id.empty()) return &k;
  for (const auto& k : v.r.kpis)
    if (ranked(k) && k.kpi->kind != ValueKind::YesNo) return &k;
  for (const auto& k : v.r.kpis)
    if (ranked(k)) return &k;
  return nullptr;
}

void county_page(const View& v, const std::string& county, std::vector<SitePage>& out) {
  const Wording& w = *v.site.words;
  const std::vector<size_t> municipalities = v.c.municipalities_of(county);
  const std::string name = v.c.county_name(county);
  const std::string heading = w.county_heading(name);
  const Html lead = "<p class=\"lead\">"_html + escape(w.county_lead(v.r.population.label)) + "</p>\n"_html;
  Html m = "<h1>"_html + escape(heading) + "</h1>\n"_html + lead;
  m += "<p>"_html + escape(w.municipality_profiles);
  for (size_t i = 0; i < municipalities.size(); ++i) m += (i ? ", "_html : Html()) + area_link(v, municipalities[i]);
  m += ".</p>\n"_html;
  auto head = [&](bool by_target) {
    Html h = "<thead><tr><th scope=\"col\">"_html + escape(w.col_kpi) + "</th><th scope=\"col\">"_html + escape(w.col_year) + "</th>"_html;
    if (by_target) h += "<th scope=\"col\">"_html + escape(w.col_goal) + "</th>"_html;
    for (size_t i : municipalities) h += "<th scope=\"col\">"_html + escape(v.c.areas[i].title) + "</th>"_html;
    if (!by_target) h += "<th scope=\"col\">"_html + escape(name) + "</th><th scope=\"col\">"_html + escape(w.riket) + "</th>"_html;
    return h + "</tr></thead>\n"_html;
  };
  auto rows = [&](bool by_target) {
    std::vector<MatrixRow> out;
    for (const auto& k : v.r.kpis) {
      const YearComparison* y = k.latest(Gender::Total);
      if (!y || (by_target && !k.targets)) continue;
      const ComparisonKpi& kpi = *k.kpi;
      MatrixRow row{&k, {}, false};
      Html& h = row.html;
      h += "<tr><th scope=\"row\"><a href=\""_html + escape(kpi_href(kpi)) + "\">"_html + escape(kpi.title) + "</a></th><td>"_html +
           escape(std::to_string(y->year)) + "</td>"_html;
      if (by_target) h += "<td>"_html + escape(k.targets->text) + "</td>"_html;
      for (size_t area : municipalities) {
        const Html value = escape(value_text(v.c.value(kpi, area, y->year, Gender::Total), kpi, w));
        if (by_target) {
          const AreaStatus& s = k.targets->by_area[static_cast<size_t>(v.r.presented_index(area))];
          h += "<td class=\"cell-"_html + escape(status_id(s.status)) + "\">"_html + value + "<br>"_html + status_badge(s.status, w) + "</td>"_html;
        } else {
          const int slot = v.r.population.slot(area);
          h += class_cell(slot >= 0 ? y->ranking.cls[static_cast<size_t>(slot)] : Class::Unclassed, value);
        }
      }
      if (!by_target) {
        auto ref = v.r.county_reference(*y, county);
        row.mean = is_mean(ref) || is_mean(y->riket);
        h += "<td>"_html + reference_html(ref, kpi, w) + "</td><td>"_html + reference_html(y->riket, kpi, w) + "</td>"_html;
      }
      h += "</tr>\n"_html;
      out.push_back(std::move(row));
    }
    return out;
  };
  const std::string caption = w.class_among(v.r.population.label);
  const std::vector<MatrixRow> by_class = rows(false);
  const std::vector<MatrixPart> parts = matrix_parts(by_class, county_href(county));
  const Html class_head = head(false);
  // The matrix of classes, or one part of it, in its section.
  auto class_section = [&](size_t i) {
    const bool split = parts.size() > 1;
    return "<section>\n<h2>"_html + escape(w.compared_with_heading(v.r.population.label)) + "</h2>\n"_html +
           (split ? parts_nav(parts, i, w) : Html()) +
           (parts[i].rows.empty() ? Html() : matrix_table(part_caption(caption, parts, i, w), class_head, parts[i])) +
           (any_mean(parts[i]) ? mean_note(w) : Html()) + "</section>\n"_html;
  };
  m += class_section(0);
  const std::vector<MatrixRow> by_target = rows(true);
  if (!by_target.empty())
    m += "<section>\n<h2>"_html + escape(w.compared_with_targets) + "</h2>\n<p>"_html + escape(w.same_target_note) + "</p>\n"_html +
         matrix_table(std::string(w.against_project_targets), head(true), whole(by_target)) + "</section>\n"_html;
  bool charts = false;
  if (const KpiResult* k = map_kpi(v))
    if (auto map = municipality_map(v.r, *k, *k->latest(), {county}, "spec-map-" + county)) {
      m += "<section>\n<h2>"_html + escape(w.map_heading(k->kpi->title, std::to_string(k->latest()->year))) + "</h2>\n"_html +
           chart_figure(*map, map->description + std::string(w.values_in_table_above), w, TablePlace::Above) + "</section>\n"_html;
      charts = true;
    }
  std::vector<const ComparisonKpi*> kpis;
  for (const auto& k : v.r.kpis) kpis.push_back(k.kpi);
  m += comparison_attribution(kpis, v.c.kolada_fetched, w);
  PageFrame frame{name, kRoot, crumbs(v, MenuItem::Municipalities, name), charts, map_scripts(v), MenuItem::Counties,
                  "compare/" + county_href(county)};
  out.push_back({"compare/" + county_href(county), render_page(v.site, frame, m).str()});
  // The other parts: the matrix's rows with what explains them.
  for (size_t i = 1; i < parts.size(); ++i) {
    const std::string title = name + " (" + part_words(parts, i, w) + ")";
    Html part = "<h1>"_html + escape(heading + " (" + part_words(parts, i, w) + ")") + "</h1>\n"_html + lead + class_section(i) +
                comparison_attribution(kpis_of(parts[i]), v.c.kolada_fetched, w);
    auto trail = crumbs(v, MenuItem::Municipalities, name);
    trail.back().first = county_href(county);
    trail.emplace_back("", part_words(parts, i, w));
    PageFrame part_frame{title, kRoot, std::move(trail), false, {}, MenuItem::Counties, "compare/" + parts[i].href};
    out.push_back({"compare/" + parts[i].href, render_page(v.site, part_frame, part).str()});
  }
}

// ---------------------------------------------------------------- national page

void national_page(const View& v, std::vector<SitePage>& out) {
  const Wording& w = *v.site.words;
  const Html lead = "<p class=\"lead\">"_html + escape_around(w.national_lead, "*", kMeanMark) + "</p>\n"_html;
  Html m = "<h1>"_html + escape(w.counties_of_sweden_compared) + "</h1>\n"_html + lead;
  bool charts = false;
  if (const KpiResult* k = map_kpi(v))
    if (auto map = county_map(v.r, *k, *k->latest())) {
      m += "<section>\n<h2>"_html + escape(w.map_heading(k->kpi->title, std::to_string(k->latest()->year))) + "</h2>\n"_html +
           chart_figure(*map, map->description + std::string(w.values_in_table_below), w) + "</section>\n"_html;
      charts = true;
    }
  Html head = "<thead><tr>"_html;
  for (std::string_view column : {w.col_kpi, w.col_year, w.riket}) head += "<th scope=\"col\">"_html + escape(column) + "</th>"_html;
  for (const auto& county : v.r.counties)
    head += "<th scope=\"col\"><a href=\""_html + escape(county_href(county)) + "\">"_html + escape(v.c.county_name(county)) + "</a></th>"_html;
  head += "</tr></thead>\n"_html;
  std::vector<MatrixRow> rows;
  for (const auto& k : v.r.kpis) {
    const YearComparison* y = k.latest(Gender::Total);
    if (!y) continue;
    Html t = "<tr><th scope=\"row\"><a href=\""_html + escape(kpi_href(*k.kpi)) + "\">"_html + escape(k.kpi->title) + "</a></th><td>"_html +
             escape(std::to_string(y->year)) + "</td><td>"_html + reference_html(y->riket, *k.kpi, w) + "</td>"_html;
    for (size_t ci = 0; ci < v.r.counties.size(); ++ci) {
      const Html text = reference_html(y->counties[ci], *k.kpi, w);
      t += y->county_ranking ? class_cell(y->county_ranking->cls[ci], text) : "<td>"_html + text + "</td>"_html;
    }
    rows.push_back({&k, t + "</tr>\n"_html, false});
  }
  const std::vector<MatrixPart> parts = matrix_parts(rows, "country.html");
  auto section = [&](size_t i) {
    const bool split = parts.size() > 1;
    return "<section>\n<h2>"_html + escape(w.counties_per_kpi) + "</h2>\n"_html + (split ? parts_nav(parts, i, w) : Html()) +
           matrix_table(part_caption(std::string(w.counties_per_kpi), parts, i, w), head, parts[i]) + mean_note(w) + "</section>\n"_html;
  };
  m += section(0);
  std::vector<const ComparisonKpi*> kpis;
  for (const auto& k : v.r.kpis) kpis.push_back(k.kpi);
  m += comparison_attribution(kpis, v.c.kolada_fetched, w);
  PageFrame frame{std::string(w.counties_of_sweden), kRoot, crumbs(v, MenuItem::Municipalities, std::string(w.counties_of_sweden)), charts, map_scripts(v), MenuItem::Counties,
                  "compare/country.html"};
  out.push_back({"compare/country.html", render_page(v.site, frame, m).str()});
  for (size_t i = 1; i < parts.size(); ++i) {
    const std::string title = std::string(w.counties_of_sweden) + " (" + part_words(parts, i, w) + ")";
    Html part = "<h1>"_html + escape(std::string(w.counties_of_sweden_compared) + " (" + part_words(parts, i, w) + ")") + "</h1>\n"_html +
                lead + section(i) + comparison_attribution(kpis_of(parts[i]), v.c.kolada_fetched, w);
    auto trail = crumbs(v, MenuItem::Municipalities, std::string(w.counties_of_sweden));
    trail.back().first = "country.html";
    trail.emplace_back("", part_words(parts, i, w));
    PageFrame part_frame{title, kRoot, std::move(trail), false, {}, MenuItem::Counties, "compare/" + parts[i].href};
    out.push_back({"compare/" + parts[i].href, render_page(v.site, part_frame, part).str()});
  }
}

// ---------------------------------------------------------------- index and survey

bool has_survey(const View& v) {
  return v.r.focus && std::any_of(kSurveyKpis.begin(), kSurveyKpis.end(), [&](const std::string& id) {
           const KpiResult* k = v.r.kpi(id);
           return k && k->latest();
         });
}

// The municipalities with a profile, by county, with the county pages and the national one.
void municipality_index(const View& v, std::vector<SitePage>& out) {
  const Wording& w = *v.site.words;
  Html m = "<h1>"_html + escape(w.municipalities_and_counties) + "</h1>\n<p class=\"lead\">"_html +
           escape(w.municipalities_lead(v.r.population.label)) + "</p>\n"_html;
  if (v.r.national)
    m += "<p><a href=\"country.html\">"_html + escape(w.counties_compared) + "</a>"_html + escape(w.all_counties_note) + "</p>\n"_html;
  for (const auto& county : v.r.county_pages) {
    m += "<section>\n<h2><a href=\""_html + escape(county_href(county)) + "\">"_html + escape(v.c.county_name(county)) +
         "</a></h2>\n<ul class=\"columns\">\n"_html;
    for (size_t area : v.r.scope)
      if (v.c.areas[area].county == county) m += "<li>"_html + area_link(v, area) + "</li>\n"_html;
    m += "</ul>\n</section>\n"_html;
  }
  PageFrame frame{std::string(w.municipalities_and_counties), kRoot,
                  {{kRoot + "index.html", std::string(w.overview)}, {"", std::string(w.municipalities_and_counties)}}, false, {},
                  MenuItem::Municipalities, kMunicipalityIndex};
  out.push_back({"compare/index.html", render_page(v.site, frame, m).str()});
}

// Every KPI, grouped by Kolada's operating area (an Open Comparisons measure by its source).
void kpi_index(const View& v, std::vector<SitePage>& out) {
  const Wording& w = *v.site.words;
  Html m = "<h1>"_html + escape(w.kpis_title) + "</h1>\n<p class=\"lead\">"_html +
           escape(w.kpis_lead(std::to_string(v.r.kpis.size()), v.r.population.label)) + "</p>\n"_html;
  std::vector<std::pair<std::string, std::vector<const KpiResult*>>> groups;
  for (const auto& k : v.r.kpis) {
    const std::string group = kpi_group(*k.kpi);
    auto it = std::find_if(groups.begin(), groups.end(), [&](const auto& g) { return g.first == group; });
    if (it == groups.end()) it = groups.insert(groups.end(), {group, {}});
    it->second.push_back(&k);
  }
  std::stable_sort(groups.begin(), groups.end(), [](const auto& a, const auto& b) { return swedish_less(a.first, b.first); });
  for (const auto& [group, kpis] : groups) {
    m += "<section>\n<h2>"_html + escape(group) + "</h2>\n<ul class=\"kpi-list\">\n"_html;
    for (const KpiResult* k : kpis)
      m += "<li><a href=\""_html + escape(kpi_href(*k->kpi)) + "\">"_html + escape(k->kpi->title) + "</a> <span class=\"note\">"_html +
           escape(k->kpi->id) + ", "_html + escape(k->kpi->source_name) + "</span></li>\n"_html;
    m += "</ul>\n</section>\n"_html;
  }
  if (has_survey(v)) m += "<p><a href=\"survey.html\">"_html + escape(w.user_survey) + "</a>"_html + escape(w.user_survey_note) + "</p>\n"_html;
  m += "<p>"_html + escape(w.results_as_data) + "<a href=\""_html + escape(kRoot) + "data/comparison.json\">data/comparison.json</a>"_html +
       escape(w.one_file_per_kpi) + "</p>\n"_html;
  std::vector<const ComparisonKpi*> kpis;
  for (const auto& k : v.r.kpis) kpis.push_back(k.kpi);
  m += comparison_attribution(kpis, v.c.kolada_fetched, w);
  PageFrame frame{std::string(w.kpis_title), kRoot, {{kRoot + "index.html", std::string(w.overview)}, {"", std::string(w.kpis_title)}},
                  false, {}, MenuItem::Kpis, kKpiIndex};
  out.push_back({"compare/kpis.html", render_page(v.site, frame, m).str()});
}

void survey_page(const View& v, std::vector<SitePage>& out) {
  const Wording& w = *v.site.words;
  if (!has_survey(v)) return;
  std::vector<const KpiResult*> kpis;
  for (const auto& id : kSurveyKpis)
    if (const KpiResult* k = v.r.kpi(id)) kpis.push_back(k);
  int year = 0;
  for (const KpiResult* k : kpis)
    if (const YearComparison* y = k->latest()) year = std::max(year, y->year);
  const size_t focus = *v.r.focus;
  const std::string name = v.c.areas[focus].title;
  Html m = "<h1>"_html + escape(w.survey_heading(std::to_string(year))) + "</h1>\n"_html;
  m += "<p>"_html + escape(w.survey_lead(name, v.r.similar_group ? v.c.areas[*v.r.similar_group].title : std::string())) + "</p>\n"_html;
  bool charts = false, means = false;
  for (Gender g : {Gender::Total, Gender::Women, Gender::Men}) {
    auto chart = aspects_chart(v.r, kpis, focus, year, g, "spec-survey-" + std::string(gender_code(g)));
    if (!chart) continue;
    charts = true;
    m += "<section>\n<h2>"_html + escape(gender_label(g, w)) + "</h2>\n"_html + chart_figure(*chart, std::string(w.positive_share_per_aspect), w);
    const std::string caption = w.positive_share(gender_label(g, w));
    Html t = "<table class=\"data\">\n<caption>"_html + escape(caption) + "</caption>\n<thead><tr><th scope=\"col\">"_html +
         escape(w.chart_aspect) + "</th><th scope=\"col\">"_html + escape(name) + "</th><th scope=\"col\">"_html + escape(w.riket) + "</th>"_html +
         (v.r.similar_group ? "<th scope=\"col\">"_html + escape(v.c.areas[*v.r.similar_group].title) + "</th>"_html : Html()) +
         "</tr></thead>\n<tbody>\n"_html;
    for (const KpiResult* k : kpis) {
      const YearComparison* y = k->at(year, g);
      t += "<tr><th scope=\"row\"><a href=\""_html + escape(kpi_href(*k->kpi)) + "\">"_html + escape(k->kpi->title) + "</a></th><td>"_html +
           escape(value_text(v.c.value(*k->kpi, focus, year, g), *k->kpi, w)) + "</td><td>"_html +
           (y ? reference_html(y->riket, *k->kpi, w) : "–"_html) + "</td>"_html +
           (v.r.similar_group ? "<td>"_html + (y ? reference_html(y->group, *k->kpi, w) : "–"_html) + "</td>"_html : Html()) + "</tr>\n"_html;
      means = means || (y && (is_mean(y->riket) || is_mean(y->group)));
    }
    m += scroll_table(caption, t + "</tbody>\n</table>\n"_html) + "</section>\n"_html;
  }
  if (means) m += mean_note(w);
  std::vector<const ComparisonKpi*> shown;
  for (const KpiResult* k : kpis) shown.push_back(k->kpi);
  m += comparison_attribution(shown, v.c.kolada_fetched, w);
  PageFrame frame{std::string(w.user_survey), kRoot, crumbs(v, MenuItem::Kpis, std::string(w.user_survey)), charts, {}, MenuItem::Kpis,
                  "compare/survey.html"};
  out.push_back({"compare/survey.html", render_page(v.site, frame, m).str()});
}

}  // namespace

std::string source_credit(const std::string& source) { return source; }

Html comparison_attribution(const std::vector<const ComparisonKpi*>& kpis, const std::string& fetched, const Wording& w) {
  struct Named {
    std::string name;
    bool kolada;
  };
  std::vector<Named> sources;
  for (const ComparisonKpi* k : kpis)
    if (std::none_of(sources.begin(), sources.end(), [&](const Named& n) { return n.name == k->source_name; }))
      sources.push_back({k->source_name, k->source == Source::Kolada});
  if (sources.empty()) return Html();
  Html values, names;
  for (size_t i = 0; i < sources.size(); ++i) {
    values += (i ? "; "_html : Html()) + escape(w.source_is) + escape(source_credit(sources[i].name));
    if (sources[i].kolada) values += escape(kolada_dates(kpis, fetched, w));
    names += (i == 0 ? Html() : i + 1 == sources.size() ? escape(w.list_and) : ", "_html) + escape(sources[i].name);
  }
  return "<p class=\"attribution\">"_html + escape(w.values_label) + values + escape(w.own_processing_from) + names + ".</p>\n"_html;
}

std::string kolada_dates(const std::vector<const ComparisonKpi*>& kpis, const std::string& fetched, const Wording& w) {
  // Kolada dates each KPI's publication; a page of many gives the range.
  std::string first, last;
  for (const ComparisonKpi* k : kpis) {
    if (k->source != Source::Kolada || k->publication_date.empty()) continue;
    if (first.empty() || k->publication_date < first) first = k->publication_date;
    if (last.empty() || k->publication_date > last) last = k->publication_date;
  }
  std::string out = fetched.empty() ? "" : w.fetched_on(fetched);
  if (!first.empty()) out += w.published_by_kolada(first == last ? first : first + "–" + last);
  return out;
}

std::vector<PageTask> comparison_page_tasks(const Results& results, const SiteFrame& site) {
  std::vector<PageTask> tasks;
  if (!results.comparison) return tasks;
  const View v{results, *results.comparison, *results.comparison->data, site};
  // A task of one page: `draw` appends the page and its files.
  auto task = [&tasks](auto draw) {
    tasks.push_back([draw] {
      std::vector<SitePage> pages;
      draw(pages);
      return pages;
    });
  };
  task([v](std::vector<SitePage>& out) { municipality_index(v, out); });
  task([v](std::vector<SitePage>& out) { kpi_index(v, out); });
  for (const auto& k : v.r.kpis)
    task([v, &k](std::vector<SitePage>& out) {
      kpi_page(v, k, out);
      out.push_back({kpi_json_path(*k.kpi), to_json_text(kpi_comparison_json(v.r, k), JsonStyle::Compact)});
    });
  for (size_t area : v.r.scope) task([v, area](std::vector<SitePage>& out) { profile_page(v, area, out); });
  for (const auto& county : v.r.county_pages) task([v, &county](std::vector<SitePage>& out) { county_page(v, county, out); });
  if (v.r.national) task([v](std::vector<SitePage>& out) { national_page(v, out); });
  task([v](std::vector<SitePage>& out) {
    survey_page(v, out);
    out.push_back({"data/comparison.json", to_json_text(comparison_index_json(v.r))});
  });
  return tasks;
}

}  // namespace jamfor
