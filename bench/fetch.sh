#!/usr/bin/env bash
# Fetch + store throughput of `jamfor fetch` against the local Kolada look-alike.
#
#   bash bench/fetch.sh              the 40 shared KPIs, every area, 1994-2022 (~265 000 values)
#   bash bench/fetch.sh --national   every KPI of ../shared/data/kolada-national.tgz (~9 million values)
#
# Prints values per second and the peak memory (max RSS) of jamfor. Needs build/ (scripts/setup.sh)
# and ../shared/data. Nothing leaves 127.0.0.1.
set -euo pipefail
cd "$(dirname "$0")/.."
shared=../shared/data
[ -d "$shared/kolada/values" ] || { echo "bench: no $shared/kolada; nothing to measure" >&2; exit 1; }
work=$(mktemp -d)
trap 'kill "${server_pid:-0}" 2>/dev/null || true; rm -rf "$work"' EXIT

data="$shared/kolada"
meta_args=()
if [ "${1:-}" = "--national" ]; then
  echo "bench: unpacking kolada-national.tgz ..."
  tar -xzf "$shared/kolada-national.tgz" -C "$work"
  data=$(dirname "$(find "$work" -type d -name values | head -n 1)")
  meta_args=(--meta "$shared/kolada/meta")
fi
kpis=$(ls "$data/values" | sed 's/\.csv$//' | sort | awk '{printf "%s\"%s\"", (NR>1?", ":""), $0}')

mkfifo "$work/server.out"
build/kolada_test_server --data "$data" "${meta_args[@]}" > "$work/server.out" 2> "$work/server.err" < /dev/null &
server_pid=$!
read -r line < "$work/server.out"
url=${line#listening on }

project="$work/project"
mkdir -p "$project"
cat > "$project/jamfor.toml" <<TOML
[site]
title = "Benchmark"
organisation = "Benchmark"
[periods]
current = "2022"
[kolada]
url = "$url"
all_municipalities = true
first_year = 1994
last_year = 2022
kpis = [$kpis]
TOML
: > "$project/goals.toml"

echo "bench: $(echo "$kpis" | tr ',' '\n' | wc -l) KPIs, 1994-2022, all areas, from $url"
/usr/bin/time -f "peak memory (max RSS): %M KB, wall %e s, user %U s, system %S s" \
  build/jamfor fetch "$project" 2>&1 | sed 's/^/  /'
echo "bench: second (incremental) fetch"
/usr/bin/time -f "peak memory (max RSS): %M KB, wall %e s" build/jamfor fetch "$project" 2>&1 | sed 's/^/  /'
echo "bench: store $(du -h "$project/kolada.sqlite" | cut -f1)"
