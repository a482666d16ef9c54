#include "tests/kolada_server/kolada_data.h"

#include <algorithm>
#include <array>
#include <cctype>
#include <charconv>
#include <chrono>
#include <climits>
#include <cstdint>
#include <filesystem>
#include <fstream>
#include <map>
#include <sstream>
#include <stdexcept>

namespace jamfor::kolada_server {

namespace fs = std::filesystem;

std::string_view kolada_gender_code(Gender gender) {
  switch (gender) {
    case Gender::Total: return "T";
    case Gender::Women: return "K";
    case Gender::Men: return "M";
  }
  return "T";
}

std::optional<Gender> parse_kolada_gender(std::string_view code) {
  if (code == "T") return Gender::Total;
  if (code == "K") return Gender::Women;
  if (code == "M") return Gender::Men;
  return std::nullopt;
}

namespace {

constexpr std::uint8_t kAbsent = 0;
constexpr std::uint8_t kNumber = 1;
constexpr std::uint8_t kNull = 2;

constexpr Gender kGenders[] = {Gender::Total, Gender::Women, Gender::Men};

std::uint32_t clamp_time(std::int64_t t) {
  return static_cast<std::uint32_t>(std::clamp<std::int64_t>(t, 0, UINT32_MAX));
}

// ---- CSV -------------------------------------------------------------------------------

struct CsvFile {
  std::string path;
  std::vector<std::vector<std::string>> rows;  // rows[0] is the header

  [[noreturn]] void fail(std::size_t row, const std::string& what) const {
    throw std::runtime_error(path + ": row " + std::to_string(row + 1) + ": " + what);
  }
};

// RFC 4180 with CRLF or LF and an optional byte-order mark; the shared files use all of these.
CsvFile read_csv(const fs::path& path) {
  std::ifstream in(path, std::ios::binary);
  if (!in) throw std::runtime_error(path.string() + ": cannot open");
  std::ostringstream buffer;
  buffer << in.rdbuf();
  const std::string text = std::move(buffer).str();

  CsvFile file{path.string(), {}};
  std::size_t i = text.starts_with("\xEF\xBB\xBF") ? 3 : 0;
  std::vector<std::string> row;
  std::string cell;
  bool row_has_content = false;
  auto end_row = [&] {
    if (row_has_content || !cell.empty() || !row.empty()) {
      row.push_back(std::move(cell));
      file.rows.push_back(std::move(row));
    }
    row = {};
    cell.clear();
    row_has_content = false;
  };
  while (i < text.size()) {
    const char c = text[i];
    if (c == '"') {
      row_has_content = true;
      ++i;
      while (i < text.size()) {
        if (text[i] == '"') {
          if (i + 1 < text.size() && text[i + 1] == '"') {
            cell.push_back('"');
            i += 2;
            continue;
          }
          ++i;
          break;
        }
        cell.push_back(text[i++]);
      }
    } else if (c == ',') {
      row.push_back(std::move(cell));
      cell.clear();
      row_has_content = true;
      ++i;
    } else if (c == '\r' || c == '\n') {
      end_row();
      i += (c == '\r' && i + 1 < text.size() && text[i + 1] == '\n') ? 2 : 1;
    } else {
      cell.push_back(c);
      row_has_content = true;
      ++i;
    }
  }
  end_row();
  if (file.rows.empty()) throw std::runtime_error(file.path + ": no header");
  return file;
}

std::string lower(std::string_view s) {
  std::string out(s);
  for (char& c : out) c = static_cast<char>(std::tolower(static_cast<unsigned char>(c)));
  return out;
}

// Index of the first header cell named one of `names` (case-insensitive), or -1.
int column(const CsvFile& file, std::initializer_list<std::string_view> names) {
  const auto& header = file.rows.front();
  for (std::string_view name : names) {
    for (std::size_t c = 0; c < header.size(); ++c) {
      if (lower(header[c]) == name) return static_cast<int>(c);
    }
  }
  return -1;
}

int required_column(const CsvFile& file, std::initializer_list<std::string_view> names) {
  const int c = column(file, names);
  if (c < 0) file.fail(0, "no column named " + std::string(*names.begin()));
  return c;
}

std::string_view cell_at(const std::vector<std::string>& row, int c) {
  if (c < 0 || static_cast<std::size_t>(c) >= row.size()) return {};
  return row[static_cast<std::size_t>(c)];
}

std::string_view trim(std::string_view s) {
  while (!s.empty() && (s.front() == ' ' || s.front() == '\t')) s.remove_prefix(1);
  while (!s.empty() && (s.back() == ' ' || s.back() == '\t')) s.remove_suffix(1);
  return s;
}

int parse_year(const CsvFile& file, std::size_t r, std::string_view text) {
  text = trim(text);
  int year = 0;
  auto [end, ec] = std::from_chars(text.data(), text.data() + text.size(), year);
  if (ec != std::errc{} || end != text.data() + text.size() || year < 1900 || year > 2200) {
    file.fail(r, "bad year '" + std::string(text) + "'");
  }
  return year;
}

std::optional<double> parse_number(const CsvFile& file, std::size_t r, std::string_view text) {
  text = trim(text);
  if (text.empty()) return std::nullopt;
  double v = 0;
  auto [end, ec] = std::from_chars(text.data(), text.data() + text.size(), v);
  if (ec != std::errc{} || end != text.data() + text.size()) {
    file.fail(r, "bad number '" + std::string(text) + "'");
  }
  return v;
}

bool parse_flag(std::string_view text) {
  const std::string t = lower(trim(text));
  return t == "1" || t == "true" || t == "yes";
}

bool all_digits(std::string_view s) {
  return !s.empty() && std::all_of(s.begin(), s.end(), [](char c) { return c >= '0' && c <= '9'; });
}

// Spreadsheets drop leading zeros: "114" is municipality 0114, county "1" is 01.
std::string pad_digits(std::string_view id, std::size_t width) {
  id = trim(id);
  if (!all_digits(id) || id.size() >= width) return std::string(id);
  return std::string(width - id.size(), '0') + std::string(id);
}

// ---- Loading ---------------------------------------------------------------------------

struct Loaded {
  KoladaData data;
  std::vector<std::pair<std::string, std::string>> county_of;  // municipality id, county "10"
};

fs::path require_dir(const fs::path& dir) {
  if (!fs::is_directory(dir)) throw std::runtime_error(dir.string() + ": no such directory");
  return dir;
}

void load_areas(const fs::path& meta, Loaded& out) {
  const CsvFile municipalities = read_csv(meta / "municipalities.csv");
  const int mid = required_column(municipalities, {"kommun", "id", "municipality"});
  const int mtitle = required_column(municipalities, {"name", "title"});
  const int mcounty = column(municipalities, {"region", "county"});
  for (std::size_t r = 1; r < municipalities.rows.size(); ++r) {
    const auto& row = municipalities.rows[r];
    const std::string id = pad_digits(cell_at(row, mid), 4);
    if (id.empty()) municipalities.fail(r, "no id");
    out.data.add_area({id, std::string(cell_at(row, mtitle)), "K"});
    if (mcounty >= 0) out.county_of.emplace_back(id, pad_digits(cell_at(row, mcounty), 2));
  }

  const CsvFile regions = read_csv(meta / "regions.csv");
  const int rid = required_column(regions, {"region", "id"});
  const int rtitle = required_column(regions, {"name", "title"});
  for (std::size_t r = 1; r < regions.rows.size(); ++r) {
    const auto& row = regions.rows[r];
    std::string id = pad_digits(cell_at(row, rid), 4);
    if (id.size() == 2) id = "00" + id;
    out.data.add_area({id, std::string(cell_at(row, rtitle)), "L"});
  }
  // Kolada lists Riket among the areas with type L.
  out.data.add_area({"0000", "Riket", "L"});
}

void load_kpis(const fs::path& meta, Loaded& out) {
  const CsvFile file = read_csv(meta / "kpi.csv");
  const int id = required_column(file, {"concept", "id"});
  const int title = required_column(file, {"name", "title"});
  const int description = column(file, {"description"});
  const int operating_area = column(file, {"operating_area"});
  const int perspective = column(file, {"perspective"});
  const int municipality_type = column(file, {"municipality_type"});
  const int auspice = column(file, {"auspice", "auspices"});
  const int publication_date = column(file, {"publication_date"});
  const int prel_publication_date = column(file, {"prel_publication_date"});
  const int publ_period = column(file, {"publ_period"});
  const int by_gender = column(file, {"is_divided_by_gender"});
  const int has_ou_data = column(file, {"has_ou_data"});
  for (std::size_t r = 1; r < file.rows.size(); ++r) {
    const auto& row = file.rows[r];
    KoladaKpi kpi;
    kpi.id = std::string(trim(cell_at(row, id)));
    if (kpi.id.empty()) file.fail(r, "no KPI id");
    for (char& c : kpi.id) c = static_cast<char>(std::toupper(static_cast<unsigned char>(c)));
    kpi.title = cell_at(row, title);
    kpi.description = cell_at(row, description);
    kpi.operating_area = cell_at(row, operating_area);
    kpi.perspective = cell_at(row, perspective);
    if (!cell_at(row, municipality_type).empty()) {
      kpi.municipality_type = cell_at(row, municipality_type);
    }
    kpi.auspice = cell_at(row, auspice);
    kpi.publication_date = cell_at(row, publication_date);
    kpi.prel_publication_date = cell_at(row, prel_publication_date);
    kpi.publ_period = cell_at(row, publ_period);
    kpi.gender_split =
        parse_flag(cell_at(row, by_gender)) ? GenderSplit::ByGender : GenderSplit::TotalOnly;
    kpi.ou_data = parse_flag(cell_at(row, has_ou_data)) ? OuData::Present : OuData::Absent;
    out.data.add_kpi(std::move(kpi));
  }
}

std::vector<fs::path> csv_files(const fs::path& dir) {
  std::vector<fs::path> files;
  if (!fs::is_directory(dir)) return files;
  for (const auto& entry : fs::directory_iterator(dir)) {
    if (entry.is_regular_file() && entry.path().extension() == ".csv") {
      files.push_back(entry.path());
    }
  }
  std::sort(files.begin(), files.end());
  return files;
}

void ensure_area(KoladaData& data, const std::string& id) {
  if (data.find_area(id)) return;
  // An id the metadata lacks (a merged municipality, say) still gets served, under its id.
  data.add_area({id, id, id.starts_with("00") ? "L" : "K"});
}

// values/<KPI>.csv (gender T) or values-by-gender/<KPI>.csv (K and M); columns by header.
void load_values_file(const fs::path& path, bool by_gender, Loaded& out) {
  const CsvFile file = read_csv(path);
  std::string kpi = path.stem().string();
  for (char& c : kpi) c = static_cast<char>(std::toupper(static_cast<unsigned char>(c)));
  if (!out.data.find_kpi(kpi)) {
    KoladaKpi meta;
    meta.id = kpi;
    meta.title = kpi;
    meta.gender_split = by_gender ? GenderSplit::ByGender : GenderSplit::TotalOnly;
    out.data.add_kpi(std::move(meta));
  }
  const int geo = required_column(file, {"geo"});
  const int year = required_column(file, {"year"});
  const int gender = by_gender ? required_column(file, {"gender"}) : -1;
  int value = column(file, {lower(kpi)});
  if (value < 0) {
    const auto& header = file.rows.front();
    for (std::size_t c = 0; c < header.size() && value < 0; ++c) {
      const std::string name = lower(header[c]);
      if (name != "geo" && name != "year" && name != "gender") value = static_cast<int>(c);
    }
  }
  if (value < 0) file.fail(0, "no value column");

  for (std::size_t r = 1; r < file.rows.size(); ++r) {
    const auto& row = file.rows[r];
    const std::string area = pad_digits(cell_at(row, geo), 4);
    if (area.empty()) file.fail(r, "no geo");
    Gender g = Gender::Total;
    if (by_gender) {
      auto parsed = parse_kolada_gender(trim(cell_at(row, gender)));
      if (!parsed) file.fail(r, "bad gender '" + std::string(cell_at(row, gender)) + "'");
      g = *parsed;
    }
    ensure_area(out.data, area);
    ServedValue v;
    v.value = parse_number(file, r, cell_at(row, value));
    out.data.set_value(kpi, area, parse_year(file, r, cell_at(row, year)), g, std::move(v));
  }
  // Sorted now, the K and M of values-by-gender land in the T points instead of adding two
  // more points each until the end of the load (the peak memory at national scale).
  out.data.sort_pending();
}

Loaded load_layout(const fs::path& dir, const fs::path& meta_dir) {
  require_dir(dir);
  const fs::path meta = require_dir(meta_dir.empty() ? dir / "meta" : meta_dir);
  Loaded out;
  load_areas(meta, out);
  load_kpis(meta, out);
  for (const auto& f : csv_files(require_dir(dir / "values"))) load_values_file(f, false, out);
  for (const auto& f : csv_files(dir / "values-by-gender")) load_values_file(f, true, out);
  out.data.sort_pending();
  return out;
}

}  // namespace

// ---- KoladaData ------------------------------------------------------------------------

void KoladaData::add_kpi(KoladaKpi kpi) {
  auto it = kpi_index_.find(kpi.id);
  if (it != kpi_index_.end()) {
    kpis_[it->second] = std::move(kpi);
    return;
  }
  kpi_index_.emplace(kpi.id, kpis_.size());
  kpis_.push_back(std::move(kpi));
  series_.emplace_back();
}

void KoladaData::add_area(KoladaArea area) {
  auto it = area_index_.find(area.id);
  if (it != area_index_.end()) {
    areas_[it->second] = std::move(area);
    return;
  }
  area_index_.emplace(area.id, static_cast<std::uint32_t>(areas_.size()));
  areas_.push_back(std::move(area));
}

void KoladaData::add_group(KoladaGroup group) {
  std::vector<std::uint32_t> members;
  for (const auto& id : group.member_ids) {
    auto it = area_index_.find(id);
    if (it == area_index_.end()) {
      throw std::invalid_argument("group " + group.id + ": unknown member " + id);
    }
    members.push_back(it->second);
  }
  auto it = group_index_.find(group.id);
  if (it != group_index_.end()) {
    groups_[it->second] = std::move(group);
    group_members_[it->second] = std::move(members);
    return;
  }
  group_index_.emplace(group.id, groups_.size());
  groups_.push_back(std::move(group));
  group_members_.push_back(std::move(members));
}

void KoladaData::add_kpi_group(KoladaGroup group) {
  std::erase_if(group.member_ids, [&](const std::string& id) { return !find_kpi(id); });
  if (!group.member_ids.empty()) kpi_groups_.push_back(std::move(group));
}

const KoladaKpi* KoladaData::find_kpi(std::string_view id) const {
  auto it = kpi_index_.find(std::string(id));
  return it == kpi_index_.end() ? nullptr : &kpis_[it->second];
}

const KoladaArea* KoladaData::find_area(std::string_view id) const {
  auto it = area_index_.find(std::string(id));
  return it == area_index_.end() ? nullptr : &areas_[it->second];
}

const KoladaGroup* KoladaData::find_group(std::string_view id) const {
  auto it = group_index_.find(std::string(id));
  return it == group_index_.end() ? nullptr : &groups_[it->second];
}

std::uint16_t KoladaData::intern_status(const std::string& status) {
  auto it = status_index_.find(status);
  if (it != status_index_.end()) return it->second;
  if (statuses_.size() > UINT16_MAX) throw std::length_error("too many distinct status flags");
  const auto index = static_cast<std::uint16_t>(statuses_.size());
  statuses_.push_back(status);
  status_index_.emplace(status, index);
  return index;
}

namespace {

template <typename Point>
bool point_less(const Point& a, const Point& b) {
  return a.area != b.area ? a.area < b.area : a.year < b.year;
}

}  // namespace

void KoladaData::sort_pending() const {
  for (Series& series : series_) {
    if (series.sorted) continue;
    auto& points = series.points;
    std::stable_sort(points.begin(), points.end(), point_less<Point>);
    // Later writes of the same (area, year) win, gender by gender.
    std::size_t out = 0;
    for (std::size_t i = 0; i < points.size(); ++i) {
      if (out > 0 && points[out - 1].area == points[i].area &&
          points[out - 1].year == points[i].year) {
        for (int g = 0; g < 3; ++g) {
          if (points[i].cells[g].state != kAbsent) points[out - 1].cells[g] = points[i].cells[g];
        }
      } else {
        points[out++] = points[i];
      }
    }
    points.resize(out);
    // Growth slack is a third of the memory at national scale (millions of points).
    points.shrink_to_fit();
    series.sorted = true;
  }
}

KoladaData::Point* KoladaData::find_point(std::size_t kpi, std::uint32_t area, int year) {
  sort_pending();
  auto& points = series_[kpi].points;
  Point key;
  key.area = area;
  key.year = year;
  auto it = std::lower_bound(points.begin(), points.end(), key, point_less<Point>);
  if (it == points.end() || it->area != area || it->year != year) return nullptr;
  return &*it;
}

void KoladaData::set_value(std::string_view kpi, std::string_view area, int year, Gender gender,
                           ServedValue value) {
  auto k = kpi_index_.find(std::string(kpi));
  if (k == kpi_index_.end()) throw std::invalid_argument("unknown KPI " + std::string(kpi));
  auto a = area_index_.find(std::string(area));
  if (a == area_index_.end()) throw std::invalid_argument("unknown area " + std::string(area));

  Cell cell;
  cell.state = value.value ? kNumber : kNull;
  cell.value = value.value.value_or(0);
  cell.updated = clamp_time(value.updated);
  cell.withdrawn = value.withdrawn == Withdrawn::Yes;
  cell.status = intern_status(value.status);
  const auto g = static_cast<std::size_t>(gender);

  Series& series = series_[k->second];
  Point point;
  point.area = a->second;
  point.year = year;
  point.cells[g] = cell;
  if (series.sorted) {
    auto& points = series.points;
    auto it = std::lower_bound(points.begin(), points.end(), point, point_less<Point>);
    if (it != points.end() && it->area == point.area && it->year == year) {
      it->cells[g] = cell;
      return;
    }
    // Keeps sorted order for free when appending at the end; otherwise sort later.
    if (it != points.end()) series.sorted = false;
  }
  series.points.push_back(point);
}

void KoladaData::withdraw(std::string_view kpi, std::string_view area, int year, Gender gender,
                          std::int64_t updated) {
  auto k = kpi_index_.find(std::string(kpi));
  auto a = area_index_.find(std::string(area));
  Point* point = (k == kpi_index_.end() || a == area_index_.end())
                     ? nullptr
                     : find_point(k->second, a->second, year);
  Cell* cell = point ? &point->cells[static_cast<std::size_t>(gender)] : nullptr;
  if (!cell || cell->state == kAbsent) {
    throw std::invalid_argument("no value to withdraw: " + std::string(kpi) + " " +
                                std::string(area) + " " + std::to_string(year) + " " +
                                std::string(kolada_gender_code(gender)));
  }
  cell->withdrawn = 1;
  cell->updated = clamp_time(updated);
}

std::optional<ServedValue> KoladaData::find_value(std::string_view kpi, std::string_view area,
                                                  int year, Gender gender) const {
  auto k = kpi_index_.find(std::string(kpi));
  auto a = area_index_.find(std::string(area));
  if (k == kpi_index_.end() || a == area_index_.end()) return std::nullopt;
  // find_point only sorts (which const readers may do, see sort_pending) and looks up.
  const Point* point = const_cast<KoladaData*>(this)->find_point(k->second, a->second, year);
  if (!point) return std::nullopt;
  const Cell& cell = point->cells[static_cast<std::size_t>(gender)];
  if (cell.state == kAbsent) return std::nullopt;
  ServedValue v;
  if (cell.state == kNumber) v.value = cell.value;
  v.status = statuses_[cell.status];
  v.withdrawn = cell.withdrawn ? Withdrawn::Yes : Withdrawn::No;
  v.updated = cell.updated;
  return v;
}

std::size_t KoladaData::value_count() const {
  sort_pending();
  std::size_t n = 0;
  for (const Series& series : series_) {
    for (const Point& p : series.points) {
      for (const Cell& c : p.cells) n += c.state != kAbsent;
    }
  }
  return n;
}

KoladaEntry KoladaData::entry_of(const Cell& cell, Gender gender) const {
  KoladaEntry e;
  e.gender = gender;
  e.count = 1;
  if (cell.state == kNumber) e.value = cell.value;
  e.status = statuses_[cell.status];
  e.withdrawn = cell.withdrawn ? Withdrawn::Yes : Withdrawn::No;
  e.updated = cell.updated;
  return e;
}

namespace {

bool wanted_year(const KoladaQuery& q, int year) {
  return q.years.empty() || std::find(q.years.begin(), q.years.end(), year) != q.years.end();
}

bool wanted_time(const KoladaQuery& q, std::int64_t updated) {
  return !q.changed_since || updated >= *q.changed_since;
}

template <typename Points, typename Point>
auto area_range(const Points& points, std::uint32_t area) {
  Point lo;
  lo.area = area;
  lo.year = INT32_MIN;
  auto first = std::lower_bound(points.begin(), points.end(), lo, point_less<Point>);
  auto last = first;
  while (last != points.end() && last->area == area) ++last;
  return std::make_pair(first, last);
}

}  // namespace

// Kolada's group values are unweighted means of the members that have one; withdrawn member
// values no longer count.
void KoladaData::add_group_rows(std::size_t kpi, const KoladaGroup& group, const KoladaQuery& query,
                                std::vector<KoladaRow>& rows) const {
  struct Acc {
    bool present = false;
    double sum = 0;
    int n = 0;
    std::int64_t updated = 0;
  };
  std::map<int, std::array<Acc, 3>> by_year;
  const auto& points = series_[kpi].points;
  for (std::uint32_t member : group_members_[group_index_.at(group.id)]) {
    auto [first, last] = area_range<std::vector<Point>, Point>(points, member);
    for (auto it = first; it != last; ++it) {
      if (!wanted_year(query, it->year)) continue;
      auto& accs = by_year[it->year];
      for (int g = 0; g < 3; ++g) {
        const Cell& cell = it->cells[g];
        if (cell.state == kAbsent) continue;
        Acc& acc = accs[static_cast<std::size_t>(g)];
        acc.present = true;
        acc.updated = std::max<std::int64_t>(acc.updated, cell.updated);
        if (cell.state == kNumber && !cell.withdrawn) {
          acc.sum += cell.value;
          ++acc.n;
        }
      }
    }
  }
  for (const auto& [year, accs] : by_year) {
    KoladaRow row{kpis_[kpi].id, group.id, year, {}};
    for (int g = 0; g < 3; ++g) {
      const Acc& acc = accs[static_cast<std::size_t>(g)];
      if (!acc.present || !wanted_time(query, acc.updated)) continue;
      KoladaEntry e;
      e.gender = kGenders[g];
      e.count = acc.n;
      if (acc.n > 0) e.value = acc.sum / acc.n;
      e.updated = acc.updated;
      row.entries.push_back(e);
    }
    if (!row.entries.empty()) rows.push_back(std::move(row));
  }
}

std::vector<KoladaRow> KoladaData::query(const KoladaQuery& query) const {
  sort_pending();
  std::vector<std::size_t> kpis;
  if (query.kpis.empty()) {
    for (std::size_t k = 0; k < kpis_.size(); ++k) kpis.push_back(k);
  } else {
    for (const auto& id : query.kpis) {
      auto it = kpi_index_.find(id);
      if (it != kpi_index_.end()) kpis.push_back(it->second);
    }
    std::sort(kpis.begin(), kpis.end());
    kpis.erase(std::unique(kpis.begin(), kpis.end()), kpis.end());
  }

  std::vector<std::uint32_t> areas;
  std::vector<const KoladaGroup*> groups;
  if (query.areas.empty()) {
    for (const auto& g : groups_) groups.push_back(&g);
  } else {
    for (const auto& id : query.areas) {
      if (auto it = area_index_.find(id); it != area_index_.end()) areas.push_back(it->second);
      if (const KoladaGroup* g = find_group(id)) groups.push_back(g);
    }
    std::sort(areas.begin(), areas.end());
    areas.erase(std::unique(areas.begin(), areas.end()), areas.end());
    std::sort(groups.begin(), groups.end());
    groups.erase(std::unique(groups.begin(), groups.end()), groups.end());
  }

  std::vector<KoladaRow> rows;
  auto add_point = [&](std::size_t kpi, const Point& p) {
    if (!wanted_year(query, p.year)) return;
    KoladaRow row{kpis_[kpi].id, areas_[p.area].id, p.year, {}};
    for (int g = 0; g < 3; ++g) {
      const Cell& cell = p.cells[g];
      if (cell.state == kAbsent || !wanted_time(query, cell.updated)) continue;
      row.entries.push_back(entry_of(cell, kGenders[g]));
    }
    if (!row.entries.empty()) rows.push_back(std::move(row));
  };
  for (std::size_t kpi : kpis) {
    const auto& points = series_[kpi].points;
    if (query.areas.empty()) {
      for (const Point& p : points) add_point(kpi, p);
    } else {
      for (std::uint32_t area : areas) {
        auto [first, last] = area_range<std::vector<Point>, Point>(points, area);
        for (auto it = first; it != last; ++it) add_point(kpi, *it);
      }
    }
    for (const KoladaGroup* g : groups) add_group_rows(kpi, *g, query, rows);
  }
  std::sort(rows.begin(), rows.end(), [](const KoladaRow& a, const KoladaRow& b) {
    if (a.kpi != b.kpi) return a.kpi < b.kpi;
    if (a.year != b.year) return a.year < b.year;
    return a.area < b.area;
  });
  return rows;
}

// ---- Loaders ---------------------------------------------------------------------------

namespace {

std::string upper(std::string_view s) {
  std::string out(s);
  for (char& c : out) c = static_cast<char>(std::toupper(static_cast<unsigned char>(c)));
  return out;
}

// The shared data's KPI-group tree: names in kpi_groups.csv, members by the tags of each KPI.
void load_shared_kpi_groups(const fs::path& meta, KoladaData& data) {
  if (!fs::exists(meta / "kpi_groups.csv") || !fs::exists(meta / "kpi_group_membership.csv")) return;
  const CsvFile groups = read_csv(meta / "kpi_groups.csv");
  const int gtag = required_column(groups, {"tag"});
  const int gname = required_column(groups, {"name"});
  std::map<std::string, KoladaGroup> by_id;
  for (std::size_t r = 1; r < groups.rows.size(); ++r) {
    const std::string id = upper(trim(cell_at(groups.rows[r], gtag)));
    by_id[id] = {id, std::string(cell_at(groups.rows[r], gname)), {}};
  }
  const CsvFile membership = read_csv(meta / "kpi_group_membership.csv");
  const int mconcept = required_column(membership, {"concept"});
  const int mtags = required_column(membership, {"tags"});
  for (std::size_t r = 1; r < membership.rows.size(); ++r) {
    const std::string kpi = upper(trim(cell_at(membership.rows[r], mconcept)));
    std::string_view tags = cell_at(membership.rows[r], mtags);
    for (std::size_t start = 0; start <= tags.size();) {
      std::size_t end = std::min(tags.find(',', start), tags.size());
      auto it = by_id.find(upper(trim(tags.substr(start, end - start))));
      if (it != by_id.end()) it->second.member_ids.push_back(kpi);
      start = end + 1;
    }
  }
  for (auto& [id, group] : by_id) data.add_kpi_group(std::move(group));
}

// The fixture's groups: `id,title,member_id`, one row per member, a group's rows together.
std::vector<KoladaGroup> read_groups_csv(const fs::path& path, bool members_are_areas) {
  const CsvFile groups = read_csv(path);
  const int gid = required_column(groups, {"id"});
  const int gtitle = required_column(groups, {"title"});
  const int gmember = required_column(groups, {"member_id"});
  std::vector<KoladaGroup> parsed;
  for (std::size_t r = 1; r < groups.rows.size(); ++r) {
    const auto& row = groups.rows[r];
    const std::string id(trim(cell_at(row, gid)));
    if (parsed.empty() || parsed.back().id != id) parsed.push_back({id, std::string(cell_at(row, gtitle)), {}});
    const std::string_view member = cell_at(row, gmember);
    parsed.back().member_ids.push_back(members_are_areas ? pad_digits(member, 4) : std::string(trim(member)));
  }
  return parsed;
}

}  // namespace

KoladaData load_kolada_data(const std::string& shared_kolada_dir, const std::string& meta_dir) {
  Loaded loaded = load_layout(shared_kolada_dir, meta_dir);
  load_shared_kpi_groups(meta_dir.empty() ? fs::path(shared_kolada_dir) / "meta" : fs::path(meta_dir), loaded.data);
  std::map<std::string, std::vector<std::string>> members_by_county;
  for (const auto& [id, county] : loaded.county_of) members_by_county[county].push_back(id);
  for (auto& [county, members] : members_by_county) {
    const KoladaArea* region = loaded.data.find_area("00" + county);
    if (!region) continue;
    loaded.data.add_group({"G9" + region->id, "Kommuner i " + region->title, std::move(members)});
  }
  return std::move(loaded.data);
}

KoladaData load_fixture_data(const std::string& fixtures_dir) {
  const fs::path dir(fixtures_dir);
  Loaded loaded = load_layout(dir, {});
  KoladaData& data = loaded.data;

  for (auto& g : read_groups_csv(dir / "meta" / "municipality_groups.csv", true)) data.add_group(std::move(g));
  if (fs::exists(dir / "meta" / "kpi_groups.csv"))
    for (auto& g : read_groups_csv(dir / "meta" / "kpi_groups.csv", false)) data.add_kpi_group(std::move(g));

  const CsvFile flags = read_csv(dir / "value_flags.csv");
  const int fkpi = required_column(flags, {"kpi"});
  const int fgeo = required_column(flags, {"geo"});
  const int fyear = required_column(flags, {"year"});
  const int fgender = required_column(flags, {"gender"});
  const int fstatus = column(flags, {"status"});
  const int fdeleted = column(flags, {"isdeleted"});
  const int fupdated = column(flags, {"updated"});
  for (std::size_t r = 1; r < flags.rows.size(); ++r) {
    const auto& row = flags.rows[r];
    const std::string kpi(trim(cell_at(row, fkpi)));
    const std::string area = pad_digits(cell_at(row, fgeo), 4);
    const int year = parse_year(flags, r, cell_at(row, fyear));
    const auto gender = parse_kolada_gender(trim(cell_at(row, fgender)));
    if (!gender) flags.fail(r, "bad gender");
    auto value = data.find_value(kpi, area, year, *gender);
    if (!value) flags.fail(r, "flags a value the fixture does not have");
    value->status = cell_at(row, fstatus);
    if (parse_flag(cell_at(row, fdeleted))) value->withdrawn = Withdrawn::Yes;
    if (auto text = trim(cell_at(row, fupdated)); !text.empty()) {
      auto t = parse_kolada_date(text);
      if (!t) flags.fail(r, "bad updated '" + std::string(text) + "'");
      value->updated = *t;
    }
    data.set_value(kpi, area, year, *gender, std::move(*value));
  }
  data.sort_pending();
  return std::move(loaded.data);
}

std::optional<std::int64_t> parse_kolada_date(std::string_view text) {
  auto number = [&](std::size_t pos, std::size_t len) -> std::optional<int> {
    if (pos + len > text.size()) return std::nullopt;
    int v = 0;
    auto [end, ec] = std::from_chars(text.data() + pos, text.data() + pos + len, v);
    if (ec != std::errc{} || end != text.data() + pos + len) return std::nullopt;
    return v;
  };
  if (text.ends_with('Z')) text.remove_suffix(1);
  if (text.size() < 10 || text[4] != '-' || text[7] != '-') return std::nullopt;
  auto y = number(0, 4), m = number(5, 2), d = number(8, 2);
  if (!y || !m || !d) return std::nullopt;
  const std::chrono::year_month_day ymd{std::chrono::year{*y},
                                        std::chrono::month{static_cast<unsigned>(*m)},
                                        std::chrono::day{static_cast<unsigned>(*d)}};
  if (!ymd.ok()) return std::nullopt;
  std::int64_t seconds = std::chrono::sys_days{ymd}.time_since_epoch() / std::chrono::seconds{1};
  if (text.size() == 10) return seconds;
  if (text[10] != 'T' && text[10] != ' ') return std::nullopt;
  auto hh = number(11, 2), mm = number(14, 2);
  if (!hh || !mm || text.size() < 16 || text[13] != ':' || *hh > 23 || *mm > 59) {
    return std::nullopt;
  }
  int ss = 0;
  if (text.size() > 16) {
    auto s = number(17, 2);
    if (text[16] != ':' || !s || *s > 60 || text.size() != 19) return std::nullopt;
    ss = *s;
  }
  return seconds + *hh * 3600 + *mm * 60 + ss;
}

}  // namespace jamfor::kolada_server
