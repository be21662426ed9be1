"""Check every `x-source` in specs/: a list of strings, each one source a reader can open.

Why: free text inside `x-source` did not survive bundling (YAML split comma-separated entries into
fragments, and one entry with ": " became a mapping), so the lists in generated/ no longer said
where anything was documented. Each entry must now be exactly one of:

- a vendor URL: `https://host/path` (a `#fragment` is allowed; no spaces);
- a captured page: `shared/vendor-docs/<file>`;
- a fact-sheet section: `shared/vendors/<file>.md#<anchor>` (the anchor of one of its headings);
- a file at a commit of a public repository: `owner/repo@<7 to 40 hex digits>:path`.

Notes that used to ride in parentheses go to a sibling `x-source-note` (a string), or into
`description` / `x-decision`. When the shared folder exists beside the repository (`../shared`;
CI has it), each `shared/...` file must exist and each fact-sheet anchor must name a heading of it;
without the folder only the existence checks are skipped (and the script says so).

Usage: python scripts/check_sources.py [specs-dir] [--shared DIR]
Exit status 1 lists every offending entry as `file: JSON path: problem: entry`.
"""

from __future__ import annotations

import argparse
import re
import sys
import unicodedata
from collections.abc import Iterator
from pathlib import Path
from typing import Any
from urllib.parse import urlsplit

import yaml

ROOT = Path(__file__).resolve().parent.parent

URL = re.compile(r"https://\S+")
VENDOR_DOC = re.compile(r"shared/vendor-docs/(?P<file>[A-Za-z0-9._-]+(?:/[A-Za-z0-9._-]+)*)")
FACT_SHEET = re.compile(r"shared/vendors/(?P<file>[A-Za-z0-9._-]+\.md)#(?P<anchor>[^\s#]+)")
REPO_FILE = re.compile(r"[A-Za-z0-9][A-Za-z0-9-]*/[A-Za-z0-9._-]+@[0-9a-f]{7,40}:[^\s:@][^\s]*")

FORMS = "one of: https://... | shared/vendor-docs/<file> | shared/vendors/<file>.md#<anchor> | owner/repo@<commit>:path"


def github_anchor(heading: str) -> str:
    """The anchor GitHub gives a Markdown heading: lower case, punctuation dropped, spaces to '-'."""
    text = heading.strip().lower()
    text = "".join(ch for ch in text if ch in " -_" or unicodedata.category(ch)[0] in "LN")
    return text.replace(" ", "-")


def anchors(markdown: Path) -> set[str]:
    found: set[str] = set()
    for line in markdown.read_text(encoding="utf-8").splitlines():
        match = re.match(r"#{1,6}\s+(.*)", line)
        if match:
            found.add(github_anchor(match.group(1)))
    return found


def entry_problem(entry: Any, shared: Path | None) -> str | None:
    """None when `entry` is one well-formed source (and, with `shared`, one that exists)."""
    if not isinstance(entry, str):
        return f"not a string ({type(entry).__name__}); quote it, and move notes to x-source-note"
    if entry.startswith("http"):
        if not URL.fullmatch(entry) or not urlsplit(entry).netloc:
            return "not a bare https URL (no spaces; notes go to x-source-note)"
        return None
    if match := VENDOR_DOC.fullmatch(entry):
        if shared is not None and ".." not in entry and not (shared / "vendor-docs" / match["file"]).is_file():
            return f"no such file under {shared}"
        return None
    if match := FACT_SHEET.fullmatch(entry):
        if shared is not None:
            sheet = shared / "vendors" / match["file"]
            if not sheet.is_file():
                return f"no such file under {shared}"
            if match["anchor"] not in anchors(sheet):
                return f"no heading of {sheet.name} has the anchor #{match['anchor']}"
        return None
    if REPO_FILE.fullmatch(entry):
        return None
    return "not one source (notes go to x-source-note)"


def walk(node: Any, path: str = "$") -> Iterator[tuple[str, Any, Any]]:
    """Every `x-source` / `x-source-note` value in a YAML document, with its JSON path."""
    if isinstance(node, dict):
        for key, value in node.items():
            child = f"{path}.{key}" if re.fullmatch(r"[A-Za-z_][\w-]*", str(key)) else f"{path}[{str(key)!r}]"
            if key in ("x-source", "x-source-note"):
                yield child, key, value
            else:
                yield from walk(value, child)
    elif isinstance(node, list):
        for index, value in enumerate(node):
            yield from walk(value, f"{path}[{index}]")


def shown(file: Path) -> str:
    try:
        return str(file.resolve().relative_to(Path.cwd()))
    except ValueError:
        return str(file)


def check_file(file: Path, shared: Path | None) -> list[str]:
    problems: list[str] = []
    name = shown(file)
    try:
        document = yaml.safe_load(file.read_text(encoding="utf-8"))
    except yaml.YAMLError as error:
        return [f"{name}: $: not valid YAML: {error}"]
    for path, key, value in walk(document):
        if key == "x-source-note":
            if not isinstance(value, str) or not value.strip():
                problems.append(f"{name}: {path}: x-source-note must be a non-empty string: {value!r}")
            continue
        if not isinstance(value, list) or not value:
            problems.append(f"{name}: {path}: x-source must be a non-empty list of strings: {value!r}")
            continue
        for index, entry in enumerate(value):
            if problem := entry_problem(entry, shared):
                problems.append(f"{name}: {path}[{index}]: {problem}: {entry!r}")
    return problems


def main(argv: list[str] | None = None) -> int:
    parser = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    parser.add_argument("specs", nargs="?", type=Path, default=ROOT / "specs")
    parser.add_argument(
        "--shared", type=Path, default=ROOT.parent / "shared", help="the shared folder (default ../shared)"
    )
    args = parser.parse_args(argv)

    shared: Path | None = args.shared
    if shared is None or not shared.is_dir():
        print(f"check_sources: {args.shared} not found; checking the form of x-source only, not that files exist")
        shared = None
    files = sorted(p for p in args.specs.rglob("*") if p.suffix in {".yaml", ".yml"} and p.is_file())
    problems = [problem for file in files for problem in check_file(file, shared)]
    for problem in problems:
        print(problem, file=sys.stderr)
    if problems:
        print(f"check_sources: {len(problems)} bad x-source entries; each must be {FORMS}", file=sys.stderr)
        return 1
    return 0


if __name__ == "__main__":
    sys.exit(main())
