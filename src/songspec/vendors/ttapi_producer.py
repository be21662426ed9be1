"""TTAPI Producer (specs/ttapi-producer): jobs under /producer/v1/, polled one at a time by jobId.
TTAPI's job format is shared with its Suno API (`ttapi.py`); here only what a Producer song record
holds."""

from __future__ import annotations

from typing import Any

from .._types import Track, as_float, as_text
from ._codec import unset_to_none
from .ttapi import TTAPICodec


class TTAPIProducerCodec(TTAPICodec):
    wire_format = "ttapi-producer"

    def track(self, music: Any, model: str | None) -> Track:
        return Track(
            id=as_text(unset_to_none(music.music_id)) or "",
            title=as_text(unset_to_none(music.title)),
            audio_url=as_text(unset_to_none(music.audio_url)),
            video_url=as_text(unset_to_none(music.video_url)),
            image_url=as_text(unset_to_none(music.image_url)),
            lyrics=as_text(unset_to_none(music.lyrics)),
            duration=as_float(unset_to_none(music.durations)),
            model=model,
            seed=as_text(unset_to_none(music.seed)),
            raw=music.to_dict(),
        )
