#include "model/task_pool.h"

#include <algorithm>
#include <atomic>
#include <thread>
#include <vector>

namespace jamfor {

unsigned default_jobs() { return std::max(1u, std::thread::hardware_concurrency()); }

void run_tasks(size_t count, unsigned jobs, const std::function<void(size_t)>& task) {
  std::atomic<size_t> next{0};
  auto work = [&] {
    for (size_t i = next++; i < count; i = next++) task(i);
  };
  const size_t threads = std::min<size_t>(std::max(1u, jobs), count);
  std::vector<std::jthread> helpers;
  for (size_t t = 1; t < threads; ++t) helpers.emplace_back(work);
  work();
}

}  // namespace jamfor
