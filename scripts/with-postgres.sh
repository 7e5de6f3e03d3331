#!/usr/bin/env bash
# Runs a command with a throwaway PostgreSQL cluster: initdb into a private temporary directory as the unprivileged
# `postgres` user, start it on a free port of 127.0.0.1, export TAIZHANG_TEST_POSTGRES_URL, run "$@", and stop and
# delete the cluster on exit, also when the command fails or the script is interrupted.
#
#   bash scripts/with-postgres.sh swift test --skip-build
#
# When not run as root, the cluster is owned by the current user instead (no runuser needed).
set -euo pipefail

if [ "$#" -eq 0 ]; then
    echo "usage: $0 COMMAND [ARGUMENTS…]" >&2
    exit 2
fi

bindir=""
if command -v pg_config >/dev/null 2>&1; then bindir="$(pg_config --bindir)"; fi
if [ -z "$bindir" ] || [ ! -x "$bindir/initdb" ]; then bindir=/usr/lib/postgresql/15/bin; fi
if [ ! -x "$bindir/initdb" ]; then
    echo "with-postgres: initdb not found (install the Debian package postgresql)" >&2
    exit 1
fi

as_owner() {
    if [ "$(id -u)" -eq 0 ]; then runuser -u postgres -- "$@"; else "$@"; fi
}

free_port() {
    python3 -c 'import socket; s = socket.socket(); s.bind(("127.0.0.1", 0)); print(s.getsockname()[1]); s.close()'
}

dir="$(mktemp -d /tmp/taizhang-pg.XXXXXX)"
if [ "$(id -u)" -eq 0 ]; then chown postgres: "$dir"; fi
chmod 700 "$dir"
started=0

cleanup() {
    status=$?
    if [ "$started" -eq 1 ]; then
        as_owner "$bindir/pg_ctl" -D "$dir/data" -m immediate -w stop >/dev/null 2>&1 || true
    fi
    rm -rf "$dir"
    exit "$status"
}
trap cleanup EXIT
trap 'exit 130' INT TERM

as_owner "$bindir/initdb" -D "$dir/data" -A trust -U taizhang -E UTF8 --locale=C.UTF-8 >"$dir/initdb.log" 2>&1 || {
    cat "$dir/initdb.log" >&2
    exit 1
}

# Another process may take the port between choosing and binding it; try a few times.
for attempt in 1 2 3 4 5; do
    port="$(free_port)"
    if as_owner "$bindir/pg_ctl" -D "$dir/data" \
        -o "-p $port -k $dir -c listen_addresses=127.0.0.1 -c fsync=off -c max_connections=200" \
        -l "$dir/log" -w -t 30 start >/dev/null; then
        started=1
        break
    fi
    echo "with-postgres: start on port $port failed (attempt $attempt)" >&2
    tail -n 5 "$dir/log" >&2 || true
done
if [ "$started" -ne 1 ]; then
    echo "with-postgres: could not start PostgreSQL" >&2
    exit 1
fi

export TAIZHANG_TEST_POSTGRES_URL="postgres://taizhang@127.0.0.1:$port/postgres"
echo "with-postgres: PostgreSQL $("$bindir/postgres" --version | awk '{print $3}') on 127.0.0.1:$port" >&2

set +e
"$@"
status=$?
set -e
exit "$status"
