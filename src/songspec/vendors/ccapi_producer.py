"""CCAPI Producer (specs/ccapi-producer): new-api task routes under /producer; the TaskDto's `data`
holds CCAPI's normalized Producer payload, `{clips: [...], progress, quota}` once the task succeeded
and `{progress, status, task_id}` (the upstream job) while it runs."""

from __future__ import annotations

from typing import Any

from .._types import Track, as_float, as_text
from .newapi import NewAPICodec


class CCAPIProducerCodec(NewAPICodec):
    wire_format = "new-api/producer"
    fetch_id_param = "id"

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
