#!/usr/bin/env bash
# Regenerate everything and fail if generated/ changed: generated code is a build artefact that
# happens to be committed, so it must always be exactly what `make generate` makes from specs/.
set -euo pipefail
cd "$(dirname "$0")/.."
uv_bin=$(command -v uv 2>/dev/null || echo .tools/bin/uv)
"$uv_bin" run --locked --quiet python scripts/generate.py >/dev/null
changes=$(git status --porcelain --untracked-files=all -- generated)
if [ -n "$changes" ]; then
  echo "drift: generated/ differs from a fresh 'make generate':" >&2
  echo "$changes" | head -20 >&2
  git --no-pager diff --stat -- generated | tail -5 >&2
  echo "drift: run 'make generate' and commit the result (never edit generated/ by hand)." >&2
  exit 1
fi
echo "drift: generated/ is up to date"
