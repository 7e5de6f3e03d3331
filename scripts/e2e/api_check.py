#!/usr/bin/env python3
"""Checks the JSON API of a running Taizhang server with demo data.

    python3 scripts/e2e/api_check.py http://127.0.0.1:8080

Only the standard library: the OpenAPI document lists every route; the dashboard of the first zone has a card
per key indicator with exact decimal strings and Chinese texts; the comparison ranks every zone; the catalogue
finds an indicator by alias; errors are JSON with a Chinese message and the right status; validation flags a
cumulative that does not add up. Exits non-zero on the first failure.

Signs in first (POST /api/v1/session as TAIZHANG_E2E_USER, default admin, with TAIZHANG_E2E_PASSWORD or
TAIZHANG_INITIAL_ADMIN_PASSWORD), keeps the session cookie and sends the CSRF token with every state-changing
call; checks that anonymous calls get a Chinese 401, that a cookie call without the token gets 403, and that an
API token works without either.
"""
import http.cookiejar
import json
import os
import sys
import urllib.error
import urllib.request
from decimal import Decimal

BASE = (sys.argv[1] if len(sys.argv) > 1 else "http://127.0.0.1:8080").rstrip("/")


USER = os.environ.get("TAIZHANG_E2E_USER", "admin")
PASSWORD = os.environ.get("TAIZHANG_E2E_PASSWORD", os.environ.get("TAIZHANG_INITIAL_ADMIN_PASSWORD", ""))
JAR = http.cookiejar.CookieJar()
SIGNED_IN = urllib.request.build_opener(urllib.request.HTTPCookieProcessor(JAR))
ANONYMOUS = urllib.request.build_opener()
CSRF = {"token": None}


def call(path, method="GET", body=None, opener=None, headers=None, csrf=True):
    data = None if body is None else json.dumps(body).encode("utf-8")
    request = urllib.request.Request(BASE + path, data=data, method=method)
    if data is not None:
        request.add_header("Content-Type", "application/json")
    if csrf and method not in ("GET", "HEAD") and CSRF["token"]:
        request.add_header("X-CSRF-Token", CSRF["token"])
    for name, value in (headers or {}).items():
        request.add_header(name, value)
    try:
        with (opener or SIGNED_IN).open(request, timeout=30) as response:
            return response.status, response.headers, response.read()
    except urllib.error.HTTPError as error:
        return error.code, error.headers, error.read()


def get_json(path, expected=200, method="GET", body=None, **options):
    status, headers, raw = call(path, method, body, **options)
    check(status == expected, f"{method} {path}: status {status}, expected {expected}: {raw[:300]!r}")
    check("application/json" in headers.get("Content-Type", ""), f"{path}: not JSON")
    return json.loads(raw)


def check(condition, message):
    if not condition:
        print("FAIL:", message, file=sys.stderr)
        sys.exit(1)


def has_cjk(text):
    return any("\u4e00" <= ch <= "\u9fff" for ch in text or "")


# Signing in.
refused = get_json("/api/v1/org-units", expected=401, opener=ANONYMOUS)
check(has_cjk(refused["error"]["message"]) and refused["error"]["code"] == "unauthenticated", "Chinese 401")
wrong = get_json("/api/v1/session", expected=401, method="POST", body={"username": USER, "password": "wrong-Pass1"})
check("用户名或密码错误" in wrong["error"]["message"], "wrong password refused in Chinese")
session = get_json("/api/v1/session", method="POST", body={"username": USER, "password": PASSWORD})
CSRF["token"] = session["csrfToken"]
check(session["user"]["username"] == USER and CSRF["token"], "signed in with a CSRF token")
check(any(c.name == "tz_session" for c in JAR), "session cookie kept")
forged = get_json("/api/v1/tokens", expected=403, method="POST", body={"name": "x"}, csrf=False)
check(forged["error"]["code"] == "csrf_failed" and has_cjk(forged["error"]["message"]), "cookie call without CSRF token refused")
issued = get_json("/api/v1/tokens", expected=201, method="POST", body={"name": "e2e 检查"})
bearer = {"Authorization": "Bearer " + issued["token"]}
check(get_json("/api/v1/session", opener=ANONYMOUS, headers=bearer)["user"]["username"] == USER, "API token works")
status, _, _ = call(f"/api/v1/tokens/{issued['id']}", method="DELETE")
check(status == 204, "token revoked")
status, _, _ = call("/api/v1/indicators", opener=ANONYMOUS, headers=bearer)
check(status == 401, "revoked token refused")

# The OpenAPI document.
spec = get_json("/api/openapi.json")
check(spec.get("openapi", "").startswith("3.1"), "openapi version")
for path in ["/api/v1/dashboard", "/api/v1/observations", "/api/v1/import", "/api/v1/org-units/{id}"]:
    check(path in spec["paths"], f"openapi lacks {path}")

# The tree and the first zone.
units = get_json("/api/v1/org-units")["orgUnits"]
zones = [u for u in units if u["kind"] == "zone"]
check(len(zones) >= 2, "demo city has zones")
zone = zones[0]

# The dashboard.
dashboard = get_json(f"/api/v1/dashboard?unit={zone['code']}")
cards = dashboard["cards"]
check(len(cards) > 0, "dashboard has cards")
check("—" in dashboard["periodName"] or dashboard["periodName"].endswith("1月"), "period uses the em dash")
valued = [c for c in cards if c["value"] is not None]
check(valued, "dashboard cards have values")
for card in valued:
    Decimal(card["value"])  # exact decimal strings
    check(len(card["trend"]["months"]) == 13, f"{card['indicator']['code']}: 13 trend months")
    if card["yoyGrowth"] is not None:
        check(has_cjk(card["texts"]["growth"]), "growth wording in Chinese")
    if card["rank"] is not None:
        check(1 <= card["rank"] <= dashboard["rankFieldSize"], "rank within the field")
    if card["progressGap"] is not None:
        gap = Decimal(card["progressGap"])
        expected = Decimal(card["completionRate"]) - Decimal(dashboard["elapsedPercent"])
        check(abs(gap - expected) < Decimal("1e-20"), "progress gap = completion − time elapsed")
        check(("欠" if gap < 0 else "超") in card["texts"]["progress"] or "持平" in card["texts"]["progress"], "gap wording")

# The comparison.
comparison = get_json(f"/api/v1/comparison?unit={zone['code']}")
check(len(comparison["rows"]) >= 2, "comparison lists the zones")
for row in comparison["rows"]:
    check(len(row["cells"]) == len(comparison["indicators"]), "a cell per key indicator")

# The catalogue by alias.
found = get_json("/api/v1/indicators?q=%E7%A4%BE%E9%9B%B6")["indicators"]
check(found and found[0]["code"] == "retail_sales", "社零 finds 社会消费品零售总额")

# Errors.
missing = get_json("/api/v1/dashboard?unit=NO-SUCH-UNIT", expected=404)
check(has_cjk(missing["error"]["message"]) and missing["error"]["code"] == "not_found", "Chinese 404")
status, _, raw = call("/api/v1/no-such-route")
check(status == 404 and has_cjk(json.loads(raw)["error"]["message"]), "unknown API route is a Chinese JSON 404")

# Validation without saving: a cumulative that does not add up.
month = dashboard["month"]
observations = get_json(f"/api/v1/observations?unit={zone['code']}&month={month}&indicator=fixed_asset_investment")
current = observations["observations"]
if current and current[0]["cumulative"] is not None and current[0]["monthly"] is not None:
    wrong = str(Decimal(current[0]["cumulative"]) + Decimal("1000"))
    result = get_json("/api/v1/observations/validate", method="POST", body={
        "orgUnit": zone["code"], "month": month,
        "observations": [{"indicatorCode": "fixed_asset_investment", "monthly": current[0]["monthly"],
                          "cumulative": wrong, "priorCumulative": current[0]["priorCumulative"]}],
    })
    check(any(p.get("code") == "cumulative_mismatch" for p in result["problems"]), "mismatch flagged")
    refused = get_json("/api/v1/observations", expected=422, method="PUT", body={
        "orgUnit": zone["code"], "month": month,
        "observations": [{"indicatorCode": "fixed_asset_investment", "cumulative": wrong,
                          "monthly": current[0]["monthly"], "priorCumulative": current[0]["priorCumulative"]}],
    })
    check(refused["error"]["problems"], "save without a reason is refused with problems")

# The review list of the city: every zone with a Chinese status.
review = get_json(f"/api/v1/review?unit={zone['code']}&month={dashboard['month']}")
check(len(review["zones"]) >= 2, "review lists the zones")
check(all(z["statusName"] in ("未报送", "逾期", "已报送", "已审核") for z in review["zones"]), "review statuses")
audit = get_json("/api/v1/audit")
check("total" in audit and isinstance(audit["entries"], list), "audit search answers")

print("api checks passed")
