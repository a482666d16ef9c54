#include "importers/kolada_outcomes.h"

#include <algorithm>
#include <filesystem>

#include "store/kolada_store.h"

namespace jamfor {
namespace {

std::optional<Gender> gender_of(char code) {
  switch (code) {
    case 'T': return Gender::Total;
    case 'K': return Gender::Women;
    case 'M': return Gender::Men;
    default: return std::nullopt;
  }
}

std::string comparison_id(const std::string& area) { return "kolada-" + area; }

}  // namespace

void add_kolada_outcomes(Project& project, const std::string& store_path, Diagnostics& diags) {
  std::vector<Indicator*> linked;
  for (auto& ind : project.indicators)
    if (!ind.kolada_kpi.empty()) linked.push_back(&ind);
  if (linked.empty()) return;

  if (!project.kolada || project.kolada->own_municipality.empty()) {
    diags.error(linked.front()->loc, "indicator " + quote(linked.front()->id) +
                                         " takes its values from Kolada, but jamfor.toml has no [kolada] "
                                         "own_municipality saying whose values to show");
    return;
  }
  if (!std::filesystem::exists(store_path)) {
    diags.error({store_path, 0, 0}, "no Kolada store yet; run 'jamfor fetch " + project.root +
                                        "' first (indicator " + quote(linked.front()->id) + " needs it)");
    return;
  }
  std::string error;
  auto store = KoladaStore::open(store_path, &error);
  if (!store) {
    diags.error({store_path, 0, 0}, "cannot read the Kolada store: " + error);
    return;
  }

  const std::string own = project.kolada->own_municipality;
  const std::vector<std::string> references = {"0000", "00" + own.substr(0, 2)};
  auto areas = store->areas();
  auto title_of = [&](const std::string& id) {
    auto it = std::find_if(areas.begin(), areas.end(), [&](const AreaMeta& a) { return a.id == id; });
    return it == areas.end() ? id : it->title;
  };

  for (Indicator* ind : linked) {
    if (std::any_of(project.outcomes.begin(), project.outcomes.end(),
                    [&](const Outcome& o) { return o.indicator_id == ind->id; })) {
      diags.error(ind->loc, "indicator " + quote(ind->id) +
                                " takes its values from Kolada and also has rows in outcomes/*.csv; keep one source");
      continue;
    }
    auto meta = store->kpi(ind->kolada_kpi);
    if (!meta) {
      diags.error(ind->loc, "the Kolada store has no KPI " + quote(ind->kolada_kpi) + "; run 'jamfor fetch " +
                                project.root + "' (it fetches every KPI named by an indicator)");
      continue;
    }
    if (ind->source.empty())
      ind->source = "Kolada (RKA), nyckeltal " + meta->id + ": " + meta->title;
    auto add = [&](const std::string& area, const std::string& unit_id, bool totals_only) {
      size_t added = 0;
      for (const auto& v : store->values(ind->kolada_kpi, area)) {
        auto gender = gender_of(v.gender);
        if (v.deleted || !gender || (totals_only && *gender != Gender::Total)) continue;
        Outcome o;
        o.indicator_id = ind->id;
        o.period = Period{v.period, PeriodKind::Year, 1, 12};
        o.gender = *gender;
        o.unit_id = unit_id;
        o.value = v.value;
        if (!v.status.empty()) o.comment = "Kolada-status: " + v.status;
        o.loc = {store_path, 0, 0};
        project.outcomes.push_back(std::move(o));
        ++added;
      }
      return added;
    };
    add(own, "", false);
    for (const auto& area : references) {
      if (add(area, comparison_id(area), true) == 0 || project.find_unit(comparison_id(area))) continue;
      project.units.push_back({comparison_id(area), title_of(area), UnitKind::Comparison});
    }
  }
}

}  // namespace jamfor
