#pragma once
// What a KoladaTestServer serves: KPI metadata, areas (municipalities, regions, Riket),
// municipality groups and values per (KPI, area, year, gender). Every value remembers when it
// last changed, so the server can answer Kolada's `from_date` the way an incremental refresh
// needs it.
//
// Two loaders fill it from CSV files in the layout of ../shared/data/kolada (see
// /work/shared/data/README.md and tests/fixtures/kolada/README.md).
//
// Own namespace: the product code has its own jamfor::Gender and jamfor::KoladaValue, and all
// tests link into one binary.

#include <cstdint>
#include <optional>
#include <string>
#include <string_view>
#include <unordered_map>
#include <vector>

namespace jamfor::kolada_server {

enum class Gender { Total, Women, Men };  // Kolada's "T", "K", "M"
std::string_view kolada_gender_code(Gender gender);
std::optional<Gender> parse_kolada_gender(std::string_view code);

enum class GenderSplit { TotalOnly, ByGender };  // the KPI's is_divided_by_gender
enum class OuData { Absent, Present };           // the KPI's has_ou_data
enum class Withdrawn { No, Yes };                // a value's isdeleted

// 2024-08-01T00:00:00Z, when the shared data was fetched: the "last changed" of every value
// that nobody changed since, so `from_date` after it selects exactly the test's own changes.
inline constexpr std::int64_t kKoladaDefaultUpdated = 1722470400;

struct KoladaKpi {
  std::string id;
  std::string title;
  std::string description;
  std::string operating_area;
  std::string perspective;
  std::string municipality_type = "K";  // K, L or A
  std::string auspice;
  // Empty dates and publ_period are served as null.
  std::string publication_date;
  std::string prel_publication_date;
  std::string publ_period;
  GenderSplit gender_split = GenderSplit::TotalOnly;
  OuData ou_data = OuData::Absent;
};

// A municipality ("K"), or a region or Riket ("L").
struct KoladaArea {
  std::string id;
  std::string title;
  std::string type;
};

struct KoladaGroup {
  std::string id;  // "G..."
  std::string title;
  std::vector<std::string> member_ids;  // areas that exist in the same KoladaData
};

struct ServedValue {
  std::optional<double> value;  // nullopt: Kolada's "value": null
  std::string status;           // non-empty: uncertain or suppressed
  Withdrawn withdrawn = Withdrawn::No;
  std::int64_t updated = kKoladaDefaultUpdated;  // Unix seconds
};

// One gender of one data object as the server sends it. For a group, `count` is the number
// of members that have a value and `value` their unweighted mean.
struct KoladaEntry {
  Gender gender = Gender::Total;
  int count = 1;
  std::optional<double> value;
  std::string_view status;
  Withdrawn withdrawn = Withdrawn::No;
  std::int64_t updated = kKoladaDefaultUpdated;
};

// One data object: {"kpi", "municipality", "period", "values"}. The views point into the
// KoladaData and stay valid until it is changed.
struct KoladaRow {
  std::string_view kpi;
  std::string_view area;
  int year = 0;
  std::vector<KoladaEntry> entries;  // Total, Women, Men order; only the genders present
};

struct KoladaQuery {
  std::vector<std::string> kpis;   // empty: every KPI
  std::vector<std::string> areas;  // empty: every area and every group
  std::vector<int> years;          // empty: every year
  // Keep only entries changed at or after this time (Unix seconds); rows left empty go.
  std::optional<std::int64_t> changed_since;
};

class KoladaData {
 public:
  // Adding an id again replaces the earlier one.
  void add_kpi(KoladaKpi kpi);
  void add_area(KoladaArea area);
  // Throws std::invalid_argument when a member is not a known area.
  void add_group(KoladaGroup group);
  // A KPI group ("G2KPI..."): its members are KPI ids; those not loaded are left out.
  void add_kpi_group(KoladaGroup group);

  // Adds or replaces one value. Throws std::invalid_argument for an unknown KPI or area.
  void set_value(std::string_view kpi, std::string_view area, int year, Gender gender,
                 ServedValue value);
  // Marks a value withdrawn (isdeleted: true) and keeps its number, as Kolada does. Throws
  // std::invalid_argument when there is no such value.
  void withdraw(std::string_view kpi, std::string_view area, int year, Gender gender,
                std::int64_t updated);
  std::optional<ServedValue> find_value(std::string_view kpi, std::string_view area, int year,
                                        Gender gender) const;

  // Rows ordered by KPI id, year, area id; groups are computed from their members.
  std::vector<KoladaRow> query(const KoladaQuery& query) const;

  const std::vector<KoladaKpi>& kpis() const { return kpis_; }  // in the order added
  const std::vector<KoladaArea>& areas() const { return areas_; }
  const std::vector<KoladaGroup>& groups() const { return groups_; }
  const std::vector<KoladaGroup>& kpi_groups() const { return kpi_groups_; }
  const KoladaKpi* find_kpi(std::string_view id) const;
  const KoladaArea* find_area(std::string_view id) const;
  const KoladaGroup* find_group(std::string_view id) const;
  std::size_t value_count() const;  // (KPI, area, year, gender) entries

  // set_value appends and sorts lazily (bulk loads would otherwise be quadratic); the const
  // readers sort first. Call this after changes when several threads will read afterwards,
  // so that no reader writes. KoladaTestServer does, under its lock.
  void sort_pending() const;

 private:
  struct Cell {
    double value = 0;
    std::uint32_t updated = 0;  // Unix seconds; fits until 2106
    std::uint8_t state = 0;     // kAbsent, kNumber, kNull
    std::uint8_t withdrawn = 0;
    std::uint16_t status = 0;  // index into statuses_; 0 is ""
  };
  // One (area, year) of one KPI. Kept compact: the national set has millions of them.
  struct Point {
    std::uint32_t area = 0;  // index into areas_
    std::int32_t year = 0;
    Cell cells[3];  // by Gender
  };
  struct Series {
    std::vector<Point> points;  // sorted by (area, year) once sort_pending has run
    bool sorted = true;
  };

  Point* find_point(std::size_t kpi, std::uint32_t area, int year);
  KoladaEntry entry_of(const Cell& cell, Gender gender) const;
  std::uint16_t intern_status(const std::string& status);
  void add_group_rows(std::size_t kpi, const KoladaGroup& group, const KoladaQuery& query,
                      std::vector<KoladaRow>& rows) const;

  std::vector<KoladaKpi> kpis_;
  std::unordered_map<std::string, std::size_t> kpi_index_;
  mutable std::vector<Series> series_;  // parallel to kpis_
  std::vector<KoladaArea> areas_;
  std::unordered_map<std::string, std::uint32_t> area_index_;
  std::vector<KoladaGroup> groups_;
  std::vector<KoladaGroup> kpi_groups_;
  std::vector<std::vector<std::uint32_t>> group_members_;  // parallel to groups_
  std::unordered_map<std::string, std::size_t> group_index_;
  std::vector<std::string> statuses_{""};
  std::unordered_map<std::string, std::uint16_t> status_index_{{"", 0}};
};

// Reads the shared reference data (values/*.csv, values-by-gender/*.csv, meta/kpi.csv,
// meta/municipalities.csv, meta/regions.csv; column order taken from each header). It has no
// municipality groups, so one group per county is made up ("G9" + the region id, e.g. G90010
// for Blekinge's municipalities) to give /data/kpi/{kpis}/year/{years} its mix of groups.
// KPI groups come from meta/kpi_groups.csv and the `tags` of meta/kpi_group_membership.csv
// when present (ids upper-cased, as Kolada writes them). `meta_dir` defaults to shared_kolada_dir/meta; give ../shared/data/kolada/meta for an
// unpacked kolada-national.tgz, which has values only.
// Throws std::runtime_error when a file is missing or malformed.
KoladaData load_kolada_data(const std::string& shared_kolada_dir, const std::string& meta_dir = {});

// Reads the hand-made fixture: the same layout, plus meta/municipality_groups.csv
// (id,title,member_id), optionally meta/kpi_groups.csv (id,title,member_id) and value_flags.csv (kpi,geo,year,gender,status,isdeleted,updated),
// which set what the shared data cannot express.
KoladaData load_fixture_data(const std::string& fixtures_dir);

// "2024-08-01", "2024-08-01T12:30:00" or with a trailing "Z" (always UTC) to Unix seconds.
std::optional<std::int64_t> parse_kolada_date(std::string_view text);

}  // namespace jamfor::kolada_server
