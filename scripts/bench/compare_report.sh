#!/usr/bin/env bash
# Report benchmark (issue 5), side by side on the demo data:
# - the annual work summary of one zone filled from the ledgers and written as an official .docx by
#   `taizhang report fill --repeat N` (release build; timed in-process: reading the ledgers, filling the template,
#   writing the .docx), against the docxtpl (Python) peer filling an equivalent .docx template with the same
#   figures (`docxtpl_peer.py`: the template is made from our own output, every figure run tagged {{ fN }});
# - reading a 20,000-character draft (`taizhang draft read --repeat N`).
# Environment: RUNS (3 alternating runs), REPEAT (20), WORK (temporary directory, the demo database is kept),
# BIN (skip the release build). Prints min/p50/max per run and the medians.
set -euo pipefail
cd "$(dirname "$0")/../.."
repeat=${REPEAT:-20}
runs=${RUNS:-3}
work=${WORK:-$(mktemp -d)}
mkdir -p "$work"
if [ -n "${BIN:-}" ]; then bin=$BIN; else swift build -c release --product taizhang >&2; bin=.build/release/taizhang; fi
python3 -c 'import docxtpl' 2>/dev/null || python3 -m pip install --quiet --disable-pip-version-check docxtpl >&2

db="$work/demo.sqlite"
[ -f "$db" ] || "$bin" demo --through 2026-10 --database "$db" >&2
printf '园区亩均税收稳步提高，完成亩均评价企业全覆盖。\n' >"$work/enterprise.txt"
printf '项目要素保障仍有短板。\n' >"$work/problems.txt"
printf '坚持项目为王，推动产业链延链补链。\n' >"$work/next.txt"
fill() {
    "$bin" report fill --builtin annual-summary --unit HX-GX --period 2025 --database "$db" \
        --section 企业服务与亩均评价="$work/enterprise.txt" --section 存在问题="$work/problems.txt" \
        --section 下一步工作思路="$work/next.txt" "$@"
}
spread() { grep -oE '最短 [0-9.]+ 毫秒，中位 [0-9.]+ 毫秒，最长 [0-9.]+ 毫秒' | grep -oE '[0-9.]+' | tr '\n' ' '; }

fill --no-appendix -o "$work/ours.docx" --provenance "$work/figures.json" >/dev/null
python3 scripts/bench/docxtpl_peer.py make-template "$work/ours.docx" "$work/figures.json" "$work/peer-template.docx" \
    "$work/context.json" >&2
python3 scripts/bench/docxtpl_peer.py render "$work/peer-template.docx" "$work/context.json" --repeat 1 \
    --out "$work/peer.docx" >/dev/null
python3 - "$work" <<'PY'
import sys
from docx import Document
w = sys.argv[1]
ours = [p.text for p in Document(f"{w}/ours.docx").paragraphs]
peer = [p.text for p in Document(f"{w}/peer.docx").paragraphs]
assert ours == peer, "the two documents differ"
print(f"check: the peer's document has the same {len(ours)} paragraphs as ours", file=sys.stderr)
PY

# A 20,000-character draft from the five seeds.
python3 - "$work/draft-20000.txt" Tests/TaizhangCoreTests/Fixtures/Drafts/*.txt <<'PY'
import sys
text = "".join(open(p, encoding="utf-8").read() for p in sorted(sys.argv[2:]) if "constructed" not in p)
while len(text) < 20000:
    text += text
open(sys.argv[1], "w", encoding="utf-8").write(text[:20000])
PY

echo "== $runs alternating runs, $repeat repetitions each; load average before: $(cut -d' ' -f1-3 /proc/loadavg) =="
printf '%-28s %-4s %9s %9s %9s\n' what run min_ms p50_ms max_ms
ours=() peer=() appendix=() draft=()
for run in $(seq 1 "$runs"); do
    r=$(fill --no-appendix -o "$work/ours.docx" --repeat "$repeat" 2>&1 >/dev/null | spread)
    printf '%-28s %-4s %9s %9s %9s\n' "taizhang .docx" "$run" $r; ours+=("$(echo $r | cut -d' ' -f2)")
    r=$(python3 scripts/bench/docxtpl_peer.py render "$work/peer-template.docx" "$work/context.json" --repeat "$repeat")
    printf '%-28s %-4s %9s %9s %9s\n' "docxtpl .docx" "$run" $r; peer+=("$(echo $r | cut -d' ' -f2)")
    r=$(fill -o "$work/ours-appendix.docx" --repeat "$repeat" 2>&1 >/dev/null | spread)
    printf '%-28s %-4s %9s %9s %9s\n' "taizhang .docx + appendix" "$run" $r; appendix+=("$(echo $r | cut -d' ' -f2)")
    r=$("$bin" draft read "$work/draft-20000.txt" --json --repeat "$repeat" 2>&1 >/dev/null | spread)
    printf '%-28s %-4s %9s %9s %9s\n' "draft read 20,000 chars" "$run" $r; draft+=("$(echo $r | cut -d' ' -f2)")
done
python3 - "${ours[*]}" "${peer[*]}" "${appendix[*]}" "${draft[*]}" <<'PY'
import statistics, sys
ours, peer, appendix, draft = (statistics.median(map(float, a.split())) for a in sys.argv[1:])
print(f"median of p50: taizhang {ours:.1f} ms (with appendix {appendix:.1f} ms), docxtpl {peer:.1f} ms; "
      f"docxtpl / taizhang = {peer / ours:.1f}× (targets: under 200 ms: {'met' if ours < 200 else 'MISSED'}; "
      f"at least 5×: {'met' if peer / ours >= 5 else 'MISSED'})")
print(f"draft read: {draft:.1f} ms for 20,000 characters (target under 100 ms: {'met' if draft < 100 else 'MISSED'})")
PY
