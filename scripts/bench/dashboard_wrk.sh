#!/usr/bin/env bash
# Dashboard JSON under load: a release `taizhang serve` on a fresh demo database, `wrk` with 32 connections on
# loopback against /api/v1/dashboard for one zone (all key indicators, 13-month trends), latency percentiles and
# requests per second. Environment: DURATION (20s), CONNECTIONS (32), THREADS (2), MONTH (2026-10), BIN.
# Every API call needs a sign-in: the server starts with TAIZHANG_INITIAL_ADMIN_PASSWORD, the script signs in
# once, issues an API token through the API and hands it to wrk as `Authorization: Bearer …`.
set -euo pipefail
cd "$(dirname "$0")/../.."
duration=${DURATION:-20s}
connections=${CONNECTIONS:-32}
threads=${THREADS:-2}
month=${MONTH:-2026-10}
work=$(mktemp -d)
server=""
trap '[ -n "$server" ] && kill "$server" 2>/dev/null; rm -rf "$work"' EXIT

# BIN overrides the binary (a release build made elsewhere); figures need a release build.
if [ -n "${BIN:-}" ]; then
    bin=$BIN
else
    swift build -c release --product taizhang >&2
    bin=.build/release/taizhang
fi
"$bin" demo --database "$work/demo.sqlite" --through "$month" >&2
port=$(python3 -c 'import socket; s=socket.socket(); s.bind(("127.0.0.1",0)); print(s.getsockname()[1])')
export TAIZHANG_INITIAL_ADMIN_PASSWORD="${TAIZHANG_INITIAL_ADMIN_PASSWORD:-Bench-Dashboard-Passw0rd7}"
TAIZHANG_LOG_LEVEL=warning "$bin" serve --database "$work/demo.sqlite" --port "$port" >"$work/server.log" 2>&1 &
server=$!
for _ in $(seq 1 100); do curl -fsS "http://127.0.0.1:$port/health" >/dev/null 2>&1 && break; sleep 0.2; done

zone=$(python3 - "$work/demo.sqlite" <<'PY'
import sqlite3, sys
print(sqlite3.connect(sys.argv[1]).execute("SELECT id FROM org_units WHERE kind='zone' ORDER BY sort_order, id").fetchone()[0])
PY
)
base="http://127.0.0.1:$port"
csrf=$(curl -fsS -c "$work/jar" -H 'Content-Type: application/json' \
    -d "{\"username\":\"admin\",\"password\":\"$TAIZHANG_INITIAL_ADMIN_PASSWORD\"}" "$base/api/v1/session" |
    python3 -c 'import json,sys; print(json.load(sys.stdin)["csrfToken"])')
token=$(curl -fsS -b "$work/jar" -H "X-CSRF-Token: $csrf" -H 'Content-Type: application/json' \
    -d '{"name":"dashboard_wrk"}' "$base/api/v1/tokens" | python3 -c 'import json,sys; print(json.load(sys.stdin)["token"])')
auth="Authorization: Bearer $token"
url="$base/api/v1/dashboard?unit=$zone&month=$month"
bytes=$(curl -fsS -H "$auth" "$url" | wc -c)
echo "GET $url -> $bytes bytes"
curl -fsS -H "$auth" "$url" | python3 -c 'import json,sys; d=json.load(sys.stdin); print("indicators:", len(d.get("indicators", d.get("cards", []))))' || true
wrk --latency -t"$threads" -c"$connections" -d"$duration" -H "$auth" "$url"
