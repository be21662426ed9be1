"""Shared fixtures: one Prism mock per vendor for the whole session, started on first use."""

from __future__ import annotations

from collections.abc import Iterator

import pytest

from songspec._mock import PrismMock


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


@pytest.fixture(autouse=True)
def ledger_in_tmp(tmp_path_factory: pytest.TempPathFactory, monkeypatch: pytest.MonkeyPatch) -> None:
    """Every test journals into a ledger of its own, never the user's."""
    monkeypatch.setenv("SONGSPEC_LEDGER", str(tmp_path_factory.mktemp("ledger") / "ledger.sqlite3"))
