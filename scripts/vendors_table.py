"""Write (or --check) the vendor table in specs/README.md from the bundled specs.

The table sits between the markers <!-- vendors:start --> and <!-- vendors:end -->.
"""

from __future__ import annotations

import sys
from pathlib import Path

from songspec._catalog import catalog
from songspec._specs import package_name

README = Path(__file__).resolve().parent.parent / "specs" / "README.md"
START, END = "<!-- vendors:start -->", "<!-- vendors:end -->"


def render() -> str:
    rows = [
        "| vendor | folder | package | base URL | auth | operations confirmed / inferred / unavailable | batch fetch | callback field |",
        "|---|---|---|---|---|---|---|---|",
    ]
    for vendor in catalog():
        rows.append(
            f"| {vendor.title} | `{vendor.name}/` | `{package_name(vendor.name)}` | "
            f"{', '.join(f'`{url}`' for url in vendor.base_urls) or 'yours (`base_url=`)'} | {vendor.auth} | {vendor.counts_text} | "
            f"{f'yes (`{vendor.batch_fetch}`)' if vendor.batch_fetch else 'no'} | "
            f"{', '.join(f'`{name}`' for name in vendor.callback_fields) or 'none'} |"
        )
    return "\n".join(rows)


def main(argv: list[str]) -> int:
    text = README.read_text(encoding="utf-8")
    before, rest = text.split(START, 1)
    _, after = rest.split(END, 1)
    updated = f"{before}{START}\n{render()}\n{END}{after}"
    if "--check" in argv:
        if updated != text:
            print(
                "specs/README.md: the vendor table is out of date; run `uv run python scripts/vendors_table.py`",
                file=sys.stderr,
            )
            return 1
        return 0
    README.write_text(updated, encoding="utf-8")
    return 0


if __name__ == "__main__":
    sys.exit(main(sys.argv[1:]))
