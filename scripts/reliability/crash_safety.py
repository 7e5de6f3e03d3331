#!/usr/bin/env python3
"""Crash safety: SIGKILL the server and a command-line import at random moments, then check what survived.

    python3 scripts/reliability/crash_safety.py BIN [--rounds 50] [--seed N] [--work DIR] [--keep]

On a fresh demo SQLite database (`BIN demo --database DB`), each round:
  1. the server (`BIN serve`, started with TAIZHANG_INITIAL_ADMIN_PASSWORD) is running; writer threads, one per
     zone, sign in and save the zone's figures for month M1 (the month after the demo data) through
     `PUT /api/v1/observations` again and again with new values, recording every write answered with 2xx;
  2. at the same time `BIN import FILE` imports a UTF-8 CSV of a few thousand rows (every org unit × every
     indicator × months M1..M3, except the zones' M1 rows the API writes), with this round's values and the
     marker `R<round>-<seed>` in 备注;
  3. after a random delay (seeded; the seed is printed) the server and the import are killed with SIGKILL;
  4. with both dead: `PRAGMA integrity_check` must be `ok`; the import's rows must carry exactly one import's
     marker (all of this round's, or all of the last committed import's: all-or-nothing) with that import's
     values; the server is restarted and every acknowledged API write must be there with its value (the last
     acknowledged value of each figure, or the value of the one request that was in flight when the server died).
Prints one line per round and `crash_safety: N rounds, V violations`; exits 1 when V > 0 (2 on a setup failure).
"""
import argparse
import csv
import os
import random
import shutil
import signal
import sqlite3
import subprocess
import sys
import tempfile
import threading
import time
from decimal import Decimal

sys.dont_write_bytecode = True  # no __pycache__ in the repository
sys.path.insert(0, os.path.dirname(os.path.abspath(__file__)))
import tzlib  # noqa: E402

HEADERS = ["组织编码", "组织名称", "指标编码", "指标名称", "计量单位", "月份", "本月值", "累计值", "上年同期累计值",
           "公布增速(%)", "备注"]
# The figures the API writers save for their zone (amounts in 亿元, two decimals).
API_INDICATORS = ["gdp", "industrial_output", "fixed_asset_investment", "retail_sales", "budget_revenue"]
OVERRIDE_REASON = "可靠性测试：崩溃安全写入"


def month_after(yyyymm, count=1):
    year, month = divmod(yyyymm, 100)
    index = year * 12 + (month - 1) + count
    return (index // 12) * 100 + index % 12 + 1


def month_text(yyyymm):
    return f"{yyyymm // 100}-{yyyymm % 100:02d}"


def import_value(round_number, index, decimals):
    """The cumulative figure of import row `index` in round `round_number` (0: the baseline import)."""
    raw = 1 + (round_number * 7919 + index * 31) % 50000
    return Decimal(raw).scaleb(-min(decimals, 2))


def api_value(round_number, seq, position):
    """The cumulative figure (亿元) an API writer saves in its `seq`-th write of a round."""
    return Decimal(round_number * 100000 + seq * 10 + position).scaleb(-2) + Decimal(100)


class Layout:
    """Which figures the import owns and which the API writers own."""

    def __init__(self, codes, first_month):
        self.units = codes["orgUnits"]
        self.indicators = codes["indicators"]
        self.zones = [u["code"] for u in self.units if u["kind"] == "zone"]
        self.months = [first_month, month_after(first_month, 1), month_after(first_month, 2)]
        self.decimals = {i["code"]: i["decimals"] for i in self.indicators}
        self.import_keys = [
            (u["code"], i["code"], m) for m in self.months for u in self.units for i in self.indicators
            if not (m == first_month and u["code"] in self.zones)]

    def write_csv(self, path, round_number, marker):
        with open(path, "w", newline="", encoding="utf-8") as f:
            writer = csv.writer(f)
            writer.writerow(HEADERS)
            for index, (unit, indicator, month) in enumerate(self.import_keys):
                value = import_value(round_number, index, self.decimals[indicator])
                writer.writerow([unit, "", indicator, "", "", month_text(month), "", str(value), "", "", marker])

    def expected(self, round_number):
        return {key: import_value(round_number, index, self.decimals[key[1]])
                for index, key in enumerate(self.import_keys)}


class Writer(threading.Thread):
    """Saves one zone's M1 figures until stopped or until the server is gone; records what was acknowledged."""

    def __init__(self, base, session, zone, month, round_number, stop_event):
        super().__init__(daemon=True)
        self.base, self.session, self.zone, self.month, self.round = base, session, zone, month, round_number
        self.stop_event = stop_event
        self.acked = None        # {indicator: Decimal} of the last 2xx answer
        self.acked_count = 0
        self.in_flight = None    # values of the request sent but not answered
        self.refusals = []       # non-2xx answers while the server was alive (not violations, but reported)

    def run(self):
        client = tzlib.Client(self.base, timeout=30)
        client.cookie, client.csrf = self.session
        try:
            seq = 0
            while not self.stop_event.is_set() and seq < 100000:
                seq += 1
                values = {code: api_value(self.round, seq, p) for p, code in enumerate(API_INDICATORS)}
                body = {"orgUnit": self.zone, "month": month_text(self.month), "observations": [
                    {"indicatorCode": code, "cumulative": str(v), "monthly": str((v / 10).quantize(Decimal("0.01"))),
                     "overrideReason": OVERRIDE_REASON} for code, v in values.items()]}
                self.in_flight = values
                status, _, raw, _ = client.json("PUT", "/api/v1/observations", body)
                if 200 <= status < 300:
                    self.acked, self.in_flight = values, None
                    self.acked_count += 1
                else:
                    self.in_flight = None
                    self.refusals.append((status, raw[:200]))
                    if len(self.refusals) > 20:
                        return
        except Exception:  # the server was killed: whatever was in flight stays recorded
            return
        finally:
            client.close()


def integrity(database):
    connection = sqlite3.connect(database, timeout=30)
    try:
        return [row[0] for row in connection.execute("PRAGMA integrity_check")]
    finally:
        connection.close()


def import_markers(database, layout):
    """{note: count} over the rows the import owns."""
    connection = sqlite3.connect(database, timeout=30)
    try:
        months = ",".join(str(m) for m in layout.months)
        zones = ",".join("'" + z.replace("'", "''") + "'" for z in layout.zones)
        query = f"""
            SELECT o.note, count(*) FROM observations o JOIN org_units u ON u.id = o.org_unit_id
            WHERE o.month IN ({months}) AND NOT (o.month = {layout.months[0]} AND u.code IN ({zones}))
            GROUP BY o.note"""
        return {note: count for note, count in connection.execute(query)}
    finally:
        connection.close()


def audit_problems(database, layout, marker, committed, zone_figures):
    """The audit trail is written in the same transaction as the change: a committed import has one `import` entry
    per row carrying its marker, a rolled-back one none; each zone figure's latest entry shows the stored value."""
    problems = []
    connection = sqlite3.connect(database, timeout=30)
    try:
        if not connection.execute(
                "SELECT 1 FROM sqlite_master WHERE type = 'table' AND name = 'audit_entries'").fetchone():
            return ["no audit_entries table"]
        entries = connection.execute(
            "SELECT count(*) FROM audit_entries WHERE action = 'import' AND after_json LIKE ?",
            (f'%"note":"{marker}"%',)).fetchone()[0]
        expected = len(layout.import_keys) if committed else 0
        if entries != expected:
            problems.append(f"audit: {entries} import entries carry {marker}, expected {expected}")
        ids = dict(connection.execute("SELECT code, id FROM org_units"))
        for (zone, code), value in zone_figures.items():
            key = f"{month_text(layout.months[0])}/{ids[zone]}/{code}"
            row = connection.execute(
                "SELECT after_json FROM audit_entries WHERE entity_type = 'observation' AND entity_key = ? "
                "ORDER BY id DESC LIMIT 1", (key,)).fetchone()
            logged = None
            if row and row[0]:
                cumulative = __import__("json").loads(row[0]).get("cumulative")
                logged = Decimal(cumulative) if cumulative is not None else None
            if logged != value:
                problems.append(f"audit: latest entry of {key} shows {logged}, stored {value}")
    finally:
        connection.close()
    return problems


def tamper(database, layout):
    """--self-test: breaks what the checks guard (one import row's marker, one zone's API figure), so the run
    must report violations; proves the checks can fail."""
    connection = sqlite3.connect(database, timeout=30)
    try:
        unit, indicator, month = layout.import_keys[len(layout.import_keys) // 2]
        connection.execute(
            "UPDATE observations SET note = 'tampered' WHERE indicator_code = ? AND month = ? AND org_unit_id = "
            "(SELECT id FROM org_units WHERE code = ?)", (indicator, month, unit))
        connection.execute(
            "UPDATE observations SET cumulative = cumulative + 10000 WHERE indicator_code = ? AND month = ? AND "
            "org_unit_id = (SELECT id FROM org_units WHERE code = ?)", (API_INDICATORS[0], layout.months[0],
                                                                         layout.zones[0]))
        connection.commit()
    finally:
        connection.close()
    print("    (self-test: one import row's marker and one zone's figure were altered after the kill)")


def stored_figures(client, units, months):
    """{(unit code, indicator, yyyymm): Decimal cumulative} read back through the API."""
    found = {}
    for unit in units:
        status, body, raw, _ = client.json(
            "GET", f"/api/v1/observations?unit={unit}&from={month_text(months[0])}&to={month_text(months[-1])}")
        if status != 200:
            raise RuntimeError(f"GET observations of {unit}: {status} {raw[:200]!r}")
        for o in body["observations"]:
            year, month = o["month"].split("-")
            if o["cumulative"] is not None:
                found[(unit, o["indicatorCode"], int(year) * 100 + int(month))] = Decimal(o["cumulative"])
    return found


def run(args):
    binary = os.path.abspath(args.binary)
    rng = random.Random(args.seed)
    print(f"crash_safety: seed {args.seed}, {args.rounds} rounds, binary {binary}", flush=True)
    work = args.work or tempfile.mkdtemp(prefix="taizhang-crash-")
    os.makedirs(work, exist_ok=True)
    binary = tzlib.snapshot_binary(binary, work)
    database = os.path.join(work, "crash.sqlite")
    for suffix in ("", "-wal", "-shm"):
        if os.path.exists(database + suffix):
            os.remove(database + suffix)
    log_path = os.path.join(work, "server.log")
    env = dict(os.environ, TAIZHANG_LOG_LEVEL="error")

    subprocess.run([binary, "demo", "--database", database], check=True, env=env, stdout=subprocess.DEVNULL,
                   timeout=600)
    codes = __import__("json").loads(subprocess.run(
        [binary, "demo", "--print-codes"], check=True, capture_output=True, timeout=60).stdout)
    connection = sqlite3.connect(database)
    last_demo_month = connection.execute("SELECT max(month) FROM observations").fetchone()[0]
    connection.close()
    layout = Layout(codes, month_after(last_demo_month))
    print(f"crash_safety: import rows per round {len(layout.import_keys)} (months "
          f"{', '.join(month_text(m) for m in layout.months)}); API writers: {len(layout.zones)} zones × "
          f"{len(API_INDICATORS)} figures of {month_text(layout.months[0])}", flush=True)

    # The baseline import (round 0) runs alone, so every row the import owns exists before the first kill; its
    # duration sets the window the random kills are drawn from.
    csv_path = os.path.join(work, "import.csv")
    layout.write_csv(csv_path, 0, "R000-baseline")
    started = time.monotonic()
    subprocess.run([binary, "import", csv_path, "--database", database], check=True, env=env,
                   stdout=subprocess.DEVNULL, timeout=600)
    import_seconds = time.monotonic() - started
    window = max(0.5, import_seconds * args.window_factor)
    print(f"crash_safety: a lone import took {import_seconds:.2f}s; kills fall in 0.05–{window:.2f}s", flush=True)

    committed_round, committed_marker = 0, "R000-baseline"
    zone_state = {}  # zone → {indicator: Decimal} known to be stored after the last check
    violations = 0
    server, base = tzlib.start_server(binary, database, log_path, extra_env={"TAIZHANG_LOG_LEVEL": "error"})
    rounds_started = time.monotonic()
    for round_number in range(1, args.rounds + 1):
        if time.monotonic() - rounds_started > args.max_minutes * 60:
            print(f"crash_safety: stopping after {round_number - 1} rounds ({args.max_minutes} min limit)")
            violations += 1
            break
        problems = []
        marker = f"R{round_number:03d}-{args.seed}"
        layout.write_csv(csv_path, round_number, marker)
        delay = rng.uniform(0.05, window)

        # One sign-in per server start, shared by the writers, so bcrypt does not eat the kill window.
        signer = tzlib.Client(base)
        signer.login()
        signer.close()
        stop_event = threading.Event()
        writers = [Writer(base, (signer.cookie, signer.csrf), zone, layout.months[0], round_number, stop_event)
                   for zone in layout.zones]
        for writer in writers:
            writer.start()
        importer = tzlib.track(subprocess.Popen(
            [binary, "import", csv_path, "--database", database], env=env, stdout=subprocess.PIPE,
            stderr=subprocess.STDOUT, start_new_session=True))
        time.sleep(delay)
        import_rc_before_kill = importer.poll()
        tzlib.kill(server)
        tzlib.kill(importer)
        stop_event.set()
        for writer in writers:
            writer.join(timeout=60)
        import_output = importer.stdout.read().decode("utf-8", "replace").strip()
        importer.stdout.close()

        if args.self_test and round_number == 1:
            tamper(database, layout)

        # Checks on the files as the crash left them.
        result = integrity(database)
        if result != ["ok"]:
            problems.append(f"integrity_check: {result[:5]}")
        markers = import_markers(database, layout)
        total = len(layout.import_keys)
        if len(markers) != 1 or list(markers.values())[0] != total:
            problems.append(f"import rows are mixed: {markers}")
        found_marker = next(iter(markers)) if len(markers) == 1 else None
        if import_rc_before_kill == 0 and found_marker != marker:
            problems.append(f"the import reported success before the kill but its rows are missing ({markers})")
        if found_marker == marker:
            committed_round, committed_marker, outcome = round_number, marker, "import committed"
        elif found_marker == committed_marker:
            outcome = "import rolled back"
        else:
            outcome = "import unknown"
            problems.append(f"rows carry neither this round's nor the last committed marker: {markers}")
        if import_rc_before_kill not in (None, 0):
            problems.append(f"the import failed on its own (exit {import_rc_before_kill}): {import_output[:300]}")

        # Restart, then compare what the API reads back.
        server, base = tzlib.start_server(binary, database, log_path, extra_env={"TAIZHANG_LOG_LEVEL": "error"})
        reader = tzlib.Client(base, timeout=60)
        try:
            reader.login()
            stored = stored_figures(reader, layout.zones, layout.months[:1])
            for writer in writers:
                candidates = []
                if writer.acked is not None:
                    candidates.append(writer.acked)
                else:  # nothing acknowledged this round: what the last check saw (nothing at all before round 1)
                    candidates.append(zone_state.get(writer.zone, {code: None for code in API_INDICATORS}))
                if writer.in_flight is not None:
                    candidates.append(writer.in_flight)
                actual = {code: stored.get((writer.zone, code, layout.months[0])) for code in API_INDICATORS}
                if actual not in candidates:
                    problems.append(
                        f"{writer.zone}: stored {dict((k, str(v)) for k, v in actual.items())} is neither the "
                        f"acknowledged write nor the one in flight")
                zone_state[writer.zone] = actual
                for status, raw in writer.refusals[:1]:
                    problems.append(f"{writer.zone}: the live server refused a save: {status} {raw!r}")
            zone_figures = {(zone, code): zone_state[zone][code] for zone in layout.zones for code in API_INDICATORS
                            if zone_state.get(zone, {}).get(code) is not None}
            problems.extend(audit_problems(database, layout, marker, found_marker == marker, zone_figures))
            if round_number == 1 or round_number % args.verify_every == 0 or round_number == args.rounds:
                # A full read-back of the import's values (27 requests): the marker could be right and a value wrong.
                figures = stored_figures(reader, [u["code"] for u in layout.units], layout.months)
                expected = layout.expected(committed_round)
                wrong = [k for k, v in expected.items() if figures.get(k) != v]
                if wrong:
                    problems.append(f"{len(wrong)} imported values differ from import R{committed_round:03d}, "
                                    f"e.g. {wrong[0]}: {figures.get(wrong[0])} ≠ {expected[wrong[0]]}")
        finally:
            reader.close()

        acked = sum(w.acked_count for w in writers)
        in_flight = sum(1 for w in writers if w.in_flight is not None)
        violations += len(problems)
        state = "ok" if not problems else "VIOLATION"
        print(f"round {round_number:3d}: kill at {delay:.3f}s, {outcome}, {acked} API saves acknowledged "
              f"({in_flight} in flight), integrity {result[0]}: {state}", flush=True)
        for problem in problems:
            print(f"    - {problem}", flush=True)

    tzlib.stop(server)
    print(f"crash_safety: {args.rounds} rounds, {violations} violations")
    if not args.keep and violations == 0 and not args.work:
        shutil.rmtree(work, ignore_errors=True)
    else:
        print(f"crash_safety: files kept in {work}")
    return violations


def main():
    parser = argparse.ArgumentParser(description=__doc__, formatter_class=argparse.RawDescriptionHelpFormatter)
    parser.add_argument("binary", help="the taizhang executable")
    parser.add_argument("--rounds", type=int, default=50)
    parser.add_argument("--seed", type=int, default=int(time.time()) % 100000)
    parser.add_argument("--work", help="directory for the database and logs (default: a new temporary one)")
    parser.add_argument("--keep", action="store_true", help="keep the work directory")
    parser.add_argument("--self-test", action="store_true",
                        help="alter the database after the first kill: the run must then report violations")
    parser.add_argument("--verify-every", type=int, default=5, help="read every imported value back every N rounds")
    parser.add_argument("--window-factor", type=float, default=2.5,
                        help="kills fall between 0.05 s and this many times a lone import's duration")
    parser.add_argument("--max-minutes", type=float, default=60, help="give up (as a failure) after this long")
    args = parser.parse_args()
    if args.rounds < 1 or args.rounds > 1000:
        parser.error("--rounds must be between 1 and 1000")
    tzlib.install_signal_handlers()
    try:
        violations = run(args)
    except Exception as error:  # a setup failure is not a pass
        print(f"crash_safety: setup failure: {error}", file=sys.stderr)
        return 2
    finally:
        tzlib.stop_all()
    return 1 if violations else 0


if __name__ == "__main__":
    sys.exit(main())
