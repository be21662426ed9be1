"""CCAPI Producer (specs/ccapi-producer): new-api task routes under /producer; the TaskDto's `data`
holds CCAPI's normalized Producer payload, `{clips: [...], progress, quota}` once the task succeeded
and `{progress, status, task_id}` (the upstream job) while it runs."""

from __future__ import annotations

from typing import TYPE_CHECKING, cast

from .._types import Track, as_float, as_text, unset_to_none
from .newapi import NewAPICodec, as_raw, parse_items

if TYPE_CHECKING:
    from songspec.clients.ccapi_producer.models import Clip, ProducerProgressData, ProducerResultData
    from songspec.clients.suno_relay.models import TaskDto


class CCAPIProducerCodec(NewAPICodec):
    wire_format = "new-api/producer"
    fetch_id_param = "id"

    def tracks_from_task(self, task: TaskDto) -> tuple[Track, ...]:
        payload = unset_to_none(task.data)
        if isinstance(payload, self.models.ProducerResultData):
            clips = cast("list[Clip]", parse_items(cast("ProducerResultData", payload).clips, self.models.Clip))
        elif isinstance(payload, self.models.ProducerProgressData):
            # A result whose clip list holds an item that does not fit ProducerResultData lands here
            # with `clips` kept as sent: read the clips that do fit.
            extra = cast("ProducerProgressData", payload).additional_properties
            clips = cast("list[Clip]", parse_items(extra.get("clips"), self.models.Clip))
        else:
            return ()
        # result_url is "the main result's URL": it can stand in for a lone clip's missing audio_url.
        main_url = as_text(task.result_url) if len(clips) == 1 else None
        return tuple(
            Track(
                id=as_text(clip.clip_id) or as_text(clip.additional_properties.get("id")) or "",
                title=as_text(clip.title),
                audio_url=as_text(clip.audio_url) or main_url,
                video_url=as_text(clip.video_url),
                image_url=as_text(clip.image_url),
                lyrics=as_text(clip.lyrics),
                duration=as_float(clip.duration),
                model=as_text(clip.mv),
                seed=as_text(clip.seed),
                raw=as_raw(clip),
            )
            for clip in clips
        )
