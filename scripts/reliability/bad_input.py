#!/usr/bin/env python3
"""Bad input: hostile or broken requests must get a clear Chinese refusal and change nothing.

    python3 scripts/reliability/bad_input.py BASE_URL [--username admin --password …] [--upload-limit-mb 20]
                                                      [--database FILE.sqlite]

Run it against a server on a THROWAWAY demo database (it creates a few org units named with HTML and SQL text
on purpose). Signs in through POST /api/v1/session (JSON), sends state-changing calls with X-CSRF-Token, and checks:
  - oversized uploads (declared Content-Length, chunked, the page form, a JSON body) → 413, Chinese message;
  - wrong content types → 415; malformed, truncated, deeply nested, non-UTF-8 and mistyped JSON → 400;
  - overlong strings (100,000-character org unit name, rename, note, indicator name, user name, query value)
    → 400/422 (or a refusal for the over-long URL), Chinese message;
  - SQL injection in query parameters, JSON fields and sign-in names → refused or treated as plain text;
    tables intact;
  - HTML/script injection in names → stored as text, every page that shows it escapes it;
  - path traversal in static paths and upload file names → refused, nothing read, nothing written.
Between groups a fingerprint of the stored data (org units, indicators, observations and targets through the API;
table counts and checksums from the SQLite file when --database is given) must be unchanged; the texts stored
on purpose are accounted for. Exits 1 on any failure.
"""
import argparse
import hashlib
import json
import os
import random
import socket
import sqlite3
import sys
import time
import urllib.parse

sys.dont_write_bytecode = True  # no __pycache__ in the repository
sys.path.insert(0, os.path.dirname(os.path.abspath(__file__)))
import tzlib  # noqa: E402

LEAK_MARKERS = [b"root:x:0:0", b"root:*:0:0", b"swift-tools-version", b"{{>", b"{{#", b"[boot loader]"]
failures = []
passed = 0


def check(condition, message):
    if not condition:
        raise AssertionError(message)


def case(name, function):
    global passed
    try:
        function()
        passed += 1
        print(f"ok    {name}", flush=True)
    except AssertionError as error:
        failures.append(f"{name}: {error}")
        print(f"FAIL  {name}: {error}", flush=True)
    except Exception as error:  # a crash of the check itself is a failure too, with its cause
        failures.append(f"{name}: {type(error).__name__}: {error}")
        print(f"FAIL  {name}: {type(error).__name__}: {error}", flush=True)


def snippet(raw, size=160):
    text = raw.decode("utf-8", "replace") if isinstance(raw, bytes) else str(raw)
    return (text[:size] + "…") if len(text) > size else text


def chinese_error(status, body, raw, expected, what):
    """The answer has one of the `expected` statuses and a Chinese message (JSON error or HTML page)."""
    check(status in expected, f"{what}: status {status}, expected {sorted(expected)}: {snippet(raw)}")
    if isinstance(body, dict) and "error" in body:
        message = body["error"].get("message", "")
        check(tzlib.has_cjk(message), f"{what}: message not in Chinese: {message!r}")
    else:
        text = raw.decode("utf-8", "replace")
        check(tzlib.has_cjk(text), f"{what}: the answer has no Chinese message: {snippet(raw)}")
    check(not any(m in raw for m in LEAK_MARKERS), f"{what}: the answer leaks a file's content")


class Target:
    def __init__(self, base, username, password, database):
        self.base = base.rstrip("/")
        parsed = urllib.parse.urlparse(self.base)
        check(parsed.hostname in ("127.0.0.1", "localhost"), "bad_input only talks to a server on loopback")
        self.host, self.port = parsed.hostname, parsed.port or 80
        self.client = tzlib.Client(self.base, timeout=60)
        self.client.login(username, password)
        self.database = database

    def fresh(self):
        """A client sharing the session, on a new connection (after the server closed one on purpose)."""
        client = tzlib.Client(self.base, timeout=60)
        client.cookie, client.csrf = self.client.cookie, self.client.csrf
        return client

    def call(self, method, path, body=None, **kwargs):
        client = self.fresh()
        try:
            return client.json(method, path, body, **kwargs)
        finally:
            client.close()

    def raw(self, request_bytes, body_chunks=(), timeout=60):
        """Sends raw bytes (for oversized bodies and unnormalised paths); returns (status, body bytes)."""
        with socket.create_connection((self.host, self.port), timeout=timeout) as s:
            try:
                s.sendall(request_bytes)
                for chunk in body_chunks:
                    s.sendall(chunk)
            except (BrokenPipeError, ConnectionResetError):
                pass  # the server answered early and closed: read what it said
            data = b""
            deadline = time.monotonic() + timeout
            try:
                while time.monotonic() < deadline:
                    part = s.recv(65536)
                    if not part:
                        break
                    data += part
                    head, _, rest = data.partition(b"\r\n\r\n")
                    if _ and b"content-length:" in head.lower():
                        length = int(head.lower().split(b"content-length:")[1].split(b"\r\n")[0])
                        if len(rest) >= length:
                            break
            except (ConnectionResetError, socket.timeout):
                pass
        if not data.startswith(b"HTTP/"):
            return None, data
        head, _, rest = data.partition(b"\r\n\r\n")
        if b"transfer-encoding: chunked" in head.lower():
            rest = dechunk(rest)
        return int(head.split(b" ")[1]), rest

    def headers(self, method, path, extra):
        lines = [f"{method} {path} HTTP/1.1", f"Host: {self.host}:{self.port}",
                 f"Cookie: tz_session={self.client.cookie}", f"X-CSRF-Token: {self.client.csrf}", *extra,
                 "Connection: close", "", ""]
        return "\r\n".join(lines).encode("utf-8")

    def fingerprint(self):
        """A digest of what is stored; the parts that differ are named when two fingerprints are compared."""
        parts = {}
        status, body, raw, _ = self.call("GET", "/api/v1/org-units?includeArchived=1")
        check(status == 200, f"fingerprint: org units: {status}")
        parts["org units"] = sorted(json.dumps(u, sort_keys=True, ensure_ascii=False) for u in body["orgUnits"])
        status, body, raw, _ = self.call("GET", "/api/v1/indicators")
        check(status == 200, f"fingerprint: indicators: {status}")
        parts["indicators"] = sorted(json.dumps(i, sort_keys=True, ensure_ascii=False) for i in body["indicators"])
        zones = [json.loads(u) for u in parts["org units"] if json.loads(u)["kind"] == "zone"][:2]
        for zone in zones:
            status, body, raw, _ = self.call("GET", f"/api/v1/observations?unit={zone['code']}&from=2000-01&to=2099-12")
            check(status == 200, f"fingerprint: observations: {status}")
            parts[f"observations {zone['code']}"] = hashlib.sha256(raw).hexdigest()
            status, body, raw, _ = self.call("GET", f"/api/v1/targets?unit={zone['code']}&year=2026")
            parts[f"targets {zone['code']}"] = hashlib.sha256(raw).hexdigest() if status == 200 else status
        if self.database:
            connection = sqlite3.connect(f"file:{self.database}?mode=ro", uri=True, timeout=30)
            try:
                tables = [("observations", "org_unit_id, indicator_code, month, monthly, cumulative, note"),
                          ("org_units", "id, code, name, parent_id, archived"), ("indicators", "code, name"),
                          ("targets", "*"), ("users", "id, username, role")]
                for table, columns in tables:
                    digest = hashlib.sha256()
                    for row in connection.execute(f"SELECT {columns} FROM {table} ORDER BY 1, 2"):
                        digest.update(repr(row).encode("utf-8"))
                    parts[f"sqlite {table}"] = digest.hexdigest()
            finally:
                connection.close()
        return parts

    def alive(self):
        status, _, _, _ = self.call("GET", "/health")
        return status == 200


def dechunk(data):
    out, rest = b"", data
    while rest:
        size_line, _, rest = rest.partition(b"\r\n")
        try:
            size = int(size_line.split(b";")[0], 16)
        except ValueError:
            break
        if size == 0:
            break
        out, rest = out + rest[:size], rest[size + 2:]
    return out


def compare(before, after, what, allowed=()):
    changed = [k for k in before if before[k] != after.get(k) and k not in allowed]
    check(not changed, f"{what}: stored data changed: {changed}")


def unchanged(target, state, what):
    """A case: the fingerprint equals the one in `state`; after a failure the new state becomes the baseline, so
    that one refusal that let data through does not fail every later group as well."""
    def run_case():
        after = target.fingerprint()
        before, state["fingerprint"] = state["fingerprint"], after
        compare(before, after, what)
    return run_case


def run(target, limit_mb):
    limit = limit_mb * 1024 * 1024
    token = f"{random.randrange(16 ** 6):06x}"
    baseline = target.fingerprint()
    state = {"fingerprint": baseline}
    units = [json.loads(u) for u in baseline["org units"]]
    zone = next(u for u in units if u["kind"] == "zone")
    month = "2026-10"
    good_row = {"indicatorCode": "gdp", "cumulative": "1", "monthly": "1", "overrideReason": "不应保存的测试数据"}
    csv_header = "组织编码,组织名称,指标编码,指标名称,计量单位,月份,本月值,累计值,上年同期累计值,公布增速(%),备注\n"
    csv_row = f"{zone['code']},,gdp,,,{month},1,1,,,不应导入\n"

    # --- Oversized uploads -------------------------------------------------------------------------------------
    def oversized_declared():
        size = limit + 1024 * 1024
        chunk = b"x" * (1024 * 1024)
        status, body = target.raw(
            target.headers("POST", "/api/v1/import?filename=big.csv",
                           ["Content-Type: text/csv", f"Content-Length: {size}"]),
            (chunk for _ in range(size // len(chunk))))
        chinese_error(status, parse_json(body), body, {413}, "declared oversized import")

    def oversized_chunked():
        piece = b"y" * (256 * 1024)
        count = limit // len(piece) + 8
        chunks = (b"%x\r\n" % len(piece) + piece + b"\r\n" for _ in range(count))
        status, body = target.raw(
            target.headers("POST", "/api/v1/import?filename=big.csv",
                           ["Content-Type: text/csv", "Transfer-Encoding: chunked"]),
            list(chunks) + [b"0\r\n\r\n"])
        chinese_error(status, parse_json(body), body, {413}, "chunked oversized import (no Content-Length)")

    def oversized_page_form():
        boundary = "----taizhang" + token
        head = (f"--{boundary}\r\nContent-Disposition: form-data; name=\"_csrf\"\r\n\r\n{target.client.csrf}\r\n"
                f"--{boundary}\r\nContent-Disposition: form-data; name=\"file\"; filename=\"big.csv\"\r\n"
                f"Content-Type: text/csv\r\n\r\n").encode("utf-8")
        tail = f"\r\n--{boundary}--\r\n".encode("utf-8")
        filler = limit + 512 * 1024
        chunk = b"z" * (1024 * 1024)
        pieces = [head] + [chunk] * (filler // len(chunk)) + [b"z" * (filler % len(chunk)), tail]
        size = sum(len(p) for p in pieces)
        status, body = target.raw(
            target.headers("POST", "/import", [f"Content-Type: multipart/form-data; boundary={boundary}",
                                               f"Content-Length: {size}"]), pieces)
        chinese_error(status, None, body, {413}, "oversized upload through the import page")
        check("上传" in body.decode("utf-8", "replace"), "the page does not say the upload is too large")

    def oversized_json():
        note = "长" * (limit // 3 + 1024)
        payload = json.dumps({"orgUnit": zone["code"], "month": month,
                              "observations": [dict(good_row, note=note)]}, ensure_ascii=False).encode("utf-8")
        status, body = target.raw(
            target.headers("PUT", "/api/v1/observations",
                           ["Content-Type: application/json", f"Content-Length: {len(payload)}"]), [payload])
        chinese_error(status, parse_json(body), body, {413}, "JSON body over the limit")

    case("oversized upload, declared length → 413", oversized_declared)
    case("oversized upload, chunked → 413", oversized_chunked)
    case("oversized upload through the page form → 413 page", oversized_page_form)
    case("oversized JSON body → 413", oversized_json)
    case("server alive after oversized uploads", lambda: check(target.alive(), "no answer on /health"))
    case("nothing stored changed (oversized)", unchanged(target, state, "oversized"))

    # --- Wrong content types ------------------------------------------------------------------------------------
    submission = {"orgUnit": zone["code"], "month": month, "observations": [good_row]}

    def wrong_type(method, path, body, content_type, expected=frozenset({415})):
        def run_case():
            status, decoded, raw, _ = target.call(method, path, body, content_type=content_type)
            chinese_error(status, decoded, raw, expected, f"{method} {path} as {content_type}")
        return run_case

    case("JSON API with text/plain → 415",
         wrong_type("PUT", "/api/v1/observations", json.dumps(submission), "text/plain"))
    case("JSON API with application/xml → 415",
         wrong_type("POST", "/api/v1/org-units", "<orgUnit><code>X</code></orgUnit>", "application/xml"))
    case("JSON API with a form body → 415",
         wrong_type("PUT", "/api/v1/observations", "orgUnit=HX&month=2026-10", "application/x-www-form-urlencoded"))
    case("import with a url-encoded form → 415",
         wrong_type("POST", "/api/v1/import?filename=a.csv", "file=abc", "application/x-www-form-urlencoded"))
    case("import of an executable → refused (4xx)",
         wrong_type("POST", "/api/v1/import?filename=setup.exe", b"MZ\x90\x00" + os.urandom(2048),
                    "application/octet-stream", frozenset({400, 415, 422})))
    case("import of a damaged .xlsx → refused (4xx)",
         wrong_type("POST", "/api/v1/import?filename=broken.xlsx", b"PK\x03\x04" + os.urandom(4096),
                    "application/vnd.openxmlformats-officedocument.spreadsheetml.sheet", frozenset({400, 415, 422})))
    case("nothing stored changed (content types)", unchanged(target, state, "content types"))

    # --- Malformed JSON -----------------------------------------------------------------------------------------
    def malformed(body, what, expected=frozenset({400})):
        def run_case():
            status, decoded, raw, _ = target.call("PUT", "/api/v1/observations", body,
                                                  content_type="application/json")
            chinese_error(status, decoded, raw, expected, what)
        return run_case

    case("truncated JSON → 400", malformed('{"orgUnit": "' + zone["code"] + '", "month": ', "truncated JSON"))
    case("empty body → 400", malformed(b"", "empty body"))
    case("not JSON at all → 400", malformed("orgUnit=HX-JK", "not JSON"))
    case("wrong types → 400", malformed(json.dumps({"orgUnit": [], "month": 202610, "observations": {}}),
                                        "wrong field types"))
    case("missing field → 400", malformed(json.dumps({"orgUnit": zone["code"]}), "missing fields"))
    case("invalid UTF-8 → 400", malformed(b'{"orgUnit": "\xff\xfe", "month": "2026-10", "observations": []}',
                                          "invalid UTF-8"))
    case("figure that is not a number → 400/422", malformed(json.dumps(
        {"orgUnit": zone["code"], "month": month, "observations": [dict(good_row, cumulative="12万; DROP")]}),
        "figure not a number", frozenset({400, 422})))
    case("deeply nested JSON (100,000 levels) → 400", malformed("[" * 100000 + "]" * 100000, "deep nesting"))
    case("server alive after deep nesting", lambda: check(target.alive(), "no answer on /health"))
    case("JSON with 50,000 keys → 400/422", malformed(
        "{" + ",".join(f'"k{i}": {i}' for i in range(50000)) + "}", "many keys", frozenset({400, 422})))
    case("nothing stored changed (malformed JSON)", unchanged(target, state, "malformed JSON"))

    # --- Overlong strings ---------------------------------------------------------------------------------------
    long_name = "超" * 100000
    park = next(u for u in units if u["kind"] == "park")

    def overlong(method, path, body, what, expected=frozenset({400, 422})):
        def run_case():
            status, decoded, raw, _ = target.call(method, path, body)
            chinese_error(status, decoded, raw, expected, what)
        return run_case

    case("org unit with a 100,000-character name → 400/422", overlong(
        "POST", "/api/v1/org-units", {"code": f"REL-LONG-{token}", "name": long_name, "kind": "park",
                                      "parentID": zone["id"]}, "100,000-character name"))
    case("org unit with a 100,000-character code → 400/422", overlong(
        "POST", "/api/v1/org-units", {"code": "C" * 100000, "name": f"超长编码{token}", "kind": "park",
                                      "parentID": zone["id"]}, "100,000-character code"))
    case("rename to 100,000 characters → 400/422", overlong(
        "PATCH", f"/api/v1/org-units/{park['id']}", {"name": long_name}, "100,000-character rename"))
    case("indicator with a 100,000-character name → 400/422", overlong(
        "POST", "/api/v1/indicators", {"name": long_name, "aliases": [], "unit": "亿元", "kind": "amount",
                                       "growthBasis": "nominal", "decimals": 2, "isKey": False},
        "100,000-character indicator name"))
    case("observation note of 100,000 characters → 400/422", overlong(
        "PUT", "/api/v1/observations", {"orgUnit": zone["code"], "month": month,
                                        "observations": [dict(good_row, note=long_name)]}, "100,000-character note"))
    case("sign-in with a 100,000-character user name → 400/401", lambda: chinese_error(
        *call_unauthenticated(target, {"username": "u" * 100000, "password": "x"}), {400, 401, 422},
        "100,000-character user name"))

    def overlong_query():
        status, decoded, raw, _ = target.call("GET", "/api/v1/dashboard?unit=" + urllib.parse.quote("长" * 3000))
        chinese_error(status, decoded, raw, {400, 404}, "9,000-byte query value")
        status, body = target.raw(target.headers("GET", "/api/v1/dashboard?unit=" + "A" * 200000, []))
        check(status is None or status in (400, 404, 414, 431), f"200,000-byte URL: status {status}")
        check(target.alive(), "server gone after a 200,000-byte URL")
    case("overlong query values → 400/404/414, server alive", overlong_query)
    case("nothing stored changed (overlong strings)", unchanged(target, state, "overlong"))

    # --- SQL injection ------------------------------------------------------------------------------------------
    injections = ["1; DROP TABLE observations", "' OR '1'='1", "1' OR 1=1 --", "HX-JK'; DELETE FROM users; --",
                  "1 UNION SELECT username, password_hash FROM users --", '" OR ""="']
    for text in injections:
        quoted = urllib.parse.quote(text)
        case(f"unit={text!r} in observations → 404", overlong(
            "GET", f"/api/v1/observations?unit={quoted}&month={month}", None, "observations", frozenset({400, 404})))
        case(f"unit={text!r} in the dashboard API → 404", overlong(
            "GET", f"/api/v1/dashboard?unit={quoted}", None, "dashboard", frozenset({400, 404})))
        case(f"month={text!r} → 400", overlong(
            "GET", f"/api/v1/dashboard?unit={zone['code']}&month={quoted}", None, "month", frozenset({400})))
        case(f"orgUnit={text!r} in a save → 404", overlong(
            "PUT", "/api/v1/observations", {"orgUnit": text, "month": month, "observations": [good_row]},
            "save", frozenset({400, 404, 422})))
        case(f"page /dashboard?unit={text!r} → 404 page", overlong(
            "GET", f"/dashboard?unit={quoted}", None, "dashboard page", frozenset({400, 404})))

    def injection_in_indicator_filter():
        status, body, raw, _ = target.call(
            "GET", f"/api/v1/observations?unit={zone['code']}&month={month}&indicator=" +
            urllib.parse.quote("gdp' OR '1'='1"))
        if status == 200:
            check(body["observations"] == [], f"indicator filter injection returned {len(body['observations'])} rows")
        else:
            chinese_error(status, body, raw, {400, 404}, "indicator filter injection")

    def injection_in_search():
        status, body, raw, _ = target.call("GET", "/api/v1/indicators?q=" + urllib.parse.quote("' OR '1'='1"))
        check(status == 200, f"search: status {status}")
        everything = len(baseline["indicators"])
        check(len(body["indicators"]) < everything, "a search for ' OR '1'='1 returned the whole catalogue")

    def injection_in_login():
        for name in ["admin' --", "admin' OR '1'='1", "' OR 1=1 --"]:
            status, body, raw = call_unauthenticated(target, {"username": name, "password": "' OR '1'='1"})
            chinese_error(status, body, raw, {400, 401}, f"sign-in as {name!r}")

    def injection_in_page_form():
        # The org-unit form of the page: a code with SQL in it is refused or stored as text, never executed.
        form = urllib.parse.urlencode({"_csrf": target.client.csrf, "code": "X'); DROP TABLE observations; --",
                                       "name": "", "kind": "park", "parent": str(zone["id"])})
        status, _, raw, _ = target.call("POST", "/org-units", form, content_type="application/x-www-form-urlencoded")
        check(status in (200, 303, 302, 400, 409, 422), f"page form: status {status}")
        check(status in (302, 303) or tzlib.has_cjk(raw.decode("utf-8", "replace")), "page form: no Chinese answer")

    case("SQL in the indicator filter → no rows", injection_in_indicator_filter)
    case("SQL in the catalogue search → not everything", injection_in_search)
    case("SQL in sign-in names → 401", injection_in_login)
    case("SQL in a page form field → refused (empty name)", injection_in_page_form)
    case("nothing stored changed (SQL injection)", unchanged(target, state, "SQL injection"))

    # --- Missing or wrong CSRF token with a session cookie ----------------------------------------------------------
    def without_csrf(token_value, what):
        def run_case():
            client = target.fresh()
            client.csrf = token_value
            try:
                status, decoded, raw, _ = client.json("PUT", "/api/v1/observations", submission,
                                                      csrf=token_value is not None)
            finally:
                client.close()
            chinese_error(status, decoded, raw, {403}, what)
        return run_case

    case("save with the cookie but no X-CSRF-Token → 403", without_csrf(None, "no CSRF token"))
    case("save with a wrong X-CSRF-Token → 403", without_csrf("0" * 64, "wrong CSRF token"))
    case("nothing stored changed (CSRF)", unchanged(target, state, "CSRF"))

    # --- Path traversal -----------------------------------------------------------------------------------------
    traversal_paths = [
        "/static/../../../../../../etc/passwd", "/static/%2e%2e/%2e%2e/%2e%2e/%2e%2e/etc/passwd",
        "/static/..%2f..%2f..%2f..%2f..%2fetc%2fpasswd", "/static/%2e%2e%2f%2e%2e%2f%2e%2e%2fPackage.swift",
        "/static/....//....//....//etc/passwd", "/static/..%5c..%5c..%5c..%5cetc%5cpasswd",
        "/static/%252e%252e/%252e%252e/etc/passwd", "/%2e%2e/%2e%2e/%2e%2e/etc/passwd",
        "/static/../templates/layout-top.mustache", "/static/%2e%2e/templates/layout-top.mustache",
        "/static/..%2ftemplates%2flayout-top.mustache", "/api/v1/../../../etc/passwd",
    ]

    def static_traversal(path):
        def run_case():
            status, body = target.raw(target.headers("GET", path, []))
            check(status != 200 or not any(m in body for m in LEAK_MARKERS), f"{path}: 200 with a file's content")
            check(status is None or status in (400, 403, 404), f"{path}: status {status}")
            check(not any(m in body for m in LEAK_MARKERS), f"{path}: leaks a file's content")
            if status in (403, 404):
                check(tzlib.has_cjk(body.decode("utf-8", "replace")), f"{path}: {status} without a Chinese message")
        return run_case

    for path in traversal_paths:
        case(f"GET {path} → refused", static_traversal(path))

    def upload_name(name, what):
        def run_case():
            marker = f"/tmp/taizhang-traversal-{token}.csv"
            check(not os.path.exists(marker), "marker file exists before the test")
            body = (csv_header + csv_row.replace("1,1", "abc,abc")).encode("utf-8")  # a bad row: nothing imported
            status, decoded, raw, _ = target.call(
                "POST", "/api/v1/import?filename=" + urllib.parse.quote(name.replace("MARKER", marker)), body,
                content_type="text/csv")
            chinese_error(status, decoded, raw, {400, 415, 422}, what)
            text = raw.decode("utf-8", "replace")
            check("../" not in text and "..\\" not in text, f"{what}: the path came back unsanitised: {text[:200]}")
            check(not os.path.exists(marker), f"{what}: a file was written at {marker}")
        return run_case

    def multipart_name(name, what):
        def run_case():
            boundary = "----taizhang" + token
            content = (csv_header + csv_row.replace("1,1", "abc,abc")).encode("utf-8")
            payload = (f"--{boundary}\r\nContent-Disposition: form-data; name=\"file\"; filename=\"{name}\"\r\n"
                       f"Content-Type: text/csv\r\n\r\n").encode("utf-8") + content + f"\r\n--{boundary}--\r\n".encode()
            status, decoded, raw, _ = target.call("POST", "/api/v1/import", payload,
                                                  content_type=f"multipart/form-data; boundary={boundary}")
            chinese_error(status, decoded, raw, {400, 415, 422}, what)
            text = raw.decode("utf-8", "replace")
            check("../" not in text and "..\\" not in text, f"{what}: the path came back unsanitised: {text[:200]}")
        return run_case

    case("upload named ../../../../etc/passwd → refused, nothing read", upload_name(
        "../../../../etc/passwd", "raw upload ../../etc/passwd"))
    case("upload named ../../../tmp/…csv → nothing written", upload_name("../../../..MARKER", "raw upload ../tmp"))
    case("upload named %2e%2e%2f…passwd.csv → refused", upload_name("%2e%2e%2f%2e%2e%2fetc%2fpasswd.csv",
                                                                     "raw upload %2e%2e"))
    case("multipart file name ../../etc/passwd.csv → refused", multipart_name(
        "../../../etc/passwd.csv", "multipart ../../etc/passwd.csv"))
    case("multipart file name ..\\..\\windows\\win.ini.csv → refused", multipart_name(
        "..\\..\\windows\\win.ini.csv", "multipart ..\\..\\win.ini"))
    case("export for unit ../../etc/passwd → 404", overlong(
        "GET", "/api/v1/export.xlsx?unit=" + urllib.parse.quote("../../etc/passwd") + "&from=2026-01&to=2026-10",
        None, "export traversal", frozenset({400, 404})))
    case("nothing stored changed (path traversal)", unchanged(target, state, "traversal"))

    # --- Text stored on purpose: HTML and SQL in names come back as text, escaped in every page ------------------
    script = f"<script>alert('台账{token}')</script><img src=x onerror=alert(1)>"
    sql_name = f"'); DROP TABLE observations; -- {token}"
    created = []

    def html_injection():
        status, body, raw, _ = target.call("POST", "/api/v1/org-units", {
            "code": f"REL-XSS-{token}", "name": script, "kind": "park", "parentID": zone["id"]})
        check(status == 201, f"creating a park named with HTML: {status} {snippet(raw)}")
        check(body["name"] == script, "the JSON API does not return the name exactly as stored")
        created.append(body)
        pages = [f"/org-units", f"/dashboard?unit={body['code']}", f"/comparison?unit={zone['code']}",
                 f"/entry?unit={body['code']}", f"/dashboard?unit={urllib.parse.quote(script)}"]
        escaped_somewhere = False
        for page in pages:
            status, _, raw, _ = target.call("GET", page)
            text = raw.decode("utf-8", "replace")
            check(status in (200, 404), f"{page}: status {status}")
            check("<script>alert(" not in text, f"{page}: <script> appears unescaped")
            check("<img src=x onerror" not in text, f"{page}: <img onerror> appears unescaped")
            escaped_somewhere |= "&lt;script&gt;" in text
        check(escaped_somewhere, "the name is shown escaped on none of the pages")

    def sql_text_stored():
        status, body, raw, _ = target.call("POST", "/api/v1/org-units", {
            "code": f"REL-SQL-{token}", "name": sql_name, "kind": "park", "parentID": zone["id"]})
        check(status == 201, f"creating a park named with SQL: {status} {snippet(raw)}")
        created.append(body)
        status, body, raw, _ = target.call("GET", f"/api/v1/org-units/{body['id']}")
        check(status == 200 and body["name"] == sql_name, "the SQL text was not stored verbatim")

    case("HTML in an org unit name is escaped on every page", html_injection)
    case("SQL in an org unit name is stored as plain text", sql_text_stored)

    def only_the_intended_change():
        before, after = state["fingerprint"], target.fingerprint()
        compare(before, after, "after storing HTML and SQL names", allowed={"org units", "sqlite org_units"})
        added = set(after["org units"]) - set(before["org units"])
        removed = set(before["org units"]) - set(after["org units"])
        check(not removed, f"org units changed or vanished: {removed}")
        names = sorted(json.loads(u)["name"] for u in added)
        check(names == sorted(u["name"] for u in created), f"unexpected org units added: {names}")
    case("only the two intended org units were added; tables intact", only_the_intended_change)


def parse_json(raw):
    try:
        return json.loads(raw)
    except ValueError:
        return None


def call_unauthenticated(target, body):
    client = tzlib.Client(target.base, timeout=60)
    try:
        status, decoded, raw, _ = client.json("POST", "/api/v1/session", body, csrf=False)
        return status, decoded, raw
    finally:
        client.close()


def main():
    parser = argparse.ArgumentParser(description=__doc__, formatter_class=argparse.RawDescriptionHelpFormatter)
    parser.add_argument("base_url")
    parser.add_argument("--username", default="admin")
    parser.add_argument("--password", default=os.environ.get("TAIZHANG_INITIAL_ADMIN_PASSWORD", tzlib.ADMIN_PASSWORD))
    parser.add_argument("--upload-limit-mb", type=int, default=20, help="the server's --upload-limit-mb")
    parser.add_argument("--database", help="the server's SQLite file, for a table-level fingerprint")
    args = parser.parse_args()
    try:
        target = Target(args.base_url, args.username, args.password, args.database)
    except Exception as error:
        print(f"bad_input: cannot sign in at {args.base_url}: {error}", file=sys.stderr)
        return 2
    run(target, args.upload_limit_mb)
    target.client.close()
    print(f"bad_input: {passed} passed, {len(failures)} failed")
    for failure in failures:
        print("  -", failure)
    return 1 if failures else 0


if __name__ == "__main__":
    sys.exit(main())
