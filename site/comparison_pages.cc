#include "site/comparison_pages.h"

#include <algorithm>
#include <boost/json.hpp>
#include <cmath>

#include "charts/comparison_charts.h"
#include "generator/format_sv.h"
#include "site/html.h"

namespace jamfor {
namespace {

const std::string kRoot = "../";
// The seven aspects of SKR's national user survey of individual and family care, in Kolada.
const std::vector<std::string> kSurveyKpis = {"U30447", "U30448", "U30449", "U30450", "U30451", "U30452", "U30453"};


std::string kpi_href(const BenchmarkKpi& k) { return "kpi-" + k.id + ".html"; }

std::string value_text(const std::optional<double>& v, const BenchmarkKpi& k) {
  return v ? kpi_value_text(*v, k) : "–";
}

// Quartile as icon and words, never colour alone.
std::string quartile_badge(Quartile q, bool ranked = true) {
  if (!ranked) return "<span class=\"quartile quartile-unranked\">ej rangordnad</span>";
  const char* icon = q == Quartile::Best ? "▲" : q == Quartile::Middle ? "■" : q == Quartile::Worst ? "▼" : "–";
  return "<span class=\"quartile quartile-" + std::string(quartile_id(q)) + "\"><span aria-hidden=\"true\">" + icon +
         "</span> " + std::string(quartile_label(q)) + "</span>";
}


std::string change_text(const KpiComparison& c) {
  if (!c.own || !c.own_previous) return "–";
  double delta = *c.own - *c.own_previous;
  if (c.kpi->kind == ValueKind::YesNo)
    return delta == 0 ? "oförändrat" : "från " + value_text(c.own_previous, *c.kpi) + " till " + value_text(c.own, *c.kpi);
  std::string out = escape(format_change(delta, kpi_as_indicator(*c.kpi)));
  if (std::fabs(delta) < 1e-9 || !c.kpi->direction) return out;
  bool better = (delta > 0) == (*c.kpi->direction == Direction::HigherIsBetter);
  return "<span aria-hidden=\"true\">" + std::string(delta > 0 ? "↑" : "↓") + "</span> " + out +
         (better ? ", förbättring" : ", försämring");
}

std::optional<Status> target_status(const Results& r, const BenchmarkKpi& k, int year) {
  if (k.indicator_id.empty()) return std::nullopt;
  const IndicatorResult* ir = r.indicator(k.indicator_id);
  if (!ir || ir->checks.empty() || !ir->checks.front().target) return std::nullopt;
  const auto& periods = r.project->settings.periods;
  for (size_t i = 0; i < periods.size(); ++i)
    if (periods[i].kind == PeriodKind::Year && periods[i].year == year) return ir->checks.front().headline[i].status;
  return std::nullopt;
}

// The project's target, judged for any municipality's value: for the county's target matrix.
std::optional<Status> target_status_for(const Results& r, const BenchmarkKpi& k, const Benchmark& b, size_t area,
                                        int year) {
  if (k.indicator_id.empty()) return std::nullopt;
  const Indicator* ind = r.project->find_indicator(k.indicator_id);
  if (!ind || !ind->target || ind->target->assessment != Assessment::Measured) return std::nullopt;
  Period p{year, PeriodKind::Year, 1, 12};
  return evaluate({*ind->target, *ind, p, b.value(k, area, year, Gender::Total), b.value(k, area, year - 1, Gender::Total),
                   r.project->settings.rules})
      .status;
}

std::string csv_cell(const std::string& text) {
  if (text.find_first_of(";\"\n") == std::string::npos) return text;
  std::string out = "\"";
  for (char c : text) out += c == '"' ? std::string("\"\"") : std::string(1, c);
  return out + "\"";
}

SitePage kpi_page(const Results& r, const Benchmark& b, const BenchmarkKpi& k, std::vector<SitePage>& extra) {
  const SiteSettings& site = r.project->settings;
  auto year = latest_year(b, k);
  std::string m = "<h1>" + escape(k.title) + "</h1>\n";
  m += "<p>" + (k.source == "Kolada" ? "Kolada-nyckeltal " + escape(k.id) : "Mått " + escape(k.id) + " ur " + escape(k.source)) + ". " +
       (k.direction ? std::string(*k.direction == Direction::HigherIsBetter ? "Högre värde är bättre." : "Lägre värde är bättre.")
                    : std::string("Projektet anger ingen riktning för nyckeltalet, så kommunerna rangordnas inte.")) +
       "</p>\n";
  if (!year) {
    m += "<p>Inga värden finns för nyckeltalet.</p>\n";
    return {"compare/" + kpi_href(k), render_page(site, {k.title, kRoot, {{kRoot + "index.html", "Översikt"}, {"profile.html", "Kommunprofil"}, {"", k.title}}, false}, m)};
  }
  KpiComparison c = compare_kpi(b, k, *year, Gender::Total);
  const std::string own_name = b.areas[*b.area_index(b.own_area)].title;
  const RankedArea* own = b.area_index(b.own_area) ? c.ranking.find(*b.area_index(b.own_area)) : nullptr;
  m += "<section>\n<h2>" + escape(own_name) + " " + std::to_string(*year) + "</h2>\n<dl class=\"facts\">\n";
  m += "<dt>Värde</dt><dd>" + escape(value_text(c.own, k)) + "</dd>\n";
  m += "<dt>Förändring sedan " + std::to_string(*year - 1) + "</dt><dd>" + change_text(c) + "</dd>\n";
  if (own && own->rank) {
    m += "<dt>Rang</dt><dd>" + std::to_string(own->rank) + " av " + std::to_string(c.ranking.with_value) + " (" +
         escape(b.population_label) + " med värde)</dd>\n";
    m += "<dt>Kvartil</dt><dd>" + quartile_badge(own->quartile) + "</dd>\n";
  }
  m += "<dt>Riket</dt><dd>" + escape(value_text(c.riket, k)) + "</dd>\n";
  m += "<dt>Länet</dt><dd>" + escape(value_text(c.county, k)) + "</dd>\n";
  m += "<dt>Median bland kommunerna</dt><dd>" + escape(value_text(c.ranking.median, k)) + "</dd>\n";
  m += "<dt>Medelvärde (ovägt)</dt><dd>" + escape(value_text(c.ranking.mean, k)) + "</dd>\n";
  if (auto s = target_status(r, k, *year)) m += "<dt>Mot projektets mål</dt><dd>" + status_badge(*s) + "</dd>\n";
  m += "</dl>\n</section>\n";

  bool charts = false;
  if (auto chart = ranked_bar_chart(b, c)) {
    m += "<section>\n<h2>Rangordning bland " + escape(b.population_label) + " " + std::to_string(*year) + "</h2>\n" +
         chart_figure(*chart, "Staplarna är kommunerna, bäst till vänster. Streckade linjer: riket, länet och medianen.");
    charts = true;
  }
  if (!b.boundaries_geojson.empty()) {
    boost::system::error_code ec;
    auto geo = boost::json::parse(b.boundaries_geojson, ec);
    if (!ec)
      if (auto map = county_map(b, c, geo)) {
        m += chart_figure(*map, "Länets kommuner färgade efter kvartil bland " + b.population_label + ". Värdena står i tabellen.");
        charts = true;
      }
  }
  m += "<table class=\"data ranking\">\n<caption>Rangordning " + std::to_string(*year) +
       "</caption>\n<thead><tr><th scope=\"col\">Rang</th><th scope=\"col\">Kommun</th><th scope=\"col\">Värde</th>"
       "<th scope=\"col\">Percentil</th><th scope=\"col\">Kvartil</th></tr></thead>\n<tbody>\n";
  std::string csv = "\xEF\xBB\xBF" "kpi;år;område;namn;värde;rang;percentil;kvartil\r\n";
  for (const auto& e : c.ranking.entries) {
    const BenchmarkArea& a = b.areas[e.area];
    bool mine = a.id == b.own_area;
    m += std::string("<tr") + (mine ? " class=\"own\"" : "") + "><td>" + (e.rank ? std::to_string(e.rank) : "–") +
         "</td><th scope=\"row\">" + escape(a.title) + "</th><td>" + escape(value_text(e.value, k)) + "</td><td>" +
         (e.rank ? format_number(e.percentile, 0) : "–") + "</td><td>" + quartile_badge(e.quartile, k.direction || !e.value) +
         "</td></tr>\n";
    csv += k.id + ";" + std::to_string(*year) + ";" + a.id + ";" + csv_cell(a.title) + ";" +
           (e.value ? format_excel(*e.value) : "") + ";" + (e.rank ? std::to_string(e.rank) : "") + ";" +
           (e.rank ? format_excel(std::round(e.percentile * 10) / 10) : "") + ";" + std::string(quartile_label(e.quartile)) + "\r\n";
  }
  m += "</tbody>\n</table>\n";
  m += "<p><a href=\"kpi-" + escape(k.id) + ".csv\" download>Ladda ned rangordningen (CSV för Excel)</a></p>\n</section>\n";
  extra.push_back({"compare/kpi-" + k.id + ".csv", csv});

  m += "<section>\n<h2>Över tid</h2>\n";
  if (auto chart = reference_trend_chart(b, k)) {
    m += chart_figure(*chart, own_name + " jämfört med riket, länet och liknande kommuner.");
    charts = true;
  }
  std::vector<std::string> series_ids = {b.own_area, "0000", "00" + b.own_area.substr(0, 2)};
  if (!b.similar_group.empty()) series_ids.push_back(b.similar_group);
  m += "<table class=\"data\">\n<caption>Värden per år</caption>\n<thead><tr><th scope=\"col\">År</th>";
  std::vector<size_t> series;
  for (const auto& id : series_ids)
    if (auto i = b.area_index(id)) {
      series.push_back(*i);
      m += "<th scope=\"col\">" + escape(b.areas[*i].title) + "</th>";
    }
  m += "</tr></thead>\n<tbody>\n";
  for (int y = b.first_year; y <= b.last_year; ++y) {
    bool any = std::any_of(series.begin(), series.end(), [&](size_t i) { return b.value(k, i, y, Gender::Total).has_value(); });
    if (!any) continue;
    m += "<tr><th scope=\"row\">" + std::to_string(y) + "</th>";
    for (size_t i : series) m += "<td>" + escape(value_text(b.value(k, i, y, Gender::Total), k)) + "</td>";
    m += "</tr>\n";
  }
  m += "</tbody>\n</table>\n</section>\n";

  if (auto chart = own_gender_chart(b, k)) {
    charts = true;
    size_t own_index = *b.area_index(b.own_area);
    m += "<section>\n<h2>Kvinnor och män</h2>\n" + chart_figure(*chart, "Kvinnor och män i " + own_name + " per år.");
    m += "<table class=\"data\">\n<caption>Kvinnor och män i " + escape(own_name) +
         "</caption>\n<thead><tr><th scope=\"col\">År</th><th scope=\"col\">Kvinnor</th><th scope=\"col\">Män</th>"
         "<th scope=\"col\">Totalt</th></tr></thead>\n<tbody>\n";
    for (int y = b.first_year; y <= b.last_year; ++y) {
      auto w = b.value(k, own_index, y, Gender::Women), men = b.value(k, own_index, y, Gender::Men);
      if (!w && !men) continue;
      m += "<tr><th scope=\"row\">" + std::to_string(y) + "</th><td>" + escape(value_text(w, k)) + "</td><td>" +
           escape(value_text(men, k)) + "</td><td>" + escape(value_text(b.value(k, own_index, y, Gender::Total), k)) +
           "</td></tr>\n";
    }
    m += "</tbody>\n</table>\n</section>\n";
  }
  m += comparison_attribution({&k});
  PageFrame frame{k.title, kRoot, {{kRoot + "index.html", "Översikt"}, {"profile.html", "Kommunprofil"}, {"", k.title}}, charts};
  return {"compare/" + kpi_href(k), render_page(site, frame, m)};
}

SitePage profile_page(const Results& r, const Benchmark& b) {
  const std::string own_name = b.areas[*b.area_index(b.own_area)].title;
  std::string m = "<h1>Kommunprofil: " + escape(own_name) + "</h1>\n";
  m += "<p>Varje rad visar det senaste året med värde: värdet, förändringen sedan året innan, rangen och kvartilen "
       "bland alla kommuner, avståndet till riket och, där projektet har ett mål, målstatus.</p>\n";
  m += "<table class=\"data profile\">\n<caption>" + escape(own_name) + " i jämförelse med alla kommuner</caption>\n"
       "<thead><tr><th scope=\"col\">Nyckeltal</th><th scope=\"col\">År</th><th scope=\"col\">Värde</th>"
       "<th scope=\"col\">Förändring</th><th scope=\"col\">Rang</th><th scope=\"col\">Kvartil</th>"
       "<th scope=\"col\">Skillnad mot riket</th><th scope=\"col\">Mål</th></tr></thead>\n<tbody>\n";
  auto own_index = b.area_index(b.own_area);
  for (const auto& k : b.kpis) {
    auto year = latest_year(b, k);
    if (!year) continue;
    KpiComparison c = compare_kpi(b, k, *year, Gender::Total);
    const RankedArea* own = own_index ? c.ranking.find(*own_index) : nullptr;
    std::string distance = !c.own || !c.riket ? "–"
                           : k.kind == ValueKind::YesNo ? "riket: " + escape(value_text(c.riket, k))
                                                         : escape(format_change(*c.own - *c.riket, kpi_as_indicator(k)));
    auto status = target_status(r, k, *year);
    m += "<tr><th scope=\"row\"><a href=\"" + kpi_href(k) + "\">" + escape(k.title) + "</a></th><td>" +
         std::to_string(*year) + "</td><td>" + escape(value_text(c.own, k)) + "</td><td>" + change_text(c) + "</td><td>" +
         (own && own->rank ? std::to_string(own->rank) + " av " + std::to_string(c.ranking.with_value) : "–") + "</td><td>" +
         quartile_badge(own ? own->quartile : Quartile::NoValue, k.direction || !c.own) + "</td><td>" + distance + "</td><td>" +
         (status ? status_badge(*status) : "–") + "</td></tr>\n";
  }
  m += "</tbody>\n</table>\n" + comparison_attribution(b);
  PageFrame frame{"Kommunprofil " + own_name, kRoot, {{kRoot + "index.html", "Översikt"}, {"", "Kommunprofil"}}, false};
  return {"compare/profile.html", render_page(r.project->settings, frame, m)};
}

SitePage county_page(const Results& r, const Benchmark& b) {
  const auto municipalities = county_municipalities(b);
  auto region = b.area_index("00" + b.own_area.substr(0, 2));
  const std::string county_name = region ? b.areas[*region].title : "Länet";
  std::string m = "<h1>" + escape(county_name) + ": kommunerna sida vid sida</h1>\n";
  m += "<p>Varje cell visar kommunens värde det senaste året och dess kvartil bland alla kommuner i riket "
       "(▲ bästa fjärdedelen, ■ mittersta hälften, ▼ sämsta fjärdedelen).</p>\n";
  auto matrix = [&](bool by_target) {
    std::string h = "<table class=\"data matrix\">\n<caption>" +
                    std::string(by_target ? "Målstatus mot projektets mål" : "Kvartil bland alla kommuner i riket") +
                    "</caption>\n<thead><tr><th scope=\"col\">Nyckeltal</th><th scope=\"col\">År</th>";
    for (size_t i : municipalities) h += "<th scope=\"col\">" + escape(b.areas[i].title) + "</th>";
    h += "<th scope=\"col\">" + escape(county_name) + "</th><th scope=\"col\">Riket</th></tr></thead>\n<tbody>\n";
    size_t rows = 0;
    for (const auto& k : b.kpis) {
      auto year = latest_year(b, k);
      if (!year || (by_target && !target_status_for(r, k, b, municipalities.front(), *year) &&
                    std::none_of(municipalities.begin(), municipalities.end(),
                                 [&](size_t i) { return target_status_for(r, k, b, i, *year).has_value(); })))
        continue;
      KpiComparison c = compare_kpi(b, k, *year, Gender::Total, Population::AllMunicipalities);
      h += "<tr><th scope=\"row\"><a href=\"" + kpi_href(k) + "\">" + escape(k.title) + "</a></th><td>" + std::to_string(*year) + "</td>";
      for (size_t i : municipalities) {
        const RankedArea* e = c.ranking.find(i);
        std::string value = escape(value_text(e ? e->value : std::nullopt, k));
        if (by_target) {
          auto s = target_status_for(r, k, b, i, *year);
          h += "<td class=\"cell-" + std::string(status_id(s.value_or(Status::NoData))) + "\">" + value + "<br>" +
               status_badge(s.value_or(Status::NoData)) + "</td>";
        } else {
          Quartile q = e ? e->quartile : Quartile::NoValue;
          bool ranked = k.direction || !e || !e->value;
          h += "<td class=\"cell-" + std::string(ranked ? quartile_id(q) : "unranked") + "\">" + value + "<br>" +
               quartile_badge(q, ranked) + "</td>";
        }
      }
      h += "<td>" + escape(value_text(c.county, k)) + "</td><td>" + escape(value_text(c.riket, k)) + "</td></tr>\n";
      ++rows;
    }
    h += "</tbody>\n</table>\n";
    return rows ? h : std::string();
  };
  m += "<section>\n<h2>Jämfört med riket</h2>\n" + matrix(false) + "</section>\n";
  if (std::string targets = matrix(true); !targets.empty())
    m += "<section>\n<h2>Jämfört med projektets mål</h2>\n<p>Samma mål bedöms för varje kommun.</p>\n" + targets + "</section>\n";
  bool charts = false;
  if (!b.boundaries_geojson.empty()) {
    boost::system::error_code ec;
    auto geo = boost::json::parse(b.boundaries_geojson, ec);
    const BenchmarkKpi* first = nullptr;
    for (const auto& k : b.kpis)
      if (!first && k.direction && !k.indicator_id.empty()) first = &k;
    for (const auto& k : b.kpis)
      if (!first && k.direction) first = &k;
    if (!ec && first)
      if (auto year = latest_year(b, *first))
        if (auto map = county_map(b, compare_kpi(b, *first, *year, Gender::Total, Population::AllMunicipalities), geo)) {
          m += "<section>\n<h2>Karta: " + escape(first->title) + " " + std::to_string(*year) + "</h2>\n" +
               chart_figure(*map, "Länets kommuner färgade efter kvartil bland alla kommuner i riket. Värdena står i tabellen ovan.") +
               "</section>\n";
          charts = true;
        }
  }
  m += comparison_attribution(b);
  PageFrame frame{county_name, kRoot, {{kRoot + "index.html", "Översikt"}, {"", county_name}}, charts};
  return {"compare/county.html", render_page(r.project->settings, frame, m)};
}

std::optional<SitePage> survey_page(const Results& r, const Benchmark& b) {
  std::vector<const BenchmarkKpi*> kpis;
  for (const auto& id : kSurveyKpis)
    if (const BenchmarkKpi* k = b.kpi(id)) kpis.push_back(k);
  if (kpis.empty()) return std::nullopt;
  std::optional<int> year;
  for (const BenchmarkKpi* k : kpis) {
    auto y = latest_year(b, *k);
    if (y && (!year || *y > *year)) year = y;
  }
  if (!year) return std::nullopt;
  const std::string own_name = b.areas[*b.area_index(b.own_area)].title;
  std::string m = "<h1>Brukarundersökningen inom individ- och familjeomsorgen " + std::to_string(*year) + "</h1>\n";
  m += "<p>De sju aspekterna i SKR:s nationella brukarundersökning sida vid sida för " + escape(own_name) +
       ", riket och liknande kommuner, totalt och för kvinnor och män.</p>\n";
  bool charts = false;
  for (Gender g : {Gender::Total, Gender::Women, Gender::Men}) {
    auto chart = aspects_chart(b, kpis, *year, g, "spec-survey-" + std::string(gender_code(g)));
    if (!chart) continue;
    charts = true;
    m += "<section>\n<h2>" + escape(gender_label(g)) + "</h2>\n" + chart_figure(*chart, "Andel positiva svar per aspekt.");
    m += "<table class=\"data\">\n<caption>Andel positiva svar, " + escape(gender_label(g)) + "</caption>\n<thead><tr>"
         "<th scope=\"col\">Aspekt</th>";
    std::vector<size_t> areas;
    for (const auto& id : {b.own_area, std::string("0000"), b.similar_group})
      if (auto i = b.area_index(id)) {
        areas.push_back(*i);
        m += "<th scope=\"col\">" + escape(b.areas[*i].title) + "</th>";
      }
    m += "</tr></thead>\n<tbody>\n";
    for (const BenchmarkKpi* k : kpis) {
      m += "<tr><th scope=\"row\"><a href=\"" + kpi_href(*k) + "\">" + escape(k->title) + "</a></th>";
      for (size_t i : areas) m += "<td>" + escape(value_text(b.value(*k, i, *year, g), *k)) + "</td>";
      m += "</tr>\n";
    }
    m += "</tbody>\n</table>\n</section>\n";
  }
  m += comparison_attribution(kpis);
  PageFrame frame{"Brukarundersökningen", kRoot, {{kRoot + "index.html", "Översikt"}, {"", "Brukarundersökningen"}}, charts};
  return SitePage{"compare/survey.html", render_page(r.project->settings, frame, m)};
}

}  // namespace

std::string source_credit(const std::string& source) {
  return source == "Kolada" ? "Kolada (RKA, CC BY 4.0)" : source;
}

std::string comparison_attribution(const std::vector<const BenchmarkKpi*>& kpis) {
  std::vector<std::string> sources;
  for (const BenchmarkKpi* k : kpis)
    if (std::find(sources.begin(), sources.end(), k->source) == sources.end()) sources.push_back(k->source);
  if (sources.empty()) sources.push_back("Kolada");
  std::string values, names;
  for (size_t i = 0; i < sources.size(); ++i) {
    values += (i ? "; " : "") + std::string("Källa: ") + escape(source_credit(sources[i]));
    names += (i == 0 ? "" : i + 1 == sources.size() ? " och " : ", ") + escape(sources[i]);
  }
  return "<p class=\"attribution\">Värden: " + values + ". Rang, kvartiler, median, medelvärde, "
         "förändringar och målstatus: egen bearbetning av data från " + names + ".</p>\n";
}

std::string comparison_attribution(const Benchmark& b) {
  std::vector<const BenchmarkKpi*> kpis;
  for (const auto& k : b.kpis) kpis.push_back(&k);
  return comparison_attribution(kpis);
}

std::vector<SitePage> render_comparison_pages(const Results& results) {
  std::vector<SitePage> pages;
  const Benchmark* b = results.project->benchmark.get();
  if (!b || !b->area_index(b->own_area)) return pages;
  std::vector<SitePage> extra;
  for (const auto& k : b->kpis) pages.push_back(kpi_page(results, *b, k, extra));
  pages.push_back(profile_page(results, *b));
  pages.push_back(county_page(results, *b));
  if (auto survey = survey_page(results, *b)) pages.push_back(std::move(*survey));
  pages.insert(pages.end(), extra.begin(), extra.end());
  return pages;
}

}  // namespace jamfor
