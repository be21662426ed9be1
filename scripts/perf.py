"""Start-up times of whole processes, as a user meets them (issue goals: `songspec --help` <= 0.1 s,
`songspec vendors` <= 0.15 s, import + first Songspec(...) + one validated body <= 0.15 s).

    python scripts/perf.py      # JSON lines: median and min of N runs each; nothing is asserted

Each command runs in a fresh interpreter with the ledger off (no disk writes) and no network.
"""

from __future__ import annotations

import json
import os
import statistics
import subprocess
import sys
import time
from pathlib import Path

RUNS = 7
BIN = Path(sys.executable).parent
FIRST_CALL = (
    "from songspec import Songspec\n"
    "api = Songspec('ttapi-producer', api_key='perf-key-123456')\n"
    "api.submit  # bound; the body below is validated as submit would\n"
    "api._vendor.validate_request('generate_music', api.generation_body('lo-fi'))\n"
)
FIRST_SUBMIT = (
    "from songspec import Songspec\n"
    "from songspec.testing import FakeVendor\n"
    "vendor = FakeVendor('ttapi-producer')\n"
    "api = Songspec('ttapi-producer', api_key='perf-key-123456', transport=vendor.transport())\n"
    "api.submit(api.generation_body('lo-fi'))\n"
)
COMMANDS = {
    "songspec --help": [str(BIN / "songspec"), "--help"],
    "songspec vendors": [str(BIN / "songspec"), "vendors"],
    "import + Songspec(...) + validated body": [sys.executable, "-c", FIRST_CALL],
    # No goal: what the first request adds (httpx, the generated models), answered in-process.
    "import + Songspec(...) + one submit": [sys.executable, "-c", FIRST_SUBMIT],
}
GOALS: dict[str, float | None] = {
    "songspec --help": 0.10,
    "songspec vendors": 0.15,
    "import + Songspec(...) + validated body": 0.15,
    "import + Songspec(...) + one submit": None,
}


def main() -> int:
    env = {**os.environ, "SONGSPEC_LEDGER": "off"}
    for name, command in COMMANDS.items():
        times = []
        for _ in range(RUNS):
            started = time.perf_counter()
            subprocess.run(command, env=env, stdout=subprocess.DEVNULL, stderr=subprocess.DEVNULL, check=True)
            times.append(time.perf_counter() - started)
        print(
            json.dumps(
                {
                    "command": name,
                    "runs": RUNS,
                    "median_s": round(statistics.median(times), 3),
                    "min_s": round(min(times), 3),
                    "goal_s": GOALS[name],
                }
            ),
            flush=True,
        )
    return 0


if __name__ == "__main__":
    sys.exit(main())
