#include "site/area_assets.h"

#include <boost/json.hpp>

#include "charts/comparison_charts.h"

namespace jamfor {

std::string areas_script(std::string_view name, const ComparisonResults& r) {
  const Comparison& c = *r.data;
  const std::vector<size_t> municipalities = c.municipalities();
  std::string out = "// The municipalities of this site's charts (" + std::to_string(municipalities.size()) +
                    "). Written by jamfor.\nwindow.jamforAreas = window.jamforAreas || {};\n"
                    "window.jamforAreas[\"" + std::string(name) + "\"] = [\n";
  for (size_t i = 0; i < municipalities.size(); ++i) {
    const Area& a = c.areas[municipalities[i]];
    boost::json::object row{{"id", a.id}, {"kommun", a.title}};
    if (r.in_scope(municipalities[i])) row["href"] = profile_href(a);
    out += boost::json::serialize(row);
    out += i + 1 < municipalities.size() ? ",\n" : "\n";
  }
  return out + "];\n";
}

}  // namespace jamfor
