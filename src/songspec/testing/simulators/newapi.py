"""QuantumNous new-api's task format: POST {prefix}/submit/<ACTION> answers {code, data: task id},
GET {prefix}/fetch/<id> one TaskDto, POST {prefix}/fetch {ids} a list of them, 400 task_not_exist
for an unknown id. The platform prefix is read from the spec's fetch path; the TaskDto's `data`
is the reseller's payload: Producer clips (CCAPI) or Suno's clip list (the Suno relays)."""

from __future__ import annotations

import re
import uuid
from typing import Any
from urllib.parse import unquote

import httpx

from ..._specs import find_operation
from ..._types import TaskState
from ...vendors import Vendor
from ...vendors.newapi import NOT_FOUND_CODE, SUCCESS_CODE
from ._base import Route, Simulator


class NewAPISimulator(Simulator):
    def __init__(self, vendor: Vendor) -> None:
        super().__init__(vendor)
        # "/suno/fetch/{task_id}" -> "/suno": the platform segment every route starts with.
        fetch_path, _method, _operation = find_operation(vendor.name, vendor.profile.fetch_operation)
        self.prefix = fetch_path.split("/fetch")[0].rstrip("/")

    def task_payload(self, task_id: str, state: TaskState, progress: float) -> Any:
        """The TaskDto `data` this reseller stores for a task in `state`."""
        raise NotImplementedError

    states = {
        TaskState.QUEUED: "SUBMITTED",
        TaskState.RUNNING: "IN_PROGRESS",
        TaskState.SUCCEEDED: "SUCCESS",
        TaskState.FAILED: "FAILURE",
    }

    def route(self, request: httpx.Request) -> Route | None:
        prefix = re.escape(self.prefix)
        path = request.url.path
        if request.method == "POST" and re.search(rf"{prefix}/submit/[^/]+$", path):
            return "submit", []
        if request.method == "GET" and (match := re.search(rf"{prefix}/fetch/([^/]+)$", path)):
            return "fetch", [unquote(match.group(1))]
        if request.method == "POST" and re.search(rf"{prefix}/fetch/?$", path):
            body = httpx.Response(200, content=request.content).json() if request.content else {}
            ids = body.get("ids") if isinstance(body, dict) else None
            return "batch", [str(i) for i in ids or []]
        return None

    def submit_answer(self, task_id: str) -> Any:
        return {"code": SUCCESS_CODE, "message": "", "data": task_id}

    def record(self, task_id: str, state: TaskState, progress: float, reason: str | None) -> dict[str, Any]:
        done = state.is_terminal
        return {
            "task_id": task_id,
            "action": "MUSIC",  # new-api's own action name for Suno music, and CCAPI Producer's
            "status": self.states[state],
            "fail_reason": reason or "",
            "submit_time": 1773385820,
            "start_time": 0 if state is TaskState.QUEUED else 1773385828,
            "finish_time": 1773385875 if done else 0,
            "progress": "100%" if done else f"{progress:.0f}%",
            "data": self.task_payload(task_id, state, progress),
        }

    def fetch_answer(self, records: list[dict[str, Any]], *, batch: bool) -> Any:
        if batch:
            return {"code": SUCCESS_CODE, "message": "", "data": records}
        [record] = records
        return {"code": SUCCESS_CODE, "message": "", "data": record}

    def not_found(self) -> tuple[int, Any]:
        return 400, {"code": NOT_FOUND_CODE, "message": NOT_FOUND_CODE, "data": None}


class ProducerClipsSimulator(NewAPISimulator):
    """CCAPI Producer: `data` is `{clips: [...], progress, quota}` once the task succeeded and
    `{progress, status, task_id}` (the upstream job) while it runs."""

    def task_payload(self, task_id: str, state: TaskState, progress: float) -> Any:
        upstream_id = str(uuid.uuid5(uuid.NAMESPACE_URL, f"{self.vendor.name}/{task_id}"))
        if state is not TaskState.SUCCEEDED:
            # The payload of a failed task is not documented; it keeps the running shape.
            shown = "100%" if state is TaskState.FAILED else f"{progress:.0f}%"
            return {"progress": shown, "status": self.states[state], "task_id": upstream_id}
        return {
            "clips": [
                {
                    "clip_id": upstream_id,
                    "state": "completed",
                    "title": "Simulated Song",
                    "sound": "lo-fi piano, warm, slow",
                    "lyrics": "la la la",
                    "image_url": f"https://cdn.example/{task_id}.jpg",
                    "audio_url": self.audio_url(upstream_id, f"https://cdn.example/{task_id}.m4a"),
                    "video_url": None,
                    "created_at": "2026-03-13T07:10:57.379725Z",
                    "mv": "FUZZ-2.0",
                    "seed": None,
                    "duration": str(self.duration(187.42)),
                }
            ],
            "progress": "100%",
            "quota": "3",
        }


class SunoClipsSimulator(NewAPISimulator):
    """The Suno relays: `data` is Suno's own clip list (two songs per generation)."""

    def task_payload(self, task_id: str, state: TaskState, progress: float) -> Any:
        status = {
            TaskState.QUEUED: "submitted",
            TaskState.RUNNING: "streaming",
            TaskState.SUCCEEDED: "complete",
            TaskState.FAILED: "error",
        }[state]
        clips = []
        for n in (1, 2):  # Suno makes two songs per generation
            clip_id = str(uuid.uuid5(uuid.NAMESPACE_URL, f"{self.vendor.name}/{task_id}/{n}"))
            done = state is TaskState.SUCCEEDED
            audio = self.audio_url(clip_id, f"https://cdn1.suno.ai/{clip_id}.mp3") if done else ""
            if state is TaskState.RUNNING:
                audio = f"https://audiopipe.suno.ai/?item_id={clip_id}"
            clips.append(
                {
                    "id": clip_id,
                    "title": "Simulated Song" if state is not TaskState.QUEUED else "",
                    "status": status,
                    "audio_url": audio,
                    "video_url": f"https://cdn1.suno.ai/{clip_id}.mp4" if done else "",
                    "image_url": f"https://cdn2.suno.ai/image_{clip_id}.jpeg" if done else "",
                    "image_large_url": f"https://cdn2.suno.ai/image_large_{clip_id}.jpeg" if done else "",
                    "is_video_pending": not done,
                    "major_model_version": "v3",
                    "model_name": "chirp-v3",
                    "metadata": {
                        "tags": "lo-fi piano, warm",
                        "prompt": "[Verse]\nla la la" if state is not TaskState.QUEUED else "",
                        "gpt_description_prompt": "lo-fi piano",
                        "type": "gen",
                        "duration": self.duration(187.42) if done else None,
                        "stream": True,
                        "error_type": "simulated" if state is TaskState.FAILED else None,
                        "error_message": None,
                    },
                    "created_at": "2024-05-20T07:55:51.000Z",
                    "is_public": False,
                }
            )
        return clips

    def record(self, task_id: str, state: TaskState, progress: float, reason: str | None) -> dict[str, Any]:
        record = super().record(task_id, state, progress, reason)
        if reason:
            for clip in record["data"]:
                clip["metadata"]["error_message"] = reason  # the origin server copies it to fail_reason
        return record

    def callback_body(self, record: dict[str, Any]) -> Any:
        return record  # undocumented; the TaskDto itself is the likeliest body
