#include "model/task_pool.h"

#include <catch2/catch.hpp>

#include <atomic>
#include <thread>
#include <vector>

using namespace jamfor;

TEST_CASE("run_tasks runs every task once, on as many threads as asked") {
  for (unsigned jobs : {1u, 2u, 4u, 64u}) {
    std::vector<std::atomic<int>> runs(100);
    run_tasks(runs.size(), jobs, [&](size_t i) { ++runs[i]; });
    for (const auto& r : runs) CHECK(r == 1);
  }
}

TEST_CASE("run_tasks with one job runs the tasks in order on the calling thread") {
  std::vector<size_t> order;
  const auto caller = std::this_thread::get_id();
  bool same_thread = true;
  run_tasks(5, 1, [&](size_t i) {
    order.push_back(i);
    same_thread = same_thread && std::this_thread::get_id() == caller;
  });
  CHECK(order == std::vector<size_t>{0, 1, 2, 3, 4});
  CHECK(same_thread);
}

TEST_CASE("run_tasks with no tasks returns at once, and jobs 0 means one") {
  int runs = 0;
  run_tasks(0, 4, [&](size_t) { ++runs; });
  run_tasks(3, 0, [&](size_t) { ++runs; });
  CHECK(runs == 3);
}
