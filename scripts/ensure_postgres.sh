#!/usr/bin/env bash
# Make sure PostgreSQL's server binaries (initdb, pg_ctl, postgres) are under
# /usr/lib/postgresql/*/bin (for tests/test_ledger.py, which starts its own throwaway server).
# Idempotent: does nothing when they are there. Installs ONLY Debian's `postgresql` package through
# apt (the package registry). Prints the bin directory (the newest version) on success.
#
# Note: Debian's package may create a "main" cluster under /etc/postgresql; in containers
# policy-rc.d usually keeps it from starting. The tests never use it: they run their own server on
# 127.0.0.1 in a temporary directory.
set -euo pipefail

find_bin() {
    local found
    found=$(ls -d /usr/lib/postgresql/*/bin 2>/dev/null | sort -V | tail -n 1 || true)
    if [[ -n "$found" && -x "$found/initdb" && -x "$found/pg_ctl" && -x "$found/postgres" ]]; then
        echo "$found"
        return 0
    fi
    return 1
}

if find_bin; then
    exit 0
fi

if ! command -v apt-get >/dev/null 2>&1; then
    echo "ensure_postgres: no initdb/pg_ctl under /usr/lib/postgresql/*/bin and apt-get is not" \
         "available; install Debian/Ubuntu's 'postgresql' package by hand" >&2
    exit 1
fi

SUDO=()
if [[ $(id -u) -ne 0 ]]; then
    if command -v sudo >/dev/null 2>&1; then
        SUDO=(sudo)
    else
        echo "ensure_postgres: PostgreSQL is missing, not root and no sudo; run as root:" \
             "apt-get update && apt-get install -y postgresql" >&2
        exit 1
    fi
fi

echo "ensure_postgres: installing Debian's postgresql package (apt-get)..." >&2
export DEBIAN_FRONTEND=noninteractive
"${SUDO[@]}" apt-get update -qq >&2
"${SUDO[@]}" apt-get install -y -qq postgresql >&2

if ! find_bin; then
    echo "ensure_postgres: apt-get finished but initdb/pg_ctl are still missing" >&2
    exit 1
fi
