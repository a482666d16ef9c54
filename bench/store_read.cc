// Store read throughput: every value of every KPI in a Kolada store, read the way `jamfor build`
// reads it (KoladaStore::for_each_value), in values per second of CPU.
//   build/bench_store_read PROJECT/kolada.sqlite [FIRST_YEAR LAST_YEAR]
#include <cstdio>
#include <ctime>
#include <string>
#include <vector>

#include "store/kolada_store.h"

int main(int argc, char** argv) {
  if (argc != 2 && argc != 4) {
    std::fprintf(stderr, "usage: bench_store_read STORE [FIRST_YEAR LAST_YEAR]\n");
    return 2;
  }
  const int first = argc == 4 ? std::stoi(argv[2]) : 1900, last = argc == 4 ? std::stoi(argv[3]) : 2100;
  std::vector<std::string> kpis;
  {
    jamfor::Database db(argv[1], jamfor::OpenMode::ReadOnly);
    std::string error;
    jamfor::Statement s = db.prepare("SELECT id FROM kpi ORDER BY id", &error);
    if (!s.ok()) {
      std::fprintf(stderr, "%s: %s\n", argv[1], error.c_str());
      return 1;
    }
    while (s.step() == SQLITE_ROW) kpis.push_back(s.text(0));
  }
  std::string error;
  auto store = jamfor::KoladaStore::open_read_only(argv[1], &error);
  if (!store) {
    std::fprintf(stderr, "%s: %s\n", argv[1], error.c_str());
    return 1;
  }
  const std::clock_t start = std::clock();
  size_t values = 0;
  double sum = 0;  // used, so the reads are not optimised away
  for (const auto& kpi : kpis) {
    if (auto e = store->for_each_value(kpi, first, last, [&](const jamfor::ValueRow& r) {
          ++values;
          sum += r.value + static_cast<double>(r.area.size());
        });
        !e.empty()) {
      std::fprintf(stderr, "%s: %s\n", kpi.c_str(), e.c_str());
      return 1;
    }
  }
  const double cpu = static_cast<double>(std::clock() - start) / CLOCKS_PER_SEC;
  std::printf("store read: %zu KPIs, %zu values in %.3f s CPU: %.1f M values/s (checksum %.0f)\n", kpis.size(), values,
              cpu, cpu > 0 ? values / cpu / 1e6 : 0.0, sum);
  return 0;
}
