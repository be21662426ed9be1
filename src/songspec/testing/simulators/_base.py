"""The simulator protocol: one vendor wire format, spoken by a scripted vendor.

A simulator only knows how that format looks on the wire (routes, records, answers, callbacks);
task timing, faults and statistics are FakeVendor's (songspec.testing). The sandbox server serves
the same simulators over HTTP.
"""

from __future__ import annotations

from typing import Any, ClassVar
from urllib.parse import quote

import httpx

from ..._types import TaskState
from ...vendors import Vendor

Route = tuple[str, list[str]]
"""("submit", []), ("fetch", [id]) or ("batch", ids)."""


class Simulator:
    states: ClassVar[dict[TaskState, str]]
    """TaskState -> the raw state this format sends."""

    audio_base_url: str | None = None
    """None: tracks' audio URLs are the vendor's CDN addresses as documented (nothing fetches them).
    The sandbox sets its own address here, and serves a real, short file for each track."""
    audio_seconds: float | None = None
    """With audio_base_url: the length of those files, reported as each track's duration."""

    def __init__(self, vendor: Vendor) -> None:
        self.vendor = vendor

    def audio_url(self, track_id: str, documented: str) -> str:
        """A track's audio URL: `documented`, or the sandbox's file for it."""
        if self.audio_base_url is None:
            return documented
        return f"{self.audio_base_url}/{quote(track_id, safe='')}.wav"

    def duration(self, documented: float) -> float:
        """A track's duration in seconds: `documented`, or the sandbox file's."""
        return documented if self.audio_seconds is None or self.audio_base_url is None else self.audio_seconds

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
