"""AceDataCloud Suno (specs/acedata-suno): songs from POST /suno/audios, read back by POST
/suno/tasks (one id with `retrieve`, up to 50 with `retrieve_batch`).

The platform's task format (non-blocking submits, task records, states, the error envelope and
codes) is AceData's, shared with its Producer API: see `_acedata.py`. Suno's own quirks:

- A generation makes two songs; `all_stems` many; `concat` one.
- Each song has a `state`: `pending`, `running`, `succeeded` or `error`. While a song runs its
  `audio_url` may already hold a streaming preview, so a task is done only when every song says
  `succeeded` (the least advanced song decides, in `_acedata.AceDataCodec._state_of`).
- `video_url` is "" when there is none; `duration` is a number (absent until the song is done).
- A moderation refusal is a 403 `forbidden`, a request error; 500 `busy` and 504 `timeout` are
  server errors (after a submit, look the task up before sending again).
"""

from __future__ import annotations

from typing import Any

from .._types import Track, as_float, as_text
from ._acedata import AceDataCodec


class AceDataSunoCodec(AceDataCodec):
    wire_format = "acedata-suno"

    def _track(self, song: Any, task_id: str, index: int) -> Track:
        return Track(
            id=as_text(song.id) or (task_id if index == 0 else f"{task_id}-{index}"),
            title=as_text(song.title),
            audio_url=as_text(song.audio_url),
            video_url=as_text(song.video_url),
            image_url=as_text(song.image_url),
            lyrics=as_text(song.lyric),
            duration=as_float(song.duration),
            model=as_text(song.model),
            raw=song.to_dict(),
        )
