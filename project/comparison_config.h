#pragma once
// The [comparison] table of jamfor.toml: whom the site presents (scope, focus) and how its
// comparison pages compare (directions, population, similar group, maps), whatever the
// source of the data. See docs/project-format.md.

#include <map>
#include <string>

#include "formats/toml_reader.h"
#include "model/project.h"

namespace jamfor {

class ComparisonConfigReader {
 public:
  // The [comparison] table.
  void read_table(TomlTable& t);
  // The keys that [kolada] used to hold, each with a warning saying where it belongs now.
  void read_legacy(TomlTable& kolada);
  // Both tables read: a key given in both is an error; without a scope the focus is the scope;
  // the focus must be in scope.
  ComparisonConfig finish(Diagnostics& diags);

 private:
  void read_keys(TomlTable& t, bool legacy);
  bool given(const std::string& key, const SourceLoc& loc, bool legacy, TomlTable& t);
  void read_scope(TomlTable& t, const toml::node& n);

  ComparisonConfig config_;
  struct Given {
    SourceLoc loc;
    bool legacy = false;
  };
  std::map<std::string, Given> given_;  // the [comparison] name of each key -> where it was given
};

}  // namespace jamfor
