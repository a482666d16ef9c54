#!/usr/bin/env bash
# Installs every dependency, builds jamfor and generates the example sites.
# Safe to run again: each step is skipped or quick when already done.
set -euo pipefail
cd "$(dirname "$0")/.."

SUDO=""
if [ "$(id -u)" -ne 0 ]; then SUDO="sudo"; fi

packages=(
  build-essential cmake ninja-build pkg-config git
  libboost-json1.81-dev libcurl4-openssl-dev libcpp-httplib-dev catch2
  libtomlplusplus-dev libcmark-gfm-dev libcmark-gfm-extensions-dev libsqlite3-dev libfmt-dev libzip-dev
  chromium time
)
missing=()
for p in "${packages[@]}"; do
  dpkg-query -W -f='${Status}' "$p" 2>/dev/null | grep -q "install ok installed" || missing+=("$p")
done
if [ "${#missing[@]}" -gt 0 ]; then
  echo "setup: installing ${missing[*]}"
  $SUDO apt-get update -q
  DEBIAN_FRONTEND=noninteractive $SUDO apt-get install -y -q --no-install-recommends "${missing[@]}"
fi

# Node.js comes with the machine image; Debian's own npm package conflicts with it.
if ! command -v node >/dev/null || ! command -v npm >/dev/null; then
  echo "setup: Node.js 20 or later with npm is required (https://nodejs.org); it is not installed" >&2
  exit 1
fi
npm ci --no-audit --no-fund --loglevel=error

cmake -S . -B build -G Ninja -DCMAKE_BUILD_TYPE=RelWithDebInfo >/dev/null
cmake --build build

./build/jamfor build examples/ronneby-2016 --out build/site-ronneby-2016
./build/jamfor build examples/linkoping-2018 --out build/site-linkoping-2018
echo "setup: done. Open build/site-ronneby-2016/index.html in a browser."
