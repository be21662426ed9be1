"""Shared fixtures: one Prism mock per vendor for the whole session, started on first use."""

from __future__ import annotations

from collections.abc import Iterator

import pytest

from songspec._mock import PrismMock
from tests.rig import ledger_in_tmp  # noqa: F401 (autouse: registered by being named here)


class Mocks:
    def __init__(self) -> None:
        self._running: dict[str, PrismMock] = {}

    def __getitem__(self, vendor: str) -> PrismMock:
        if vendor not in self._running:
            mock = PrismMock(vendor)
            mock.start()
            self._running[vendor] = mock
        return self._running[vendor]

    def stop_all(self) -> None:
        for mock in self._running.values():
            mock.stop()
        self._running.clear()


@pytest.fixture(scope="session")
def mocks() -> Iterator[Mocks]:
    running = Mocks()
    try:
        yield running
    finally:
        running.stop_all()
