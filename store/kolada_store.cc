#include "store/kolada_store.h"

#include <cstdint>
#include <ctime>
#include <iterator>

#include "store/value_pack.h"

namespace jamfor {
namespace {

// Version 2 added value_pack; a version-1 store is still read (row by row) and is upgraded by
// the next fetch.
constexpr int kSchemaVersion = 2;
constexpr int kOldestReadable = 1;

// Values keyed as Kolada keys them; WITHOUT ROWID keeps the 9-million-row national set compact.
constexpr const char* kSchema = R"sql(
CREATE TABLE IF NOT EXISTS meta (key TEXT PRIMARY KEY, value TEXT NOT NULL);
CREATE TABLE IF NOT EXISTS kpi (
  id TEXT PRIMARY KEY, title TEXT NOT NULL, description TEXT NOT NULL DEFAULT '',
  operating_area TEXT NOT NULL DEFAULT '', perspective TEXT NOT NULL DEFAULT '',
  municipality_type TEXT NOT NULL DEFAULT '', auspice TEXT NOT NULL DEFAULT '',
  publication_date TEXT NOT NULL DEFAULT '', prel_publication_date TEXT NOT NULL DEFAULT '',
  publ_period TEXT NOT NULL DEFAULT '', divided_by_gender INTEGER NOT NULL DEFAULT 0,
  has_ou_data INTEGER NOT NULL DEFAULT 0, fetched_at TEXT NOT NULL);
CREATE TABLE IF NOT EXISTS area (
  id TEXT PRIMARY KEY, title TEXT NOT NULL, type TEXT NOT NULL DEFAULT '', fetched_at TEXT NOT NULL);
CREATE TABLE IF NOT EXISTS area_group (id TEXT PRIMARY KEY, title TEXT NOT NULL, fetched_at TEXT NOT NULL);
CREATE TABLE IF NOT EXISTS area_group_member (
  group_id TEXT NOT NULL, member_id TEXT NOT NULL, PRIMARY KEY (group_id, member_id)) WITHOUT ROWID;
CREATE TABLE IF NOT EXISTS kpi_group (id TEXT PRIMARY KEY, title TEXT NOT NULL, fetched_at TEXT NOT NULL);
CREATE TABLE IF NOT EXISTS kpi_group_member (
  group_id TEXT NOT NULL, member_id TEXT NOT NULL, PRIMARY KEY (group_id, member_id)) WITHOUT ROWID;
CREATE TABLE IF NOT EXISTS value (
  kpi TEXT NOT NULL, area TEXT NOT NULL, period INTEGER NOT NULL, gender TEXT NOT NULL,
  value REAL, status TEXT NOT NULL DEFAULT '', is_deleted INTEGER NOT NULL DEFAULT 0,
  count INTEGER NOT NULL DEFAULT 1, fetched_at TEXT NOT NULL, source TEXT NOT NULL,
  PRIMARY KEY (kpi, area, period, gender)) WITHOUT ROWID;
CREATE TABLE IF NOT EXISTS value_pack (kpi TEXT PRIMARY KEY, data BLOB NOT NULL);
CREATE TABLE IF NOT EXISTS fetch_run (
  id INTEGER PRIMARY KEY, config_key TEXT NOT NULL, started_at TEXT NOT NULL, finished_at TEXT NOT NULL,
  added INTEGER NOT NULL, changed INTEGER NOT NULL, withdrawn INTEGER NOT NULL,
  nulled INTEGER NOT NULL DEFAULT 0, unchanged INTEGER NOT NULL DEFAULT 0);
CREATE TABLE IF NOT EXISTS fetch_log (
  id INTEGER PRIMARY KEY, run_started_at TEXT NOT NULL, url TEXT NOT NULL, status INTEGER NOT NULL,
  bytes INTEGER NOT NULL, millis INTEGER NOT NULL, error TEXT NOT NULL DEFAULT '');
)sql";

// A KPI's present values in key order, for the years ?2..?3: what for_each_value gives and a
// pack holds.
constexpr const char* kPresentValues =
    "SELECT area, period, gender, value FROM value WHERE kpi = ?1 AND period BETWEEN ?2 AND ?3 "
    "AND is_deleted = 0 AND value IS NOT NULL ORDER BY area, period, gender";

// fetch_run's columns added since schema version 1 was first written: a store made before them
// gets them (as 0 for its earlier runs) when a fetch opens it.
constexpr const char* kAddedRunColumns[] = {"nulled", "unchanged"};

// The two kinds of group share one shape, in two pairs of tables.
std::string group_table(GroupKind kind) { return kind == GroupKind::Area ? "area_group" : "kpi_group"; }

}  // namespace

std::string utc_now() {
  std::time_t t = std::time(nullptr);
  std::tm tm{};
  gmtime_r(&t, &tm);
  char buffer[32];
  std::strftime(buffer, sizeof buffer, "%Y-%m-%dT%H:%M:%SZ", &tm);
  return buffer;
}

std::unique_ptr<KoladaStore> KoladaStore::open(const std::string& path, std::string* error) {
  auto db = std::make_unique<Database>(path);
  if (!db->ok()) {
    *error = db->error();
    return nullptr;
  }
  // WAL: `jamfor build` can read while a fetch writes, and a killed fetch rolls back cleanly.
  for (const char* pragma : {"PRAGMA journal_mode=WAL", "PRAGMA synchronous=NORMAL", "PRAGMA foreign_keys=ON"}) {
    if (auto e = db->exec(pragma); !e.empty()) {
      *error = e;
      return nullptr;
    }
  }
  if (auto e = db->exec(kSchema); !e.empty()) {
    *error = "cannot create the store's tables: " + e + " (is it a jamfor store?)";
    return nullptr;
  }
  std::string prepare_error;
  Statement version_query(db->handle(), "SELECT value FROM meta WHERE key = 'schema_version'", &prepare_error);
  const bool fresh = version_query.step() != SQLITE_ROW;
  const int version = fresh ? kSchemaVersion : schema_version(version_query.text(0), error);
  version_query.reset();
  if (version == 0) return nullptr;
  for (const char* column : kAddedRunColumns) {
    Statement has(db->handle(), std::string("SELECT 1 FROM pragma_table_info('fetch_run') WHERE name = '") + column + "'",
                  &prepare_error);
    if (has.step() == SQLITE_ROW) continue;
    if (auto e = db->exec(std::string("ALTER TABLE fetch_run ADD COLUMN ") + column + " INTEGER NOT NULL DEFAULT 0");
        !e.empty()) {
      *error = "cannot add fetch_run." + std::string(column) + ": " + e;
      return nullptr;
    }
  }
  std::unique_ptr<KoladaStore> store(new KoladaStore(std::move(db), version));
  if (auto e = store->prepare_statements(); !e.empty()) {
    *error = e;
    return nullptr;
  }
  if (fresh) {
    store->db_->exec("INSERT OR IGNORE INTO meta (key, value) VALUES ('schema_version', '" +
                     std::to_string(kSchemaVersion) + "')");
  } else if (version < kSchemaVersion) {
    if (auto e = store->upgrade(); !e.empty()) {
      *error = "cannot upgrade the store to schema version " + std::to_string(kSchemaVersion) + ": " + e;
      return nullptr;
    }
  }
  return store;
}

std::unique_ptr<KoladaStore> KoladaStore::open_read_only(const std::string& path, std::string* error) {
  auto db = std::make_unique<Database>(path, OpenMode::ReadOnly);
  if (!db->ok()) {
    *error = db->error();
    return nullptr;
  }
  std::string prepare_error;
  Statement version(db->handle(), "SELECT value FROM meta WHERE key = 'schema_version'", &prepare_error);
  if (!version.ok()) {
    *error = prepare_error + " (is it a jamfor store?)";
    return nullptr;
  }
  const int schema = version.step() == SQLITE_ROW ? schema_version(version.text(0), error) : kSchemaVersion;
  version.reset();
  if (schema == 0) return nullptr;
  return std::unique_ptr<KoladaStore>(new KoladaStore(std::move(db), schema));
}

int KoladaStore::schema_version(const std::string& text, std::string* error) {
  for (int v = kOldestReadable; v <= kSchemaVersion; ++v)
    if (text == std::to_string(v)) return v;
  *error = "the store has schema version " + text + "; this jamfor reads versions " + std::to_string(kOldestReadable) +
           " to " + std::to_string(kSchemaVersion);
  return 0;
}

std::string KoladaStore::upgrade() {
  if (auto e = begin(); !e.empty()) return e;
  if (auto e = repack_all(); !e.empty()) {
    rollback();
    return e;
  }
  if (auto e = db_->exec("UPDATE meta SET value = '" + std::to_string(kSchemaVersion) + "' WHERE key = 'schema_version'");
      !e.empty()) {
    rollback();
    return e;
  }
  if (auto e = commit(); !e.empty()) {
    rollback();
    return e;
  }
  version_ = kSchemaVersion;
  return "";
}

std::string KoladaStore::prepare_statements() {
  std::string error;
  select_value_ = db_->prepare(
      "SELECT value, status, is_deleted, count FROM value WHERE kpi = ?1 AND area = ?2 AND period = ?3 AND gender = ?4",
      &error);
  insert_value_ = db_->prepare(
      "INSERT INTO value (kpi, area, period, gender, value, status, is_deleted, count, fetched_at, source) "
      "VALUES (?1, ?2, ?3, ?4, ?5, ?6, ?7, ?8, ?9, ?10) ON CONFLICT (kpi, area, period, gender) DO NOTHING",
      &error);
  update_value_ = db_->prepare(
      "UPDATE value SET value = ?5, status = ?6, is_deleted = ?7, count = ?8, fetched_at = ?9, source = ?10 "
      "WHERE kpi = ?1 AND area = ?2 AND period = ?3 AND gender = ?4",
      &error);
  return error;
}

std::string KoladaStore::repack_all() {
  std::string error;
  Statement ids = db_->prepare("SELECT DISTINCT kpi FROM value", &error);
  if (!ids.ok()) return error;
  while (ids.step() == SQLITE_ROW) touched_.insert(ids.text(0));
  return "";
}

std::string KoladaStore::begin() {
  touched_.clear();
  last_touched_.clear();
  return db_->exec("BEGIN IMMEDIATE");
}

std::string KoladaStore::commit() {
  if (auto e = write_packs(); !e.empty()) return e;
  return db_->exec("COMMIT");
}

void KoladaStore::rollback() {
  touched_.clear();
  last_touched_.clear();
  db_->exec("ROLLBACK");
}

// Every KPI whose values changed gets its pack anew from the value table, so a pack never
// disagrees with the rows it was made from.
std::string KoladaStore::write_packs() {
  if (touched_.empty()) return "";
  std::string error;
  Statement write = db_->prepare("INSERT OR REPLACE INTO value_pack (kpi, data) VALUES (?1, ?2)", &error);
  if (!write.ok()) return error;
  ValuePackWriter pack;
  for (const auto& kpi : touched_) {
    if (auto e = for_each_row(kpi, 0, INT32_MAX, [&](const ValueRow& r) { pack.add(r.area, r.period, r.gender, r.value); });
        !e.empty())
      return e;
    write.reset();
    write.bind(1, kpi).bind_blob(2, pack.finish());
    if (write.step() != SQLITE_DONE) return db_->last_error();
  }
  touched_.clear();
  last_touched_.clear();
  return "";
}

std::string KoladaStore::put_kpi(const KpiMeta& k, const std::string& fetched_at) {
  std::string error;
  Statement s = db_->prepare(
      "INSERT INTO kpi (id, title, description, operating_area, perspective, municipality_type, auspice, "
      "publication_date, prel_publication_date, publ_period, divided_by_gender, has_ou_data, fetched_at) "
      "VALUES (?1, ?2, ?3, ?4, ?5, ?6, ?7, ?8, ?9, ?10, ?11, ?12, ?13) ON CONFLICT (id) DO UPDATE SET "
      "title = excluded.title, description = excluded.description, operating_area = excluded.operating_area, "
      "perspective = excluded.perspective, municipality_type = excluded.municipality_type, "
      "auspice = excluded.auspice, publication_date = excluded.publication_date, "
      "prel_publication_date = excluded.prel_publication_date, publ_period = excluded.publ_period, "
      "divided_by_gender = excluded.divided_by_gender, has_ou_data = excluded.has_ou_data, "
      "fetched_at = excluded.fetched_at",
      &error);
  if (!s.ok()) return error;
  s.bind(1, k.id).bind(2, k.title).bind(3, k.description).bind(4, k.operating_area).bind(5, k.perspective);
  s.bind(6, k.municipality_type).bind(7, k.auspice).bind(8, k.publication_date).bind(9, k.prel_publication_date);
  s.bind(10, k.publ_period).bind(11, static_cast<long long>(k.divided_by_gender));
  s.bind(12, static_cast<long long>(k.has_ou_data)).bind(13, fetched_at);
  return s.step() == SQLITE_DONE ? "" : db_->last_error();
}

std::string KoladaStore::put_area(const AreaMeta& a, const std::string& fetched_at) {
  std::string error;
  Statement s = db_->prepare(
      "INSERT INTO area (id, title, type, fetched_at) VALUES (?1, ?2, ?3, ?4) ON CONFLICT (id) DO UPDATE SET "
      "title = excluded.title, type = excluded.type, fetched_at = excluded.fetched_at",
      &error);
  if (!s.ok()) return error;
  s.bind(1, a.id).bind(2, a.title).bind(3, a.type).bind(4, fetched_at);
  return s.step() == SQLITE_DONE ? "" : db_->last_error();
}

std::string KoladaStore::put_group(const AreaGroup& g, const std::string& fetched_at, GroupKind kind) {
  const std::string table = group_table(kind);
  std::string error;
  Statement s = db_->prepare(
      "INSERT INTO " + table + " (id, title, fetched_at) VALUES (?1, ?2, ?3) ON CONFLICT (id) DO UPDATE SET "
      "title = excluded.title, fetched_at = excluded.fetched_at",
      &error);
  if (!s.ok()) return error;
  s.bind(1, g.id).bind(2, g.title).bind(3, fetched_at);
  if (s.step() != SQLITE_DONE) return db_->last_error();
  Statement clear = db_->prepare("DELETE FROM " + table + "_member WHERE group_id = ?1", &error);
  clear.bind(1, g.id);
  if (clear.step() != SQLITE_DONE) return db_->last_error();
  Statement add = db_->prepare("INSERT OR IGNORE INTO " + table + "_member (group_id, member_id) VALUES (?1, ?2)", &error);
  for (const auto& m : g.members) {
    add.reset();
    add.bind(1, g.id).bind(2, m);
    if (add.step() != SQLITE_DONE) return db_->last_error();
  }
  return "";
}

std::string KoladaStore::put_value(const KoladaValue& v, const std::string& fetched_at, const std::string& source,
                                   UpsertCounts& counts) {
  const std::string gender(1, v.gender);
  // Insert first: in a first fetch nearly every value is new, and a failed lookup before each
  // insert would walk the value table's key twice.
  insert_value_.reset();
  bind_value(insert_value_, v, gender, fetched_at, source);
  if (insert_value_.step() != SQLITE_DONE) return db_->last_error();
  if (db_->changes() == 1) {
    ++counts.added;
    touch(v.kpi);
    return "";
  }
  select_value_.reset();
  select_value_.bind_unowned(1, v.kpi).bind_unowned(2, v.area).bind(3, static_cast<long long>(v.period));
  select_value_.bind_unowned(4, gender);
  if (select_value_.step() != SQLITE_ROW) return db_->last_error();
  const bool old_deleted = select_value_.integer(2) != 0;
  if (select_value_.real(0) == v.value && select_value_.text_view(1) == v.status && old_deleted == v.deleted &&
      select_value_.integer(3) == v.count) {
    ++counts.unchanged;
    return "";
  }
  if (v.deleted && !old_deleted)
    ++counts.withdrawn;
  else
    ++counts.changed;
  if (select_value_.real(0) && !v.value && !v.deleted) ++counts.nulled;
  touch(v.kpi);
  update_value_.reset();
  bind_value(update_value_, v, gender, fetched_at, source);
  return update_value_.step() == SQLITE_DONE ? "" : db_->last_error();
}

void KoladaStore::bind_value(Statement& s, const KoladaValue& v, const std::string& gender,
                             const std::string& fetched_at, const std::string& source) {
  s.bind_unowned(1, v.kpi).bind_unowned(2, v.area).bind(3, static_cast<long long>(v.period)).bind_unowned(4, gender);
  s.bind(5, v.value).bind_unowned(6, v.status).bind(7, static_cast<long long>(v.deleted));
  s.bind(8, static_cast<long long>(v.count)).bind_unowned(9, fetched_at).bind_unowned(10, source);
}

void KoladaStore::touch(const std::string& kpi) {
  if (kpi != last_touched_) {
    touched_.insert(kpi);
    last_touched_ = kpi;
  }
}

std::string KoladaStore::record_run(const std::string& config_key, const std::string& started_at,
                                    const std::string& finished_at, const UpsertCounts& counts) {
  std::string error;
  Statement s = db_->prepare(
      "INSERT INTO fetch_run (config_key, started_at, finished_at, added, changed, withdrawn, nulled, unchanged) "
      "VALUES (?1, ?2, ?3, ?4, ?5, ?6, ?7, ?8)",
      &error);
  if (!s.ok()) return error;
  s.bind(1, config_key).bind(2, started_at).bind(3, finished_at);
  s.bind(4, static_cast<long long>(counts.added)).bind(5, static_cast<long long>(counts.changed));
  s.bind(6, static_cast<long long>(counts.withdrawn)).bind(7, static_cast<long long>(counts.nulled));
  s.bind(8, static_cast<long long>(counts.unchanged));
  return s.step() == SQLITE_DONE ? "" : db_->last_error();
}

std::optional<std::string> KoladaStore::last_run_start(const std::string& config_key) const {
  std::string error;
  Statement s = db_->prepare("SELECT max(started_at) FROM fetch_run WHERE config_key = ?1", &error);
  s.bind(1, config_key);
  if (s.step() == SQLITE_ROW && !s.is_null(0)) return s.text(0);
  return std::nullopt;
}

std::string KoladaStore::log_requests(const std::string& run_started_at, const std::vector<RequestLogEntry>& entries) {
  if (auto e = db_->exec("BEGIN IMMEDIATE"); !e.empty()) return e;
  std::string error;
  Statement s = db_->prepare(
      "INSERT INTO fetch_log (run_started_at, url, status, bytes, millis, error) VALUES (?1, ?2, ?3, ?4, ?5, ?6)",
      &error);
  for (const auto& e : entries) {
    s.reset();
    s.bind(1, run_started_at).bind(2, e.url).bind(3, static_cast<long long>(e.status));
    s.bind(4, static_cast<long long>(e.bytes)).bind(5, e.millis).bind(6, e.error);
    if (s.step() != SQLITE_DONE) {
      error = db_->last_error();
      db_->exec("ROLLBACK");
      return error;
    }
  }
  return db_->exec("COMMIT");
}

std::optional<KpiMeta> KoladaStore::kpi(const std::string& id) const {
  std::string error;
  Statement s = db_->prepare(
      "SELECT id, title, description, operating_area, perspective, municipality_type, auspice, publication_date, "
      "prel_publication_date, publ_period, divided_by_gender, has_ou_data FROM kpi WHERE id = ?1",
      &error);
  s.bind(1, id);
  if (s.step() != SQLITE_ROW) return std::nullopt;
  KpiMeta k{s.text(0), s.text(1), s.text(2), s.text(3), s.text(4), s.text(5), s.text(6),
            s.text(7), s.text(8), s.text(9), s.integer(10) != 0, s.integer(11) != 0};
  return k;
}

std::optional<std::string> KoladaStore::kpi_fetched_at(const std::string& id) const {
  std::string error;
  Statement s = db_->prepare("SELECT fetched_at FROM kpi WHERE id = ?1", &error);
  s.bind(1, id);
  if (s.step() != SQLITE_ROW) return std::nullopt;
  return s.text(0);
}

std::vector<AreaMeta> KoladaStore::areas() const {
  std::string error;
  Statement s = db_->prepare("SELECT id, title, type FROM area ORDER BY id", &error);
  std::vector<AreaMeta> out;
  while (s.step() == SQLITE_ROW) out.push_back({s.text(0), s.text(1), s.text(2)});
  return out;
}

std::optional<AreaGroup> KoladaStore::group(const std::string& id, GroupKind kind) const {
  const std::string table = group_table(kind);
  std::string error;
  Statement s = db_->prepare("SELECT title FROM " + table + " WHERE id = ?1", &error);
  s.bind(1, id);
  if (s.step() != SQLITE_ROW) return std::nullopt;
  AreaGroup g{id, s.text(0), {}};
  Statement m = db_->prepare("SELECT member_id FROM " + table + "_member WHERE group_id = ?1 ORDER BY member_id", &error);
  m.bind(1, id);
  while (m.step() == SQLITE_ROW) g.members.push_back(m.text(0));
  return g;
}

std::vector<KoladaValue> KoladaStore::values(const std::string& kpi, const std::string& area) const {
  std::string error;
  Statement s = db_->prepare(
      "SELECT period, gender, value, status, is_deleted, count FROM value WHERE kpi = ?1 AND area = ?2 "
      "ORDER BY period, gender",
      &error);
  s.bind(1, kpi).bind(2, area);
  std::vector<KoladaValue> out;
  while (s.step() == SQLITE_ROW) {
    KoladaValue v;
    v.kpi = kpi;
    v.area = area;
    v.period = static_cast<int>(s.integer(0));
    v.gender = s.text(1).empty() ? 'T' : s.text(1)[0];
    v.value = s.real(2);
    v.status = s.text(3);
    v.deleted = s.integer(4) != 0;
    v.count = static_cast<int>(s.integer(5));
    out.push_back(std::move(v));
  }
  return out;
}

std::string KoladaStore::for_each_value(const std::string& kpi, int first_year, int last_year,
                                        const std::function<void(const ValueRow&)>& row) const {
  std::string error;
  if (version_ >= 2) {
    if (!read_pack_.ok()) {
      read_pack_ = db_->prepare("SELECT data FROM value_pack WHERE kpi = ?1", &error);
      if (!read_pack_.ok()) return error;
    }
    read_pack_.reset();
    read_pack_.bind(1, kpi);
    const int rc = read_pack_.step();
    if (rc == SQLITE_ROW) {
      std::string e = read_value_pack(read_pack_.blob_view(0), first_year, last_year, row);
      read_pack_.reset();
      return e.empty() ? e : e + " (KPI " + kpi + "); run 'jamfor fetch --full' to write it anew";
    }
    read_pack_.reset();
    if (rc != SQLITE_DONE) return db_->last_error();
  }
  // A version-1 store, or a KPI without values.
  return for_each_row(kpi, first_year, last_year, row);
}

std::string KoladaStore::for_each_row(const std::string& kpi, int first_year, int last_year,
                                      const std::function<void(const ValueRow&)>& row) const {
  if (!read_values_.ok()) {
    std::string error;
    read_values_ = db_->prepare(kPresentValues, &error);
    if (!read_values_.ok()) return error;
  }
  read_values_.reset();
  read_values_.bind(1, kpi).bind(2, static_cast<long long>(first_year)).bind(3, static_cast<long long>(last_year));
  ValueRow r;
  int rc;
  while ((rc = read_values_.step()) == SQLITE_ROW) {
    r.area = read_values_.text_view(0);
    r.period = static_cast<int>(read_values_.integer(1));
    std::string_view gender = read_values_.text_view(2);
    r.gender = gender.empty() ? 'T' : gender[0];
    r.value = *read_values_.real(3);
    row(r);
  }
  read_values_.reset();
  return rc == SQLITE_DONE ? "" : db_->last_error();
}

std::vector<AreaGroup> KoladaStore::groups(GroupKind kind) const {
  std::string error;
  Statement s = db_->prepare("SELECT id FROM " + group_table(kind) + " ORDER BY id", &error);
  std::vector<AreaGroup> out;
  while (s.step() == SQLITE_ROW)
    if (auto g = group(s.text(0), kind)) out.push_back(std::move(*g));
  return out;
}

size_t KoladaStore::value_count() const {
  std::string error;
  Statement s = db_->prepare("SELECT count(*) FROM value", &error);
  return s.step() == SQLITE_ROW ? static_cast<size_t>(s.integer(0)) : 0;
}

StoreSummary KoladaStore::summary() const {
  StoreSummary s;
  std::string error;
  auto count = [&](const char* sql) {
    Statement st = db_->prepare(sql, &error);
    return st.ok() && st.step() == SQLITE_ROW ? static_cast<size_t>(st.integer(0)) : 0;
  };
  s.values = count("SELECT count(*) FROM value");
  s.withdrawn = count("SELECT count(*) FROM value WHERE is_deleted = 1");
  s.flagged = count("SELECT count(*) FROM value WHERE status != ''");
  s.kpis = count("SELECT count(*) FROM kpi");
  s.areas = count("SELECT count(*) FROM area");
  s.groups = count("SELECT count(*) FROM area_group");
  s.runs = count("SELECT count(*) FROM fetch_run");
  s.requests = count("SELECT count(*) FROM fetch_log");
  // A store read-only and older than the nulled and unchanged columns has none to read.
  const bool has_added_columns = count("SELECT count(*) FROM pragma_table_info('fetch_run') WHERE name IN "
                                       "('nulled', 'unchanged')") == std::size(kAddedRunColumns);
  Statement runs = db_->prepare(std::string("SELECT finished_at, added, changed, withdrawn, ") +
                                    (has_added_columns ? "nulled, unchanged" : "0, 0") +
                                    " FROM fetch_run ORDER BY id DESC LIMIT " + std::to_string(kRecentRuns),
                                &error);
  while (runs.ok() && runs.step() == SQLITE_ROW) {
    FetchRunSummary run{runs.text(0), {}};
    run.counts.added = static_cast<size_t>(runs.integer(1));
    run.counts.changed = static_cast<size_t>(runs.integer(2));
    run.counts.withdrawn = static_cast<size_t>(runs.integer(3));
    run.counts.nulled = static_cast<size_t>(runs.integer(4));
    run.counts.unchanged = static_cast<size_t>(runs.integer(5));
    s.recent_runs.push_back(std::move(run));
  }
  if (!s.recent_runs.empty()) {
    s.last_fetch = s.recent_runs.front().finished_at;
    s.last_counts = s.recent_runs.front().counts;
  }
  s.integrity = integrity_check();
  return s;
}

std::string KoladaStore::last_fetch() const {
  std::string error;
  Statement s = db_->prepare("SELECT finished_at FROM fetch_run ORDER BY id DESC LIMIT 1", &error);
  return s.ok() && s.step() == SQLITE_ROW ? s.text(0) : "";
}

std::string KoladaStore::integrity_check() const {
  std::string error;
  Statement s = db_->prepare("PRAGMA integrity_check", &error);
  return s.step() == SQLITE_ROW ? s.text(0) : error;
}

}  // namespace jamfor
