#!/usr/bin/env python3
"""The Python peer of the import benchmark: imports an observations .xlsx into SQLite the plain way.

Usage: python_peer_import.py FILE.xlsx DB.sqlite [--codes codes.json]

Reads the sheet with openpyxl in read-only mode, maps 组织编码 and 指标编码 to the store's keys, checks each
row's unit against the catalogue, converts every figure to the scaled integer Taizhang stores (value in the base
unit × 10⁴, exact via Decimal), and writes all rows with sqlite3 in one transaction into tables of the same shape
as Taizhang's (created when missing), with the same pragmas (WAL, synchronous=NORMAL) and the same upsert on the
(org_unit_id, indicator_code, month) key. Prints the row count and the seconds taken. Needs openpyxl.
"""

import argparse
import sqlite3
import sys
import time
from datetime import datetime, timezone
from decimal import Decimal

from openpyxl import load_workbook

from bench_catalogue import HEADERS, STORED_SCALE, UNIT_FACTOR, load_codes

SCHEMA = [
    """CREATE TABLE IF NOT EXISTS org_units (
        id INTEGER PRIMARY KEY, code TEXT NOT NULL UNIQUE, name TEXT NOT NULL, kind TEXT NOT NULL,
        parent_id BIGINT REFERENCES org_units (id), sort_order INTEGER NOT NULL DEFAULT 0,
        archived BOOLEAN NOT NULL DEFAULT FALSE)""",
    """CREATE TABLE IF NOT EXISTS indicators (
        code TEXT PRIMARY KEY, name TEXT NOT NULL UNIQUE, aliases TEXT NOT NULL DEFAULT '', unit TEXT NOT NULL,
        kind TEXT NOT NULL, growth TEXT NOT NULL, decimals INTEGER NOT NULL DEFAULT 2,
        is_key BOOLEAN NOT NULL DEFAULT FALSE, is_custom BOOLEAN NOT NULL DEFAULT FALSE,
        sort_order INTEGER NOT NULL DEFAULT 0)""",
    """CREATE TABLE IF NOT EXISTS observations (
        org_unit_id BIGINT NOT NULL REFERENCES org_units (id),
        indicator_code TEXT NOT NULL REFERENCES indicators (code),
        month INTEGER NOT NULL, monthly BIGINT, cumulative BIGINT, prior_cumulative BIGINT,
        published_growth BIGINT, note TEXT, override_reason TEXT, status TEXT NOT NULL DEFAULT 'draft',
        updated_at TEXT NOT NULL, PRIMARY KEY (org_unit_id, indicator_code, month))""",
    "CREATE INDEX IF NOT EXISTS observations_org_unit_month ON observations (org_unit_id, month)",
    "CREATE INDEX IF NOT EXISTS observations_indicator_month ON observations (indicator_code, month)",
]

UPSERT = """INSERT INTO observations (org_unit_id, indicator_code, month, monthly, cumulative, prior_cumulative,
    published_growth, note, override_reason, status, updated_at) VALUES (?, ?, ?, ?, ?, ?, ?, ?, NULL, 'draft', ?)
    ON CONFLICT (org_unit_id, indicator_code, month) DO UPDATE SET monthly = excluded.monthly,
    cumulative = excluded.cumulative, prior_cumulative = excluded.prior_cumulative,
    published_growth = excluded.published_growth, note = excluded.note, override_reason = excluded.override_reason,
    status = excluded.status, updated_at = excluded.updated_at"""


class BadRow(Exception):
    pass


def scaled(value, factor, row, column):
    """The stored integer for a cell (None stays None); exact, or an error naming the row and column."""
    if value is None or value == "":
        return None
    try:
        number = Decimal(str(value).replace(",", "")) if not isinstance(value, float) else Decimal(repr(value))
    except Exception:
        raise BadRow(f"第{row}行“{column}”不是数字：{value}")
    stored = number * factor * STORED_SCALE
    if stored != stored.to_integral_value():
        raise BadRow(f"第{row}行“{column}”小数位过多：{value}")
    return int(stored)


def month_key(value, row):
    text = str(value).strip()
    try:
        year, month = text.split("-")
        year, month = int(year), int(month)
        if not 1 <= month <= 12:
            raise ValueError
    except ValueError:
        raise BadRow(f"第{row}行“月份”无法识别：{value}")
    return year * 100 + month


def seed(db, units, indicators):
    """The org units and indicators the file refers to, as Taizhang holds them after `taizhang demo`."""
    ids = {}
    for index, (code, name, kind) in enumerate(units, start=1):
        db.execute("INSERT OR IGNORE INTO org_units (id, code, name, kind) VALUES (?, ?, ?, ?)",
                   (index, code, name, kind))
    for code, id_ in db.execute("SELECT code, id FROM org_units"):
        ids[code] = id_
    for order, (code, name, unit, kind, growth, decimals) in enumerate(indicators, start=1):
        db.execute("INSERT OR IGNORE INTO indicators (code, name, unit, kind, growth, decimals, sort_order) "
                   "VALUES (?, ?, ?, ?, ?, ?, ?)", (code, name, unit, kind, growth, decimals, order))
    catalogue = {code: unit for code, unit in db.execute("SELECT code, unit FROM indicators")}
    db.commit()
    return ids, catalogue


def main():
    parser = argparse.ArgumentParser(description=__doc__, formatter_class=argparse.RawDescriptionHelpFormatter)
    parser.add_argument("file")
    parser.add_argument("database")
    parser.add_argument("--codes", help="JSON from `taizhang demo --print-codes`")
    args = parser.parse_args()

    db = sqlite3.connect(args.database, isolation_level=None)
    db.execute("PRAGMA journal_mode = WAL")
    db.execute("PRAGMA synchronous = NORMAL")
    db.execute("PRAGMA foreign_keys = ON")
    for statement in SCHEMA:
        db.execute(statement)
    units, indicators = load_codes(args.codes)
    db.execute("BEGIN")
    ids, catalogue = seed(db, units, indicators)

    start = time.perf_counter()
    workbook = load_workbook(args.file, read_only=True, data_only=True)
    sheet = workbook.worksheets[0]
    rows = sheet.iter_rows(values_only=True)
    header = [str(cell).strip() if cell is not None else "" for cell in next(rows)]
    missing = [name for name in HEADERS if name not in header]
    if missing:
        sys.exit(f"{args.file}: 缺少列：{'、'.join(missing)}")
    col = {name: header.index(name) for name in HEADERS}
    now = datetime.now(timezone.utc).strftime("%Y-%m-%dT%H:%M:%SZ")
    percent = 1  # growth rates are stored in % × 10⁴ like every other figure

    batch = []
    errors = []
    for number, row in enumerate(rows, start=2):
        if row is None or all(cell is None for cell in row):
            continue
        if len(row) < len(header):
            row = row + (None,) * (len(header) - len(row))
        try:
            unit_code = str(row[col["组织编码"]]).strip()
            indicator_code = str(row[col["指标编码"]]).strip()
            if unit_code not in ids:
                raise BadRow(f"第{number}行“组织编码”未知：{unit_code}")
            if indicator_code not in catalogue:
                raise BadRow(f"第{number}行“指标编码”未知：{indicator_code}")
            unit = catalogue[indicator_code]
            if str(row[col["计量单位"]]).strip() != unit:
                raise BadRow(f"第{number}行“计量单位”应为{unit}")
            factor = UNIT_FACTOR.get(unit, 1)
            batch.append((
                ids[unit_code], indicator_code, month_key(row[col["月份"]], number),
                scaled(row[col["本月值"]], factor, number, "本月值"),
                scaled(row[col["累计值"]], factor, number, "累计值"),
                scaled(row[col["上年同期累计值"]], factor, number, "上年同期累计值"),
                scaled(row[col["公布增速(%)"]], percent, number, "公布增速(%)"),
                row[col["备注"]], now))
        except BadRow as error:
            errors.append(str(error))
    workbook.close()
    if errors:
        db.execute("ROLLBACK")
        print("\n".join(errors[:20]), file=sys.stderr)
        sys.exit(f"{args.file}: {len(errors)}行有误，未导入任何数据")
    db.execute("BEGIN IMMEDIATE")
    db.executemany(UPSERT, batch)
    db.execute("COMMIT")
    elapsed = time.perf_counter() - start
    db.close()
    print(f"rows {len(batch)} seconds {elapsed:.3f}")


if __name__ == "__main__":
    main()
