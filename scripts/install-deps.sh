#!/usr/bin/env bash
# Installs what a fresh machine of this kind lacks for the tests: the PostgreSQL server, Chromium and CJK fonts
# for page screenshots, LibreOffice and poppler (official .docx rendered to PDF and PNG and measured), and the
# independent readers of what we write: openpyxl (.xlsx) and python-docx (.docx). (The benchmarks also use wrk;
# `apt-get install wrk` when running them.)
# Idempotent and quick when everything is already there.
set -euo pipefail

missing=()
have_pkg() { dpkg-query -W -f='${Status}' "$1" 2>/dev/null | grep -q "install ok installed"; }
for pkg in postgresql chromium fonts-noto-cjk poppler-utils; do
    have_pkg "$pkg" || missing+=("$pkg")
done
# Any LibreOffice Writer will do; the headless one is the smallest.
command -v soffice >/dev/null || missing+=("libreoffice-writer-nogui")
if [ ${#missing[@]} -gt 0 ]; then
    if [ "$(id -u)" -ne 0 ]; then
        echo "install-deps: missing Debian packages (${missing[*]}); run as root or install them." >&2
        exit 1
    fi
    echo "install-deps: installing ${missing[*]}"
    export DEBIAN_FRONTEND=noninteractive
    apt-get update -qq
    apt-get install -y -qq --no-install-recommends "${missing[@]}" >/dev/null
fi

for module in openpyxl:openpyxl docx:python-docx; do
    if ! python3 -c "import ${module%%:*}" 2>/dev/null; then
        echo "install-deps: installing ${module#*:} from PyPI"
        python3 -m pip install --quiet --disable-pip-version-check "${module#*:}"
    fi
done
