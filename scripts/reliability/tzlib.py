"""Shared helpers of the reliability scripts: start and stop `taizhang serve`, sign in, call the JSON API.

Standard library only. Every server this module starts is recorded and killed by `stop_all()` (the scripts
call it in `finally` and on SIGTERM/SIGINT), so a failing run leaves no process behind. All traffic goes to
127.0.0.1.
"""
import http.client
import json
import os
import signal
import socket
import subprocess
import sys
import time
import urllib.parse

ADMIN_PASSWORD = "Reliab1e-Pass-2026!"
"""The initial administrator's password (TAIZHANG_INITIAL_ADMIN_PASSWORD); it must not contain the user name."""

_started = []


def free_port():
    with socket.socket() as s:
        s.bind(("127.0.0.1", 0))
        return s.getsockname()[1]


def has_cjk(text):
    return any("\u4e00" <= ch <= "\u9fff" for ch in text or "")


def snapshot_binary(binary, work):
    """Copies the executable and the resource bundles beside it (`*.resources`, found next to the executable at run
    time) into `work/bin`, so that a concurrent `swift build` relinking the original (ETXTBSY, or a half-written
    file) cannot disturb a long run. Returns the copy's path."""
    import shutil
    source = os.path.dirname(os.path.abspath(binary))
    target = os.path.join(work, "bin")
    os.makedirs(target, exist_ok=True)
    for name in os.listdir(source):
        bundle = os.path.join(source, name)
        if name.endswith(".resources") and not name.endswith("Tests.resources") and os.path.isdir(bundle):
            shutil.copytree(bundle, os.path.join(target, name), dirs_exist_ok=True)
    copy = os.path.join(target, os.path.basename(binary))
    for attempt in range(30):  # a relink in progress: wait for it to finish, and check the copy runs
        try:
            shutil.copy2(binary, copy)
            if subprocess.run([copy, "--help"], capture_output=True, timeout=60).returncode == 0:
                break
        except (OSError, subprocess.SubprocessError):
            pass
        time.sleep(2)
    else:
        raise RuntimeError(f"cannot copy {binary}")
    return copy


def start_server(binary, database, log_path, extra_env=None, port=None, args=(), timeout=120):
    """Starts `BIN serve` on 127.0.0.1 and waits for /health; returns (process, base_url)."""
    port = port or free_port()
    env = dict(os.environ)
    env["TAIZHANG_INITIAL_ADMIN_PASSWORD"] = ADMIN_PASSWORD
    env.setdefault("TAIZHANG_LOG_LEVEL", "warning")
    if extra_env:
        env.update(extra_env)
    log = open(log_path, "ab")
    process = subprocess.Popen(
        [binary, "serve", "--database", database, "--host", "127.0.0.1", "--port", str(port), *args],
        stdout=log, stderr=subprocess.STDOUT, env=env, start_new_session=True)
    log.close()
    _started.append(process)
    base = f"http://127.0.0.1:{port}"
    deadline = time.monotonic() + timeout
    while time.monotonic() < deadline:
        if process.poll() is not None:
            raise RuntimeError(f"server exited with {process.returncode}; see {log_path}")
        try:
            connection = http.client.HTTPConnection("127.0.0.1", port, timeout=2)
            connection.request("GET", "/health")
            if connection.getresponse().status == 200:
                connection.close()
                return process, base
        except OSError:
            pass
        time.sleep(0.1)
    kill(process)
    raise RuntimeError(f"server did not answer within {timeout}s; see {log_path}")


def track(process):
    """Registers another child process so that `stop_all` ends it too."""
    _started.append(process)
    return process


def kill(process, sig=signal.SIGKILL):
    """Sends `sig` to a process this module started and reaps it."""
    if process.poll() is None:
        try:
            os.kill(process.pid, sig)
        except ProcessLookupError:
            pass
    try:
        process.wait(timeout=30)
    except subprocess.TimeoutExpired:
        os.kill(process.pid, signal.SIGKILL)
        process.wait(timeout=30)


def stop(process):
    """Stops a server gracefully (SIGTERM), by force after 20 s."""
    if process.poll() is None:
        process.terminate()
        try:
            process.wait(timeout=20)
        except subprocess.TimeoutExpired:
            kill(process)


def stop_all():
    for process in _started:
        if process.poll() is None:
            kill(process)
    _started.clear()


def install_signal_handlers():
    """Turns SIGTERM/SIGINT into SystemExit, so that `finally` blocks stop what the script started."""
    def handler(signum, _frame):
        stop_all()
        sys.exit(128 + signum)
    signal.signal(signal.SIGTERM, handler)
    signal.signal(signal.SIGINT, handler)


class Client:
    """One simulated user: a keep-alive connection, the session cookie and its CSRF token."""

    def __init__(self, base, timeout=60):
        parsed = urllib.parse.urlparse(base)
        assert parsed.hostname in ("127.0.0.1", "localhost"), "reliability scripts only talk to loopback"
        self.host, self.port, self.timeout = parsed.hostname, parsed.port or 80, timeout
        self.connection = None
        self.cookie = None
        self.csrf = None
        self.token = None

    def close(self):
        if self.connection is not None:
            self.connection.close()
            self.connection = None

    def request(self, method, path, body=None, headers=None, content_type=None, csrf=True):
        """Returns (status, headers dict with lower-case names, body bytes); retries once on a dropped keep-alive."""
        if isinstance(body, (dict, list)):
            body = json.dumps(body, ensure_ascii=False).encode("utf-8")
            content_type = content_type or "application/json"
        elif isinstance(body, str):
            body = body.encode("utf-8")
        sent = {"Connection": "keep-alive"}
        if content_type:
            sent["Content-Type"] = content_type
        if self.cookie:
            sent["Cookie"] = f"tz_session={self.cookie}"
        if self.token:
            sent["Authorization"] = f"Bearer {self.token}"
        if csrf and self.csrf and method not in ("GET", "HEAD", "OPTIONS"):
            sent["X-CSRF-Token"] = self.csrf
        sent.update(headers or {})
        for attempt in range(2):
            if self.connection is None:
                self.connection = http.client.HTTPConnection(self.host, self.port, timeout=self.timeout)
            try:
                self.connection.request(method, path, body=body, headers=sent)
                response = self.connection.getresponse()
                data = response.read()
                result_headers = {k.lower(): v for k, v in response.getheaders()}
                if response.getheader("Connection", "").lower() == "close":
                    self.close()
                return response.status, result_headers, data
            except (http.client.RemoteDisconnected, BrokenPipeError, ConnectionResetError):
                self.close()
                # Only an idempotent request, or one the server never started reading, is worth repeating.
                if attempt == 1 or method not in ("GET", "HEAD"):
                    raise
        raise AssertionError("unreachable")

    def json(self, method, path, body=None, **kwargs):
        status, headers, data = self.request(method, path, body, **kwargs)
        try:
            decoded = json.loads(data) if data else None
        except ValueError:
            decoded = None
        return status, decoded, data, headers

    def login(self, username="admin", password=ADMIN_PASSWORD):
        """Signs in through POST /api/v1/session (JSON); keeps the cookie and CSRF token."""
        status, body, raw, headers = self.json(
            "POST", "/api/v1/session", {"username": username, "password": password}, csrf=False)
        if status != 200:
            raise RuntimeError(f"login as {username}: {status} {raw[:300]!r}")
        cookie = headers.get("set-cookie", "")
        value = cookie.split(";", 1)[0]
        if not value.startswith("tz_session="):
            raise RuntimeError(f"login as {username}: no session cookie in {cookie!r}")
        self.cookie = value.split("=", 1)[1]
        self.csrf = body.get("csrfToken")
        return body
