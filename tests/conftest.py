"""Fixtures: `vendor` runs a test once per vendor in the registry; `rig` gives it a scripted vendor."""

from __future__ import annotations

import pytest

from tests.rig import VENDORS, Rig


@pytest.fixture(autouse=True)
def ledger_in_tmp(tmp_path_factory: pytest.TempPathFactory, monkeypatch: pytest.MonkeyPatch) -> None:
    """Every test journals into a ledger of its own, never the user's (subprocesses inherit it)."""
    monkeypatch.setenv("SONGSPEC_LEDGER", str(tmp_path_factory.mktemp("ledger") / "ledger.sqlite3"))


@pytest.fixture(params=VENDORS)
def vendor(request: pytest.FixtureRequest) -> str:
    return request.param


@pytest.fixture
def rig(vendor: str) -> Rig:
    return Rig(vendor)
