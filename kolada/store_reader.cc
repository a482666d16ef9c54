#include "kolada/store_reader.h"

#include <algorithm>
#include <cctype>
#include <cstdio>
#include <limits>

#include "store/kolada_store.h"

namespace jamfor {
namespace {

const double kNone = std::numeric_limits<double>::quiet_NaN();

// Kolada's ids become file names and links (compare/kpi-N31814.html, municipality-1081.html):
// every id the store brings is checked here, where it enters the comparison, so that one with
// '/', '..', a space or a control character, whatever a server sent, never becomes a path.
class IdCheck {
 public:
  IdCheck(const std::string& path, Diagnostics& diags) : path_(path), diags_(diags) {}

  bool ok(std::string_view id, const std::string& what) {
    if (is_kolada_id(id)) return true;
    diags_.error({path_, 0, 0}, "expected a Kolada id of upper-case letters and digits (such as 'N31814' or '1081') for " + what +
                                    ", got " + quote(shown(id)));
    return false;
  }

 private:
  // Control characters as \xNN: the id goes to a terminal.
  static std::string shown(std::string_view id) {
    std::string out;
    for (char ch : id) {
      const auto c = static_cast<unsigned char>(ch);
      if (c >= 0x20 && c != 0x7F) {
        out += ch;
        continue;
      }
      char hex[8];
      std::snprintf(hex, sizeof hex, "\\x%02X", c);
      out += hex;
    }
    return out;
  }

  const std::string& path_;
  Diagnostics& diags_;
};

void read_areas(const KoladaStore& store, Comparison& c, IdCheck& ids) {
  for (const auto& a : store.areas()) {
    if (!ids.ok(a.id, "an area") || c.area_index(a.id)) continue;
    Area area{a.id, a.title, area_type_of(a.id), county_of(a.id)};
    // Kolada calls the region "Region Blekinge"; the page is about the county.
    if (area.type == AreaType::Region) area.title = c.county_name(area.county);
    c.add_area(std::move(area));
  }
  for (auto g : store.groups()) {
    if (!ids.ok(g.id, "a municipality group")) continue;
    std::erase_if(g.members, [&](const std::string& m) { return !ids.ok(m, "a member of the group " + quote(g.id)); });
    if (!c.area_index(g.id)) c.add_area({g.id, g.title, AreaType::Group, ""});
    c.groups.emplace_back(g.id, std::move(g.members));
  }
}

std::vector<std::string> kpi_ids(const KoladaStore& store, const StoreQuery& q, IdCheck& ids) {
  std::vector<std::string> out;
  for (const auto& k : q.kpis)
    if (ids.ok(k, "a KPI")) out.push_back(k);
  for (const auto& group : q.kpi_groups)
    if (auto g = store.group(group, GroupKind::Kpi))
      for (const auto& k : g->members)
        if (ids.ok(k, "a KPI of the group " + quote(group))) out.push_back(k);
  std::sort(out.begin(), out.end());
  out.erase(std::unique(out.begin(), out.end()), out.end());
  return out;
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
  IdCheck ids(path, diags);
  read_areas(*store, c, ids);
  if (std::string fetched = store->last_fetch(); fetched.size() >= 10) c.kolada_fetched = fetched.substr(0, 10);
  for (const auto& group : query.kpi_groups)
    if (!store->group(group, GroupKind::Kpi))
      diags.error({path, 0, 0}, "the Kolada store has no KPI group " + quote(group) + "; run 'jamfor fetch'");
  for (const auto& id : kpi_ids(*store, query, ids)) {
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
