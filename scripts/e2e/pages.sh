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
set -euo pipefail

BASE="${1:-${TAIZHANG_URL:-http://127.0.0.1:8080}}"
BASE="${BASE%/}"
OUT="${OUT_DIR:-out/screenshots}"
mkdir -p "$OUT"
WORK="$(mktemp -d)"
trap 'rm -rf "$WORK"' EXIT

CHROMIUM="${CHROMIUM:-$(command -v chromium || command -v chromium-browser || command -v google-chrome || true)}"
failures=0
fail() { echo "FAIL: $*" >&2; failures=$((failures + 1)); }

# name|path|expected status
PAGES=(
  "dashboard|/dashboard|200"
  "comparison|/comparison|200"
  "entry|/entry|200"
  "import|/import|200"
  "indicators|/indicators|200"
  "indicators-search|/indicators?q=%E7%A4%BE%E9%9B%B6|200"
  "org-units|/org-units|200"
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

declare -A checked_assets=()
for entry in "${PAGES[@]}"; do
  IFS='|' read -r name path expected <<<"$entry"
  html="$WORK/$name.html"
  status="$(curl -s -o "$html" -w '%{http_code}' "$BASE$path")"
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
    for size in "desktop|1366,900" "phone|390,844"; do
      IFS='|' read -r label window <<<"$size"
      "$CHROMIUM" --headless --no-sandbox --disable-gpu --hide-scrollbars --no-first-run \
        --force-device-scale-factor=1 --lang=zh-CN --window-size="$window" \
        --screenshot="$OUT/$name-$label.png" "$BASE$path" >/dev/null 2>&1 \
        || fail "chromium could not take $name-$label.png"
    done
    if [[ -n "${FULL_PAGE:-}" ]]; then
      "$CHROMIUM" --headless --no-sandbox --disable-gpu --hide-scrollbars --lang=zh-CN --window-size=1366,"${FULL_PAGE}" \
        --screenshot="$OUT/$name-full.png" "$BASE$path" >/dev/null 2>&1 || true
    fi
  fi
done

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
