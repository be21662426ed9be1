"""Fixtures: `vendor` runs a test once per vendor in the registry; `rig` gives it a scripted vendor."""

from __future__ import annotations

import pytest

from tests.rig import VENDORS, Rig, ledger_in_tmp  # noqa: F401 (autouse: registered by being named here)


@pytest.fixture(params=VENDORS)
def vendor(request: pytest.FixtureRequest) -> str:
    return request.param


@pytest.fixture
def rig(vendor: str) -> Rig:
    return Rig(vendor)
