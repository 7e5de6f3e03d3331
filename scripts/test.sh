#!/usr/bin/env bash
# Runs every test: the Swift suites against SQLite and a throwaway PostgreSQL cluster, then the end-to-end
# checks (CLI import/export read back by openpyxl, pages in headless Chromium, both engines) and the quick
# reliability run (crash safety, month-end load, bad input). Installs what is missing first. Ends with one
# summary line.
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
if [ "$status" -eq 0 ]; then
    echo "== reliability (quick): crash safety, month-end load, bad input"
    bash scripts/reliability/run_quick.sh "$(swift build --show-bin-path)/taizhang" 2>&1 | tee -a "$log"
    status=${PIPESTATUS[0]}
fi

swift_passed=$(grep -oE 'Test run with [0-9]+ tests? (in [0-9]+ suites? )?passed' "$log" | grep -oE '[0-9]+' | head -1)
reliability_passed=$(grep -oE '^bad_input: [0-9]+ passed' "$log" | grep -oE '[0-9]+' | head -1)
if [ "$status" -ne 0 ]; then
    echo "tests: FAILED (exit $status)"
    exit "$status"
fi
echo "swift tests, end-to-end and reliability checks: $(( ${swift_passed:-0} + ${reliability_passed:-0} )) passed, 0 failed"
