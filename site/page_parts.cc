#include "site/page_parts.h"

#include <utility>

namespace jamfor {

std::vector<PartRange> split_into_parts(const std::vector<size_t>& row_bytes, const std::vector<size_t>& row_group,
                                        size_t budget) {
  const size_t n = row_bytes.size();
  std::vector<size_t> before(n + 1, 0);  // bytes of the rows before each row
  for (size_t i = 0; i < n; ++i) before[i + 1] = before[i] + row_bytes[i];
  if (n == 0) return {};
  // Where a part may end: between groups, and between any two rows of a group too big for a part.
  std::vector<size_t> cuts{0};
  for (size_t g = 0; g < n;) {
    size_t end = g;
    while (end < n && row_group[end] == row_group[g]) ++end;
    if (before[end] - before[g] > budget)
      for (size_t i = g + 1; i < end; ++i) cuts.push_back(i);
    cuts.push_back(end);
    g = end;
  }
  // The fewest parts, and of those the split whose biggest part is smallest: 250 kB in parts
  // of 240 kB make two of 125 kB, not 240 kB and 10 kB. Cut points are at most a few hundred.
  struct Best {
    size_t parts, biggest, from;
  };
  constexpr size_t kNone = static_cast<size_t>(-1);
  std::vector<Best> best(cuts.size(), {kNone, 0, 0});
  best[0] = {0, 0, 0};
  for (size_t j = 1; j < cuts.size(); ++j)
    for (size_t i = 0; i < j; ++i) {
      const size_t bytes = before[cuts[j]] - before[cuts[i]];
      if (best[i].parts == kNone || (bytes > budget && j != i + 1)) continue;
      const Best candidate{best[i].parts + 1, std::max(best[i].biggest, bytes), i};
      // On a tie the later cut: the first parts the fuller.
      if (std::pair(candidate.parts, candidate.biggest) <= std::pair(best[j].parts, best[j].biggest)) best[j] = candidate;
    }
  std::vector<PartRange> parts(best.back().parts);
  for (size_t j = cuts.size() - 1, k = parts.size(); k-- > 0; j = best[j].from) parts[k] = {cuts[best[j].from], cuts[j]};
  return parts;
}

}  // namespace jamfor
