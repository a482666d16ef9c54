#include "model/project.h"

#include <algorithm>
#include <cctype>

namespace jamfor {

std::string_view gender_code(Gender g) {
  switch (g) {
    case Gender::Total: return "T";
    case Gender::Women: return "K";
    case Gender::Men: return "M";
  }
  return "T";
}

std::string_view gender_label(Gender g, const Wording& words) {
  switch (g) {
    case Gender::Total: return words.gender_total;
    case Gender::Women: return words.gender_women;
    case Gender::Men: return words.gender_men;
  }
  return words.gender_total;
}

std::string_view status_id(Status s) {
  switch (s) {
    case Status::Achieved: return "achieved";
    case Status::PartiallyAchieved: return "partially-achieved";
    case Status::NotAchieved: return "not-achieved";
    case Status::NoData: return "no-data";
  }
  return "no-data";
}

std::string_view status_label(Status s, const Wording& words) {
  switch (s) {
    case Status::Achieved: return words.status_achieved;
    case Status::PartiallyAchieved: return words.status_partial;
    case Status::NotAchieved: return words.status_not_achieved;
    case Status::NoData: return words.status_no_data;
  }
  return words.status_no_data;
}

std::string_view level_id(GoalLevel l) {
  switch (l) {
    case GoalLevel::Council: return "kf";
    case GoalLevel::Committee: return "namnd";
    case GoalLevel::Unit: return "enhet";
  }
  return "namnd";
}

std::string_view level_label(GoalLevel l, const Wording& words) {
  switch (l) {
    case GoalLevel::Council: return words.level_council;
    case GoalLevel::Committee: return words.level_committee;
    case GoalLevel::Unit: return words.level_unit;
  }
  return "";
}

namespace {
template <class T>
const T* find_by_id(const std::vector<T>& items, std::string_view id) {
  auto it = std::find_if(items.begin(), items.end(), [&](const T& x) { return x.id == id; });
  return it == items.end() ? nullptr : &*it;
}
}  // namespace

const Goal* Project::find_goal(std::string_view id) const { return find_by_id(goals, id); }
const Indicator* Project::find_indicator(std::string_view id) const {
  return find_by_id(indicators, id);
}
const OrgUnit* Project::find_unit(std::string_view id) const { return find_by_id(units, id); }

namespace {
bool has_id_characters(std::string_view id) {
  if (id.empty() || id.size() > 64) return false;
  auto ok = [](char c) { return (c >= 'a' && c <= 'z') || (c >= '0' && c <= '9'); };
  if (!ok(id[0])) return false;
  return std::all_of(id.begin(), id.end(), [&](char c) { return ok(c) || c == '-' || c == '_'; });
}
}  // namespace

bool is_windows_device_name(std::string_view name) {
  std::string stem(name.substr(0, name.find('.')));
  for (char& c : stem) c = static_cast<char>(std::tolower(static_cast<unsigned char>(c)));
  if (stem == "con" || stem == "prn" || stem == "aux" || stem == "nul") return true;
  return stem.size() == 4 && (stem.starts_with("com") || stem.starts_with("lpt")) && stem[3] >= '1' && stem[3] <= '9';
}

bool is_valid_id(std::string_view id) { return has_id_characters(id) && !is_windows_device_name(id); }

std::string_view id_rule_broken_by(std::string_view id) { return has_id_characters(id) ? kDeviceNameRule : kIdRule; }

bool is_kolada_id(std::string_view id) {
  return !id.empty() && id.size() <= 32 &&
         std::all_of(id.begin(), id.end(), [](char c) { return (c >= 'A' && c <= 'Z') || (c >= '0' && c <= '9'); });
}

}  // namespace jamfor
