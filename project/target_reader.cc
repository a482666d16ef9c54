#include "project/target_reader.h"

#include "formats/toml_reader.h"

namespace jamfor {

std::optional<Target> read_target(const toml::node& node, const std::string& path,
                                  Diagnostics& diags) {
  const auto* table = node.as_table();
  if (!table) {
    diags.error(toml_loc(path, node.source()),
                "expected a target table such as { at_least = 75 }, got " +
                    describe_toml_value(node));
    return std::nullopt;
  }
  size_t errors_before = diags.items().size();
  TomlTable t(*table, path, diags);
  Target target;
  target.loc = t.loc();
  if (auto manual = t.boolean("manual"); manual && *manual) {
    target.assessment = Assessment::Judged;
    if (table->size() > 1)
      diags.error(target.loc, "'manual = true' cannot be combined with other conditions");
    else
      t.reject_unknown_keys();
    return diags.items().size() == errors_before ? std::optional(target) : std::nullopt;
  }
  target.at_least = t.number("at_least", false);
  target.at_most = t.number("at_most", false);
  target.exactly = t.number("exactly", false);
  if (auto tolerance = t.number("tolerance", false)) {
    if (!target.exactly) diags.error(target.loc, "'tolerance' needs 'exactly'");
    if (*tolerance < 0) diags.error(t.loc_of(*t.node("tolerance")), "expected a tolerance of 0 or more");
    target.tolerance = *tolerance;
  }
  if (const auto* between = t.node("between")) {
    const auto* array = between->as_array();
    if (!array || array->size() != 2 || !(*array)[0].is_number() || !(*array)[1].is_number()) {
      diags.error(t.loc_of(*between), "expected 'between = [low, high]', got " +
                                          describe_toml_value(*between));
    } else {
      target.between_low = finite_number((*array)[0], path, diags);
      target.between_high = finite_number((*array)[1], path, diags);
      if (target.between_low && target.between_high && *target.between_low > *target.between_high)
        diags.error(t.loc_of(*between), "expected low <= high in 'between'");
    }
  }
  if (auto change = t.choice("change", {"decrease", "increase"}, false))
    target.change = *change == "decrease" ? Change::Decrease : Change::Increase;
  if (auto by = t.number("by_at_least", false)) {
    if (target.change == Change::None) diags.error(target.loc, "'by_at_least' needs 'change'");
    if (*by < 0) diags.error(t.loc_of(*t.node("by_at_least")), "expected 'by_at_least' of 0 or more");
    target.change_by_at_least = *by;
  }
  if (target.at_least && target.at_most && *target.at_least > *target.at_most)
    diags.error(target.loc, "'at_least' is above 'at_most': no value can meet this target");
  t.reject_unknown_keys();
  if (!target.has_level_condition() && target.change == Change::None &&
      diags.items().size() == errors_before)
    diags.error(target.loc,
                "expected at least one condition: at_least, at_most, exactly, between, change or "
                "manual");
  if (diags.items().size() != errors_before) return std::nullopt;
  return target;
}

}  // namespace jamfor
