"""TTAPI's job format as its Suno API speaks it: POST /suno/v1/<action>, GET /suno/v2/fetch?jobId=,
hookUrl callbacks. Two songs per job, camelCase records with `duration` as a string, and the job id
also at the top of the fetch result (docs.ttapi.io suno_fetch_v2)."""

from __future__ import annotations

from typing import Any

from ..._types import TaskState
from .ttapi_producer import TTAPIProducerSimulator


class TTAPISunoSimulator(TTAPIProducerSimulator):
    submit_prefix = "/suno/v1/"
    fetch_path = "/suno/v2/fetch"
    model = "chirp-v5"
    quota = "6"

    def musics(self, task_id: str) -> list[dict[str, Any]]:
        return [
            {
                "musicId": f"{task_id}-m{n}",
                "prompt": "[Verse]\nla la la",
                "title": "Simulated Song",
                "tags": "lo-fi",
                "imageUrl": f"https://cdn.example/{task_id}-{n}.jpeg",
                "imageLargeUrl": f"https://cdn.example/{task_id}-{n}-large.jpeg",
                "audioUrl": self.audio_url(f"{task_id}-m{n}", f"https://cdn.example/{task_id}-{n}.mp3"),
                "videoUrl": f"https://cdn.example/{task_id}-{n}.mp4",
                "duration": str(self.duration(211.44)),
                "negativeTags": "",
                "styleWeight": None,
                "weirdnessConstraint": None,
                "audioWeight": None,
                "createdAt": "2026-03-03T02:23:51.401Z",
            }
            for n in (1, 2)
        ]

    def record(self, task_id: str, state: TaskState, progress: float, reason: str | None) -> dict[str, Any]:
        record = super().record(task_id, state, progress, reason)
        record["data"]["hookUrl"] = None
        return {"status": record["status"], "message": record["message"], "jobId": task_id, "data": record["data"]}
