#!/usr/bin/env bash
# Runs every test: the Swift suites against SQLite and a throwaway PostgreSQL cluster, then the end-to-end
# checks (CLI import/export read back by openpyxl, pages in headless Chromium, both engines). Installs what is
# missing first. Ends with one summary line.
set -euo pipefail
cd "$(dirname "$0")/.."

bash scripts/install-deps.sh

echo "== build"
swift build --build-tests

log="$(mktemp)"
trap 'rm -f "$log"' EXIT
echo "== swift test (SQLite and PostgreSQL), then end-to-end (SQLite and PostgreSQL)"
bash scripts/with-postgres.sh bash -c 'swift test --skip-build && bash scripts/e2e/run.sh' 2>&1 | tee "$log"
status=${PIPESTATUS[0]}

swift_passed=$(grep -oE 'Test run with [0-9]+ tests? (in [0-9]+ suites? )?passed' "$log" | grep -oE '[0-9]+' | head -1)
e2e_passed=$(grep -cE '^e2e-check: ok' "$log" || true)
if [ "$status" -ne 0 ]; then
    echo "tests: FAILED (exit $status)"
    exit "$status"
fi
echo "swift tests and end-to-end checks: $(( ${swift_passed:-0} + e2e_passed )) passed, 0 failed"
