"""AceDataCloud's task format (Producer and Suno): POST <submit path> answers {task_id} (async), POST
<tasks path> retrieves one record or a batch {items, count}, 200 {} for an unknown id, and the
creating call's final body as the callback. Both paths are read from the spec (the submit and
fetch operations), so one simulator serves every AceData API; the songs in a finished record are
each API's (`song`)."""

from __future__ import annotations

import json
from typing import Any

import httpx

from ..._specs import iter_operations
from ..._types import TaskState
from ...vendors import Vendor
from ._base import Route, Simulator


class AceDataSimulator(Simulator):
    states = {
        TaskState.QUEUED: "pending",
        TaskState.RUNNING: "processing",
        TaskState.SUCCEEDED: "succeeded",
        TaskState.FAILED: "failed",
    }
    submit_request: dict[str, Any] = {}
    """The creating request a record echoes."""

    def __init__(self, vendor: Vendor) -> None:
        super().__init__(vendor)
        paths = {op.get("operationId"): path for path, method, op in iter_operations(vendor.name) if method == "post"}
        self.submit_path = paths[vendor.profile.submit_operation]
        self.tasks_path = paths[vendor.profile.fetch_operation]

    def route(self, request: httpx.Request) -> Route | None:
        if request.method != "POST":
            return None
        if request.url.path == self.submit_path:
            return "submit", []
        if request.url.path != self.tasks_path:
            return None
        try:
            body = json.loads(request.content or b"{}")
        except ValueError:
            return None
        if not isinstance(body, dict):
            return None
        if body.get("action", "retrieve") == "retrieve":
            return "fetch", [str(body.get("id", ""))]
        if body.get("action") == "retrieve_batch" and isinstance(body.get("ids"), list):
            return "batch", [str(task_id) for task_id in body["ids"]]
        return None

    def submit_answer(self, task_id: str) -> Any:
        return {"task_id": task_id}  # the documented immediate answer of a non-blocking submit

    def songs(self, task_id: str, state: TaskState) -> list[dict[str, Any]] | None:
        """The `data` of a record's `response` in `state`; None for no response yet."""
        raise NotImplementedError

    def record(self, task_id: str, state: TaskState, progress: float, reason: str | None) -> dict[str, Any]:
        record: dict[str, Any] = {
            "_id": "69541b81ff2676299ccc3b29",
            "id": task_id,
            "application_id": "920ba772-867a-48ae-8efa-9b9f94136199",
            "created_at": 1767119745.524,
            "request": dict(self.submit_request),
            "trace_id": f"trace-{task_id}",
            "user_id": "ad7afe47-cea9-4cda-980f-2ad8810e51cf",
        }
        if state is not TaskState.QUEUED:
            record["started_at"] = 1767119745.584
        if state.is_terminal:
            record.update(finished_at=1767119785.589, elapsed=40.005)
        if state is TaskState.FAILED:
            record["response"] = {
                "success": False,
                "task_id": task_id,
                "error": {"code": "api_error", "message": reason or "failed"},
                "trace_id": f"trace-{task_id}",
            }
            return record
        songs = self.songs(task_id, state)
        if songs is not None:
            record["response"] = {"success": True, "task_id": task_id, "trace_id": f"trace-{task_id}", "data": songs}
        return record

    def fetch_answer(self, records: list[dict[str, Any]], *, batch: bool) -> Any:
        if batch:
            return {"items": records, "count": len(records)}
        [record] = records
        return record

    def callback_body(self, record: dict[str, Any]) -> Any:
        """The creating call's final body; {"task_id"} alone for a task that has not ended."""
        response = record.get("response")
        if isinstance(response, dict) and record.get("finished_at") is not None:
            return dict(response)
        return {"task_id": record["id"]}

    def not_found(self) -> tuple[int, Any]:
        return 200, {}


class AceDataProducerSimulator(AceDataSimulator):
    """Producer: one song per task; the record-level state the vendor's MCP server describes while
    it runs (no song state is documented before the end)."""

    submit_request = {"action": "generate", "prompt": "lo-fi piano", "async": True}

    def record(self, task_id: str, state: TaskState, progress: float, reason: str | None) -> dict[str, Any]:
        record = super().record(task_id, state, progress, reason)
        record.update(api_id="01d96900-9f8c-41d7-814c-95c7a885ba61", type="audios")
        if state is not TaskState.SUCCEEDED:
            record["state"] = self.states[state]
        return record

    def songs(self, task_id: str, state: TaskState) -> list[dict[str, Any]] | None:
        if state is not TaskState.SUCCEEDED:
            return None  # `response` stays absent until the task ends
        return [
            {
                "id": f"{task_id}-s1",
                "title": "Simulated Song",
                "image_url": f"https://cdn.example/{task_id}.jpg",
                "lyric": "[Instrumental]",
                "audio_url": self.audio_url(f"{task_id}-s1", f"https://cdn.example/{task_id}.m4a"),
                "video_url": None,
                "image_id": f"{task_id}-s1",
                "topic": None,
                "seed": "2450882164",
                "sound": "lo-fi piano",
                "created_at": "2025-12-30T17:18:23.232911Z",
                "model": "FUZZ-2.0 Pro",
                "progress": "100%",
                "state": self.states[state],
                "duration": str(self.duration(181.3014058956916)),
            }
        ]


class AceDataSunoSimulator(AceDataSimulator):
    """Suno: two songs per task, each with its own state; while the task runs the songs are
    `running` with a preview `audio_url` (as the guide's streamed lines and the skill describe),
    so a wrapper that stops at the first audio URL is caught."""

    states = {
        TaskState.QUEUED: "pending",
        TaskState.RUNNING: "running",
        TaskState.SUCCEEDED: "succeeded",
        TaskState.FAILED: "error",
    }
    submit_request = {"action": "generate", "prompt": "lo-fi piano", "async": True}

    def record(self, task_id: str, state: TaskState, progress: float, reason: str | None) -> dict[str, Any]:
        record = super().record(task_id, state, progress, reason)
        record["api_id"] = "09a26295-5972-4392-9318-dcd9b218f90d"
        return record

    def songs(self, task_id: str, state: TaskState) -> list[dict[str, Any]] | None:
        if state is TaskState.QUEUED:
            return None
        done = state is TaskState.SUCCEEDED
        songs = []
        for n in (1, 2):
            song: dict[str, Any] = {
                "id": f"{task_id}-s{n}",
                "title": "Simulated Song",
                "image_url": f"https://cdn.example/image_{task_id}-s{n}.jpeg",
                "lyric": "[Verse]\nSimulated lyrics",
                "audio_url": (
                    self.audio_url(f"{task_id}-s{n}", f"https://cdn.example/{task_id}-s{n}.mp3")
                    if done
                    else f"https://cdn.example/{task_id}-s{n}.mp3"
                ),
                "video_url": "",
                "created_at": "2025-06-17T15:59:32.468Z",
                "model": "chirp-v5",
                "state": self.states[state],
                "prompt": "lo-fi piano",
                "style": "lo-fi, piano",
            }
            if done:
                song["duration"] = self.duration(154.92 + n)
            songs.append(song)
        return songs
