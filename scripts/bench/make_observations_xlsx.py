#!/usr/bin/env python3
"""Writes a large observations import file (.xlsx, the import template's layout) for the import benchmark.

Usage: make_observations_xlsx.py [ROWS] OUT.xlsx [--codes codes.json] [--through 2026-10] [--seed N]

ROWS defaults to 100000. Rows cover every (org unit, indicator) pair of the demo city month by month from a
January on, so every (组织编码, 指标编码, 月份) triple is unique and every month's previous month is in the file:
本月值 adds up exactly to 累计值 within each year, 上年同期累计值 gives a plausible 同比. Codes come from
`--codes` (the JSON printed by `taizhang demo --print-codes`) or from the built-in copy in bench_catalogue.py.
Needs openpyxl (`pip install openpyxl`).
"""

import argparse
import random
import sys
from decimal import Decimal

from openpyxl import Workbook

from bench_catalogue import HEADERS, load_codes

# Monthly weights: small January–February, a December peak.
SEASON = [60, 55, 85, 85, 88, 92, 84, 86, 90, 90, 92, 113]
# Annual GDP in 亿元 of a typical unit of each kind.
SIZE_BY_KIND = {"city": 2800, "district": 900, "zone": 300, "park": 60}
# Full-year value per 亿元 of GDP (amounts in the indicator's unit, counts per 亿元).
PER_GDP = {
    "gdp": "1", "va_primary": "0.04", "va_secondary": "0.55", "va_tertiary": "0.41", "industrial_output": "1.6",
    "industrial_va": "0.42", "strategic_emerging_va": "0.13", "hightech_va": "0.16",
    "fixed_asset_investment": "0.55", "industrial_investment": "0.25", "retail_sales": "0.3",
    "foreign_trade": "0.3", "exports": "0.18", "budget_revenue": "0.06", "tax_revenue": "0.1",
    "operating_revenue": "2.1", "profit_total": "0.11", "domestic_capital": "0.24", "foreign_capital": "9",
    "tech_contract_value": "0.02", "signed_value": "0.38", "key_project_planned_investment": "0.95",
    "key_project_annual_plan": "0.33", "key_project_completed_investment": "0.31", "grain_output": "0.02",
    "above_scale_industrial_enterprises": "0.5", "hightech_enterprises": "0.3", "tech_smes": "0.5",
    "resident_enterprises": "3", "ecommerce_enterprises": "0.4", "new_market_entities": "2",
    "valid_patents": "4", "invention_patents": "0.8", "signed_projects": "0.12", "key_projects": "0.15",
    "completed_projects": "0.06", "new_projects_started": "0.08", "urban_new_jobs": "12", "grain_area": "0.05",
}


def months_back(through, count):
    """`count` months ending at `through` (year, month), oldest first, starting at a January."""
    year, month = through
    total = count + (month - count % 12) % 12 if count % 12 else count
    months = []
    while len(months) < total:
        months.append((year, month))
        year, month = (year, month - 1) if month > 1 else (year - 1, 12)
    months.reverse()
    while months[0][1] != 1:
        months.pop(0)
    return months


def series(rng, unit_kind, indicator, months):
    """One pair's rows: [(month, monthly, cumulative, prior, published, note)] with exact decimals."""
    code, _, unit, kind, growth, decimals = indicator
    quantum = Decimal(1).scaleb(-decimals)
    size = Decimal(SIZE_BY_KIND.get(unit_kind, 300)) * Decimal(rng.randint(60, 140)) / 100
    rows = []
    if kind == "amount":
        annual = size * Decimal(PER_GDP.get(code, "0.1"))
        cumulative = Decimal(0)
        last_year = {}
        this_year = {}
        current_year = None
        for (year, month) in months:
            if year != current_year:
                if current_year is not None:
                    last_year = this_year
                    annual *= 1 + Decimal(rng.randint(-50, 150)) / 1000
                this_year, cumulative, current_year = {}, Decimal(0), year
            share = Decimal(SEASON[month - 1]) / 1020
            monthly = (annual * share * (1 + Decimal(rng.randint(-30, 30)) / 1000)).quantize(quantum)
            cumulative += monthly
            this_year[month] = cumulative
            g = Decimal(rng.randint(-40, 140)) / 1000
            prior = last_year.get(month) or (cumulative / (1 + g)).quantize(quantum)
            published = None
            if growth == "real" and prior > 0:
                published = ((cumulative / prior - 1) * 100 - Decimal("1.5")).quantize(Decimal("0.1"))
            note = "含新入规企业" if rng.random() < 0.01 else None
            rows.append(((year, month), monthly, cumulative, prior, published, note))
    else:
        if kind == "per_capita":
            level = Decimal(rng.randint(18000, 56000))
        elif kind == "ratio":
            level = Decimal(rng.randint(300, 4500)) / 1000
        else:
            level = size * Decimal(PER_GDP.get(code, "0.5"))
        for (year, month) in months:
            level += level * Decimal(rng.randint(0, 12)) / 1000
            value = level.quantize(quantum)
            prior = (level / Decimal("1.06")).quantize(quantum)
            rows.append(((year, month), None, value, prior, None, None))
    return rows


def main():
    parser = argparse.ArgumentParser(description=__doc__, formatter_class=argparse.RawDescriptionHelpFormatter)
    parser.add_argument("rows", nargs="?", type=int, default=100_000)
    parser.add_argument("out")
    parser.add_argument("--codes", help="JSON from `taizhang demo --print-codes`")
    parser.add_argument("--through", default="2026-10", help="last month, YYYY-MM (default 2026-10)")
    parser.add_argument("--seed", type=int, default=20261031)
    args = parser.parse_args()

    units, indicators = load_codes(args.codes)
    pairs = len(units) * len(indicators)
    through = tuple(int(part) for part in args.through.split("-"))
    months = months_back(through, -(-args.rows // pairs))
    rng = random.Random(args.seed)

    # Generate pair by pair (so each series is consistent), then write month by month as offices do.
    by_month = {}
    for unit_code, unit_name, unit_kind in units:
        for indicator in indicators:
            for (month, monthly, cumulative, prior, published, note) in series(rng, unit_kind, indicator, months):
                by_month.setdefault(month, []).append(
                    (unit_code, unit_name, indicator, monthly, cumulative, prior, published, note))

    workbook = Workbook(write_only=True)
    sheet = workbook.create_sheet("指标数据")
    sheet.append(HEADERS)
    written = 0
    for (year, month) in months:
        for (unit_code, unit_name, indicator, monthly, cumulative, prior, published, note) in by_month[(year, month)]:
            if written == args.rows:
                break
            code, name, unit, _, _, _ = indicator
            sheet.append([unit_code, unit_name, code, name, unit, f"{year}-{month:02d}", monthly, cumulative, prior,
                          published, note])
            written += 1
    workbook.save(args.out)
    first, last = months[0], months[-1]
    print(f"wrote {written} rows ({len(units)} org units x {len(indicators)} indicators, "
          f"{first[0]}-{first[1]:02d} .. {last[0]}-{last[1]:02d}) to {args.out}", file=sys.stderr)


if __name__ == "__main__":
    main()
