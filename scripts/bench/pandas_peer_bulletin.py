#!/usr/bin/env python3
"""The pandas peer of the bulletin benchmark: the month's bulletin (督查通报) of the whole city, from Taizhang's SQLite.

Usage: pandas_peer_bulletin.py DB.sqlite --month 2026-10 [--repeat 20] [--check ours.json] [--plain]

Each repetition reads the database (org units, projects, this year's annual plans, the figures through the month,
stage histories, matters) with pandas and computes what `taizhang bulletin` computes for the city, by the rules
of Sources/TaizhangCore/Projects (Bulletin/ProjectBulletin.swift, Statistics/ProjectContribution.swift,
Lifecycle/ProjectMilestones.swift):

- per zone (the nearest ancestor-or-self of kind zone): annual plan, 1—M completed, month completed, projects,
  reported, completion rate, gap to time elapsed (M/12), rank (1 = best, ties share, no plan = no rank);
- per project with a plan: the same and its rank;
- lagging projects (gap <= -10 百分点, or planned start passed without a start) and overdue matters;
- the four rates (开工率, 投资完成率, 资金到位率, 按期竣工率) for the city and per zone, and the matter counts.

The bulletin reads only the project record's dates; the statistics fill missing dates from the stage history,
as Taizhang's ProjectMilestones does. By default the figures through the month come from the same stored running
totals Taizhang reads (`project_progress.year_completed` … of the month's row, or of the last report before it);
`--plain` sums the monthly rows instead (the way a pandas user without those columns would).

Amounts are BIGINT 元 × 10⁴ (万元 × 10⁸) in the store and stay int64 here, so sums are exact. Rates are floats while
ranking; the check recomputes zone and total rates exactly (fractions) and rounds half-up to 2 places.

Prints min/p50/max milliseconds of the repetitions to stderr. With --check it compares its figures with ours
(the JSON of `taizhang bulletin --json`): zone rows and totals exactly, every project's rank, the lagging and
overdue lists and the four rates; it prints both totals and exits with status 1 on any difference.
"""

import argparse
import json
import sqlite3
import sys
import time
from decimal import Decimal
from fractions import Fraction

import numpy as np
import pandas as pd

SCALE = 100_000_000  # stored amounts are 万元 × 10⁸ (元 × 10⁴, like every figure)
LAG_POINTS = 10


def read(db, sql, params=()):
    return pd.read_sql_query(sql, db, params=params)


def last_day(year, month):
    days = [31, 29 if (year % 4 == 0 and year % 100 != 0) or year % 400 == 0 else 28, 31, 30, 31, 30, 31, 31, 30,
            31, 30, 31][month - 1]
    return f"{year:04d}-{month:02d}-{days:02d}"


def zone_map(units):
    """org unit id → (zone id, zone name), nearest ancestor-or-self of kind zone; units above zones are absent."""
    by_id = {row.id: row for row in units.itertuples(index=False)}
    result = {}
    for unit_id in by_id:
        current = by_id.get(unit_id)
        while current is not None and current.kind != "zone":
            current = by_id.get(current.parent_id) if pd.notna(current.parent_id) else None
        if current is not None:
            result[unit_id] = (current.id, current.name)
    return result


def figures_through(db, key, year, plain):
    """Per project: month_completed, year_completed, year_funds, total_funds, reported (absent = no report yet)."""
    if plain:
        rows = read(db, "SELECT project_id, month, completed, funds FROM project_progress WHERE month <= ?", (key,))
        rows["funds"] = rows["funds"].fillna(0).astype("int64")
        in_year = rows["month"] >= year * 100 + 1
        grouped = rows.groupby("project_id")
        out = pd.DataFrame({"total_funds": grouped["funds"].sum()})
        this_year = rows[in_year].groupby("project_id")
        out["year_completed"] = this_year["completed"].sum()
        out["year_funds"] = this_year["funds"].sum()
        month_rows = rows[rows["month"] == key].set_index("project_id")
        out["month_completed"] = month_rows["completed"]
        out["reported"] = out.index.isin(month_rows.index)
        return out.fillna({"year_completed": 0, "year_funds": 0, "month_completed": 0}).astype(
            {"year_completed": "int64", "year_funds": "int64", "month_completed": "int64"})
    reported = read(db, "SELECT project_id, completed AS month_completed, year_completed, year_funds, total_funds "
                        "FROM project_progress WHERE month = ?", (key,))
    reported["reported"] = True
    silent = read(db, "SELECT project_id, CASE WHEN month >= ? THEN year_completed ELSE 0 END AS year_completed, "
                      "CASE WHEN month >= ? THEN year_funds ELSE 0 END AS year_funds, total_funds "
                      "FROM project_progress WHERE gap_after = 1 AND month < ? AND next_month > ?",
                  (year * 100 + 1, year * 100 + 1, key, key))
    silent["month_completed"] = 0
    silent["reported"] = False
    return pd.concat([reported, silent], ignore_index=True).set_index("project_id")


def milestones(projects, history):
    """signed/started/completed/withdrawn dates (ISO text or None) and is_signed(end) per project, like
    ProjectMilestones: record dates first, then the first history entry into the stage (recorded order)."""
    m = pd.DataFrame(index=projects.index)
    m["signed"] = projects["signed_on"]
    m["started"] = projects["actual_start"]
    m["completed"] = projects["actual_completion"]
    m["production"] = projects["production_on"]
    m["withdrawn"] = projects["withdrawn_on"]
    if history is not None and len(history):
        first = history.drop_duplicates(["project_id", "to_stage"]).pivot(
            index="project_id", columns="to_stage", values="changed_on")
        for column, stage in [("signed", "signed"), ("started", "started"), ("completed", "completed"),
                              ("production", "operating")]:
            if stage in first:
                m[column] = m[column].fillna(first[stage].reindex(m.index))
        if "withdrawn" in first:
            from_history = first["withdrawn"].reindex(m.index).where(projects["stage"] == "withdrawn")
            m["withdrawn"] = m["withdrawn"].fillna(from_history)
    return m


def is_signed(projects, m, history, end):
    """ProjectMilestones.isSigned(asOf: end)."""
    signed = m["signed"].notna() & (m["signed"] <= end)
    undated_rows = m["signed"].isna()
    if not undated_rows.any():
        return signed
    promotion = {"lead", "negotiating", "withdrawn"}
    stage_then = pd.Series(None, index=m.index, dtype=object)
    has_history = pd.Series(False, index=m.index)
    if history is not None and len(history):
        has_history = pd.Series(m.index.isin(history["project_id"].unique()), index=m.index)
        upto = history[history["changed_on"] <= end].groupby("project_id")["to_stage"].last()
        stage_then = upto.reindex(m.index).astype(object)
    # Without a history: the record's dates, then its stage when it has no date at all.
    le = lambda column: m[column].notna() & (m[column] <= end)  # noqa: E731
    dated = m[["signed", "started", "completed", "production", "withdrawn"]].notna().any(axis=1)
    no_history = pd.Series("", index=m.index, dtype=object)
    no_history[~dated] = projects["stage"][~dated]
    no_history[le("started")] = "started"
    no_history[le("completed")] = "completed"
    no_history[le("production")] = "operating"
    no_history[le("withdrawn")] = "withdrawn"
    stage = stage_then.where(has_history, no_history)
    by_stage = stage.notna() & (stage != "") & ~stage.isin(promotion)
    return signed | (undated_rows & by_stage)


def ranks(values):
    """Standard competition ranking, best (largest) first; NaN gets no rank."""
    return values.rank(method="min", ascending=False)


def compute(db, year, month, plain):
    key = year * 100 + month
    start, end = f"{year:04d}-01-01", last_day(year, month)
    elapsed = month * 100 / 12

    units = read(db, "SELECT id, name, kind, parent_id FROM org_units")
    zones = zone_map(units)
    projects = read(db, "SELECT id, code, name, org_unit_id, stage, contract_value, signed_on, planned_start, "
                        "actual_start, planned_completion, actual_completion, production_on, withdrawn_on "
                        "FROM projects").set_index("id")
    plans = read(db, "SELECT project_id, amount FROM project_annual_plans WHERE year = ?", (year,)).set_index(
        "project_id")["amount"]
    through = figures_through(db, key, year, plain)
    history = read(db, "SELECT project_id, to_stage, changed_on FROM project_stage_changes "
                       "ORDER BY project_id, changed_on, id")
    matters = read(db, "SELECT id, project_id, org_unit_id, status, raised_on, deadline, resolved_on FROM matters")

    p = projects
    p["plan"] = plans.reindex(p.index).fillna(0).astype("int64")
    for column in ["year_completed", "month_completed", "year_funds", "total_funds"]:
        p[column] = through[column].reindex(p.index).fillna(0).astype("int64")
    p["reported"] = through["reported"].reindex(p.index).fillna(False).astype(bool)
    zone_of = pd.Series({unit: z[0] for unit, z in zones.items()}, dtype="float64")
    zone_names = {z[0]: z[1] for z in zones.values()}
    p["zone"] = p["org_unit_id"].map(zone_of)

    # The bulletin: record dates only (ProjectBulletin builds its milestones without history).
    bm = milestones(p, None)
    takes_part = is_signed(p, bm, None, end) & ~(bm["withdrawn"] < start) & ~(bm["completed"] < start)
    b = p[takes_part].copy()
    b["rate"] = np.where(b["plan"] > 0, b["year_completed"] * 100 / b["plan"].where(b["plan"] > 0), np.nan)
    b["gap"] = b["rate"] - elapsed
    z = b[b["zone"].notna()].groupby("zone").agg(
        plan=("plan", "sum"), year_completed=("year_completed", "sum"), month_completed=("month_completed", "sum"),
        projects=("plan", "size"), reported=("reported", "sum"))
    z["rate"] = np.where(z["plan"] > 0, z["year_completed"] * 100 / z["plan"].where(z["plan"] > 0), np.nan)
    z["gap"] = z["rate"] - elapsed
    z["rank"] = ranks(z["rate"])
    z["name"] = [zone_names[int(i)] for i in z.index]
    z = z.sort_values(["rank", "name"], na_position="last")
    ranked = b[b["plan"] > 0].copy()
    ranked["rank"] = ranks(ranked["rate"])
    ranked = ranked.sort_values(["rank", "code"])
    live = ~(bm["withdrawn"].reindex(b.index) <= end) & ~(bm["completed"].reindex(b.index) <= end)
    behind = b["plan"].gt(0) & (b["year_completed"] * 1200 <= b["plan"] * (month * 100 - 12 * LAG_POINTS))
    not_started = b["planned_start"].notna() & (b["planned_start"] <= end) & ~(
        bm["started"].reindex(b.index).notna() & (bm["started"].reindex(b.index) <= end))
    lagging = b[live & (behind | not_started)].copy()
    lagging = lagging.sort_values(["gap", "code"], na_position="last")
    totals = {"plan": int(b["plan"].sum()), "year_completed": int(b["year_completed"].sum()),
              "month_completed": int(b["month_completed"].sum()), "projects": len(b), "reported": int(b["reported"].sum())}

    # Matters as they stood at the end of the month.
    mt = matters
    open_then = (mt["raised_on"] <= end) & ((mt["status"] == "open") | (mt["resolved_on"] > end))
    overdue = mt[open_then & mt["deadline"].notna() & (mt["deadline"] < end)].copy()
    overdue["days"] = (pd.Timestamp(end) - pd.to_datetime(overdue["deadline"])).dt.days
    overdue = overdue.sort_values(["days", "id"], ascending=[False, True])
    solved = (mt["status"] == "resolved") & (mt["resolved_on"] >= start) & (mt["resolved_on"] <= end)

    # The four rates: every project of the city, history filling missing dates (ProjectContribution).
    sm = milestones(p, history)
    signed_end = is_signed(p, sm, history, end)
    alive = ~(sm["withdrawn"] <= end)
    in_plan = ~(sm["withdrawn"] < start)
    r = pd.DataFrame(index=p.index)
    r["zone"] = p["zone"]
    r["start_base"] = alive & (p["planned_start"] >= start) & (p["planned_start"] <= end)
    r["start_done"] = r["start_base"] & (sm["started"] <= end)
    r["plan"] = p["plan"].where(in_plan, 0)
    r["year_completed"] = p["year_completed"].where(in_plan, 0)
    funds_in = alive & (p["contract_value"].fillna(0) > 0) & signed_end
    r["funds_base"] = p["contract_value"].fillna(0).astype("int64").where(funds_in, 0)
    r["funds_done"] = p["total_funds"].where(funds_in, 0)
    r["finish_base"] = alive & (p["planned_completion"] >= start) & (p["planned_completion"] <= end)
    r["finish_done"] = r["finish_base"] & sm["completed"].notna() & (sm["completed"] <= p["planned_completion"])
    sums = ["start_base", "start_done", "plan", "year_completed", "funds_base", "funds_done", "finish_base",
            "finish_done"]
    rates_total = r[sums].sum()
    rates_by_zone = r[r["zone"].notna()].groupby("zone")[sums].sum()
    for frame in (rates_by_zone,):
        frame["start_rate"] = frame["start_done"] * 100 / frame["start_base"].where(frame["start_base"] > 0)
        frame["investment_rate"] = frame["year_completed"] * 100 / frame["plan"].where(frame["plan"] > 0)
        frame["funds_rate"] = frame["funds_done"] * 100 / frame["funds_base"].where(frame["funds_base"] > 0)
        frame["on_time_rate"] = frame["finish_done"] * 100 / frame["finish_base"].where(frame["finish_base"] > 0)
    matter_counts = {"solved": int(solved.sum()), "open": int(open_then.sum()), "overdue": len(overdue)}
    return {"zones": z, "projects": ranked, "lagging": lagging, "overdue": overdue, "totals": totals,
            "rates": rates_total, "rates_by_zone": rates_by_zone, "matters": matter_counts,
            "lagging_reasons": (behind, not_started)}


# --- the check against ours (outside the timed part) -------------------------------------------------------------

def half_up(value, places=2):
    """A Fraction rounded half away from zero, as text with `places` decimals (Decimal's .plain rounding)."""
    if value is None:
        return None
    scaled = abs(value) * 10 ** places
    whole = scaled.numerator // scaled.denominator
    if scaled - whole >= Fraction(1, 2):
        whole += 1
    text = f"{whole // 10 ** places}.{whole % 10 ** places:0{places}d}"
    return ("-" + text) if value < 0 and whole != 0 else text


def amount(stored):
    return Decimal(int(stored)) / SCALE


def exact_rate(done, base):
    return Fraction(int(done) * 100, int(base)) if base > 0 else None


def check(result, ours, month):
    elapsed = Fraction(month * 100, 12)
    problems = []

    def same(label, mine, theirs):
        if mine != theirs:
            problems.append(f"{label}: pandas {mine!r} ≠ taizhang {theirs!r}")

    t = result["totals"]
    rate = exact_rate(t["year_completed"], t["plan"])
    print(f"totals pandas:   plan {amount(t['plan'])} 万元, 1—{month}月 {amount(t['year_completed'])}, "
          f"本月 {amount(t['month_completed'])}, projects {t['projects']}, reported {t['reported']}, "
          f"rate {half_up(rate)}%")
    o = ours["total"]
    print(f"totals taizhang: plan {o['annualPlan']} 万元, 1—{month}月 {o['yearCompleted']}, 本月 {o['monthCompleted']}, "
          f"projects {ours['projectCount']}, reported {ours['reportedCount']}, rate {o['completionRate']}%")
    same("total plan", amount(t["plan"]), Decimal(o["annualPlan"]))
    same("total year", amount(t["year_completed"]), Decimal(o["yearCompleted"]))
    same("total month", amount(t["month_completed"]), Decimal(o["monthCompleted"]))
    same("total projects", t["projects"], ours["projectCount"])
    same("total reported", t["reported"], ours["reportedCount"])
    same("total rate", half_up(rate), o["completionRate"])

    theirs = {zone["zoneName"]: zone for zone in ours["zones"]}
    same("zone names", sorted(result["zones"]["name"]), sorted(theirs))
    for _, row in result["zones"].iterrows():
        zone = theirs.get(row["name"])
        if zone is None:
            continue
        rate = exact_rate(row["year_completed"], row["plan"])
        gap = rate - elapsed if rate is not None else None
        rank = None if pd.isna(row["rank"]) else int(row["rank"])
        mine = (amount(row["plan"]), amount(row["year_completed"]), amount(row["month_completed"]),
                int(row["projects"]), int(row["reported"]), half_up(rate), half_up(gap), rank)
        f = zone["figures"]
        same(f"zone {row['name']}", mine,
             (Decimal(f["annualPlan"]), Decimal(f["yearCompleted"]), Decimal(f["monthCompleted"]),
              zone["projectCount"], zone["reportedCount"], f["completionRate"], f["gap"], zone["rank"]))
    same("zone order", list(result["zones"]["name"]), [zone["zoneName"] for zone in ours["zones"]])

    mine_ranks = dict(zip(result["projects"]["code"], result["projects"]["rank"].astype(int)))
    their_ranks = {row["code"]: row["rank"] for row in ours["projects"]}
    same("ranked projects", len(mine_ranks), len(their_ranks))
    differing = [code for code in their_ranks if mine_ranks.get(code) != their_ranks[code]]
    same("project ranks differing", differing[:5], [])
    same("lagging projects", set(result["lagging"]["code"]), {row["code"] for row in ours["laggingProjects"]})
    same("overdue matters", list(result["overdue"]["id"]), [row["id"] for row in ours["overdueMatters"]])

    r = result["rates"]
    s = ours["summary"]
    four = {
        "开工率": ((int(r["start_base"]), int(r["start_done"])), s["startRate"], lambda v: str(v)),
        "资金到位率": ((int(r["funds_base"]), int(r["funds_done"])), s["fundsInPlaceRate"], lambda v: str(amount(v))),
        "按期竣工率": ((int(r["finish_base"]), int(r["finish_done"])), s["onTimeCompletionRate"], lambda v: str(v)),
    }
    for name, ((base, done), theirs_rate, show) in four.items():
        mine_rate = half_up(exact_rate(done, base))
        print(f"{name}: pandas {mine_rate}% ({show(done)}/{show(base)}), "
              f"taizhang {theirs_rate['rate']}% ({theirs_rate['achieved']}/{theirs_rate['base']})")
        same(name, mine_rate, theirs_rate["rate"])
    investment = half_up(exact_rate(r["year_completed"], r["plan"]))
    print(f"投资完成率: pandas {investment}%, taizhang {s['investmentCompletionRate']}%")
    same("投资完成率", investment, s["investmentCompletionRate"])
    m = result["matters"]
    same("matters solved/open/overdue", (m["solved"], m["open"], m["overdue"]),
         (s["mattersSolved"], s["mattersOpen"], s["mattersOverdue"]))
    by_zone = {g["name"]: g["summary"] for g in ours["byZone"]}
    for zone_id, row in result["rates_by_zone"].iterrows():
        name = result["zones"].loc[zone_id, "name"] if zone_id in result["zones"].index else None
        if name in by_zone:
            same(f"开工率 {name}", half_up(exact_rate(row["start_done"], row["start_base"])),
                 by_zone[name]["startRate"]["rate"])
            same(f"资金到位率 {name}", half_up(exact_rate(row["funds_done"], row["funds_base"])),
                 by_zone[name]["fundsInPlaceRate"]["rate"])
    return problems


def main():
    parser = argparse.ArgumentParser(description=__doc__, formatter_class=argparse.RawDescriptionHelpFormatter)
    parser.add_argument("database")
    parser.add_argument("--month", required=True, help="YYYY-MM")
    parser.add_argument("--repeat", type=int, default=1)
    parser.add_argument("--check", help="JSON of `taizhang bulletin --json` for the same month")
    parser.add_argument("--plain", action="store_true", help="sum monthly rows instead of the stored running totals")
    args = parser.parse_args()
    year, month = (int(part) for part in args.month.split("-"))

    db = sqlite3.connect(f"file:{args.database}?mode=ro", uri=True)
    times = []
    result = None
    for _ in range(args.repeat):
        result = None  # the previous result is freed before the clock starts, as in taizhang bulletin --repeat
        begin = time.perf_counter()
        result = compute(db, year, month, args.plain)
        times.append((time.perf_counter() - begin) * 1000)
    db.close()
    times.sort()
    print(f"pandas {pd.__version__}, {args.repeat} runs (read + statistics + bulletin): min {times[0]:.1f} ms, "
          f"p50 {times[(len(times) - 1) // 2]:.1f} ms, max {times[-1]:.1f} ms", file=sys.stderr)
    print(f"zones {len(result['zones'])}, ranked projects {len(result['projects'])}, lagging {len(result['lagging'])}, "
          f"overdue matters {len(result['overdue'])}")
    if args.check:
        with open(args.check, encoding="utf-8") as handle:
            ours = json.load(handle)
        problems = check(result, ours, month)
        if problems:
            print("\n".join(["DIFFERENT:"] + problems[:40]), file=sys.stderr)
            sys.exit(1)
        print("check: the zone rows, totals, project ranks, lagging and overdue lists and the four rates agree")


if __name__ == "__main__":
    main()
