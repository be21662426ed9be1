"""AceDataCloud Producer (specs/acedata-producer): songs from POST /producer/audios, read back by
POST /producer/tasks (one id with `retrieve`, up to 50 with `retrieve_batch`).

The platform's task format (non-blocking submits, task records, states, the error envelope and
codes) is AceData's, shared with its Suno API: see `_acedata.py`. Producer's own quirks:

- Song states are `succeeded`, or the Chinese page's translation `成功`; no in-progress state is
  documented.
- Seeds and durations arrive as strings; a `stems` result has `stems_url` (a zip) and no id or
  audio_url.
"""

from __future__ import annotations

from typing import Any

from .._types import Track, as_float, as_text
from ._acedata import AceDataCodec


class AceDataProducerCodec(AceDataCodec):
    wire_format = "acedata-producer"
    song_type_names = ("Song", "StemsResult")

    def _track(self, song: Any, task_id: str, index: int) -> Track:
        # A stems item has no id and no audio_url: its zip (named after the task) stands in for both.
        fallback_id = task_id if index == 0 else f"{task_id}-{index}"
        if isinstance(song, self.models.StemsResult):
            return Track(
                id=fallback_id,
                title=as_text(song.title),
                audio_url=as_text(song.stems_url),
                lyrics=as_text(song.lyric),
                model=as_text(song.model),
                raw=song.to_dict(),
            )
        return Track(
            id=as_text(song.id) or fallback_id,
            title=as_text(song.title),
            audio_url=as_text(song.audio_url),
            video_url=as_text(song.video_url),
            image_url=as_text(song.image_url),
            lyrics=as_text(song.lyric),
            duration=as_float(song.duration),
            model=as_text(song.model),
            seed=as_text(song.seed),
            raw=song.to_dict(),
        )
