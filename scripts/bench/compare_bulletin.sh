#!/usr/bin/env bash
# Bulletin benchmark, side by side: `taizhang bulletin --repeat N` (release build) against the pandas peer
# (pandas_peer_bulletin.py) on the same SQLite file — the demo city plus 50,000 synthetic projects × 36 months of
# progress (`taizhang bench-data projects`). Each tool repeats the whole computation (reading the database,
# statistics, bulletin) N times in one process and reports min/p50/max milliseconds; the processes alternate so
# that both meet the same machine state, and each is wrapped in /usr/bin/time -v for its peak memory (RSS).
# First the peer checks that its figures equal ours (zone rows, totals, project ranks, lagging, overdue, the four
# rates); the script stops if they differ.
#
# Environment: PROJECTS (50000), MONTHS (36), MONTH (2026-10), REPEAT (20), RUNS (3 alternating runs per tool),
# PHASE_REPEAT (5: repetitions of the step-by-step timing at the end), WORK (a temporary directory; the database
# is kept there and reused), BIN (skip the release build).
set -euo pipefail
cd "$(dirname "$0")/../.."

projects=${PROJECTS:-50000}
months=${MONTHS:-36}
month=${MONTH:-2026-10}
repeat=${REPEAT:-20}
runs=${RUNS:-3}
phase_repeat=${PHASE_REPEAT:-5}
work=${WORK:-$(mktemp -d)}
bench=scripts/bench
mkdir -p "$work"

if [ -n "${BIN:-}" ]; then
    bin=$BIN
else
    swift build -c release --product taizhang >&2
    bin=.build/release/taizhang
fi
python3 -c 'import pandas' 2>/dev/null || pip install --quiet pandas >&2

db="$work/bulletin-$projects-$months.sqlite"
if [ ! -f "$db" ]; then
    rm -f "$db.tmp" "$db.tmp-wal" "$db.tmp-shm"
    "$bin" demo --through "$month" --database "$db.tmp" >&2
    "$bin" bench-data projects --projects "$projects" --months "$months" --through "$month" --database "$db.tmp" >&2
    # One file without a WAL beside it, so that both tools read the same pages from the start.
    python3 -c 'import sqlite3, sys; db = sqlite3.connect(sys.argv[1]); db.execute("PRAGMA wal_checkpoint(TRUNCATE)"); db.execute("ANALYZE"); db.close()' "$db.tmp"
    mv "$db.tmp" "$db"
    rm -f "$db.tmp-wal" "$db.tmp-shm"
fi
python3 - "$db" <<'PY' >&2
import sqlite3, sys
db = sqlite3.connect(sys.argv[1])
counts = {table: db.execute(f"SELECT COUNT(*) FROM {table}").fetchone()[0]
          for table in ["projects", "project_annual_plans", "project_progress", "project_stage_changes", "matters"]}
print("database:", sys.argv[1], ", ".join(f"{table} {n:,}" for table, n in counts.items()))
PY

echo "== check: the same figures ==" >&2
"$bin" bulletin --month "$month" --database "$db" --json >"$work/ours.json"
python3 "$bench/pandas_peer_bulletin.py" "$db" --month "$month" --check "$work/ours.json" >&2

# Runs one tool in /usr/bin/time -v; prints "min p50 max peak_MB" from its timing line and the time report.
measure() {
    /usr/bin/time -v "$@" >/dev/null 2>"$work/err.txt" || { cat "$work/err.txt" >&2; exit 1; }
    python3 - "$work/err.txt" <<'PY'
import re, sys
text = open(sys.argv[1], encoding="utf-8").read()
ours = re.search(r"最短 ([\d.]+) 毫秒，中位 ([\d.]+) 毫秒，最长 ([\d.]+) 毫秒", text)
peer = re.search(r"min ([\d.]+) ms, p50 ([\d.]+) ms, max ([\d.]+) ms", text)
found = ours or peer
rss = int(re.search(r"Maximum resident set size \(kbytes\): (\d+)", text).group(1))
print(f"{found.group(1)} {found.group(2)} {found.group(3)} {rss / 1024:.0f}")
PY
}

echo "== $runs alternating runs, $repeat repetitions each; load average before: $(cut -d' ' -f1-3 /proc/loadavg) ==" >&2
printf '%-9s %-4s %10s %10s %10s %8s\n' tool run min_ms p50_ms max_ms peak_MB
ours_p50=()
peer_p50=()
for run in $(seq 1 "$runs"); do
    result=$(measure "$bin" bulletin --month "$month" --database "$db" --repeat "$repeat")
    printf '%-9s %-4s %10s %10s %10s %8s\n' taizhang "$run" $result
    ours_p50+=("$(echo "$result" | cut -d' ' -f2)")
    result=$(measure python3 "$bench/pandas_peer_bulletin.py" "$db" --month "$month" --repeat "$repeat")
    printf '%-9s %-4s %10s %10s %10s %8s\n' pandas "$run" $result
    peer_p50+=("$(echo "$result" | cut -d' ' -f2)")
done
echo "load average after: $(cut -d' ' -f1-3 /proc/loadavg)" >&2
python3 - "${ours_p50[*]}" "${peer_p50[*]}" <<'PY'
import statistics, sys
ours = statistics.median(float(x) for x in sys.argv[1].split())
peer = statistics.median(float(x) for x in sys.argv[2].split())
print(f"median of p50: taizhang {ours:.1f} ms, pandas {peer:.1f} ms; pandas / taizhang = {peer / ours:.2f}×"
      f" (target: taizhang under 300 ms: {'met' if ours < 300 else 'MISSED'})")
PY

# Where our time goes: the same steps timed one by one (reading the store, the bulletin, the statistics).
echo "== taizhang, step by step ($phase_repeat repetitions) ==" >&2
"$bin" bulletin --month "$month" --database "$db" --repeat "$phase_repeat" --phases 2>&1 >/dev/null | grep -E "计算|其中"
# The bulletin alone (the .xlsx download's path: no stage histories, no statistics).
"$bin" bulletin --month "$month" --database "$db" --repeat "$phase_repeat" --bulletin-only 2>&1 >/dev/null | grep -E "计算"
