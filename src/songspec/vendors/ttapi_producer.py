"""TTAPI Producer (specs/ttapi-producer): jobs under /producer/v1/, polled one at a time by jobId."""

from __future__ import annotations

from collections.abc import Sequence
from typing import Any
from urllib.parse import parse_qs

import httpx

from .._errors import APIError, InvalidRequestError
from .._exchange import Call, Exchange
from .._types import TaskResult, TaskState, Track, as_float, as_text, parse_progress
from ._base import VendorAdapter


class TTAPIProducer(VendorAdapter):
    name = "ttapi-producer"
    api_key_env = "TTAPI_API_KEY"
    auth_header = "TT-API-KEY"
    auth_prefix = ""  # the key is sent as is
    default_base_url = "https://api.ttapi.io"
    submit_operation = "generate_music"
    fetch_operation = "fetch_job"
    batch_operation = None  # TTAPI documents no batch fetch for Producer
    callback_field = "hook_url"
    prompt_field = "sound_prompt"
    lyrics_field = "lyrics_text"
    states = {
        "PENDING_QUEUE": TaskState.QUEUED,
        "ON_QUEUE": TaskState.RUNNING,
        "SUCCESS": TaskState.SUCCEEDED,
        "FAILED": TaskState.FAILED,
    }

    def fetch_call(self, task_id: str) -> Call:
        return Call(self.fetch_operation, self.endpoint(self.fetch_operation), {"job_id": task_id})

    def task_id_from_submit(self, exchange: Exchange) -> str | None:
        data = exchange.json.get("data") if isinstance(exchange.json, dict) else None
        if isinstance(data, dict):
            # The vendor's pages disagree on the spelling (specs/ttapi-producer SubmitData x-decision).
            return as_text(data.get("jobId")) or as_text(data.get("job_id"))
        return None

    def submit_rejection(self, exchange: Exchange) -> APIError | None:
        if isinstance(exchange.json, dict) and self.state(exchange.json.get("status")) is TaskState.FAILED:
            assert exchange.status is not None
            message = as_text(exchange.json.get("message")) or "submit refused"
            return InvalidRequestError(message, vendor=self.name, status_code=exchange.status, body=exchange.json)
        return None

    def _result(self, job: dict[str, Any], asked_id: str | None = None) -> TaskResult:
        data = job.get("data") if isinstance(job.get("data"), dict) else {}
        # A fetch answers for the id it was asked about; a callback names its job itself.
        task_id = asked_id or as_text(data.get("jobId")) or as_text(job.get("jobId")) or ""
        state = self.state(job.get("status"))
        tracks = tuple(
            Track(
                id=as_text(music.get("musicId")) or "",
                title=as_text(music.get("title")),
                audio_url=as_text(music.get("audioUrl")),
                video_url=as_text(music.get("videoUrl")),
                image_url=as_text(music.get("imageUrl")),
                lyrics=as_text(music.get("lyrics")),
                duration=as_float(music.get("durations")),
                model=as_text(data.get("mv")),
                seed=as_text(music.get("seed")),
                raw=music,
            )
            for music in (data.get("musics") or [])
            if isinstance(music, dict)
        )
        message = as_text(job.get("message"))
        return TaskResult(
            vendor=self.name,
            task_id=task_id,
            state=state,
            tracks=tracks,
            progress=100.0 if state is TaskState.SUCCEEDED else parse_progress(data.get("progress")),
            reason=message if state is TaskState.FAILED else None,
            raw_state=as_text(job.get("status")),
            raw=job,
        )

    def results_from_fetch(self, exchange: Exchange, task_ids: Sequence[str]) -> dict[str, TaskResult]:
        if not isinstance(exchange.json, dict) or "status" not in exchange.json:
            return {}
        [task_id] = task_ids
        return {task_id: self._result(exchange.json, asked_id=task_id)}

    def result_from_callback(self, body: Any) -> TaskResult:
        return self._result(body)

    # ------------------------------------------------------------------ simulation
    fake_states = {
        TaskState.QUEUED: "PENDING_QUEUE",
        TaskState.RUNNING: "ON_QUEUE",
        TaskState.SUCCEEDED: "SUCCESS",
        TaskState.FAILED: "FAILED",
    }

    def fake_route(self, request: httpx.Request) -> tuple[str, list[str]] | None:
        path = request.url.path
        if request.method == "GET" and path == "/producer/v1/fetch":
            return "fetch", parse_qs(request.url.query.decode()).get("jobId", [""])[:1]
        if request.method == "POST" and path.startswith("/producer/v1/"):
            return "submit", []
        return None

    def fake_submit_answer(self, task_id: str) -> Any:
        return {"status": "SUCCESS", "message": "success", "data": {"jobId": task_id}}

    def fake_record(self, task_id: str, state: TaskState, progress: float, reason: str | None) -> dict[str, Any]:
        data: dict[str, Any] = {"jobId": task_id, "action": "music", "progress": f"{progress:.0f}%", "mv": "FUZZ-2.0"}
        if state is TaskState.SUCCEEDED:
            data["quota"] = "3"
            data["musics"] = [
                {
                    "musicId": f"{task_id}-m1",
                    "title": "Simulated Song",
                    "lyrics": "la la la",
                    "imageUrl": f"https://cdn.example/{task_id}.jpg",
                    "audioUrl": f"https://cdn.example/{task_id}.m4a",
                    "videoUrl": None,
                    "seed": "1680274481",
                    "durations": "199.13433106575962",
                    "createdAt": "2025-10-17T13:38:31.542817Z",
                }
            ]
        message = reason if state is TaskState.FAILED else ("success" if state is TaskState.SUCCEEDED else None)
        return {"status": self.fake_states[state], "message": message, "data": data}

    def fake_fetch_answer(self, records: list[dict[str, Any]], *, batch: bool) -> Any:
        [record] = records
        return record

    def fake_callback_body(self, record: dict[str, Any]) -> Any:
        return record

    def fake_not_found(self) -> tuple[int, Any]:
        return 404, {"status": "FAILED", "message": "job not found", "data": None}
