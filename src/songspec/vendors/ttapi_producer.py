"""TTAPI Producer (specs/ttapi-producer): jobs under /producer/v1/, polled one at a time by jobId.
TTAPI's job format is shared with its Suno API (`ttapi.py`); here only what a Producer song record
holds."""

from __future__ import annotations

from typing import Any

from .._types import Track, as_float, as_text
from .ttapi import TTAPICodec


class TTAPIProducerCodec(TTAPICodec):
    wire_format = "ttapi-producer"

    def track(self, music: Any, model: str | None) -> Track:
        return Track(
            id=as_text(music.music_id) or "",
            title=as_text(music.title),
            audio_url=as_text(music.audio_url),
            video_url=as_text(music.video_url),
            image_url=as_text(music.image_url),
            lyrics=as_text(music.lyrics),
            duration=as_float(music.durations),
            model=model,
            seed=as_text(music.seed),
            raw=music.to_dict(),
        )
