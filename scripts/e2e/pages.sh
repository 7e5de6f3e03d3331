#!/usr/bin/env bash
# Checks every Taizhang page of a running server and takes screenshots at desktop and phone width.
#
#   scripts/e2e/pages.sh [BASE_URL]        (default http://127.0.0.1:8080)
#
# For each page: the status must be 200 (404 for the deliberate missing page), the HTML and the CSS and scripts
# it links must not reference any other origin (the product runs on intranets without internet), every local
# asset it links must load. Screenshots go to out/screenshots/<page>-desktop.png and -phone.png (headless
# Chromium; install with `apt-get install -y chromium fonts-noto-cjk`). Exits non-zero on the first failure
# class found, after checking everything.
#
# Every page but /login needs a session: the script signs in as TAIZHANG_E2E_USER (default admin) with
# TAIZHANG_E2E_PASSWORD (default TAIZHANG_INITIAL_ADMIN_PASSWORD), keeps the cookie for curl, and hands it to
# Chromium through the DevTools protocol (a tiny standard-library WebSocket client below), since headless
# `--screenshot` cannot send cookies.
set -euo pipefail

BASE="${1:-${TAIZHANG_URL:-http://127.0.0.1:8080}}"
BASE="${BASE%/}"
OUT="${OUT_DIR:-out/screenshots}"
mkdir -p "$OUT"
WORK="$(mktemp -d)"
trap 'rm -rf "$WORK"' EXIT

USER_NAME="${TAIZHANG_E2E_USER:-admin}"
PASSWORD="${TAIZHANG_E2E_PASSWORD:-${TAIZHANG_INITIAL_ADMIN_PASSWORD:-}}"
JAR="$WORK/cookies.txt"
CHROMIUM="${CHROMIUM:-$(command -v chromium || command -v chromium-browser || command -v google-chrome || true)}"
failures=0
fail() { echo "FAIL: $*" >&2; failures=$((failures + 1)); }

# Signing in: wrong password refused in Chinese, then the real sign-in sets an HttpOnly SameSite cookie.
login_page="$(curl -s -o "$WORK/login.html" -w '%{http_code}' "$BASE/login")"
[[ "$login_page" == "200" ]] && grep -q '用户名' "$WORK/login.html" || fail "/login did not show the sign-in form"
anonymous="$(curl -s -o /dev/null -w '%{http_code} %{redirect_url}' "$BASE/dashboard")"
[[ "$anonymous" == "303 $BASE/login?next=%2Fdashboard" ]] || fail "anonymous /dashboard answered $anonymous"
wrong="$(curl -s -o "$WORK/wrong.html" -w '%{http_code}' --data-urlencode "username=$USER_NAME" \
  --data-urlencode "password=not-the-password" "$BASE/login")"
[[ "$wrong" == "401" ]] && grep -q '用户名或密码错误' "$WORK/wrong.html" || fail "a wrong password answered $wrong"
signed="$(curl -s -c "$JAR" -D "$WORK/login.headers" -o /dev/null -w '%{http_code}' \
  --data-urlencode "username=$USER_NAME" --data-urlencode "password=$PASSWORD" "$BASE/login")"
[[ "$signed" == "303" ]] || fail "sign-in as $USER_NAME answered $signed (set TAIZHANG_E2E_PASSWORD)"
cookie_line="$(grep -i '^set-cookie: tz_session=' "$WORK/login.headers" || true)"
[[ "$cookie_line" == *HttpOnly* && "$cookie_line" == *SameSite=Lax* ]] || fail "session cookie is not HttpOnly/SameSite=Lax"

SESSION="$(awk '$6 == "tz_session" { print $7 }' "$JAR")"
[[ -n "$SESSION" ]] || fail "no session cookie after sign-in"
echo "ok   signed in as $USER_NAME"

# name|path|expected status
PAGES=(
  "login|/login|200"
  "dashboard|/dashboard|200"
  "comparison|/comparison|200"
  "entry|/entry|200"
  "import|/import|200"
  "indicators|/indicators|200"
  "indicators-search|/indicators?q=%E7%A4%BE%E9%9B%B6|200"
  "org-units|/org-units|200"
  "review|/review|200"
  "audit|/audit|200"
  "history|/history?unit=UNIT&indicator=fixed_asset_investment&month=MONTH|200"
  "password|/password|200"
  "projects|/projects|200"
  "projects-board|/projects/board|200"
  "project|/projects/PROJECT|200"
  "project-new|/projects/new|200"
  "projects-mine|/projects/mine|200"
  "dispatch|/dispatch?unit=UNIT&month=MONTH|200"
  "bulletin|/bulletin?month=MONTH|200"
  "reports|/reports|200"
  "report-editor|/reports/templates/new?from=builtin:economic-bulletin|200"
  "report-builtin|/reports/builtin/annual-summary|200"
  "report-drafts|/reports/drafts|200"
  "report-check|/reports/check?unit=UNIT&month=MONTH|200"
  "report-fill|/reports/builtin/annual-summary/fill?unit=UNIT&month=MONTH|200"
  "report|/reports/REPORT?unit=UNIT|200"
  "not-found|/no-such-page|404"
)

# Prints every src/href/action value and every CSS url(...) of a file, one per line.
references() {
  grep -oE '(src|href|action)="[^"]*"' "$1" | sed -E 's/^[a-z]+="//; s/"$//' || true
  grep -oE 'url\([^)]*\)' "$1" | sed -E "s/^url\(['\"]?//; s/['\"]?\)$//" || true
}

# Fails when a reference leaves the server (http(s) or protocol-relative to another host).
check_origins() {
  local file="$1" label="$2"
  while IFS= read -r ref; do
    case "$ref" in
      "$BASE"/* | "$BASE") ;;
      http://www.w3.org/2000/svg) ;;  # the SVG namespace is a name, never fetched
      http://* | https://* | //*) fail "$label references another origin: $ref" ;;
    esac
  done < <(references "$file")
  # SVG namespaces aside, no absolute URL may appear in markup at all.
  if grep -oE '"https?://[^"]*"' "$file" | grep -v -e "\"$BASE" -e '"http://www.w3.org/2000/svg"' >/dev/null; then
    fail "$label contains an absolute URL to another origin"
  fi
}

# The history page needs a real unit and month: the dashboard's redirect-free default picker tells them.
curl -s -b "$JAR" "$BASE/entry" -o "$WORK/entry-probe.html"
UNIT="$(grep -oE 'name="unit" value="[0-9]+"' "$WORK/entry-probe.html" | head -1 | grep -oE '[0-9]+' || echo 1)"
MONTH="$(grep -oE 'name="month" value="[0-9]{4}-[0-9]{2}"' "$WORK/entry-probe.html" | head -1 | grep -oE '[0-9]{4}-[0-9]{2}' || echo 2026-10)"

# The project page needs a project: the first of the ledger (none before the demo data has projects).
PROJECT="$(curl -s -b "$JAR" "$BASE/api/v1/projects?month=$MONTH" \
  | python3 -c 'import json,sys; rows=json.load(sys.stdin).get("projects", []); print(rows[0]["project"]["id"] if rows else "")' \
  2>/dev/null || true)"

# Submit the first zone's month so the review page shows its approve/return buttons (ignored when already done).
CSRF="$(curl -s -b "$JAR" "$BASE/api/v1/session" | python3 -c 'import json,sys; print(json.load(sys.stdin)["csrfToken"])' || true)"
curl -s -o /dev/null -b "$JAR" -H "X-CSRF-Token: $CSRF" -H 'Content-Type: application/json' \
  -d "{\"orgUnit\": $UNIT, \"month\": \"$MONTH\", \"expectedVersion\": 0}" "$BASE/api/v1/workflow/submit" || true

# The report page needs a stored report: the month's economic bulletin of that unit, filled through its form
# (none when the unit's ledgers cannot fill it).
REPORT="$(curl -s -b "$JAR" --data-urlencode "_csrf=$CSRF" --data-urlencode "unit=$UNIT" \
  --data-urlencode "period=${MONTH%-*}-C${MONTH#*-}" "$BASE/reports/builtin/economic-bulletin/fill" \
  | grep -oE '/reports/[0-9]+\.docx' | head -1 | grep -oE '[0-9]+' || true)"

# Takes a screenshot of URL at WIDTHxHEIGHT into FILE with the session cookie, via the DevTools protocol.
cdp_screenshot() {
  python3 - "$CHROMIUM" "$1" "$2" "$3" "$4" "$SESSION" <<'PY'
import base64, json, os, socket, subprocess, sys, tempfile, time, urllib.parse, urllib.request
chromium, url, width, height, out, session = sys.argv[1:7]
profile = tempfile.mkdtemp(prefix="tz-chromium-")
proc = subprocess.Popen([chromium, "--headless", "--no-sandbox", "--disable-gpu", "--hide-scrollbars", "--no-first-run",
    "--lang=zh-CN", "--remote-debugging-port=0", f"--user-data-dir={profile}", "about:blank"],
    stdout=subprocess.DEVNULL, stderr=subprocess.DEVNULL)
try:
    port_file = os.path.join(profile, "DevToolsActivePort")
    for _ in range(200):
        if os.path.exists(port_file) and open(port_file).read().strip():
            break
        time.sleep(0.05)
    port = int(open(port_file).read().split()[0])
    targets = json.load(urllib.request.urlopen(f"http://127.0.0.1:{port}/json"))
    page = next(t for t in targets if t.get("type") == "page")
    ws = urllib.parse.urlparse(page["webSocketDebuggerUrl"])
    sock = socket.create_connection(("127.0.0.1", port))
    key = base64.b64encode(os.urandom(16)).decode()
    sock.sendall((f"GET {ws.path} HTTP/1.1\r\nHost: 127.0.0.1:{port}\r\nUpgrade: websocket\r\n"
                  f"Connection: Upgrade\r\nSec-WebSocket-Key: {key}\r\nSec-WebSocket-Version: 13\r\n\r\n").encode())
    buffer = b""
    while b"\r\n\r\n" not in buffer:
        buffer += sock.recv(4096)
    buffer = buffer.split(b"\r\n\r\n", 1)[1]
    def send(message):
        data = json.dumps(message).encode()
        header = bytearray([0x81])
        if len(data) < 126: header.append(0x80 | len(data))
        elif len(data) < 65536: header += bytes([0x80 | 126]) + len(data).to_bytes(2, "big")
        else: header += bytes([0x80 | 127]) + len(data).to_bytes(8, "big")
        mask = os.urandom(4)
        sock.sendall(bytes(header) + mask + bytes(b ^ mask[i % 4] for i, b in enumerate(data)))
    def read_exact(n):
        while len(nonlocal_buffer[0]) < n:
            chunk = sock.recv(1 << 20)
            if not chunk: raise EOFError
            nonlocal_buffer[0] += chunk
        head, nonlocal_buffer[0] = nonlocal_buffer[0][:n], nonlocal_buffer[0][n:]
        return head
    nonlocal_buffer = [buffer]
    def receive():
        message = b""
        while True:
            first, second = read_exact(2)
            length = second & 0x7F
            if length == 126: length = int.from_bytes(read_exact(2), "big")
            elif length == 127: length = int.from_bytes(read_exact(8), "big")
            message += read_exact(length)
            if first & 0x80: return json.loads(message)
    counter = [0]
    def call(method, **params):
        counter[0] += 1
        send({"id": counter[0], "method": method, "params": params})
        while True:
            reply = receive()
            if reply.get("id") == counter[0]: return reply.get("result", {})
    call("Page.enable")
    call("Network.enable")
    call("Network.setCookie", name="tz_session", value=session, url=url, httpOnly=True, sameSite="Lax")
    call("Emulation.setDeviceMetricsOverride", width=int(width), height=int(height), deviceScaleFactor=1,
         mobile=int(width) < 600)
    call("Page.navigate", url=url)
    deadline = time.time() + 20
    while time.time() < deadline:
        event = receive()
        if event.get("method") == "Page.loadEventFired": break
    time.sleep(0.3)
    # An interaction to check before the screenshot: run TZ_CDP_SCRIPT, then wait for TZ_CDP_EXPECT to be true.
    if os.environ.get("TZ_CDP_SCRIPT"):
        call("Runtime.evaluate", expression=os.environ["TZ_CDP_SCRIPT"])
        for _ in range(60):
            time.sleep(0.25)
            result = call("Runtime.evaluate", expression=os.environ["TZ_CDP_EXPECT"], returnByValue=True)
            if result.get("result", {}).get("value") is True:
                break
        else:
            sys.exit(f"pages: after the interaction, {os.environ['TZ_CDP_EXPECT']} never held on {url}")
    shot = call("Page.captureScreenshot", format="png")
    open(out, "wb").write(base64.b64decode(shot["data"]))
finally:
    proc.kill()
    proc.wait()
    subprocess.run(["rm", "-rf", profile], stderr=subprocess.DEVNULL)
PY
}

declare -A checked_assets=()
for entry in "${PAGES[@]}"; do
  IFS='|' read -r name path expected <<<"$entry"
  if [[ "$path" == *PROJECT* && -z "$PROJECT" ]]; then
    echo "note: no project in the ledger, $name skipped" >&2
    continue
  fi
  path="${path//UNIT/$UNIT}"
  path="${path//MONTH/$MONTH}"
  path="${path//PROJECT/$PROJECT}"
  if [[ "$path" == */REPORT* ]]; then
    if [[ -z "$REPORT" ]]; then
      fail "the economic bulletin of unit $UNIT could not be filled, so $name has no report to show"
      continue
    fi
    path="${path//REPORT/$REPORT}"
  fi
  html="$WORK/$name.html"
  # The sign-in page is shown to the anonymous; everything else with the session cookie.
  if [[ "$name" == "login" ]]; then jar=(); else jar=(-b "$JAR"); fi
  status="$(curl -s "${jar[@]}" -o "$html" -w '%{http_code}' "$BASE$path")"
  if [[ "$status" != "$expected" ]]; then
    fail "$path answered $status, expected $expected"
    continue
  fi
  echo "ok   $status $path"
  check_origins "$html" "$path"
  grep -q '<html lang="zh-CN">' "$html" || fail "$path is not a zh-CN page"
  # Local assets the page links (styles, scripts, icons) must load.
  while IFS= read -r asset; do
    [[ -n "${checked_assets[$asset]:-}" ]] && continue
    checked_assets[$asset]=1
    file="$WORK/asset-${#checked_assets[@]}"
    asset_status="$(curl -s -o "$file" -w '%{http_code}' "$BASE$asset")"
    [[ "$asset_status" == "200" ]] || fail "$asset (linked from $path) answered $asset_status"
    check_origins "$file" "$asset"
  done < <(grep -oE '(src|href)="/static/[^"]*"' "$html" | sed -E 's/^[a-z]+="//; s/"$//' | sed 's/&amp;/\&/g')

  if [[ -n "$CHROMIUM" ]]; then
    for size in "desktop|1366|900" "phone|390|844"; do
      IFS='|' read -r label width height <<<"$size"
      cdp_screenshot "$BASE$path" "$width" "$height" "$OUT/$name-$label.png" \
        || fail "chromium could not take $name-$label.png"
    done
    if [[ -n "${FULL_PAGE:-}" ]]; then
      cdp_screenshot "$BASE$path" 1366 "$FULL_PAGE" "$OUT/$name-full.png" || true
    fi
  fi
done

# The template editor's live preview: typing a template fills the preview without pressing 预览.
if [[ -n "$CHROMIUM" ]]; then
  TZ_CDP_SCRIPT='var t = document.getElementById("template-text"); t.value = "测试\n【地区】【时期】地区生产总值【地区生产总值】亿元，同比【地区生产总值 增速 | 增减】。"; t.dispatchEvent(new Event("input", {bubbles: true}));' \
  TZ_CDP_EXPECT='(function () { var p = document.querySelector("#report-results .report-preview"); return !!p && /地区生产总值[0-9]/.test(p.textContent); })()' \
    cdp_screenshot "$BASE/reports/templates/new?unit=$UNIT" 1366 900 "$OUT/report-live-preview-desktop.png" \
    && echo "ok   live preview fills as the template is typed" \
    || fail "the template editor's live preview did not appear"
fi

if [[ -z "$CHROMIUM" ]]; then
  echo "note: chromium not found, no screenshots taken" >&2
else
  echo "screenshots in $OUT"
fi

if ((failures > 0)); then
  echo "$failures problem(s) found" >&2
  exit 1
fi
echo "all pages ok"
