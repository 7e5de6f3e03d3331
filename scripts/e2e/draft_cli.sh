#!/usr/bin/env bash
# End-to-end check of `taizhang draft read` on seed 000, read three ways: as the UTF-8 text file, as the same
# text in GB18030 (iconv) and as a .docx written by python-docx with one paragraph per line.
#
#   bash scripts/e2e/draft_cli.sh PATH_TO_TAIZHANG_BIN
#
# Asserts: each `--json` output parses and names its encoding (UTF-8, GB18030, UTF-8); the three give the
# same slots (same starts and texts), at least one; every slot's text is the seed's characters between start
# and end; the readable listing ends with the same count; a picture is refused with a message naming the
# file. Prints one summary line; exits non-zero on any failure.
set -euo pipefail

BIN="${1:?usage: bash scripts/e2e/draft_cli.sh PATH_TO_TAIZHANG_BIN}"
ROOT="$(cd "$(dirname "${BASH_SOURCE[0]}")/../.." && pwd)"
SEED="$ROOT/Tests/TaizhangCoreTests/Fixtures/Drafts/000_ce01f3ca181fe23e.txt"
WORK="$(mktemp -d)"
trap 'rm -rf "$WORK"' EXIT

cp "$SEED" "$WORK/draft-utf8.txt"
iconv -f UTF-8 -t GB18030 "$SEED" > "$WORK/draft-gb18030.txt"
python3 - "$SEED" "$WORK/draft.docx" <<'PY'
import sys
import docx  # python-docx

text = open(sys.argv[1], encoding="utf-8").read()
document = docx.Document()
lines = text.split("\n")
if lines and lines[-1] == "":
    lines.pop()  # the file's final line break ends the last paragraph; it does not start another
for line in lines:
    document.add_paragraph(line)
document.save(sys.argv[2])
PY

"$BIN" draft read "$WORK/draft-utf8.txt" --json > "$WORK/utf8.json"
"$BIN" draft read "$WORK/draft-gb18030.txt" --json > "$WORK/gb18030.json"
"$BIN" draft read "$WORK/draft.docx" --json > "$WORK/docx.json"
"$BIN" draft read "$WORK/draft-utf8.txt" > "$WORK/listing.txt"

printf '\x89PNG\r\n\x1a\n\0\0\0\rIHDR' > "$WORK/扫描件.png"
if "$BIN" draft read "$WORK/扫描件.png" --json > "$WORK/png.out" 2>&1; then
    echo "draft_cli: FAIL — a PNG was read as a draft" >&2
    exit 1
fi

python3 - "$SEED" "$WORK" <<'PY'
import json
import sys

seed_path, work = sys.argv[1], sys.argv[2]
seed = open(seed_path, encoding="utf-8").read()
failures = []


def load(name, encoding):
    try:
        document = json.load(open(f"{work}/{name}.json", encoding="utf-8"))
    except ValueError as error:
        failures.append(f"{name}: output is not JSON ({error})")
        return []
    if document.get("encoding") != encoding:
        failures.append(f"{name}: encoding {document.get('encoding')!r}, expected {encoding!r}")
    slots = document.get("slots")
    if not isinstance(slots, list):
        failures.append(f"{name}: no slots list")
        return []
    return [(slot["start"], slot["text"]) for slot in slots]


utf8 = load("utf8", "UTF-8")
gb18030 = load("gb18030", "GB18030")
docx = load("docx", "UTF-8")
if not utf8:
    failures.append("utf8: no slots found in seed 000")
for name, slots in (("gb18030", gb18030), ("docx", docx)):
    if slots != utf8:
        differing = [pair for pair in zip(utf8, slots) if pair[0] != pair[1]][:3]
        failures.append(f"{name}: {len(slots)} slots differ from UTF-8's {len(utf8)}; first: {differing}")
for start, text in utf8:
    # Python indexes strings by code point, the contract's unit.
    if seed[start:start + len(text)] != text:
        failures.append(f"utf8: slot at {start} says {text!r}, the seed has {seed[start:start + len(text)]!r}")
        break
listing = open(f"{work}/listing.txt", encoding="utf-8").read().strip().splitlines()
if not listing or not listing[-1].startswith(f"共{len(utf8)}处"):
    failures.append(f"listing: last line {listing[-1:]!r} does not count {len(utf8)} slots")
refusal = open(f"{work}/png.out", encoding="utf-8", errors="replace").read()
if "扫描件.png" not in refusal or "图片" not in refusal:
    failures.append(f"png: refusal does not name the file as a picture: {refusal.strip()!r}")

if failures:
    print("draft_cli: FAIL — " + "; ".join(failures), file=sys.stderr)
    sys.exit(1)
print(f"draft_cli: ok — {len(utf8)} slots, identical from UTF-8, GB18030 and .docx; listing and refusal checked")
PY
