#!/usr/bin/env bash
# Build time and peak memory of `jamfor build` at national scale: N KPIs (default 500) of
# ../shared/data/kolada-national.tgz for every municipality, region and Riket, 1994-2022,
# fetched from the local Kolada look-alike, every KPI ranked on its comparison page, with a
# profile for every municipality, a page for every county and the national page (scope "all").
#
#   bash bench/build.sh [N]
#
# The target of the product: 290 municipalities, 500 KPIs, 30 years in a few seconds on 2 cores.
set -euo pipefail
source "$(dirname "$0")/common.sh"
start_server --national
kpis=$(kpi_list "${1:-500}")
write_project "$kpis"
echo "bench: fetching $(echo "$kpis" | tr ',' '\n' | wc -l) KPIs, 1994-2022, all areas ..."
build/jamfor fetch "$project" | sed 's/^/  /'
echo "bench: build"
/usr/bin/time -f "peak memory (max RSS): %M KB, wall %e s, user %U s, system %S s" \
  build/jamfor build "$project" --out "$work/site" 2>&1 | sed 's/^/  /'
echo "bench: site $(du -sh "$work/site" | cut -f1), $(find "$work/site" -type f | wc -l) files"
