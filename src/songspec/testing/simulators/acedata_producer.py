"""AceDataCloud Producer's wire format: POST /producer/audios answers {task_id} (async), POST /producer/tasks retrieves one record or a batch {items, count}, 200 {} for an unknown id, and the creating call's final body as the callback."""

from __future__ import annotations

import json
from typing import Any

import httpx

from ..._types import TaskState
from ._base import Route, Simulator


class AceDataProducerSimulator(Simulator):
    states = {
        TaskState.QUEUED: "pending",
        TaskState.RUNNING: "processing",
        TaskState.SUCCEEDED: "succeeded",
        TaskState.FAILED: "failed",
    }

    def route(self, request: httpx.Request) -> Route | None:
        if request.method != "POST":
            return None
        if request.url.path == "/producer/audios":
            return "submit", []
        if request.url.path != "/producer/tasks":
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

    def record(self, task_id: str, state: TaskState, progress: float, reason: str | None) -> dict[str, Any]:
        record: dict[str, Any] = {
            "_id": "69541b81ff2676299ccc3b29",
            "id": task_id,
            "api_id": "01d96900-9f8c-41d7-814c-95c7a885ba61",
            "application_id": "920ba772-867a-48ae-8efa-9b9f94136199",
            "created_at": 1767119745.524,
            "request": {"action": "generate", "prompt": "lo-fi piano", "async": True},
            "trace_id": f"trace-{task_id}",
            "type": "audios",
            "user_id": "ad7afe47-cea9-4cda-980f-2ad8810e51cf",
        }
        if state is TaskState.QUEUED:
            record["state"] = self.states[state]
            return record
        record["started_at"] = 1767119745.584
        if state is TaskState.RUNNING:
            record["state"] = self.states[state]  # `response` stays absent until the task ends
            return record
        record.update(finished_at=1767119785.589, elapsed=40.005)
        if state is TaskState.FAILED:
            record["state"] = self.states[state]
            record["response"] = {
                "success": False,
                "task_id": task_id,
                "error": {"code": "api_error", "message": reason or "failed"},
                "trace_id": f"trace-{task_id}",
            }
            return record
        record["response"] = {
            "success": True,
            "task_id": task_id,
            "trace_id": f"trace-{task_id}",
            "data": [
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
            ],
        }
        return record

    def fetch_answer(self, records: list[dict[str, Any]], *, batch: bool) -> Any:
        if batch:
            return {"items": records, "count": len(records)}
        [record] = records
        return record

    def callback_body(self, record: dict[str, Any]) -> Any:
        """The creating call's final body; {"task_id"} alone for a task that has not ended."""
        response = record.get("response")
        return dict(response) if isinstance(response, dict) else {"task_id": record["id"]}

    def not_found(self) -> tuple[int, Any]:
        return 200, {}
