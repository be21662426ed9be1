#!/usr/bin/env bash
# Idempotent set-up for a fresh machine: uv (bootstrapped from PyPI into .tools/ if missing), the
# Python environment from uv.lock, and the pinned Node tools from package-lock.json.
# Each step is skipped when its inputs have not changed, so every make target can call this.
set -euo pipefail
cd "$(dirname "$0")/.."

UV_VERSION=0.13.9
# Use the machine's Python; never download a prebuilt interpreter.
export UV_PYTHON_DOWNLOADS=never
if command -v uv >/dev/null 2>&1; then
  UV=$(command -v uv)
else
  UV=.tools/bin/uv
  if [ ! -x "$UV" ]; then
    echo "setup: uv not found; installing uv==$UV_VERSION from PyPI into .tools/" >&2
    python3 -m venv .tools
    .tools/bin/python -m pip install --quiet --disable-pip-version-check "uv==$UV_VERSION"
  fi
fi

stamp_ok() { # stamp_ok STAMP INPUT...: true when STAMP is newer than every INPUT
  local stamp=$1; shift
  [ -e "$stamp" ] || return 1
  for input in "$@"; do [ "$input" -nt "$stamp" ] && return 1; done
  return 0
}

if ! stamp_ok .venv/.songspec-synced pyproject.toml uv.lock; then
  "$UV" sync --locked --quiet
  touch .venv/.songspec-synced
fi

if ! stamp_ok node_modules/.songspec-installed package.json package-lock.json; then
  npm ci --no-audit --no-fund --loglevel=error
  touch node_modules/.songspec-installed
fi
