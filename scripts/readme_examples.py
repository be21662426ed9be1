"""Keep the README's Python examples as files that mypy --strict checks (examples/readme_<n>.py).

Usage: python scripts/readme_examples.py [--check]   (--check: fail if a file is stale; `make lint`)
"""

from __future__ import annotations

import re
import sys
from pathlib import Path

ROOT = Path(__file__).resolve().parent.parent
README = ROOT / "README.md"
OUT = ROOT / "examples"
HEADER = '"""Written by scripts/readme_examples.py from README.md (block {n}); edit the README, not this."""\n\n'


def blocks() -> list[str]:
    return re.findall(r"^```python\n(.*?)^```", README.read_text(encoding="utf-8"), flags=re.S | re.M)


def expected() -> dict[Path, str]:
    return {OUT / f"readme_{n}.py": HEADER.format(n=n) + code for n, code in enumerate(blocks(), start=1)}


def main(argv: list[str]) -> int:
    files = expected()
    stale = sorted(
        str(path.relative_to(ROOT))
        for path in {*files, *OUT.glob("readme_*.py")}
        if not path.exists() or path not in files or path.read_text(encoding="utf-8") != files[path]
    )
    if "--check" in argv:
        if stale:
            print(f"README examples out of date: {', '.join(stale)}; run `uv run python scripts/readme_examples.py`")
            return 1
        return 0
    OUT.mkdir(exist_ok=True)
    for path in OUT.glob("readme_*.py"):
        if path not in files:
            path.unlink()
    for path, text in files.items():
        path.write_text(text, encoding="utf-8")
    return 0


if __name__ == "__main__":
    sys.exit(main(sys.argv[1:]))
