#pragma once
// A KPI's present values (not withdrawn, not empty) in one blob: the form `jamfor build` reads.
// Reading 5 M values as rows costs about a quarter of a microsecond each in SQLite's virtual
// machine; decoding a pack costs a few nanoseconds. The value table stays the truth that a fetch
// compares with; a pack is rewritten, in the same transaction, for every KPI whose values changed.
//
// Layout (little-endian): the byte 'P', the format version 1, u32 area count, each area as
// u16 length + bytes, u32 value count, then each value as u32 area index, i32 period,
// u8 gender, f64 value; values in key order (area, period, gender).

#include <string>
#include <string_view>
#include <vector>

#include "store/kolada_store.h"

namespace jamfor {

// Rows must come in key order (area, period, gender), as the value table's key gives them.
class ValuePackWriter {
 public:
  void add(std::string_view area, int period, char gender, double value);
  // The blob; the writer is empty again afterwards.
  std::string finish();

 private:
  std::vector<std::string> areas_;
  std::string values_;
  size_t count_ = 0;
};

// Calls row() for each value with period in first_year..last_year; `area` points into `pack`.
// Returns an error message for a pack that is not one (cut short, an area index out of range).
std::string read_value_pack(std::string_view pack, int first_year, int last_year,
                            const std::function<void(const ValueRow&)>& row);

}  // namespace jamfor
