"""The package a user installs: a wheel built from this tree, installed into a fresh virtual
environment by the README's one line, runs `songspec --version`, `songspec vendors` and the README's
Python example (the scripted vendor: no network, no key)."""

from __future__ import annotations

import os
import shutil
import subprocess
import sys
from pathlib import Path

import pytest

ROOT = Path(__file__).resolve().parent.parent
UV = shutil.which("uv") or str(ROOT / ".tools" / "bin" / "uv")


def run(*command: str, cwd: Path, env: dict[str, str] | None = None) -> str:
    result = subprocess.run(command, cwd=cwd, env=env, capture_output=True, text=True, timeout=300)
    assert result.returncode == 0, f"{' '.join(command)}\n{result.stdout[-2000:]}\n{result.stderr[-2000:]}"
    return result.stdout


@pytest.fixture(scope="module")
def installed(tmp_path_factory: pytest.TempPathFactory) -> Path:
    if not Path(UV).exists():
        pytest.fail("uv is missing: `make setup` installs it")
    work = tmp_path_factory.mktemp("install")
    run(UV, "build", "--wheel", "--quiet", "--out-dir", str(work / "dist"), cwd=ROOT)
    [wheel] = (work / "dist").glob("songspec-*.whl")
    run(sys.executable, "-m", "venv", str(work / "venv"), cwd=work)
    # The README's line, with the wheel standing in for the repository URL.
    run(UV, "pip", "install", "--quiet", "--python", str(work / "venv" / "bin" / "python"), str(wheel), cwd=work)
    return work / "venv" / "bin"


def test_the_installed_cli_runs(installed: Path, tmp_path: Path) -> None:
    env = {"PATH": f"{installed}:/usr/bin:/bin", "SONGSPEC_LEDGER": str(tmp_path / "ledger.sqlite3")}
    assert run(str(installed / "songspec"), "--version", cwd=tmp_path, env=env).startswith("songspec ")
    listing = run(str(installed / "songspec"), "vendors", cwd=tmp_path, env=env)
    assert "ttapi-producer" in listing and "TTAPI_API_KEY" in listing


def test_the_readme_example_runs_from_the_installed_package(installed: Path, tmp_path: Path) -> None:
    example = ROOT / "examples" / "readme_3.py"  # FakeVendor + Songspec, from the README
    assert "FakeVendor" in example.read_text(encoding="utf-8")
    env = {**os.environ, "SONGSPEC_LEDGER": str(tmp_path / "ledger.sqlite3"), "PYTHONPATH": ""}
    run(str(installed / "python"), str(example), cwd=tmp_path, env=env)  # outside the checkout
    where = run(str(installed / "python"), "-c", "import songspec; print(songspec.__file__)", cwd=tmp_path, env=env)
    assert str(ROOT) not in where  # the installed copy, not this tree
