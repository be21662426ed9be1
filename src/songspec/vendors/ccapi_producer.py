"""CCAPI Producer (specs/ccapi-producer): new-api task routes under /producer; the TaskDto's `data`
holds CCAPI's normalized Producer payload, `{clips: [...], progress, quota}` once the task succeeded
and `{progress, status, task_id}` (the upstream job) while it runs."""

from __future__ import annotations

import uuid
from typing import Any

from .._types import TaskState, Track, as_float, as_text
from ._newapi import NewAPITaskAdapter


class CCAPIProducer(NewAPITaskAdapter):
    name = "ccapi-producer"
    api_key_env = "CCAPI_API_KEY"
    default_base_url = "https://api.ccapi.ai"  # Authorization: Bearer <token> (the base class default)
    route_prefix = "/producer"
    submit_operation = "generate_music"  # POST /producer/submit/MUSIC, the only action CCAPI enables
    fetch_operation = "fetch_task"  # GET /producer/fetch/{id}
    batch_operation = "fetch_tasks"  # POST /producer/fetch {ids}
    fetch_id_param = "id"
    callback_field = None  # CCAPI documents no callback
    prompt_field = "prompt"
    lyrics_field = None  # the documented MUSIC body has no lyrics field

    def tracks_from_task(self, task: dict[str, Any]) -> tuple[Track, ...]:
        payload = task.get("data")
        clips = payload.get("clips") if isinstance(payload, dict) else None
        if not isinstance(clips, list):
            return ()
        clips = [clip for clip in clips if isinstance(clip, dict)]
        # result_url is "the main result's URL": it can stand in for a lone clip's missing audio_url.
        main_url = as_text(task.get("result_url")) if len(clips) == 1 else None
        return tuple(
            Track(
                id=as_text(clip.get("clip_id")) or as_text(clip.get("id")) or "",
                title=as_text(clip.get("title")),
                audio_url=as_text(clip.get("audio_url")) or main_url,
                video_url=as_text(clip.get("video_url")),
                image_url=as_text(clip.get("image_url")),
                lyrics=as_text(clip.get("lyrics")),
                duration=as_float(clip.get("duration")),
                model=as_text(clip.get("mv")),
                seed=as_text(clip.get("seed")),
                raw=clip,
            )
            for clip in clips
        )

    # ------------------------------------------------------------------ simulation
    def fake_task_payload(self, task_id: str, state: TaskState, progress: float) -> Any:
        upstream_id = str(uuid.uuid5(uuid.NAMESPACE_URL, f"ccapi-producer/{task_id}"))
        if state is not TaskState.SUCCEEDED:
            # The payload of a failed task is not documented; it keeps the running shape.
            shown = "100%" if state is TaskState.FAILED else f"{progress:.0f}%"
            return {"progress": shown, "status": self.fake_states[state], "task_id": upstream_id}
        return {
            "clips": [
                {
                    "clip_id": upstream_id,
                    "state": "completed",
                    "title": "Simulated Song",
                    "sound": "lo-fi piano, warm, slow",
                    "lyrics": "la la la",
                    "image_url": f"https://cdn.example/{task_id}.jpg",
                    "audio_url": f"https://cdn.example/{task_id}.m4a",
                    "video_url": None,
                    "created_at": "2026-03-13T07:10:57.379725Z",
                    "mv": "FUZZ-2.0",
                    "seed": None,
                    "duration": "187.42",
                }
            ],
            "progress": "100%",
            "quota": "3",
        }
