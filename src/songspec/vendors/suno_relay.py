"""The Suno relay format (specs/suno-relay): new-api's task routes under /suno, sold by many
resellers (DeerAPI, CometAPI, gpt-best, kkiai, ...) each at its own host. The TaskDto's `data` is
Suno's own clip list for a MUSIC task, and the lyrics for a LYRICS task.

The format's quirks, and how they are mapped:

- No fixed host: the spec's server is a template, so `Songspec("suno-relay", base_url=...)` is required.
- `generate(prompt)` is inspiration mode (`gpt_description_prompt`); `generate(style, lyrics=...)`
  is custom mode (`prompt` = the lyrics, `tags` = the style; `lyrics=""` asks for an instrumental).
  No `mv` is chosen: the spec requires none and the relay defaults to `chirp-v3-0`.
- The task state is the TaskDto's `status`; the clips' own statuses (submitted, queued, streaming,
  complete, error) only describe the songs. A `streaming` clip already plays (its `audio_url` is a
  live stream), but the task is running until the TaskDto says SUCCESS. A relay never updates a
  finished task again, so a SUCCESS is final whatever its clips say, with one exception: a SUCCESS
  whose every clip is `error` produced no song and is reported FAILED (raw_state stays SUCCESS).
- Clips become Tracks: lyrics from `metadata.prompt`, duration from `metadata.duration` (number or
  string), model from `model_name` (else `major_model_version`). Clips in `error` and placeholders
  without an id are left out of `tracks` (they stay in `raw`).
- `fail_reason` is the reason; when it is empty, the first failed clip's `metadata.error_message`
  (which the origin server copies into `fail_reason` itself).
- new-api keeps `progress` at "0%" until the task ends; it is reported as given.
- Older relays answer a fetch by id with the bare clip list (in `data`, or as the whole body); the
  task state is then derived from the clips as the origin server does.
- A LYRICS task's lyrics (an object, or at some relays a list of candidates) become Tracks without
  audio. Whether a `data` list is clips or lyrics candidates is told by `action`; only without one
  by the items' shape.
- The origin server answers a fetch by id of a LYRICS task with its bare lyrics record
  `{id, status: "complete", title, text}`; its `status` is read as a clip's (complete = SUCCESS).
- The `notify_hook` callback body is undocumented: a TaskDto, or the `{code, data}` envelope around
  one, is accepted; the webhook receiver confirms with a fetch anyway.
- Unknown task: 400 `task_not_exist` (one-hub: 404); a 200 carrying that code says nothing.
"""

from __future__ import annotations

import dataclasses
from collections.abc import Sequence
from typing import TYPE_CHECKING, Any, cast

from .._exchange import Exchange
from .._types import TaskResult, TaskState, Track, as_float, as_text, unset_to_none
from .newapi import NewAPICodec, accepted_code, as_raw, parse_items

if TYPE_CHECKING:
    from songspec.clients.suno_relay.models import Clip, LyricsResult, TaskDto

CLIP_TASK_STATUS = {
    "submitted": "SUBMITTED",
    "queued": "QUEUED",
    "streaming": "IN_PROGRESS",
    "complete": "SUCCESS",
    "error": "FAILURE",
}
"""A clip's status as the task status the origin server derives from it (Suno-API readerStatus)."""

_RUNNING_ORDER = ("SUBMITTED", "QUEUED", "IN_PROGRESS")


class SunoRelayCodec(NewAPICodec):
    """The relay format, for every reseller that speaks it (suno-relay, deerapi-suno): what differs
    between them (host, key, accepted `mv` values) is in their specs."""

    wire_format = "new-api/suno"
    fetch_id_param = "task_id"
    style_field = "tags"  # inspiration mode for a prompt alone; custom mode when lyrics are given

    # ------------------------------------------------------------------ reading answers
    def _clips(self, payload: Any) -> list[Clip]:
        """The clips in a TaskDto's `data`: the list itself, or the `clips` of an object (a reseller
        that normalizes Suno's answer as CCAPI does Producer's: `{clips: [...], ...}`)."""
        extra = getattr(payload, "additional_properties", None)
        if isinstance(extra, dict) and isinstance(extra.get("clips"), list):
            payload = extra["clips"]
        return cast("list[Clip]", parse_items(payload, self.models.Clip))

    def _is_lyrics(self, task: TaskDto) -> bool:
        payload = unset_to_none(task.data)
        action = str(unset_to_none(task.action) or "").strip().upper()
        if action == "MUSIC":  # the action decides; a MUSIC clip may carry `state` too
            return False
        if action == "LYRICS" or isinstance(payload, self.models.LyricsResult):
            return True
        items = self._clips(payload)
        # gpt-best's list of lyrics candidates: each has `text` and a `state`, where a clip has a `status`.
        return bool(items) and all(
            "state" in clip.additional_properties and unset_to_none(clip.status) is None for clip in items
        )

    def tracks_from_task(self, task: TaskDto) -> tuple[Track, ...]:
        payload = unset_to_none(task.data)
        if self._is_lyrics(task):
            return _lyrics_tracks(payload, as_text(task.task_id), self.models.LyricsResult)
        return tuple(
            track_from_clip(clip) for clip in self._clips(payload) if as_text(clip.id) and _clip_status(clip) != "error"
        )

    def result_from_task(self, task: TaskDto, task_id: str | None = None) -> TaskResult:
        result = super().result_from_task(task, task_id)
        clips = self._clips(unset_to_none(task.data)) if not self._is_lyrics(task) else []
        failed_clips = [clip for clip in clips if _clip_status(clip) == "error"]
        if result.state is TaskState.SUCCEEDED and clips and len(failed_clips) == len(clips):
            # SUCCESS with no song at all: the origin server would have said FAILURE.
            result = dataclasses.replace(result, state=TaskState.FAILED, progress=100.0, tracks=())
        if result.state is TaskState.FAILED and not result.reason:
            reason = next(filter(None, (_clip_error(clip) for clip in failed_clips or clips)), None)
            result = dataclasses.replace(result, reason=reason)
        return result

    def fetch_results(self, exchange: Exchange, task_ids: Sequence[str]) -> dict[str, TaskResult]:
        model = exchange.parsed
        if exchange.call.operation == self.profile.fetch_operation and len(task_ids) == 1:
            [task_id] = task_ids
            derived: TaskDto | None = None
            if isinstance(model, list):  # older relays: the bare clip list as the whole body
                derived = self._task_from_clips(task_id, self._clips(model))
            elif isinstance(model, self.models.FetchTaskResponse) and accepted_code(model.code):
                data = unset_to_none(model.data)
                if isinstance(data, list):  # older relays: the bare clip list in `data`
                    derived = self._task_from_clips(task_id, self._clips(data))
                elif isinstance(data, self.models.LyricsResult):
                    # The origin server (Suno-API) answers a LYRICS task with its stored lyrics
                    # record {id, status, title, text}, not a TaskDto (spec FetchTaskResponse x-decision).
                    derived = self._task_from_lyrics(task_id, cast("LyricsResult", data))
            if derived is not None:
                result = self.result_from_task(derived, task_id)
                return {task_id: dataclasses.replace(result, raw=exchange.json)}
        return super().fetch_results(exchange, task_ids)

    def callback_result(self, body: Any) -> TaskResult:
        task = body
        if isinstance(body, dict) and "task_id" not in body and "data" in body:  # the envelope
            if not accepted_code(body.get("code")):
                raise ValueError("callback envelope is not a success")
            task = body["data"]
            if isinstance(task, list) and len(task) == 1:
                task = task[0]
        if not isinstance(task, dict) or not as_text(task.get("task_id")):
            raise ValueError("callback body names no task")
        return self.result_from_task(self.models.TaskDto.from_dict(task))

    # ------------------------------------------------------------------ tasks the relay did not send
    def _task_from_clips(self, task_id: str, clips: list[Clip]) -> TaskDto:
        """A TaskDto for a bare clip list, its status derived as the origin server derives it."""
        statuses = [_clip_status(clip) for clip in clips]
        mapped = [CLIP_TASK_STATUS.get(status or "") for status in statuses]
        status: str | None
        if not clips:
            status = None
        elif "FAILURE" in mapped:
            status = "FAILURE"
        elif None in mapped:
            status = next(s for s, m in zip(statuses, mapped, strict=True) if m is None)  # new: UNKNOWN
        elif all(m == "SUCCESS" for m in mapped):
            status = "SUCCESS"
        else:
            status = min((m for m in mapped if m and m != "SUCCESS"), key=_RUNNING_ORDER.index)
        reason = next(filter(None, (_clip_error(clip) for clip in clips if _clip_status(clip) == "error")), "")
        task = {"task_id": task_id, "action": "MUSIC", "status": status, "fail_reason": reason}
        return cast("TaskDto", self.models.TaskDto.from_dict({**task, "data": [as_raw(c) for c in clips]}))

    def _task_from_lyrics(self, task_id: str, lyrics: LyricsResult) -> TaskDto:
        """A TaskDto for the origin server's bare lyrics record. Its `status` is Suno's lyrics state,
        read as the server reads a clip's (readerStatus: complete = SUCCESS, error = FAILURE); the
        server stores a lyrics task only once Suno said complete or sent text, so text with an
        unknown state is finished too."""
        status = CLIP_TASK_STATUS.get((as_text(lyrics.status) or "").strip().lower())
        if status is None and as_text(lyrics.text):
            status = "SUCCESS"
        reason = as_text(lyrics.error_message) or ""
        task = {"task_id": task_id, "action": "LYRICS", "status": status, "fail_reason": reason}
        return cast("TaskDto", self.models.TaskDto.from_dict({**task, "data": lyrics.to_dict()}))


# ---------------------------------------------------------------------------------------- clips
def track_from_clip(clip: Clip) -> Track:
    """One Suno clip as a Track."""
    meta = unset_to_none(clip.metadata)
    duration = unset_to_none(meta.duration) if meta is not None else None
    extra = clip.additional_properties
    return Track(
        id=as_text(clip.id) or "",
        title=as_text(clip.title),
        audio_url=as_text(clip.audio_url),
        video_url=as_text(clip.video_url),
        image_url=as_text(clip.image_url) or as_text(clip.image_large_url),
        lyrics=as_text(meta.prompt) if meta is not None else None,
        duration=as_float(duration) if duration is not None else as_float(extra.get("duration")),
        model=as_text(clip.model_name) or as_text(clip.major_model_version),
        seed=as_text(extra.get("seed")) or (as_text(meta.additional_properties.get("seed")) if meta else None),
        raw=as_raw(clip),
    )


def _clip_status(clip: Clip) -> str | None:
    status = as_text(clip.status)
    return status.strip().lower() if status else None


def _clip_error(clip: Clip) -> str | None:
    meta = unset_to_none(clip.metadata)
    return as_text(meta.error_message) if meta is not None else None


def _lyrics_tracks(payload: Any, task_id: str | None, lyrics_class: type) -> tuple[Track, ...]:
    """A LYRICS task's lyrics (one record, or at some relays a list of candidates) as Tracks without audio."""
    items: list[Any] = (
        [payload] if isinstance(payload, lyrics_class) else (payload if isinstance(payload, list) else [])
    )
    tracks = []
    for item in items:
        text = as_text(unset_to_none(getattr(item, "text", None)))
        if text:
            tracks.append(
                Track(
                    id=as_text(unset_to_none(getattr(item, "id", None))) or task_id or "",
                    title=as_text(unset_to_none(getattr(item, "title", None))),
                    lyrics=text,
                    raw=as_raw(item),
                )
            )
    return tuple(tracks)
