# Shared by the bench scripts: the Kolada look-alike over the shared data, and a project that
# fetches from it. Source it after `set -euo pipefail`; it sets $work, $data, $url and $project.
cd "$(dirname "$0")/.."
shared=../shared/data
[ -d "$shared/kolada/values" ] || { echo "bench: no $shared/kolada; nothing to measure" >&2; exit 1; }
work=$(mktemp -d)
trap 'kill "${server_pid:-0}" 2>/dev/null || true; rm -rf "$work"' EXIT

# start_server [--national]: the 40 shared KPIs, or the ~1 940 of kolada-national.tgz
start_server() {
  data="$shared/kolada"
  local meta_args=()
  if [ "${1:-}" = "--national" ]; then
    echo "bench: unpacking kolada-national.tgz ..."
    tar -xzf "$shared/kolada-national.tgz" -C "$work"
    data=$(dirname "$(find "$work" -type d -name values | head -n 1)")
    meta_args=(--meta "$shared/kolada/meta")
  fi
  mkfifo "$work/server.out"
  build/kolada_test_server --data "$data" "${meta_args[@]}" > "$work/server.out" 2> "$work/server.err" < /dev/null &
  server_pid=$!
  local line
  read -r line < "$work/server.out"
  url=${line#listening on }
}

# write_project KPI_LIST [DIR]: the national site (scope "all": 290 profiles, 21 county pages, the
# national page) over every area, 1994-2022, Ronneby as the focus, every KPI ranked (lower is
# better) so the comparison pages do all their work.
write_project() {
  project="${2:-$work/project}"
  mkdir -p "$project"
  cat > "$project/jamfor.toml" <<TOML
[site]
title = "Benchmark"
organisation = "Benchmark"
[periods]
current = "2022"
[comparison]
scope = "all"
focus = "1081"
lower_is_better = [$1]
[kolada]
url = "$url"
first_year = 1994
last_year = 2022
kpis = [$1]
TOML
  printf '[[goal]]\nid = "g"\ntitle = "Mål"\nlevel = "kf"\ndecided_by = "Kommunfullmäktige"\n' > "$project/goals.toml"
}

# kpi_list [N]: the first N KPI ids of the served data (all without N), as a TOML list body
kpi_list() {
  ls "$data/values" | sed 's/\.csv$//' | sort | head -n "${1:-100000}" | awk '{printf "%s\"%s\"", (NR>1?", ":""), $0}'
}
