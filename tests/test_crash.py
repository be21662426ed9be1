"""A paid task is never lost, even to SIGKILL: real `songspec generate` processes against the
sandbox, killed at random moments, then `songspec resume` (scripts/crash.py; `make crash` runs 200
kills and prints the figures)."""

from __future__ import annotations

import json
import subprocess
import sys
from pathlib import Path

ROOT = Path(__file__).resolve().parent.parent


def test_killed_processes_lose_and_duplicate_nothing() -> None:
    result = subprocess.run(
        [sys.executable, str(ROOT / "scripts" / "crash.py"), "--kills", "40", "--seed", "7", "--max-seconds", "300"],
        capture_output=True,
        text=True,
        timeout=600,
    )
    report = json.loads(result.stdout.strip().splitlines()[-1])
    assert result.returncode == 0, (report, result.stderr[-2000:])
    assert report["kills"] == 40 and report["accepted_by_vendor"] > 0
    assert report["lost"] == 0 and report["duplicated"] == 0
    assert report["recovered"] + report["to_reconcile"] == report["accepted_by_vendor"]
