#include "store/value_pack.h"

#include <bit>
#include <cstdint>
#include <cstring>

namespace jamfor {

static_assert(std::endian::native == std::endian::little, "value packs are written in the machine's byte order");

namespace {

constexpr char kMagic = 'P';
constexpr char kVersion = 1;
constexpr size_t kValueSize = 4 + 4 + 1 + 8;

template <typename T>
void put(std::string& out, T v) {
  char bytes[sizeof(T)];
  std::memcpy(bytes, &v, sizeof(T));
  out.append(bytes, sizeof(T));
}

template <typename T>
T get(const char* p) {
  T v;
  std::memcpy(&v, p, sizeof(T));
  return v;
}

}  // namespace

void ValuePackWriter::add(std::string_view area, int period, char gender, double value) {
  if (areas_.empty() || areas_.back() != area) areas_.emplace_back(area);
  put(values_, static_cast<uint32_t>(areas_.size() - 1));
  put(values_, static_cast<int32_t>(period));
  values_.push_back(gender);
  put(values_, value);
  ++count_;
}

std::string ValuePackWriter::finish() {
  std::string out;
  out.reserve(8 + areas_.size() * 8 + values_.size());
  out.push_back(kMagic);
  out.push_back(kVersion);
  put(out, static_cast<uint32_t>(areas_.size()));
  for (const auto& a : areas_) {
    put(out, static_cast<uint16_t>(a.size()));
    out += a;
  }
  put(out, static_cast<uint32_t>(count_));
  out += values_;
  areas_.clear();
  values_.clear();
  count_ = 0;
  return out;
}

std::string read_value_pack(std::string_view pack, int first_year, int last_year,
                            const std::function<void(const ValueRow&)>& row) {
  const char* p = pack.data();
  const char* end = p + pack.size();
  auto damaged = [&](const char* what) { return std::string("damaged value pack: ") + what; };
  if (pack.size() < 10 || p[0] != kMagic) return damaged("no header");
  if (p[1] != kVersion) return damaged("unknown format version");
  const uint32_t n_areas = get<uint32_t>(p + 2);
  p += 6;
  if (static_cast<size_t>(end - p) < size_t{n_areas} * 2) return damaged("cut short in the areas");
  std::vector<std::string_view> areas;
  areas.reserve(n_areas);
  for (uint32_t i = 0; i < n_areas; ++i) {
    if (end - p < 2) return damaged("cut short in the areas");
    const uint16_t len = get<uint16_t>(p);
    p += 2;
    if (end - p < len) return damaged("cut short in the areas");
    areas.emplace_back(p, len);
    p += len;
  }
  if (end - p < 4) return damaged("cut short before the values");
  const uint32_t n = get<uint32_t>(p);
  p += 4;
  if (static_cast<size_t>(end - p) != size_t{n} * kValueSize) return damaged("the values do not fill the pack");
  ValueRow r;
  for (uint32_t i = 0; i < n; ++i, p += kValueSize) {
    const uint32_t area = get<uint32_t>(p);
    if (area >= n_areas) return damaged("an area index out of range");
    const int period = get<int32_t>(p + 4);
    if (period < first_year || period > last_year) continue;
    r.area = areas[area];
    r.period = period;
    r.gender = p[8];
    r.value = get<double>(p + 9);
    row(r);
  }
  return "";
}

}  // namespace jamfor
