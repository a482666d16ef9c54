#pragma once
// The local store of Kolada data: one SQLite file in the project folder. A fetch writes it in
// one transaction, so a fetch that dies half-way leaves the previous store complete; `jamfor
// build` only ever reads it.

#include <functional>
#include <memory>
#include <optional>
#include <set>
#include <string>
#include <string_view>
#include <vector>

#include "store/sqlite.h"

namespace jamfor {

struct KpiMeta {
  std::string id, title, description, operating_area, perspective, municipality_type, auspice;
  std::string publication_date, prel_publication_date, publ_period;
  bool divided_by_gender = false;
  bool has_ou_data = false;
};

struct AreaMeta {
  std::string id, title, type;  // type: K municipality, L region; Riket is 0000
};

// A Kolada group: of municipalities ("Liknande kommuner", members are area ids) or of KPIs
// ("G2KPI…", members are KPI ids).
struct AreaGroup {
  std::string id, title;
  std::vector<std::string> members;
};

enum class GroupKind { Area, Kpi };

struct KoladaValue {
  std::string kpi, area;
  int period = 0;
  char gender = 'T';  // T, K, M
  std::optional<double> value;
  std::string status;  // non-empty: uncertain or suppressed, shown as a flag
  bool deleted = false;
  int count = 1;
};

// A present value as for_each_value gives it: `area` points into SQLite's row and is valid only
// during the callback.
struct ValueRow {
  std::string_view area;
  int period = 0;
  char gender = 'T';  // T, K, M
  double value = 0;
};

struct UpsertCounts {
  size_t added = 0, changed = 0, withdrawn = 0, unchanged = 0;
  size_t nulled = 0;  // of the changed: held a number, now have none (a fetch's guard counts them)
};

struct FetchRunSummary {
  std::string finished_at;
  UpsertCounts counts;  // nulled and unchanged are 0 for runs of stores older than they are
};

struct StoreSummary {
  size_t values = 0, withdrawn = 0, flagged = 0, kpis = 0, areas = 0, groups = 0, runs = 0, requests = 0;
  std::string last_fetch;  // finished_at of the newest run, empty when never fetched
  UpsertCounts last_counts;
  std::vector<FetchRunSummary> recent_runs;  // newest first, at most kRecentRuns
  std::string integrity;   // "ok" when SQLite finds the file sound
};

inline constexpr size_t kRecentRuns = 5;

struct RequestLogEntry {
  std::string url;
  int status = 0;  // HTTP status, 0 when there was no answer
  size_t bytes = 0;
  long long millis = 0;
  std::string error;
};

class KoladaStore {
 public:
  // Opens or creates the store for a fetch; nullptr with *error set when it cannot.
  static std::unique_ptr<KoladaStore> open(const std::string& path, std::string* error);
  // Opens an existing store without writing to it (build, check, info): writes then fail.
  static std::unique_ptr<KoladaStore> open_read_only(const std::string& path, std::string* error);

  // All writes of a fetch happen between begin() and commit(); rollback() undoes them.
  std::string begin();
  std::string commit();
  void rollback();
  // Makes commit() write every KPI's pack anew, changed or not (`fetch --full`).
  std::string repack_all();

  std::string put_kpi(const KpiMeta& kpi, const std::string& fetched_at);
  std::string put_area(const AreaMeta& area, const std::string& fetched_at);
  std::string put_group(const AreaGroup& group, const std::string& fetched_at, GroupKind kind = GroupKind::Area);
  // Idempotent: the same value twice counts as unchanged.
  std::string put_value(const KoladaValue& v, const std::string& fetched_at, const std::string& source,
                        UpsertCounts& counts);

  // Fetch runs: what was asked (a key of the configuration) and when, for incremental refresh.
  std::string record_run(const std::string& config_key, const std::string& started_at,
                         const std::string& finished_at, const UpsertCounts& counts);
  std::optional<std::string> last_run_start(const std::string& config_key) const;
  // The request log survives failed fetches: it is written outside their transaction.
  std::string log_requests(const std::string& run_started_at, const std::vector<RequestLogEntry>& entries);

  std::optional<KpiMeta> kpi(const std::string& id) const;
  std::optional<std::string> kpi_fetched_at(const std::string& id) const;
  std::vector<AreaMeta> areas() const;
  std::optional<AreaGroup> group(const std::string& id, GroupKind kind = GroupKind::Area) const;
  std::vector<KoladaValue> values(const std::string& kpi, const std::string& area) const;
  // The build's bulk read: every value of a KPI that is there (not withdrawn, not empty) for the
  // years first_year..last_year, in key order (area, period, gender), without a string per row.
  // Returns an error message, or "".
  std::string for_each_value(const std::string& kpi, int first_year, int last_year,
                             const std::function<void(const ValueRow&)>& row) const;
  std::vector<AreaGroup> groups(GroupKind kind = GroupKind::Area) const;
  size_t value_count() const;
  StoreSummary summary() const;
  // finished_at of the newest fetch run ("2026-12-03T10:01:00Z"), empty when never fetched.
  std::string last_fetch() const;
  std::string integrity_check() const;  // "ok" when the file is sound

 private:
  KoladaStore(std::unique_ptr<Database> db, int version) : db_(std::move(db)), version_(version) {}
  // The version named by the meta table's text, or 0 with *error set when this jamfor cannot read it.
  static int schema_version(const std::string& text, std::string* error);
  std::string prepare_statements();
  std::string upgrade();
  std::string write_packs();
  // for_each_value from the value table's rows, as a version-1 store is read and packs are made.
  std::string for_each_row(const std::string& kpi, int first_year, int last_year,
                           const std::function<void(const ValueRow&)>& row) const;
  void touch(const std::string& kpi);
  static void bind_value(Statement& s, const KoladaValue& v, const std::string& gender, const std::string& fetched_at,
                         const std::string& source);

  std::unique_ptr<Database> db_;
  int version_;
  Statement select_value_, insert_value_, update_value_;
  std::set<std::string> touched_;  // KPIs whose values changed in this transaction
  std::string last_touched_;
  mutable Statement read_values_, read_pack_;  // for_each_value's, prepared on first use and reused
};

// UTC now as "2026-11-23T11:56:41Z".
std::string utc_now();

}  // namespace jamfor
