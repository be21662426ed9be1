"""The simulator protocol: one vendor wire format, spoken by a scripted vendor.

A simulator only knows how that format looks on the wire (routes, records, answers, callbacks);
task timing, faults and statistics are FakeVendor's (songspec.testing). The sandbox server serves
the same simulators over HTTP.
"""

from __future__ import annotations

from typing import Any, ClassVar

import httpx

from ..._types import TaskState
from ...vendors import Vendor

Route = tuple[str, list[str]]
"""("submit", []), ("fetch", [id]) or ("batch", ids)."""


class Simulator:
    states: ClassVar[dict[TaskState, str]]
    """TaskState -> the raw state this format sends."""

    def __init__(self, vendor: Vendor) -> None:
        self.vendor = vendor

    def route(self, request: httpx.Request) -> Route | None:
        raise NotImplementedError

    def submit_answer(self, task_id: str) -> Any:
        raise NotImplementedError

    def record(self, task_id: str, state: TaskState, progress: float, reason: str | None) -> dict[str, Any]:
        """One task record in this format."""
        raise NotImplementedError

    def fetch_answer(self, records: list[dict[str, Any]], *, batch: bool) -> Any:
        raise NotImplementedError

    def callback_body(self, record: dict[str, Any]) -> Any:
        return self.fetch_answer([record], batch=False)

    def not_found(self) -> tuple[int, Any]:
        """(status, body) this format answers for an id it does not know."""
        return 404, {"message": "task not found"}
