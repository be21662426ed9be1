"""make demo: start a Prism mock of TTAPI Producer on 127.0.0.1, run `songspec generate --wait`
against it through the real CLI, print the finished track, stop the mock.

The key is a placeholder: Prism checks only that the TT-API-KEY header is present.
"""

from __future__ import annotations

import os
import subprocess
import sys
from pathlib import Path

from songspec import PrismMock

VENDOR = "ttapi-producer"


def main() -> int:
    songspec = Path(sys.executable).parent / "songspec"
    with PrismMock(VENDOR) as mock:
        print(f"Prism mock of {VENDOR} at {mock.url} (callbacks stripped)\n", file=sys.stderr)
        command = [
            str(songspec),
            "generate",
            "--vendor",
            VENDOR,
            "--base-url",
            mock.url,
            "--prompt",
            "lo-fi hip hop, warm piano, vinyl crackle",
            "--wait",
        ]
        print("$ " + " ".join(["songspec", *command[1:]]), file=sys.stderr)
        env = {**os.environ, "TTAPI_API_KEY": "mock-key-not-a-secret"}
        return subprocess.run(command, env=env, check=False).returncode


if __name__ == "__main__":
    sys.exit(main())
