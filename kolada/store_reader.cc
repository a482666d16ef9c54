#include "kolada/store_reader.h"

#include <algorithm>
#include <cctype>
#include <limits>

#include "store/kolada_store.h"

namespace jamfor {
namespace {

const double kNone = std::numeric_limits<double>::quiet_NaN();

void read_areas(const KoladaStore& store, Comparison& c) {
  for (const auto& a : store.areas()) {
    if (c.area_index(a.id)) continue;
    Area area{a.id, a.title, area_type_of(a.id), county_of(a.id)};
    // Kolada calls the region "Region Blekinge"; the page is about the county.
    if (area.type == AreaType::Region) area.title = c.county_name(area.county);
    c.add_area(std::move(area));
  }
  for (auto g : store.groups()) {
    if (!c.area_index(g.id)) c.add_area({g.id, g.title, AreaType::Group, ""});
    c.groups.emplace_back(g.id, std::move(g.members));
  }
}

std::vector<std::string> kpi_ids(const KoladaStore& store, const StoreQuery& q) {
  std::vector<std::string> ids = q.kpis;
  for (const auto& group : q.kpi_groups)
    if (auto g = store.group(group, GroupKind::Kpi)) ids.insert(ids.end(), g->members.begin(), g->members.end());
  std::sort(ids.begin(), ids.end());
  ids.erase(std::unique(ids.begin(), ids.end()), ids.end());
  return ids;
}

}  // namespace

bool is_yes_no_title(std::string_view title) {
  std::string lower;
  for (char ch : title) lower += ch == ' ' ? ch : static_cast<char>(std::tolower(static_cast<unsigned char>(ch)));
  return lower.find("(ja=1, nej=0)") != std::string::npos;
}

void read_kolada_store(const std::string& path, const StoreQuery& query, Comparison& c, Diagnostics& diags) {
  std::string error;
  auto store = KoladaStore::open_read_only(path, &error);
  if (!store) {
    diags.error({path, 0, 0}, "cannot read the Kolada store: " + error);
    return;
  }
  c.widen_years(query.first_year, query.last_year);
  read_areas(*store, c);
  if (std::string fetched = store->last_fetch(); fetched.size() >= 10) c.kolada_fetched = fetched.substr(0, 10);
  for (const auto& group : query.kpi_groups)
    if (!store->group(group, GroupKind::Kpi))
      diags.error({path, 0, 0}, "the Kolada store has no KPI group " + quote(group) + "; run 'jamfor fetch'");
  for (const auto& id : kpi_ids(*store, query)) {
    auto meta = store->kpi(id);
    if (!meta) {
      diags.error({path, 0, 0}, "the Kolada store has no KPI " + quote(id) +
                                    "; run 'jamfor fetch' (it fetches every KPI the project names)");
      continue;
    }
    ComparisonKpi k;
    k.id = id;
    k.title = meta->title;
    k.divided_by_gender = meta->divided_by_gender;
    k.source = Source::Kolada;
    k.source_name = "Kolada";
    k.publication_date = meta->publication_date;
    k.operating_area = meta->operating_area;
    k.kind = is_yes_no_title(meta->title) ? ValueKind::YesNo : ValueKind::Number;
    k.values.assign(c.areas.size() * c.year_count() * 3, kNone);
    // Rows come in area order: look an area up once, not once per year and gender.
    std::string last_area;
    std::optional<size_t> area;
    std::string read_error = store->for_each_value(id, c.first_year, c.last_year, [&](const ValueRow& v) {
      if (v.area != last_area) {
        last_area = v.area;
        area = c.area_index(last_area);
      }
      if (!area) return;
      Gender g = v.gender == 'K' ? Gender::Women : v.gender == 'M' ? Gender::Men : Gender::Total;
      k.values[c.slot(*area, v.period, g)] = v.value;
    });
    if (!read_error.empty()) {
      diags.error({path, 0, 0}, "cannot read the values of KPI " + quote(id) + " from the Kolada store: " + read_error);
      continue;
    }
    c.kpis.push_back(std::move(k));
  }
}

}  // namespace jamfor
