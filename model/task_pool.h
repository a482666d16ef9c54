#pragma once
// Pages are independent of each other, so the writer renders them on every core. The tasks
// write into slots of their own; whoever collects the slots afterwards sees them in task
// order, so a parallel build is byte-identical to a serial one.

#include <cstddef>
#include <functional>

namespace jamfor {

// The machine's cores (at least 1): the default of `--jobs`.
unsigned default_jobs();

// Runs task(0) .. task(count - 1), each once, on up to `jobs` threads (the calling thread is
// one of them), and returns when all have finished. Tasks are handed out in order, one at a
// time, so a slow task does not hold back the others. A task must not throw.
void run_tasks(size_t count, unsigned jobs, const std::function<void(size_t)>& task);

}  // namespace jamfor
