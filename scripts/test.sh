#!/usr/bin/env bash
# Runs every test: Catch2 unit tests, end-to-end tests of the jamfor binary and the browser
# tests in headless Chromium. Builds first, so it works on a fresh clone.
set -euo pipefail
cd "$(dirname "$0")/.."
bash scripts/setup.sh
ctest --test-dir build --output-on-failure -j2
