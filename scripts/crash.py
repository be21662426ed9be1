"""The crash run: real `songspec generate` processes against the sandbox, killed with SIGKILL at
random moments between journal-before-send and the final result, then `songspec resume`. Every task
the vendor accepted must be found and finished (or, when the kill came between the send and the
vendor's answer, listed for reconciliation with its body), and none submitted twice.

    python scripts/crash.py [--kills 200] [--workers 4] [--seed N]     # JSON line; exit 1 on loss

Bounded: at most kills * 2 runs and --max-seconds of wall time. Everything is on 127.0.0.1.
"""

from __future__ import annotations

import argparse
import json
import os
import random
import signal
import subprocess
import sys
import tempfile
import time
from collections import Counter
from pathlib import Path

from songspec._ledger import open_ledger
from songspec.testing.sandbox import Sandbox

VENDOR = "ttapi-producer"
SONGSPEC = Path(sys.executable).parent / "songspec"


def prompt_of(body: bytes) -> str:
    try:
        return str(json.loads(body).get("sound_prompt", ""))
    except ValueError:
        return ""


def run(kills: int, workers: int, seed: int, max_seconds: float) -> dict[str, object]:
    rng = random.Random(seed)
    started = time.monotonic()
    with (
        tempfile.TemporaryDirectory(prefix="songspec-crash-") as tmp,
        Sandbox(VENDOR, time_scale=0.3, seed=seed) as sandbox,
    ):
        ledger = str(Path(tmp) / "ledger.sqlite3")
        env = {**os.environ, "TTAPI_API_KEY": "crash-run-key", "SONGSPEC_LEDGER": ledger, "NO_COLOR": "1"}
        running: list[tuple[subprocess.Popen[bytes], float]] = []
        runs = killed = finished = 0
        while (killed < kills and runs < 2 * kills) and time.monotonic() - started < max_seconds:
            while len(running) < workers and runs < 2 * kills:
                command = [
                    str(SONGSPEC), "generate", "--vendor", VENDOR, "--base-url", sandbox.url,
                    "--prompt", f"crash-run-{runs}", "--timeout", "60",
                ]  # fmt: skip
                process = subprocess.Popen(command, env=env, stdout=subprocess.DEVNULL, stderr=subprocess.DEVNULL)
                # A kill time spread over start-up, the submit, and the wait (~1.2 s of vendor time).
                running.append((process, time.monotonic() + rng.uniform(0.05, 2.0)))
                runs += 1
            time.sleep(0.01)
            for process, kill_at in list(running):
                if process.poll() is not None:
                    finished += 1
                    running.remove((process, kill_at))
                elif time.monotonic() >= kill_at:
                    process.send_signal(signal.SIGKILL)
                    process.wait()
                    killed += 1
                    running.remove((process, kill_at))
        for process, _ in running:
            process.wait(timeout=120)
            finished += 1
        resume = subprocess.run(
            [str(SONGSPEC), "resume", "--timeout", "120", "--json"], env=env, capture_output=True, timeout=300
        )
        accepted = {task_id: prompt_of(body) for task_id, body in sandbox.created}
        with open_ledger(ledger) as journal:
            entries = journal.entries()
    recorded = {entry.task_id: entry.state for entry in entries if entry.task_id}
    reconcile_prompts = {
        entry.body.get("sound_prompt") for entry in entries if entry.state in ("sending", "outcome_unknown")
    }
    recovered = [t for t in accepted if recorded.get(t) in ("succeeded", "failed")]
    to_reconcile = [t for t in accepted if t not in recorded and accepted[t] in reconcile_prompts]
    lost = [t for t in accepted if t not in recovered and t not in to_reconcile]
    per_prompt = Counter(accepted.values())
    return {
        "vendor": VENDOR,
        "runs": runs,
        "kills": killed,
        "finished_on_their_own": finished,
        "accepted_by_vendor": len(accepted),
        "recovered": len(recovered),
        "to_reconcile": len(to_reconcile),
        "lost": len(lost),
        "duplicated": sum(n - 1 for n in per_prompt.values() if n > 1),
        "resume_exit": resume.returncode,
        "seconds": round(time.monotonic() - started, 1),
    }


def main(argv: list[str]) -> int:
    parser = argparse.ArgumentParser(description=__doc__, formatter_class=argparse.RawDescriptionHelpFormatter)
    parser.add_argument("--kills", type=int, default=200)
    parser.add_argument("--workers", type=int, default=4)
    parser.add_argument("--seed", type=int, default=20261126)
    parser.add_argument("--max-seconds", type=float, default=900.0)
    args = parser.parse_args(argv)
    report = run(args.kills, args.workers, args.seed, args.max_seconds)
    print(json.dumps(report), flush=True)
    failed = report["lost"] or report["duplicated"] or report["resume_exit"] not in (0,) or report["kills"] < args.kills
    return 1 if failed else 0


if __name__ == "__main__":
    sys.exit(main(sys.argv[1:]))
