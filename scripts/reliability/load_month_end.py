#!/usr/bin/env python3
"""Load at month-end: many clerks sign in, open their dashboard and save the month at the same time.

    python3 scripts/reliability/load_month_end.py BIN [--users 200] [--seconds 30] [--accounts N]
                                                  [--bcrypt-cost 4] [--work DIR] [--json OUT.json]

Starts `BIN serve` on a fresh demo SQLite database, creates `--accounts` 园区填报员 (zoneClerk) accounts with
`BIN user add`, spread over every zone and park (default: one per simulated user), then runs `--users` simulated
users on loopback, each in its own thread with its own keep-alive connection. All users start together (the month-end rush); each signs in once (POST /api/v1/session, JSON) and
then, until the time is up: GET /dashboard?unit=ITS_UNIT (the HTML page), GET /api/v1/dashboard?unit=ITS_UNIT,
and PUT /api/v1/observations for the month after the demo data (five figures; X-CSRF-Token header).

bcrypt: accounts are created with TAIZHANG_BCRYPT_COST (default 4 here; production is 12) so that 200 sign-ins
measure the rest of the system rather than 200 × ~250 ms of deliberate hashing; the cost is printed.

Prints the number of requests, errors (anything but the expected status, or a failed connection), p50/p90/p99
latency per request kind and overall, and requests per second. Exits 1 when any request failed.
"""
import argparse
import json
import os
import shutil
import sqlite3
import subprocess
import sys
import tempfile
import threading
import time
from concurrent.futures import ThreadPoolExecutor
from decimal import Decimal

sys.dont_write_bytecode = True  # no __pycache__ in the repository
sys.path.insert(0, os.path.dirname(os.path.abspath(__file__)))
import tzlib  # noqa: E402

CLERK_PASSWORD = "Clerk-Load-2026!"
FIGURES = ["gdp", "industrial_output", "fixed_asset_investment", "retail_sales", "budget_revenue"]
KINDS = ["login", "dashboard page", "dashboard json", "save month"]


def percentile(sorted_values, fraction):
    if not sorted_values:
        return float("nan")
    index = min(len(sorted_values) - 1, max(0, int(round(fraction * (len(sorted_values) - 1)))))
    return sorted_values[index]


class Recorder:
    def __init__(self):
        self.lock = threading.Lock()
        self.latencies = {kind: [] for kind in KINDS}
        self.errors = []
        self.error_count = 0

    def record(self, kind, seconds, ok, detail=None):
        with self.lock:
            self.latencies[kind].append(seconds)
            if not ok:
                self.error_count += 1
                if len(self.errors) < 10:
                    self.errors.append(f"{kind}: {detail}")


def month_text(yyyymm):
    return f"{yyyymm // 100}-{yyyymm % 100:02d}"


def simulated_user(base, account, unit, month, previous, clock, start_barrier, recorder, counter):
    client = tzlib.Client(base, timeout=60)

    def timed(kind, method, path, expected, body=None):
        started = time.perf_counter()
        try:
            status, _, data = client.request(method, path, body)
            ok = status == expected
            detail = None if ok else f"{method} {path} → {status} {data[:200]!r}"
        except Exception as error:  # a refused or dropped connection is an error like any other
            ok, detail, data = False, f"{method} {path} → {type(error).__name__}: {error}", b""
            client.close()
        recorder.record(kind, time.perf_counter() - started, ok, detail)
        return ok, data

    try:
        start_barrier.wait(timeout=120)
        deadline = clock["deadline"]  # set by the main thread before it joined the barrier
        started = time.perf_counter()
        if account is not None:
            try:
                client.login(account, CLERK_PASSWORD)
                recorder.record("login", time.perf_counter() - started, True)
            except Exception as error:
                recorder.record("login", time.perf_counter() - started, False, f"{account}: {error}")
                return
        iteration = 0
        while time.monotonic() < deadline and iteration < 1_000_000:
            iteration += 1
            timed("dashboard page", "GET", f"/dashboard?unit={unit}", 200)
            if time.monotonic() >= deadline:
                break
            timed("dashboard json", "GET", f"/api/v1/dashboard?unit={unit}", 200)
            if time.monotonic() >= deadline:
                break
            rows = []
            for position, code in enumerate(FIGURES):
                last = previous.get(code, Decimal("50"))
                monthly = (last / 10 + Decimal(iteration % 7 + position) / 100).quantize(Decimal("0.01"))
                rows.append({"indicatorCode": code, "monthly": str(monthly), "cumulative": str(last + monthly),
                             "overrideReason": "月末集中报送（负载测试）"})
            timed("save month", "PUT", "/api/v1/observations", 200,
                  {"orgUnit": unit, "month": month_text(month), "observations": rows})
        with counter[0]:
            counter[1] += iteration
        if account is not None:
            try:
                client.request("DELETE", "/api/v1/session")
            except Exception:
                pass
    finally:
        client.close()


def create_accounts(binary, database, units, count, cost):
    """`BIN user add clerkNNN --role zoneClerk --unit CODE` for each account; returns [(name, unit code)]."""
    env = dict(os.environ, TAIZHANG_BCRYPT_COST=str(cost), TAIZHANG_LOG_LEVEL="error")
    accounts = [(f"clerk{i:03d}", units[i % len(units)]) for i in range(count)]

    def add(account):
        name, unit = account
        for attempt in range(3):
            result = subprocess.run(
                [binary, "user", "add", name, "--role", "zoneClerk", "--unit", unit, "--name", f"填报员{name[5:]}",
                 "--password-stdin", "--permanent", "--database", database],
                input=CLERK_PASSWORD + "\n", capture_output=True, text=True, env=env, timeout=120)
            if result.returncode == 0 or "已存在" in result.stderr + result.stdout:
                return
            time.sleep(0.5 * (attempt + 1))
        raise RuntimeError(f"user add {name}: {result.stdout.strip()} {result.stderr.strip()}")

    with ThreadPoolExecutor(max_workers=2) as pool:
        list(pool.map(add, accounts))
    return accounts


def previous_figures(database, month_before):
    """{unit code: {indicator: Decimal cumulative}} of the month before the one saved, read from SQLite."""
    connection = sqlite3.connect(database, timeout=30)
    try:
        rows = connection.execute(
            f"""SELECT u.code, o.indicator_code, o.cumulative FROM observations o
                JOIN org_units u ON u.id = o.org_unit_id
                WHERE o.month = ? AND o.indicator_code IN ({','.join('?' * len(FIGURES))})""",
            [month_before, *FIGURES]).fetchall()
    finally:
        connection.close()
    found = {}
    for unit, code, stored in rows:
        if stored is not None:
            # Stored as base unit × 10⁴; the five figures are in 亿元 (10⁸ 元).
            found.setdefault(unit, {})[code] = (Decimal(stored) / Decimal(10) ** 12).quantize(Decimal("0.01"))
    return found


def main():
    parser = argparse.ArgumentParser(description=__doc__, formatter_class=argparse.RawDescriptionHelpFormatter)
    parser.add_argument("binary", help="the taizhang executable (a release build gives the meaningful figures)")
    parser.add_argument("--users", type=int, default=200)
    parser.add_argument("--seconds", type=float, default=30)
    parser.add_argument("--accounts", type=int, help="accounts to create (default: one per user); users share them")
    parser.add_argument("--bcrypt-cost", type=int, default=4, help="TAIZHANG_BCRYPT_COST for the accounts")
    parser.add_argument("--anonymous", action="store_true",
                        help="no accounts and no sign-in: only for builds made before accounts existed")
    parser.add_argument("--work", help="directory for the database and the server log")
    parser.add_argument("--json", help="also write the figures to this JSON file")
    args = parser.parse_args()
    if not 1 <= args.users <= 2000 or not 1 <= args.seconds <= 600:
        parser.error("--users must be 1–2000 and --seconds 1–600")
    accounts_wanted = min(args.accounts or args.users, args.users)
    binary = os.path.abspath(args.binary)
    tzlib.install_signal_handlers()
    work = args.work or tempfile.mkdtemp(prefix="taizhang-load-")
    os.makedirs(work, exist_ok=True)
    database = os.path.join(work, "load.sqlite")
    binary = tzlib.snapshot_binary(binary, work)
    for suffix in ("", "-wal", "-shm"):
        if os.path.exists(database + suffix):
            os.remove(database + suffix)
    failed = True
    try:
        env = dict(os.environ, TAIZHANG_LOG_LEVEL="error")
        subprocess.run([binary, "demo", "--database", database], check=True, env=env, stdout=subprocess.DEVNULL,
                       timeout=600)
        codes = json.loads(subprocess.run([binary, "demo", "--print-codes"], check=True, capture_output=True,
                                          timeout=60).stdout)
        connection = sqlite3.connect(database)
        last_month = connection.execute("SELECT max(month) FROM observations").fetchone()[0]
        connection.close()
        year, month = divmod(last_month, 100)
        save_month = year * 100 + month + 1 if month < 12 else (year + 1) * 100 + 1
        units = [u["code"] for u in codes["orgUnits"] if u["kind"] in ("zone", "park")]
        previous = previous_figures(database, last_month)

        server, base = tzlib.start_server(
            binary, database, os.path.join(work, "server.log"),
            extra_env={"TAIZHANG_BCRYPT_COST": str(args.bcrypt_cost), "TAIZHANG_LOG_LEVEL": "error"})
        started = time.monotonic()
        if args.anonymous:
            accounts = [(None, units[i % len(units)]) for i in range(accounts_wanted)]
            print("load_month_end: --anonymous: no accounts, no sign-in (a build without accounts)", flush=True)
        else:
            accounts = create_accounts(binary, database, units, accounts_wanted, args.bcrypt_cost)
            print(f"load_month_end: {len(accounts)} zoneClerk accounts over {len(units)} zones and parks created with "
                  f"`user add` in {time.monotonic() - started:.1f}s (bcrypt cost {args.bcrypt_cost})", flush=True)

        recorder = Recorder()
        counter = [threading.Lock(), 0]
        barrier = threading.Barrier(args.users + 1)
        clock = {"deadline": 0.0}
        threads = []
        for i in range(args.users):
            name, unit = accounts[i % len(accounts)]
            thread = threading.Thread(
                target=simulated_user, daemon=True,
                args=(base, name, unit, save_month, previous.get(unit, {}), clock, barrier, recorder, counter))
            threads.append(thread)
        for thread in threads:
            thread.start()
        # The clock starts when every user is waiting at the barrier: all sign in at once.
        limit = time.monotonic() + 120
        while barrier.n_waiting < args.users and time.monotonic() < limit:
            time.sleep(0.05)
        began = time.monotonic()
        clock["deadline"] = began + args.seconds
        barrier.wait(timeout=120)
        for thread in threads:
            thread.join(timeout=args.seconds + 120)
        elapsed = time.monotonic() - began
        tzlib.stop(server)

        all_latencies = sorted(x for kind in KINDS for x in recorder.latencies[kind])
        total = len(all_latencies)
        report = {"users": args.users, "anonymous": args.anonymous, "accounts": len(accounts),
                  "seconds": round(elapsed, 1),
                  "bcryptCost": args.bcrypt_cost, "requests": total, "errors": recorder.error_count,
                  "requestsPerSecond": round(total / elapsed, 1), "iterations": counter[1], "kinds": {}}
        print(f"load_month_end: {args.users} users, {elapsed:.1f}s, {total} requests, {recorder.error_count} errors, "
              f"{total / elapsed:.1f} requests/s, {counter[1]} dashboard+save rounds", flush=True)
        print(f"{'request':<16}{'count':>8}{'p50 ms':>10}{'p90 ms':>10}{'p99 ms':>10}{'max ms':>10}")
        for kind in KINDS + ["overall"]:
            values = all_latencies if kind == "overall" else sorted(recorder.latencies[kind])
            row = {"count": len(values), "p50": percentile(values, 0.5) * 1000, "p90": percentile(values, 0.9) * 1000,
                   "p99": percentile(values, 0.99) * 1000, "max": (values[-1] if values else float("nan")) * 1000}
            report["kinds"][kind] = {k: (round(v, 1) if isinstance(v, float) else v) for k, v in row.items()}
            print(f"{kind:<16}{row['count']:>8}{row['p50']:>10.1f}{row['p90']:>10.1f}{row['p99']:>10.1f}"
                  f"{row['max']:>10.1f}")
        for error in recorder.errors:
            print("  error:", error)
        if args.json:
            with open(args.json, "w", encoding="utf-8") as f:
                json.dump(report, f, ensure_ascii=False, indent=2)
        failed = recorder.error_count > 0 or total == 0
        return 1 if failed else 0
    except Exception as error:
        print(f"load_month_end: setup failure: {error}", file=sys.stderr)
        return 2
    finally:
        tzlib.stop_all()
        if not args.work and not failed:
            shutil.rmtree(work, ignore_errors=True)
        elif failed:
            print(f"load_month_end: files kept in {work}")


if __name__ == "__main__":
    sys.exit(main())
