#!/usr/bin/env bash
# Make sure a headless-capable Chromium is at /usr/bin/chromium (for tests/test_docs_browser.py).
# Idempotent: does nothing when it is already there. Installs ONLY Debian's `chromium` package
# through apt (the package registry); never downloads a browser any other way (no
# `playwright install`, no puppeteer download). Prints the browser path on success.
set -euo pipefail

CHROMIUM=${SONGSPEC_CHROMIUM:-/usr/bin/chromium}

if [[ -x "$CHROMIUM" ]]; then
    echo "$CHROMIUM"
    exit 0
fi

if ! command -v apt-get >/dev/null 2>&1; then
    echo "ensure_chromium: $CHROMIUM is missing and apt-get is not available;" \
         "install Debian/Ubuntu's 'chromium' package by hand" >&2
    exit 1
fi

SUDO=()
if [[ $(id -u) -ne 0 ]]; then
    if command -v sudo >/dev/null 2>&1; then
        SUDO=(sudo)
    else
        echo "ensure_chromium: $CHROMIUM is missing, not root and no sudo; run as root:" \
             "apt-get update && apt-get install -y --no-install-recommends chromium" >&2
        exit 1
    fi
fi

echo "ensure_chromium: installing Debian's chromium package (apt-get)..." >&2
export DEBIAN_FRONTEND=noninteractive
"${SUDO[@]}" apt-get update -qq >&2
"${SUDO[@]}" apt-get install -y -qq --no-install-recommends chromium >&2

if [[ ! -x "$CHROMIUM" ]]; then
    echo "ensure_chromium: apt-get finished but $CHROMIUM is still missing" >&2
    exit 1
fi
echo "$CHROMIUM"
