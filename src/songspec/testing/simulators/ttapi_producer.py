"""TTAPI's job format as its Producer API speaks it: POST /producer/v1/<action>, GET
/producer/v1/fetch?jobId=, hook_url callbacks (the job record itself). The Suno API speaks the same
format on other paths with another song record (`ttapi_suno.py` subclasses this)."""

from __future__ import annotations

from typing import Any, ClassVar
from urllib.parse import parse_qs

import httpx

from ..._types import TaskState
from ._base import Route, Simulator


class TTAPIProducerSimulator(Simulator):
    states = {
        TaskState.QUEUED: "PENDING_QUEUE",
        TaskState.RUNNING: "ON_QUEUE",
        TaskState.SUCCEEDED: "SUCCESS",
        TaskState.FAILED: "FAILED",
    }
    submit_prefix: ClassVar[str] = "/producer/v1/"
    fetch_path: ClassVar[str] = "/producer/v1/fetch"
    model: ClassVar[str] = "FUZZ-2.0"
    quota: ClassVar[str] = "3"

    def route(self, request: httpx.Request) -> Route | None:
        path = request.url.path
        if request.method == "GET" and path == self.fetch_path:
            return "fetch", parse_qs(request.url.query.decode()).get("jobId", [""])[:1]
        if request.method == "POST" and path.startswith(self.submit_prefix):
            return "submit", []
        return None

    def submit_answer(self, task_id: str) -> Any:
        return {"status": "SUCCESS", "message": "success", "data": {"jobId": task_id}}

    def musics(self, task_id: str) -> list[dict[str, Any]]:
        """The songs of a finished job."""
        return [
            {
                "musicId": f"{task_id}-m1",
                "title": "Simulated Song",
                "lyrics": "la la la",
                "imageUrl": f"https://cdn.example/{task_id}.jpg",
                "audioUrl": self.audio_url(f"{task_id}-m1", f"https://cdn.example/{task_id}.m4a"),
                "videoUrl": None,
                "seed": "1680274481",
                "durations": str(self.duration(199.13433106575962)),
                "createdAt": "2025-10-17T13:38:31.542817Z",
            }
        ]

    def record(self, task_id: str, state: TaskState, progress: float, reason: str | None) -> dict[str, Any]:
        data: dict[str, Any] = {"jobId": task_id, "action": "music", "progress": f"{progress:.0f}%", "mv": self.model}
        if state is TaskState.SUCCEEDED:
            data["quota"] = self.quota
            data["musics"] = self.musics(task_id)
        message = reason if state is TaskState.FAILED else ("success" if state is TaskState.SUCCEEDED else None)
        return {"status": self.states[state], "message": message, "data": data}

    def fetch_answer(self, records: list[dict[str, Any]], *, batch: bool) -> Any:
        [record] = records
        return record

    def callback_body(self, record: dict[str, Any]) -> Any:
        return record

    def not_found(self) -> tuple[int, Any]:
        return 404, {"status": "FAILED", "message": "job not found", "data": None}
