#!/usr/bin/env bash
# Import benchmark, side by side: `taizhang import` (release build) against the Python peer
# (python_peer_import.py: openpyxl read-only + sqlite3, one transaction) on the same .xlsx, each run starting from
# a copy of the same database (the demo city's org units and catalogue, no observations). Runs alternate so that
# both see the same machine state; each run is wrapped in /usr/bin/time -v for wall time and peak memory (RSS).
#
# Environment: ROWS (100000), RUNS (3), WORK (a temporary directory), CODES (codes.json; default: printed by
# `taizhang demo --print-codes` when that works, else the scripts' built-in copy), BIN (skip the release build).
set -euo pipefail
cd "$(dirname "$0")/../.."

rows=${ROWS:-100000}
runs=${RUNS:-3}
work=${WORK:-$(mktemp -d)}
bench=scripts/bench
mkdir -p "$work"

# BIN overrides the binary (e.g. a debug build, to check the script itself); figures need the release build.
if [ -n "${BIN:-}" ]; then
    bin=$BIN
else
    swift build -c release --product taizhang >&2
    bin=.build/release/taizhang
fi

codes_arg=()
if [ -n "${CODES:-}" ]; then
    codes_arg=(--codes "$CODES")
elif "$bin" demo --print-codes >"$work/codes.json" 2>/dev/null; then
    codes_arg=(--codes "$work/codes.json")
fi

file="$work/observations-$rows.xlsx"
[ -f "$file" ] || python3 "$bench/make_observations_xlsx.py" "$rows" "$file" "${codes_arg[@]}"

# The starting database: the demo city's tree and catalogue, observations and targets removed.
template="$work/template.sqlite"
if [ ! -f "$template" ]; then
    "$bin" demo --database "$template" >&2
    python3 - "$template" <<'PY'
import sqlite3, sys
db = sqlite3.connect(sys.argv[1])
db.execute("DELETE FROM observations")
db.execute("DELETE FROM targets")
db.commit()
db.execute("PRAGMA wal_checkpoint(TRUNCATE)")
db.execute("VACUUM")
db.close()
PY
fi

# Runs one command on a fresh copy of the template; prints "seconds peak_mb".
measure() {
    local db="$work/run.sqlite"
    rm -f "$db" "$db-wal" "$db-shm"
    cp "$template" "$db"
    /usr/bin/time -v "$@" "$db" >"$work/out.txt" 2>"$work/time.txt" || { cat "$work/out.txt" "$work/time.txt" >&2; exit 1; }
    python3 - "$work/time.txt" <<'PY'
import re, sys
text = open(sys.argv[1]).read()
wall = re.search(r"Elapsed \(wall clock\) time \(h:mm:ss or m:ss\): (\S+)", text).group(1)
seconds = sum(float(part) * 60 ** i for i, part in enumerate(reversed(wall.split(":"))))
rss = int(re.search(r"Maximum resident set size \(kbytes\): (\d+)", text).group(1))
print(f"{seconds:.2f} {rss / 1024:.0f}")
PY
}

echo "file: $file ($rows rows), $runs runs each, alternating"
printf '%-8s %-4s %10s %10s\n' tool run seconds peak_MB
for run in $(seq 1 "$runs"); do
    for tool in taizhang python; do
        if [ "$tool" = taizhang ]; then
            result=$(measure "$bin" import "$file" --database)
        else
            result=$(measure python3 "$bench/python_peer_import.py" "$file" "${codes_arg[@]}")
        fi
        printf '%-8s %-4s %10s %10s\n' "$tool" "$run" $result
    done
done

if command -v hyperfine >/dev/null; then
    hyperfine --warmup 1 --runs "$runs" \
        --prepare "rm -f $work/run.sqlite*; cp $template $work/run.sqlite" \
        -n taizhang "$bin import $file --database $work/run.sqlite" \
        -n python "python3 $bench/python_peer_import.py $file $work/run.sqlite ${codes_arg[*]}"
fi
