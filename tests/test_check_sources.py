"""scripts/check_sources.py: `x-source` is a list of strings, each one source a reader can open.

The checker runs in `make lint`; these tests keep it honest: a good spec passes, every way an entry
used to break (free text, a note in parentheses, a flow list split on commas, a mapping) fails with
the file, the JSON path and the entry, and a `shared/...` entry must name a real file and heading.
"""

from __future__ import annotations

import importlib.util
import sys
from pathlib import Path
from types import ModuleType

import pytest

ROOT = Path(__file__).resolve().parent.parent


def load_checker() -> ModuleType:
    spec = importlib.util.spec_from_file_location("check_sources", ROOT / "scripts" / "check_sources.py")
    assert spec and spec.loader
    module = importlib.util.module_from_spec(spec)
    sys.modules[spec.name] = module
    spec.loader.exec_module(module)
    return module


check_sources = load_checker()

GOOD = """\
info:
  x-source:
    - shared/vendor-docs/page.txt
    - shared/vendors/sheet.md#21-conventions-documented
paths:
  /music:
    post:
      x-source:
        - https://docs.vendor.example/api/music#body
        - AceDataCloud/APIs@77a7991:producer/docs/producer_audios.md
      x-source-note: 'page.txt: the "generate music" section'
components:
  schemas:
    Song:
      properties:
        seed:
          x-source: [AceDataCloud/SDK@0504c2ad0504c2ad0504c2ad0504c2ad0504c2ad:python/src/acedatacloud/x.py]
"""

BAD = """\
info:
  x-source:
    - shared/vendor-docs/page.txt (generate music)
paths:
  /music:
    post:
      x-source: [shared/vendor-docs/page.txt, shared/vendors/sheet.md#21-conventions-documented (GB, CA)]
components:
  schemas:
    Song:
      x-source:
        - shared/vendors/sheet.md#21-conventions-documented
        - state: 成功
      properties:
        seed:
          x-source: shared/vendor-docs/page.txt
          x-source-note: [not, a, string]
"""


@pytest.fixture
def shared(tmp_path: Path) -> Path:
    folder = tmp_path / "shared"
    (folder / "vendor-docs").mkdir(parents=True)
    (folder / "vendors").mkdir()
    (folder / "vendor-docs" / "page.txt").write_text("a captured page\n")
    (folder / "vendors" / "sheet.md").write_text("# Sheet\n\n### 2.1 Conventions (documented)\n")
    return folder


def write_spec(tmp_path: Path, text: str) -> Path:
    specs = tmp_path / "specs" / "vendor"
    specs.mkdir(parents=True)
    (specs / "openapi.yaml").write_text(text, encoding="utf-8")
    return tmp_path / "specs"


def test_a_good_spec_passes(tmp_path: Path, shared: Path) -> None:
    specs = write_spec(tmp_path, GOOD)
    assert check_sources.main([str(specs), "--shared", str(shared)]) == 0


def test_every_broken_form_is_reported_with_file_path_and_entry(
    tmp_path: Path, shared: Path, capsys: pytest.CaptureFixture[str]
) -> None:
    specs = write_spec(tmp_path, BAD)
    assert check_sources.main([str(specs), "--shared", str(shared)]) == 1
    lines = [line for line in capsys.readouterr().err.splitlines() if "openapi.yaml" in line]
    reported = {line.split(": ")[1] for line in lines}
    assert reported == {
        "$.info.x-source[0]",  # a note in parentheses
        "$.paths['/music'].post.x-source[1]",  # a flow list splits "(GB, CA)" on the comma:
        "$.paths['/music'].post.x-source[2]",  # "... (GB" and "CA)"
        "$.components.schemas.Song.x-source[1]",  # an entry that YAML made a mapping
        "$.components.schemas.Song.properties.seed.x-source",  # a string, not a list
        "$.components.schemas.Song.properties.seed.x-source-note",  # a note that is not a string
    }
    assert any("'shared/vendor-docs/page.txt (generate music)'" in line for line in lines)
    assert any("{'state': '成功'}" in line and "not a string (dict)" in line for line in lines)


@pytest.mark.parametrize(
    ("entry", "problem"),
    [
        ("shared/vendor-docs/missing.txt", "no such file"),
        ("shared/vendors/sheet.md#9-no-such-heading", "no heading of sheet.md"),
        ("shared/vendors/sheet.md", "not one source"),  # a fact sheet needs its section
        ("http://docs.vendor.example/page", "not a bare https URL"),  # https only
        ("https://docs.vendor.example/page (section 2)", "not a bare https URL"),
        ("AceDataCloud/APIs@main:producer/README.md", "not one source"),  # a commit, not a branch
        ("../shared/vendor-docs/page.txt", "not one source"),
        ("docs.ttapi.io/api/en/producer/producer_music", "not one source"),
    ],
)
def test_an_entry_that_is_not_one_openable_source_is_refused(entry: str, problem: str, shared: Path) -> None:
    assert problem in (check_sources.entry_problem(entry, shared) or "")


def test_without_the_shared_folder_only_the_existence_check_is_skipped(
    tmp_path: Path, capsys: pytest.CaptureFixture[str]
) -> None:
    missing = tmp_path / "no-shared"
    specs = write_spec(tmp_path, GOOD.replace("page.txt", "missing.txt"))
    assert check_sources.main([str(specs), "--shared", str(missing)]) == 0
    assert "checking the form of x-source only" in capsys.readouterr().out
    assert check_sources.entry_problem("shared/vendor-docs/a page.txt", None) is not None


def test_github_anchors_match_the_fact_sheets_headings() -> None:
    heading = "5. Sync, async and callback modes (`/audios`; MCP applies the same to `/videos` and `/wav`)"
    assert (
        check_sources.github_anchor(heading)
        == "5-sync-async-and-callback-modes-audios-mcp-applies-the-same-to-videos-and-wav"
    )
    assert check_sources.github_anchor("1.6 Producer `data.data`: the normalized payload") == (
        "16-producer-datadata-the-normalized-payload"
    )


@pytest.mark.parametrize("folder", ["ttapi-producer", "acedata-producer"])
def test_the_producer_specs_follow_the_rule(folder: str, capsys: pytest.CaptureFixture[str]) -> None:
    shared = ROOT.parent / "shared"
    args = [str(ROOT / "specs" / folder)] + (["--shared", str(shared)] if shared.is_dir() else [])
    assert check_sources.main(args) == 0, capsys.readouterr().err
