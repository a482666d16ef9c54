#!/usr/bin/env bash
# Fetch + store throughput of `jamfor fetch` against the local Kolada look-alike.
#
#   bash bench/fetch.sh              the 40 shared KPIs, every area, 1994-2022 (~265 000 values)
#   bash bench/fetch.sh --national   every KPI of ../shared/data/kolada-national.tgz (~9 million values)
#
# Prints values per second and the peak memory (max RSS) of jamfor, and the store read back
# (values per second of CPU, build/bench_store_read). Needs build/ (scripts/setup.sh)
# and ../shared/data. Nothing leaves 127.0.0.1.
set -euo pipefail
source "$(dirname "$0")/common.sh"
start_server "${1:-}"
kpis=$(kpi_list)
write_project "$kpis"

echo "bench: $(echo "$kpis" | tr ',' '\n' | wc -l) KPIs, 1994-2022, all areas, from $url"
/usr/bin/time -f "peak memory (max RSS): %M KB, wall %e s, user %U s, system %S s" \
  build/jamfor fetch "$project" 2>&1 | sed 's/^/  /'
echo "bench: second (incremental) fetch"
/usr/bin/time -f "peak memory (max RSS): %M KB, wall %e s" build/jamfor fetch "$project" 2>&1 | sed 's/^/  /'
echo "bench: store $(du -h "$project/kolada.sqlite" | cut -f1)"
echo "bench: reading the store back as jamfor build does"
build/bench_store_read "$project/kolada.sqlite" 1994 2022 | sed 's/^/  /'
