#!/usr/bin/env python3
"""End-to-end check of `taizhang import` / `taizhang export` with files written and read by openpyxl.

Usage: import_cli.py TAIZHANG_BINARY DATABASE WORKDIR  (DATABASE: an SQLite path or a postgres:// URL)

Asserts: a file with bad rows is rejected with Chinese messages naming row and column, and nothing stored changes;
a good openpyxl file imports; importing it again updates rather than duplicates; a GB18030 CSV imports and the
report names the encoding; an export is read back by openpyxl with the same figures.
"""
import csv
import os
import sqlite3
import subprocess
import sys
from decimal import Decimal

import openpyxl

HEADERS = ["组织编码", "组织名称", "指标编码", "指标名称", "计量单位", "月份", "本月值", "累计值", "上年同期累计值",
           "公布增速(%)", "备注"]
MONTH = "2026-11"


def query(database, sql):
    if database.startswith("postgres"):
        out = subprocess.run(["psql", database, "-tAF", "\t", "-c", sql], check=True, capture_output=True, text=True)
        return [tuple(line.split("\t")) for line in out.stdout.strip().splitlines() if line]
    with sqlite3.connect(database) as conn:
        return [tuple(str(v) for v in row) for row in conn.execute(sql).fetchall()]


def fingerprint(database):
    return query(database, "SELECT count(*), coalesce(sum(cumulative),0), coalesce(sum(monthly),0), "
                           "coalesce(sum(prior_cumulative),0) FROM observations")[0]


def run(binary, *args):
    proc = subprocess.run([binary, *args], capture_output=True, text=True, timeout=300)
    return proc.returncode, proc.stdout + proc.stderr


def fail(message):
    print(f"import_cli: FAIL: {message}", file=sys.stderr)
    sys.exit(1)


def main():
    binary, database, work = sys.argv[1:4]
    zones = query(database, "SELECT code, name FROM org_units WHERE kind = 'zone' ORDER BY sort_order, id")[:2]
    indicators = query(database, "SELECT code, name, unit FROM indicators WHERE kind = 'amount' "
                                 "ORDER BY sort_order LIMIT 5")
    if len(zones) < 2 or len(indicators) < 5:
        fail("demo database has too few zones or indicators")

    rows = []
    for zi, (zcode, zname) in enumerate(zones):
        for ii, (icode, iname, unit) in enumerate(indicators):
            monthly = Decimal(10 + zi * 5 + ii) + Decimal("0.25")
            rows.append([zcode, zname, icode, iname, unit, MONTH, monthly, None, None, None, "端到端测试"])
    good = os.path.join(work, "good.xlsx")
    wb = openpyxl.Workbook()
    ws = wb.active
    ws.title = "指标"
    ws.append(HEADERS)
    for r in rows:
        ws.append([float(v) if isinstance(v, Decimal) else v for v in r])
    wb.save(good)

    bad = os.path.join(work, "bad.xlsx")
    wb = openpyxl.Workbook()
    ws = wb.active
    ws.append(HEADERS)
    for r in rows:
        ws.append([float(v) if isinstance(v, Decimal) else v for v in r])
    ws.cell(row=3, column=7, value="12万")           # 本月值 not a number
    ws.cell(row=4, column=3, value="no_such_code")  # unknown indicator code
    ws.cell(row=4, column=4, value="不存在的指标")
    wb.save(bad)

    before = fingerprint(database)
    code, output = run(binary, "import", bad, "--database", database)
    if code == 0:
        fail(f"bad file was accepted:\n{output}")
    for needle in ["bad.xlsx", "第3行", "本月值", "12万", "第4行"]:
        if needle not in output:
            fail(f"rejection message lacks {needle!r}:\n{output}")
    if fingerprint(database) != before:
        fail("a rejected import changed stored observations")
    print("import_cli: bad file rejected, nothing changed")

    code, output = run(binary, "import", good, "--database", database)
    if code != 0:
        fail(f"good file rejected:\n{output}")
    after = fingerprint(database)
    if int(after[0]) != int(before[0]) + len(rows):
        fail(f"expected {len(rows)} new observations, fingerprint {before} -> {after}")
    code, output = run(binary, "import", good, "--database", database)
    if code != 0 or fingerprint(database) != after:
        fail(f"re-import duplicated or changed figures:\n{output}")
    print(f"import_cli: openpyxl file imported ({len(rows)} rows), re-import idempotent")

    # GB18030 CSV, as Chinese Excel saves it: change the monthly values of the first zone.
    gbk = os.path.join(work, "指标.csv")
    with open(gbk, "w", encoding="gb18030", newline="") as f:
        w = csv.writer(f)
        w.writerow(HEADERS)
        for r in rows[:5]:
            w.writerow([r[0], r[1], r[2], r[3], r[4], r[5], str(r[6] + 1), "", "", "", "GB18030"])
    code, output = run(binary, "import", gbk, "--database", database)
    if code != 0 or "GB18030" not in output:
        fail(f"GB18030 CSV import failed or did not name the encoding:\n{output}")
    print("import_cli: GB18030 CSV imported")

    out = os.path.join(work, "export.xlsx")
    code, output = run(binary, "export", out, "--database", database, "--unit", zones[1][0],
                       "--from", MONTH, "--through", MONTH)
    if code != 0:
        fail(f"export failed:\n{output}")
    ws = openpyxl.load_workbook(out, read_only=True).worksheets[0]
    it = ws.iter_rows(values_only=True)
    header = [str(h).strip() if h is not None else "" for h in next(it)]
    col = {h: i for i, h in enumerate(header)}
    exported = {}
    for row in it:
        if row[col["指标编码"]] is None:
            continue
        exported[(row[col["组织编码"]], row[col["指标编码"]])] = Decimal(str(row[col["本月值"]]))
    for r in rows[5:]:
        key = (r[0], r[2])
        if exported.get(key) != r[6]:
            fail(f"export of {key} is {exported.get(key)}, expected {r[6]}")
    print("import_cli: export read back by openpyxl with the same figures")


if __name__ == "__main__":
    main()
