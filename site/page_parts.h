#pragma once
// A table too big for one page, split into parts that each fit: the county pages and the
// national page of a national site list 500 KPIs against up to 49 municipalities, 940 kB in
// one table. Rows come grouped (by operating area); a part takes whole groups while they fit,
// and a group bigger than a part fills parts of its own.

#include <cstddef>
#include <vector>

namespace jamfor {

struct PartRange {
  size_t begin = 0, end = 0;  // rows [begin, end)
  bool operator==(const PartRange&) const = default;
};

// `row_bytes[i]` is the size of row i and `row_group[i]` its group; rows of a group are
// consecutive. Few parts of about equal size, each of at most `budget` bytes where a row alone
// is not bigger; one part (all rows) when everything fits, none when there are no rows.
std::vector<PartRange> split_into_parts(const std::vector<size_t>& row_bytes, const std::vector<size_t>& row_group,
                                        size_t budget);

}  // namespace jamfor
