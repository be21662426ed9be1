"""make demo: start the sandbox of TTAPI Producer on 127.0.0.1 (in this process, so it dies with it),
run the real CLI against it (`songspec generate ... --download DIR`), and print the states the
progress display went through and the downloaded track's path, size and duration.

    python scripts/demo.py [DIR]        # DIR: where the track goes (default: a new temporary folder)

Only the Python environment is needed (no Node, no network; `make demo` runs it with nothing but the
virtualenv on PATH): the sandbox is songspec's own scripted vendor on the real clock
(songspec.testing.sandbox). The key is a placeholder, the sandbox accepts any, and nothing leaves
this machine. The ledger is off: a sandbox task is not one to resume later.
"""

from __future__ import annotations

import os
import re
import subprocess
import sys
import tempfile
import wave
from dataclasses import dataclass, field
from pathlib import Path
from typing import TextIO

from songspec.testing.sandbox import Sandbox

VENDOR = "ttapi-producer"
PROMPT = "lo-fi hip hop, warm piano, vinyl crackle"
PROGRESS_LINE = re.compile(r"^\s*\d+\.\ds\s+(?P<task>\S+)\s+(?P<state>[a-z]+)\b")
"""The CLI's display off a terminal: one line per change, "   2.2s  <task id>  running 40%"."""
SAVED_LINE = re.compile(r"^\s*saved (?P<path>.+)$")


@dataclass
class DemoRun:
    returncode: int
    states: list[str] = field(default_factory=list)
    """The distinct states the progress display showed, in order (queued, running, succeeded)."""
    files: list[Path] = field(default_factory=list)
    output: str = ""
    """The CLI's standard output."""


def run_demo(download_dir: Path, *, out: TextIO = sys.stderr, time_scale: float = 1.0) -> DemoRun:
    songspec = Path(sys.executable).parent / "songspec"
    with Sandbox(VENDOR, time_scale=time_scale) as sandbox:
        print(f"sandbox of {VENDOR} at {sandbox.url} (this process; callbacks to loopback only)\n", file=out)
        command = [
            str(songspec),
            "generate",
            "--vendor",
            VENDOR,
            "--base-url",
            sandbox.url,
            "--prompt",
            PROMPT,
            "--download",
            str(download_dir),
        ]
        shown = ["songspec", *command[1:]]
        print("$ " + " ".join(f"'{a}'" if " " in a else a for a in shown), file=out, flush=True)
        env = {**os.environ, "TTAPI_API_KEY": "sandbox-key-not-a-secret", "SONGSPEC_LEDGER": "off"}
        process = subprocess.Popen(
            command, env=env, stdout=subprocess.PIPE, stderr=subprocess.PIPE, text=True, stdin=subprocess.DEVNULL
        )
        states: list[str] = []
        files: list[Path] = []
        assert process.stderr is not None and process.stdout is not None
        for line in process.stderr:  # the display: one plain line per change when not on a terminal
            out.write(line)
            out.flush()
            if (match := PROGRESS_LINE.match(line)) and match["state"] not in states:
                states.append(match["state"])
            if saved := SAVED_LINE.match(line.rstrip("\n")):
                files.append(Path(saved["path"]))
        output = process.stdout.read()
        returncode = process.wait()
    out.write(output)
    return DemoRun(returncode, states, files, output)


def describe(path: Path) -> str:
    with wave.open(str(path), "rb") as audio:
        seconds = audio.getnframes() / audio.getframerate()
        channels, rate = audio.getnchannels(), audio.getframerate()
    return f"{path}\n  {path.stat().st_size} bytes, {seconds:.2f} s of WAV audio ({channels} channel, {rate} Hz)"


def main(argv: list[str] | None = None) -> int:
    args = sys.argv[1:] if argv is None else argv
    target = Path(args[0]) if args else Path(tempfile.mkdtemp(prefix="songspec-demo-"))
    run = run_demo(target)
    if run.returncode != 0:
        return run.returncode
    print(f"\nstates shown: {' -> '.join(run.states)}")
    for path in run.files:
        print("downloaded " + describe(path))
    return 0


if __name__ == "__main__":
    sys.exit(main())
