#pragma once
// Reads the Kolada store (written by `jamfor fetch`) into the comparison model: the areas,
// groups and KPIs asked for, every value of them in the years asked for. Opens the store once,
// read-only.

#include <string>
#include <string_view>
#include <vector>

#include "model/comparison.h"
#include "model/diagnostics.h"

namespace jamfor {

struct StoreQuery {
  std::vector<std::string> kpis;        // KPI ids
  std::vector<std::string> kpi_groups;  // expanded to their members, as the store keeps them
  int first_year = 0, last_year = 0;
};

// Adds the store's areas, groups and the asked KPIs to `into` (which may hold nothing yet).
// A KPI the store lacks is an error naming 'jamfor fetch'.
void read_kolada_store(const std::string& path, const StoreQuery& query, Comparison& into, Diagnostics& diags);

// Kolada marks its yes/no key figures in the title: "Revisionsberättelse utan anmärkning …,
// (Ja=1, Nej=0)". They are held as answers, classed by the answer rather than by quartile.
bool is_yes_no_title(std::string_view title);

}  // namespace jamfor
