#pragma once
// Kolada API v3: the URLs to ask and the shapes of the answers (../shared/docs/kolada-api.md).
// Pure functions, so every rule (25 ids per segment, pagination, genders in any order, period
// as string or number) is tested without a network.

#include <optional>
#include <string>
#include <string_view>
#include <vector>

#include "store/kolada_store.h"

namespace jamfor {

inline constexpr size_t kKoladaMaxIdsPerSegment = 25;
inline constexpr int kKoladaMaxPerPage = 5000;

// Splits ids into comma-joined segments of at most `size` ids.
std::vector<std::string> chunk_ids(const std::vector<std::string>& ids, size_t size = kKoladaMaxIdsPerSegment);

// Every data URL for these KPIs, areas and years. Without areas, the route without the
// municipality segment is used (all municipalities, regions, Riket and groups at once).
std::vector<std::string> data_urls(const std::string& base, const std::vector<std::string>& kpis,
                                   const std::vector<std::string>& areas, int first_year, int last_year,
                                   const std::string& from_date, int per_page = kKoladaMaxPerPage);

// One page of a list route: its values and the URL of the next page (empty at the end).
struct KoladaPage {
  std::vector<KoladaValue> values;
  std::vector<KpiMeta> kpis;
  std::vector<AreaMeta> areas;
  std::vector<AreaGroup> groups;
  std::string next_url;
  size_t objects = 0;
};

enum class KoladaRoute { Data, Kpi, Municipality, MunicipalityGroup, KpiGroup };

// Why a page was refused: a body that is not JSON may be a passing fault (cut off, a
// maintenance page) and is worth asking again; JSON of the wrong shape or with a value that is
// neither a number nor null will be the same next time.
enum class PageFault { NotJson, BadContent };

// Parses a page; on failure returns nullopt and sets *error ("expected … got …") and *fault.
std::optional<KoladaPage> parse_kolada_page(std::string_view body, KoladaRoute route, std::string* error,
                                            PageFault* fault = nullptr);

}  // namespace jamfor
