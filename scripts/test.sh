#!/usr/bin/env bash
# Runs every test: the Swift suites against SQLite and a throwaway PostgreSQL cluster, then the end-to-end
# checks (CLI import/export read back by openpyxl, pages in headless Chromium). Installs what is missing first.
set -euo pipefail
cd "$(dirname "$0")/.."

bash scripts/install-deps.sh

echo "== build"
swift build --build-tests

echo "== swift test (SQLite and PostgreSQL)"
bash scripts/with-postgres.sh swift test --skip-build

echo "== end-to-end"
bash scripts/e2e/run.sh
