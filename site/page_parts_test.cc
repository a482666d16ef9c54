#include "site/page_parts.h"

#include <catch2/catch.hpp>

using namespace jamfor;

using Parts = std::vector<PartRange>;

TEST_CASE("split_into_parts: everything that fits is one part") {
  CHECK(split_into_parts({10, 20, 30}, {0, 1, 1}, 60) == Parts{{0, 3}});
  CHECK(split_into_parts({}, {}, 60).empty());
}

TEST_CASE("split_into_parts: whole groups, in parts of about equal size") {
  // 90 bytes in parts of at most 60: two parts of about 45. The first takes groups 0 (30) and
  // 1 (20); group 2 (40) starts the second.
  CHECK(split_into_parts({10, 20, 20, 40}, {0, 0, 1, 2}, 60) == Parts{{0, 3}, {3, 4}});
  // Just over one part: halves, not a full part and a crumb.
  CHECK(split_into_parts({10, 10, 10, 10, 10, 10, 10}, {0, 1, 2, 3, 4, 5, 6}, 60) == Parts{{0, 4}, {4, 7}});
  // A group that does not fit beside the part's others starts a new part.
  CHECK(split_into_parts({10, 20, 40, 5, 15}, {0, 0, 1, 2, 2}, 60) == Parts{{0, 2}, {2, 5}});
}

TEST_CASE("split_into_parts: a group bigger than a part is split row by row, then the next group follows") {
  // Parts of at most 70: group 1 (4 × 30 = 120) is split between its rows, so two parts of 70
  // do: group 0 with its first two rows, its last two with group 2.
  CHECK(split_into_parts({10, 30, 30, 30, 30, 10}, {0, 1, 1, 1, 1, 2}, 70) == Parts{{0, 3}, {3, 6}});
  // Where the groups fit, they are not split: three parts, not two.
  CHECK(split_into_parts({40, 40, 40}, {0, 1, 2}, 70) == Parts{{0, 1}, {1, 2}, {2, 3}});
  // A row bigger than a part is a part alone.
  CHECK(split_into_parts({100, 10}, {0, 0}, 50) == Parts{{0, 1}, {1, 2}});
}
