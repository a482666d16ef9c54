#include "formats/toml_reader.h"

#include <algorithm>
#include <cmath>
#include <fstream>
#include <sstream>

#include "formats/utf8.h"

namespace jamfor {

SourceLoc toml_loc(const std::string& path, const toml::source_region& region) {
  return {path, static_cast<int>(region.begin.line), static_cast<int>(region.begin.column)};
}

namespace {

// Every string and key of the document that is not text, with where it is.
void find_faults(const toml::node& node, std::vector<std::pair<toml::source_region, TextFault>>& out) {
  auto check = [&](std::string_view text, const toml::source_region& where) {
    if (auto fault = find_text_fault(text)) out.emplace_back(where, *fault);
  };
  if (const auto* s = node.as_string()) {
    check(s->get(), node.source());
  } else if (const auto* t = node.as_table()) {
    for (auto&& [key, value] : *t) {
      check(key.str(), key.source());
      find_faults(value, out);
    }
  } else if (const auto* a = node.as_array()) {
    for (const auto& e : *a) find_faults(e, out);
  }
}

}  // namespace

std::optional<toml::table> parse_toml_file(const std::string& path, Diagnostics& diags) {
  std::ifstream in(path, std::ios::binary);
  if (!in) {
    diags.error({path, 0, 0}, "cannot read file");
    return std::nullopt;
  }
  std::stringstream buffer;
  buffer << in.rdbuf();
  std::string text = buffer.str();
  if (text.rfind("\xEF\xBB\xBF", 0) == 0) text.erase(0, 3);  // BOM from Windows editors
  std::optional<toml::table> root;
  try {
    root = toml::parse(text, path);
  } catch (const toml::parse_error& e) {
    diags.error(toml_loc(path, e.source()), std::string(e.description()));
    return std::nullopt;
  }
  // toml++ refuses raw control characters and bytes that are not UTF-8, but escapes such as
  // "\u0000" or "\u001b" make them: every string and key is checked here, once for all the
  // files, and a file with one is refused like a syntax error, before its text is used.
  std::vector<std::pair<toml::source_region, TextFault>> faults;
  find_faults(*root, faults);
  if (faults.empty()) return root;
  // Tables iterate by key: the errors are put in the order of the file.
  std::stable_sort(faults.begin(), faults.end(), [](const auto& a, const auto& b) {
    return std::pair(a.first.begin.line, a.first.begin.column) < std::pair(b.first.begin.line, b.first.begin.column);
  });
  for (const auto& [where, fault] : faults) diags.error(toml_loc(path, where), text_fault_message(fault) + " of the string");
  return std::nullopt;
}

std::string describe_toml_value(const toml::node& n) {
  std::ostringstream out;
  switch (n.type()) {
    case toml::node_type::string: return "a string (" + quote(*n.value<std::string>()) + ")";
    case toml::node_type::integer: return "an integer (" + std::to_string(*n.value<long long>()) + ")";
    case toml::node_type::floating_point: out << "a number (" << *n.value<double>() << ")"; return out.str();
    case toml::node_type::boolean: return *n.value<bool>() ? "true" : "false";
    case toml::node_type::table: return "a table";
    case toml::node_type::array: return "an array";
    case toml::node_type::date: return "a date";
    case toml::node_type::time: return "a time";
    case toml::node_type::date_time: return "a date-time";
    default: return "nothing";
  }
}

std::optional<double> finite_number(const toml::node& n, const std::string& path, Diagnostics& diags) {
  const double v = n.value<double>().value_or(0);
  if (std::isfinite(v)) return v;
  const std::string written = std::string(std::signbit(v) ? "-" : "") + (std::isnan(v) ? "nan" : "inf");
  diags.error(toml_loc(path, n.source()), "expected a finite number, got " + quote(written));
  return std::nullopt;
}

TomlTable::TomlTable(const toml::table& table, const std::string& path, Diagnostics& diags)
    : table_(table), path_(path), diags_(diags) {}

const toml::node* TomlTable::node(std::string_view key) {
  read_keys_.emplace_back(key);
  return table_.get(key);
}

const toml::node* TomlTable::get(std::string_view key, bool required, std::string_view expected) {
  const toml::node* n = node(key);
  if (!n && required)
    diags_.error(loc(), "missing key '" + std::string(key) + "' (" + std::string(expected) + ")");
  return n;
}

void TomlTable::wrong_type(const toml::node& n, std::string_view expected) {
  diags_.error(loc_of(n), "expected " + std::string(expected) + ", got " + describe_toml_value(n));
}

std::optional<std::string> TomlTable::string(std::string_view key, bool required) {
  const toml::node* n = get(key, required, "a string");
  if (!n) return std::nullopt;
  if (auto s = n->value<std::string>(); s && n->is_string()) return s;
  wrong_type(*n, "a string for '" + std::string(key) + "'");
  return std::nullopt;
}

std::optional<double> TomlTable::number(std::string_view key, bool required) {
  const toml::node* n = get(key, required, "a number");
  if (!n) return std::nullopt;
  if (n->is_number()) return finite_number(*n, path_, diags_);
  wrong_type(*n, "a number for '" + std::string(key) + "'");
  return std::nullopt;
}

std::optional<long long> TomlTable::integer(std::string_view key, bool required) {
  const toml::node* n = get(key, required, "an integer");
  if (!n) return std::nullopt;
  if (n->is_integer()) return n->value<long long>();
  wrong_type(*n, "an integer for '" + std::string(key) + "'");
  return std::nullopt;
}

std::optional<bool> TomlTable::boolean(std::string_view key) {
  const toml::node* n = get(key, false, "true or false");
  if (!n) return std::nullopt;
  if (n->is_boolean()) return n->value<bool>();
  wrong_type(*n, "true or false for '" + std::string(key) + "'");
  return std::nullopt;
}

std::optional<std::string> TomlTable::date(std::string_view key) {
  const toml::node* n = get(key, false, "a date");
  if (!n) return std::nullopt;
  if (const auto* d = n->as_date()) {
    char buffer[16];
    std::snprintf(buffer, sizeof buffer, "%04d-%02d-%02d", static_cast<int>(d->get().year),
                  static_cast<int>(d->get().month), static_cast<int>(d->get().day));
    return std::string(buffer);
  }
  wrong_type(*n, "a date such as 2015-11-26 for '" + std::string(key) + "'");
  return std::nullopt;
}

std::optional<std::string> TomlTable::choice(std::string_view key,
                                             const std::vector<std::string>& choices,
                                             bool required) {
  auto value = string(key, required);
  if (!value) return std::nullopt;
  if (std::find(choices.begin(), choices.end(), *value) != choices.end()) return value;
  std::string list;
  for (const auto& c : choices) list += (list.empty() ? "'" : ", '") + c + "'";
  diags_.error(loc_of(*table_.get(key)),
               "expected one of " + list + " for '" + std::string(key) + "', got " +
                   quote(*value) + did_you_mean(*value, choices));
  return std::nullopt;
}

std::vector<std::string> TomlTable::string_list(std::string_view key, std::string_view what,
                                                bool (*valid)(std::string_view)) {
  std::vector<std::string> out;
  const toml::node* n = node(key);
  if (!n) return out;
  const auto* array = n->as_array();
  if (!array) {
    diags_.error(loc_of(*n), "expected a list of " + std::string(what) + " for '" + std::string(key) + "', got " +
                                 describe_toml_value(*n));
    return out;
  }
  for (const auto& e : *array) {
    auto s = e.value<std::string>();
    if (!e.is_string() || (valid && !valid(*s))) {
      diags_.error(loc_of(e), "expected " + std::string(what) + ", got " + describe_toml_value(e));
      continue;
    }
    if (std::find(out.begin(), out.end(), *s) == out.end()) out.push_back(*s);
  }
  return out;
}

void TomlTable::reject_unknown_keys() {
  for (auto&& [key, value] : table_) {
    if (std::find(read_keys_.begin(), read_keys_.end(), key.str()) != read_keys_.end()) continue;
    diags_.error(toml_loc(path_, key.source()),
                 "unknown key " + quote(key.str()) + did_you_mean(std::string(key.str()), read_keys_));
  }
}

}  // namespace jamfor
