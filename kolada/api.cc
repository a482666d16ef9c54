#include "kolada/api.h"

#include <boost/json.hpp>

#include "model/diagnostics.h"

namespace jamfor {
namespace {

namespace json = boost::json;

std::string string_field(const json::object& o, std::string_view key) {
  const json::value* v = o.if_contains(key);
  if (!v) return "";
  if (v->is_string()) return std::string(v->get_string());
  if (v->is_int64()) return std::to_string(v->get_int64());
  if (v->is_uint64()) return std::to_string(v->get_uint64());
  return "";
}

bool bool_field(const json::object& o, std::string_view key) {
  const json::value* v = o.if_contains(key);
  if (!v) return false;
  if (v->is_bool()) return v->get_bool();
  if (v->is_int64()) return v->get_int64() != 0;  // v2 sent 0/1
  return false;
}

std::optional<double> number(const json::value& v) {
  if (v.is_double()) return v.get_double();
  if (v.is_int64()) return static_cast<double>(v.get_int64());
  if (v.is_uint64()) return static_cast<double>(v.get_uint64());
  return std::nullopt;
}

bool parse_data_object(const json::object& o, std::vector<KoladaValue>& out, std::string* error) {
  KoladaValue base;
  base.kpi = string_field(o, "kpi");
  base.area = string_field(o, "municipality");
  if (base.area.empty()) base.area = string_field(o, "ou");
  const json::value* period = o.if_contains("period");
  if (period && period->is_string()) {
    try {
      base.period = std::stoi(std::string(period->get_string()));
    } catch (...) {
      base.period = 0;
    }
  } else if (period) {
    base.period = static_cast<int>(number(*period).value_or(0));
  }
  if (base.kpi.empty() || base.area.empty() || base.period == 0) {
    *error = "expected a data object with kpi, municipality and period, got " + quote(json::serialize(o));
    return false;
  }
  const json::value* values = o.if_contains("values");
  if (!values || !values->is_array()) {
    *error = "expected 'values' to be a list in " + quote(json::serialize(o));
    return false;
  }
  for (const auto& item : values->get_array()) {
    if (!item.is_object()) continue;
    const auto& vo = item.get_object();
    KoladaValue v = base;
    std::string gender = string_field(vo, "gender");
    v.gender = gender.empty() ? 'T' : gender[0];
    if (const json::value* value = vo.if_contains("value"); value && !value->is_null()) {
      // A value we cannot read must stop the fetch: stored as null it would overwrite a good number.
      v.value = number(*value);
      if (!v.value) {
        *error = "expected 'value' of " + v.kpi + " for area " + v.area + ", period " + std::to_string(v.period) +
                 ", gender " + std::string(1, v.gender) + " to be a number or null, got " + quote(json::serialize(*value));
        return false;
      }
    }
    v.status = string_field(vo, "status");
    v.deleted = bool_field(vo, "isdeleted");
    if (const json::value* count = vo.if_contains("count")) v.count = static_cast<int>(number(*count).value_or(1));
    out.push_back(std::move(v));
  }
  return true;
}

}  // namespace

std::vector<std::string> chunk_ids(const std::vector<std::string>& ids, size_t size) {
  std::vector<std::string> out;
  for (size_t i = 0; i < ids.size(); i += size) {
    std::string segment;
    for (size_t j = i; j < std::min(ids.size(), i + size); ++j) segment += (j == i ? "" : ",") + ids[j];
    out.push_back(std::move(segment));
  }
  return out;
}

std::vector<std::string> data_urls(const std::string& base, const std::vector<std::string>& kpis,
                                   const std::vector<std::string>& areas, int first_year, int last_year,
                                   const std::string& from_date, int per_page) {
  std::vector<std::string> years;
  for (int y = first_year; y <= last_year; ++y) years.push_back(std::to_string(y));
  const std::string query = "?per_page=" + std::to_string(per_page) +
                            (from_date.empty() ? "" : "&from_date=" + from_date);
  std::vector<std::string> urls;
  for (const auto& k : chunk_ids(kpis))
    for (const auto& y : chunk_ids(years)) {
      if (areas.empty()) {
        urls.push_back(base + "/data/kpi/" + k + "/year/" + y + query);
        continue;
      }
      for (const auto& a : chunk_ids(areas))
        urls.push_back(base + "/data/kpi/" + k + "/municipality/" + a + "/year/" + y + query);
    }
  return urls;
}

std::optional<KoladaPage> parse_kolada_page(std::string_view body, KoladaRoute route, std::string* error,
                                            PageFault* fault) {
  boost::system::error_code ec;
  json::value doc = json::parse(body, ec);
  if (fault) *fault = ec ? PageFault::NotJson : PageFault::BadContent;
  if (ec) {
    std::string start(body.substr(0, 40));
    *error = "expected JSON, got " + (body.empty() ? std::string("an empty body") : quote(start)) + " (" +
             ec.message() + ")";
    return std::nullopt;
  }
  if (!doc.is_object() || !doc.get_object().contains("values") || !doc.get_object().at("values").is_array()) {
    *error = "expected a Kolada list {\"values\": [...]}, got " + quote(json::serialize(doc));
    return std::nullopt;
  }
  const auto& root = doc.get_object();
  KoladaPage page;
  // v3 says next_url, v2 said next_page.
  for (const char* key : {"next_url", "next_page"}) {
    const json::value* next = root.if_contains(key);
    if (next && next->is_string() && !next->get_string().empty()) page.next_url = std::string(next->get_string());
  }
  for (const auto& item : root.at("values").get_array()) {
    if (!item.is_object()) {
      *error = "expected objects in 'values', got " + quote(json::serialize(item));
      return std::nullopt;
    }
    const auto& o = item.get_object();
    ++page.objects;
    switch (route) {
      case KoladaRoute::Data:
        if (!parse_data_object(o, page.values, error)) return std::nullopt;
        break;
      case KoladaRoute::Kpi: {
        KpiMeta k;
        k.id = string_field(o, "id");
        k.title = string_field(o, "title");
        k.description = string_field(o, "description");
        k.operating_area = string_field(o, "operating_area");
        k.perspective = string_field(o, "perspective");
        k.municipality_type = string_field(o, "municipality_type");
        k.auspice = string_field(o, "auspice");
        if (k.auspice.empty()) k.auspice = string_field(o, "auspices");
        k.publication_date = string_field(o, "publication_date");
        k.prel_publication_date = string_field(o, "prel_publication_date");
        k.publ_period = string_field(o, "publ_period");
        k.divided_by_gender = bool_field(o, "is_divided_by_gender");
        k.has_ou_data = bool_field(o, "has_ou_data");
        if (k.id.empty()) {
          *error = "expected a KPI with an id, got " + quote(json::serialize(o));
          return std::nullopt;
        }
        page.kpis.push_back(std::move(k));
        break;
      }
      case KoladaRoute::Municipality:
        page.areas.push_back({string_field(o, "id"), string_field(o, "title"), string_field(o, "type")});
        break;
      case KoladaRoute::MunicipalityGroup:
      case KoladaRoute::KpiGroup: {
        AreaGroup g{string_field(o, "id"), string_field(o, "title"), {}};
        if (const json::value* members = o.if_contains("members"); members && members->is_array())
          for (const auto& m : members->get_array())
            if (m.is_object()) g.members.push_back(string_field(m.get_object(), "member_id"));
        page.groups.push_back(std::move(g));
        break;
      }
    }
  }
  return page;
}

}  // namespace jamfor
