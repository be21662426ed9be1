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
from typing import Any, TypeGuard

from .._exchange import Exchange
from .._types import TaskResult, TaskState, Track, as_float, as_text
from .newapi import NewAPICodec

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

    # ------------------------------------------------------------------ requests
    def generation_body(self, prompt: str | None, lyrics: str | None, options: Any) -> dict[str, Any]:
        """Inspiration mode for a prompt alone; custom mode (lyrics in `prompt`, the prompt as the
        style in `tags`) when lyrics are given."""
        body = dict(options)
        if lyrics is not None:
            body["prompt"] = lyrics
            if prompt is not None:
                body["tags"] = prompt
        elif prompt is not None:
            body["gpt_description_prompt"] = prompt
        return body

    # ------------------------------------------------------------------ reading answers
    def tracks_from_task(self, task: dict[str, Any]) -> tuple[Track, ...]:
        payload = task.get("data")
        if _is_lyrics(task):
            return _lyrics_tracks(payload, as_text(task.get("task_id")))
        if not isinstance(payload, list):
            return ()
        return tuple(
            track_from_clip(clip)
            for clip in _clips(payload)
            if as_text(clip.get("id")) and _clip_status(clip) != "error"
        )

    def result_from_task(self, task: dict[str, Any], task_id: str | None = None) -> TaskResult:
        result = super().result_from_task(task, task_id)
        clips = _clips(task.get("data")) if not _is_lyrics(task) else []
        failed_clips = [clip for clip in clips if _clip_status(clip) == "error"]
        if result.state is TaskState.SUCCEEDED and clips and len(failed_clips) == len(clips):
            # SUCCESS with no song at all: the origin server would have said FAILURE.
            result = dataclasses.replace(result, state=TaskState.FAILED, progress=100.0, tracks=())
        if result.state is TaskState.FAILED and not result.reason:
            reason = next(filter(None, (_clip_error(clip) for clip in failed_clips or clips)), None)
            result = dataclasses.replace(result, reason=reason)
        return result

    def fetch_results(self, exchange: Exchange, task_ids: Sequence[str]) -> dict[str, TaskResult]:
        body = exchange.json
        if exchange.call.operation == self.profile.fetch_operation and len(task_ids) == 1:
            # Older relays: the bare clip list, in `data` or as the whole body (spec x-decision).
            clips = body if isinstance(body, list) else None
            if clips is None and self.accepted(body) and isinstance(body.get("data"), list):
                clips = body["data"]
            if clips is not None:
                if not _looks_like_clips(clips):
                    return super().fetch_results(exchange, task_ids)
                [task_id] = task_ids
                result = self.result_from_task(task_from_clips(task_id, clips), task_id)
                return {task_id: dataclasses.replace(result, raw=body)}
            # The origin server (Suno-API) answers a LYRICS task with its stored lyrics record
            # {id, status, title, text}, not a TaskDto (spec FetchTaskResponse x-decision).
            lyrics = body.get("data") if self.accepted(body) else None
            if _is_origin_lyrics(lyrics):
                [task_id] = task_ids
                result = self.result_from_task(task_from_lyrics(task_id, lyrics), task_id)
                return {task_id: dataclasses.replace(result, raw=body)}
        return super().fetch_results(exchange, task_ids)

    def callback_result(self, body: Any) -> TaskResult:
        task = body
        if isinstance(body, dict) and "task_id" not in body and "data" in body:  # the envelope
            if not self.accepted(body):
                raise ValueError("callback envelope is not a success")
            task = body["data"]
            if isinstance(task, list) and len(task) == 1:
                task = task[0]
        if not isinstance(task, dict) or not as_text(task.get("task_id")):
            raise ValueError("callback body names no task")
        return self.result_from_task(task)


# ---------------------------------------------------------------------------------------- clips
def track_from_clip(clip: dict[str, Any]) -> Track:
    """One Suno clip as a Track."""
    meta: dict[str, Any] = clip["metadata"] if isinstance(clip.get("metadata"), dict) else {}
    return Track(
        id=as_text(clip.get("id")) or "",
        title=as_text(clip.get("title")),
        audio_url=as_text(clip.get("audio_url")),
        video_url=as_text(clip.get("video_url")),
        image_url=as_text(clip.get("image_url")) or as_text(clip.get("image_large_url")),
        lyrics=as_text(meta.get("prompt")),
        duration=as_float(meta.get("duration")) if meta.get("duration") is not None else as_float(clip.get("duration")),
        model=as_text(clip.get("model_name")) or as_text(clip.get("major_model_version")),
        seed=as_text(clip.get("seed")) or as_text(meta.get("seed")),
        raw=clip,
    )


def task_from_clips(task_id: str, clips: list[Any]) -> dict[str, Any]:
    """A TaskDto for a bare clip list, its status derived as the origin server derives it."""
    items = _clips(clips)
    statuses = [_clip_status(clip) for clip in items]
    mapped = [CLIP_TASK_STATUS.get(status or "") for status in statuses]
    if not items:
        status = None
    elif "FAILURE" in mapped:
        status = "FAILURE"
    elif None in mapped:
        status = next(s for s, m in zip(statuses, mapped, strict=True) if m is None)  # new: UNKNOWN
    elif all(m == "SUCCESS" for m in mapped):
        status = "SUCCESS"
    else:
        status = min((m for m in mapped if m != "SUCCESS"), key=_RUNNING_ORDER.index)
    reason = next(filter(None, (_clip_error(clip) for clip in items if _clip_status(clip) == "error")), "")
    return {"task_id": task_id, "action": "MUSIC", "status": status, "fail_reason": reason, "data": items}


def task_from_lyrics(task_id: str, lyrics: dict[str, Any]) -> dict[str, Any]:
    """A TaskDto for the origin server's bare lyrics record. Its `status` is Suno's lyrics state,
    read as the server reads a clip's (readerStatus: complete = SUCCESS, error = FAILURE); the
    server stores a lyrics task only once Suno said complete or sent text, so text with an unknown
    state is finished too."""
    status = CLIP_TASK_STATUS.get((as_text(lyrics.get("status")) or "").strip().lower())
    if status is None and as_text(lyrics.get("text")):
        status = "SUCCESS"
    reason = as_text(lyrics.get("error_message")) or ""
    return {"task_id": task_id, "action": "LYRICS", "status": status, "fail_reason": reason, "data": lyrics}


def _is_origin_lyrics(data: Any) -> TypeGuard[dict[str, Any]]:
    """The origin server's lyrics record: an object with `text` and no TaskDto fields."""
    return isinstance(data, dict) and "text" in data and "task_id" not in data and "data" not in data


def _clips(payload: Any) -> list[dict[str, Any]]:
    return [clip for clip in payload if isinstance(clip, dict)] if isinstance(payload, list) else []


def _clip_status(clip: dict[str, Any]) -> str | None:
    status = as_text(clip.get("status"))
    return status.strip().lower() if status else None


def _clip_error(clip: dict[str, Any]) -> str | None:
    meta = clip.get("metadata")
    return as_text(meta.get("error_message")) if isinstance(meta, dict) else None


def _looks_like_clips(items: list[Any]) -> bool:
    """A clip list, not a TaskDto list: objects with no `task_id`."""
    dicts = _clips(items)
    return bool(dicts) and not any("task_id" in item for item in dicts)


# ---------------------------------------------------------------------------------------- lyrics
def _is_lyrics(task: dict[str, Any]) -> bool:
    payload = task.get("data")
    action = str(task.get("action") or "").strip().upper()
    if action == "MUSIC":  # the action decides; a MUSIC clip may carry `state` too
        return False
    if action == "LYRICS" or isinstance(payload, dict):
        return True
    items = _clips(payload)
    # gpt-best's list of lyrics candidates: each has a `state`, where a clip has a `status`.
    return bool(items) and all("state" in item and "status" not in item for item in items)


def _lyrics_tracks(payload: Any, task_id: str | None) -> tuple[Track, ...]:
    items = [payload] if isinstance(payload, dict) else _clips(payload)
    return tuple(
        Track(
            id=as_text(item.get("id")) or task_id or "",
            title=as_text(item.get("title")),
            lyrics=as_text(item.get("text")),
            raw=item,
        )
        for item in items
        if as_text(item.get("text"))
    )
