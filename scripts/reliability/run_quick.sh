#!/usr/bin/env bash
# The quick reliability run for CI, on a debug build: 3 crash rounds, a 10-second load of 50 users, and the
# bad-input checks against a server on a throwaway demo database (upload limit 1 MB so the oversized cases are
# small). Usage: scripts/reliability/run_quick.sh [BIN]   (default: $(swift build --show-bin-path)/taizhang)
# Exits non-zero when any part fails; every part runs, and the summary says which failed.
set -uo pipefail
cd "$(dirname "$0")/../.."
export PYTHONDONTWRITEBYTECODE=1
here="scripts/reliability"
bin="${1:-$(swift build --show-bin-path)/taizhang}"
[ -x "$bin" ] || { echo "run_quick: no executable at $bin (swift build --product taizhang)" >&2; exit 2; }
work="$(mktemp -d)"
server_pid=""
cleanup() {
    if [ -n "$server_pid" ] && kill -0 "$server_pid" 2>/dev/null; then
        kill "$server_pid" 2>/dev/null
        wait "$server_pid" 2>/dev/null
    fi
    rm -rf "$work"
}
trap cleanup EXIT
trap 'exit 130' INT TERM

failed=()

# A private copy of the executable and its resources: a concurrent `swift build` relinking the original cannot
# disturb the run.
original="$(cd "$(dirname "$bin")" && pwd)/$(basename "$bin")"
bin="$(PYTHONPATH="$here" python3 -c 'import sys, tzlib; print(tzlib.snapshot_binary(sys.argv[1], sys.argv[2]))' \
    "$original" "$work")" || { echo "run_quick: cannot copy $original" >&2; exit 2; }

echo "== crash safety (3 rounds)"
timeout 900 python3 "$here/crash_safety.py" "$bin" --rounds 3 --work "$work/crash" || failed+=(crash_safety)

echo "== load at month-end (50 users, 10 s)"
timeout 900 python3 "$here/load_month_end.py" "$bin" --users 50 --seconds 10 --work "$work/load" \
    || failed+=(load_month_end)

echo "== bad input"
password="Reliab1e-Pass-2026!"
port="$(python3 -c 'import socket; s=socket.socket(); s.bind(("127.0.0.1",0)); print(s.getsockname()[1])')"
"$bin" demo --database "$work/bad.sqlite" >/dev/null
TAIZHANG_INITIAL_ADMIN_PASSWORD="$password" TAIZHANG_LOG_LEVEL=error \
    "$bin" serve --database "$work/bad.sqlite" --host 127.0.0.1 --port "$port" --upload-limit-mb 1 \
    >"$work/bad-server.log" 2>&1 &
server_pid=$!
for _ in $(seq 1 240); do
    curl -fsS "http://127.0.0.1:$port/health" >/dev/null 2>&1 && break
    kill -0 "$server_pid" 2>/dev/null || break
    sleep 0.5
done
if curl -fsS "http://127.0.0.1:$port/health" >/dev/null 2>&1; then
    timeout 600 python3 "$here/bad_input.py" "http://127.0.0.1:$port" --password "$password" \
        --upload-limit-mb 1 --database "$work/bad.sqlite" || failed+=(bad_input)
    if ! kill -0 "$server_pid" 2>/dev/null; then
        echo "run_quick: the server died during bad_input" >&2
        failed+=(server_alive)
    fi
else
    cat "$work/bad-server.log"
    failed+=(bad_input_server_start)
fi

if [ ${#failed[@]} -gt 0 ]; then
    echo "run_quick: FAILED: ${failed[*]}"
    exit 1
fi
echo "run_quick: all reliability checks passed"
