#pragma once
// Typed access to a parsed TOML table that reports every problem with file:line:col and
// keeps going, so one run shows all the errors of a file.

#include <optional>
#include <string>
#include <string_view>
#include <vector>

#include <toml++/toml.h>

#include "model/diagnostics.h"

namespace jamfor {

SourceLoc toml_loc(const std::string& path, const toml::source_region& region);

// Reads the file and parses it; a syntax error becomes a diagnostic and nullopt.
std::optional<toml::table> parse_toml_file(const std::string& path, Diagnostics& diags);

class TomlTable {
 public:
  // `what` names the table in messages: "goal 'kf-1'", "[site]".
  TomlTable(const toml::table& table, const std::string& path, Diagnostics& diags);

  std::optional<std::string> string(std::string_view key, bool required);
  std::optional<double> number(std::string_view key, bool required);
  std::optional<long long> integer(std::string_view key, bool required);
  std::optional<bool> boolean(std::string_view key);
  std::optional<std::string> date(std::string_view key);  // "YYYY-MM-DD"
  // One of `choices`; reports "expected one of …, got 'x'".
  std::optional<std::string> choice(std::string_view key, const std::vector<std::string>& choices,
                                    bool required);
  // A list of strings, each checked by `valid` (every bad element reported as "expected
  // WHAT, got …"); duplicates are dropped.
  std::vector<std::string> string_list(std::string_view key, std::string_view what,
                                       bool (*valid)(std::string_view) = nullptr);
  const toml::node* node(std::string_view key);  // marks the key as read

  // Reports keys that were never read: typos such as 'directon'.
  void reject_unknown_keys();

  SourceLoc loc() const { return toml_loc(path_, table_.source()); }
  SourceLoc loc_of(const toml::node& n) const { return toml_loc(path_, n.source()); }
  Diagnostics& diags() { return diags_; }
  const std::string& path() const { return path_; }

 private:
  const toml::node* get(std::string_view key, bool required, std::string_view expected);
  void wrong_type(const toml::node& n, std::string_view expected);

  const toml::table& table_;
  std::string path_;
  Diagnostics& diags_;
  std::vector<std::string> read_keys_;
};

std::string describe_toml_value(const toml::node& n);  // "an integer (42)", "a string ('x')"

// The value of a number node, or nullopt after reporting "expected a finite number, got 'nan'":
// TOML has nan and inf, and no target, threshold or share can be either.
std::optional<double> finite_number(const toml::node& n, const std::string& path, Diagnostics& diags);

}  // namespace jamfor
