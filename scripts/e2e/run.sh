#!/usr/bin/env bash
# End-to-end checks on the built `taizhang` binary: a server on a fresh demo database (pages in headless Chromium,
# dashboard API), command-line import of files written by openpyxl (good and bad), export read back by openpyxl,
# reports filled from the demo ledgers as official .docx read back by python-docx and rendered by LibreOffice.
# Runs against PostgreSQL as well when TAIZHANG_TEST_POSTGRES_URL is set.
set -euo pipefail
cd "$(dirname "$0")/../.."
bin="$(swift build --show-bin-path)/taizhang"
work="$(mktemp -d)"
server_pid=""
cleanup() {
    [ -n "$server_pid" ] && kill "$server_pid" 2>/dev/null && wait "$server_pid" 2>/dev/null
    rm -rf "$work"
}
trap cleanup EXIT

# Scripted setups choose the first administrator's password instead of reading the printed one-time password.
export TAIZHANG_INITIAL_ADMIN_PASSWORD="${TAIZHANG_INITIAL_ADMIN_PASSWORD:-E2e-Check-Passw0rd}"
export TAIZHANG_E2E_PASSWORD="${TAIZHANG_E2E_PASSWORD:-$TAIZHANG_INITIAL_ADMIN_PASSWORD}"

free_port() { python3 -c 'import socket; s=socket.socket(); s.bind(("127.0.0.1",0)); print(s.getsockname()[1])'; }

# Starts `taizhang serve` on DATABASE and waits until it answers; sets server_pid and base_url.
start_server() {
    local database="$1" port
    port="$(free_port)"
    "$bin" serve --database "$database" --host 127.0.0.1 --port "$port" --demo >"$work/server.log" 2>&1 &
    server_pid=$!
    base_url="http://127.0.0.1:$port"
    for _ in $(seq 1 240); do
        curl -fsS "$base_url/health" >/dev/null 2>&1 && return 0
        kill -0 "$server_pid" 2>/dev/null || { cat "$work/server.log"; echo "e2e: server exited" >&2; return 1; }
        sleep 0.5
    done
    cat "$work/server.log"; echo "e2e: server did not answer" >&2; return 1
}

stop_server() { kill "$server_pid"; wait "$server_pid" 2>/dev/null || true; server_pid=""; }

echo "-- e2e on SQLite"
start_server "$work/demo.sqlite"
python3 scripts/e2e/api_check.py "$base_url"
bash scripts/e2e/pages.sh "$base_url"
stop_server
python3 scripts/e2e/import_cli.py "$bin" "$work/demo.sqlite" "$work"
bash scripts/e2e/report_cli.sh "$bin" "$work/demo.sqlite" "$work"
bash scripts/e2e/draft_cli.sh "$bin"

if [ -n "${TAIZHANG_TEST_POSTGRES_URL:-}" ]; then
    echo "-- e2e on PostgreSQL"
    pg_url="${TAIZHANG_TEST_POSTGRES_URL%/*}/taizhang_e2e"
    psql "$TAIZHANG_TEST_POSTGRES_URL" -qc "DROP DATABASE IF EXISTS taizhang_e2e" -c "CREATE DATABASE taizhang_e2e"
    start_server "$pg_url"
    python3 scripts/e2e/api_check.py "$base_url"
    stop_server
    python3 scripts/e2e/import_cli.py "$bin" "$pg_url" "$work"
fi
echo "e2e: all checks passed"
