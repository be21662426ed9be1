"""AceDataCloud Producer (specs/acedata-producer): songs from POST /producer/audios, read back by
POST /producer/tasks (one id with `retrieve`, up to 50 with `retrieve_batch`).

The vendor's quirks, and how they are mapped:

- Submissions are made non-blocking. Without `callback_url` or `async`, /producer/audios holds the
  connection open until the song is finished (minutes); a connection dropped in that time would
  leave it unknown whether a paid job was created. So every `generate_music` body gets
  `async: true` unless the caller chose a mode (`async` or `callback_url`) themselves; the answer is
  then at once `{"task_id": ...}`.
- A task record carries no documented state of its own: the state is that of its songs
  (`response.data[].state`: `succeeded`, or the page's translation `成功`), a failure is
  `response.success: false` / `response.error`, and `finished_at` marks the end. A record-level
  `state` (pending, processing, complete, failed) is described only by the vendor's MCP server; it
  is read when present. See `_state_of`.
- Seeds and durations arrive as strings; a `stems` result has `stems_url` (a zip) and no id or
  audio_url.
- An unknown task id is answered with 200 `{}`, not a 404.
- Errors are `{"success": false, "error": {"code", "message"}, "trace_id"}`; the codes say more
  than the status (a missing token is a 400 `no_token`, an empty balance a 403 `used_up`).
"""

from __future__ import annotations

from collections.abc import Sequence
from typing import Any

from acedata_producer.models.audios_response import AudiosResponse
from acedata_producer.models.error_detail import ErrorDetail
from acedata_producer.models.error_response import ErrorResponse
from acedata_producer.models.song import Song
from acedata_producer.models.stems_result import StemsResult
from acedata_producer.models.task_list import TaskList
from acedata_producer.models.task_record import TaskRecord
from acedata_producer.types import Unset

from .._errors import (
    APIError,
    AuthenticationError,
    InsufficientBalanceError,
    InvalidRequestError,
    RateLimitedError,
    ServerError,
    reclassify,
)
from .._exchange import Exchange
from .._types import TaskResult, TaskState, Track, as_float, as_text, parse_progress
from ._codec import Codec

_CODE_ERRORS: dict[str, type[APIError]] = {
    # The key cannot be used: stop rather than poll on (the poller only stops on these two classes).
    "no_token": AuthenticationError,  # sent with 400
    "invalid_token": AuthenticationError,
    "token_expired": AuthenticationError,
    "token_mismatched": AuthenticationError,  # sent with 400 and with 401
    "disabled": AuthenticationError,  # 400: the application was disabled by AceDataCloud
    "used_up": InsufficientBalanceError,  # 403
    "too_many_requests": RateLimitedError,
    "bad_request": InvalidRequestError,
    "api_not_implemented": InvalidRequestError,
    "no_api": InvalidRequestError,
    "api_error": ServerError,
}
"""The vendor's documented error codes (specs/acedata-producer ErrorCode) -> songspec's classes."""

_REASON_KEYS = ("message", "failure_reason", "fail_reason", "reason")

SongItem = Song | StemsResult


def _value(value: Any) -> Any:
    return None if isinstance(value, Unset) else value


class AceDataProducerCodec(Codec):
    wire_format = "acedata-producer"
    states = {
        # Record-level words described by the vendor's MCP server (unverified).
        "pending": TaskState.QUEUED,
        "processing": TaskState.RUNNING,
        # Song states: `succeeded` in the guides, `成功` in the Chinese rendering of the same page.
        "succeeded": TaskState.SUCCEEDED,
        "成功": TaskState.SUCCEEDED,
        # Finished words the vendor's SDK accepts (`complete` is also the lyrics status).
        "complete": TaskState.SUCCEEDED,
        "completed": TaskState.SUCCEEDED,
        "success": TaskState.SUCCEEDED,
        "succeed": TaskState.SUCCEEDED,
        "finished": TaskState.SUCCEEDED,
        "failed": TaskState.FAILED,
        "failure": TaskState.FAILED,
        "error": TaskState.FAILED,
        "cancelled": TaskState.FAILED,
        "canceled": TaskState.FAILED,
        "rejected": TaskState.FAILED,
    }

    # ------------------------------------------------------------------ requests
    def generation_body(self, prompt: str | None, lyrics: str | None, options: Any) -> dict[str, Any]:
        """`action: generate`. With lyrics, custom mode (`custom: true`), the mode in which the
        vendor sings the given `lyric` (otherwise it writes its own from `prompt`)."""
        body = super().generation_body(prompt, lyrics, {"action": "generate", **options})
        if lyrics is not None:
            body.setdefault("custom", True)
        return body

    def prepare_submit(self, operation: str, body: dict[str, Any]) -> dict[str, Any]:
        """Without a mode, /producer/audios blocks until the song is finished (minutes), and a
        connection lost meanwhile would leave a paid job in an unknown state. `async: true` makes
        it answer at once with the task id. An explicit `async` or `callback_url` is respected."""
        if operation != self.profile.submit_operation or "async" in body or self.profile.callback_field in body:
            return body
        return {**body, "async": True}

    def fetch_arguments(self, task_id: str) -> dict[str, Any]:
        return {"body": {"action": "retrieve", "id": task_id}}

    def batch_arguments(self, task_ids: Sequence[str]) -> dict[str, Any]:
        return {"body": {"action": "retrieve_batch", "ids": list(task_ids)}}

    # ------------------------------------------------------------------ answers
    def submitted_task_id(self, answer: Exchange) -> str | None:
        return as_text(answer.parsed.task_id) if isinstance(answer.parsed, AudiosResponse) else None

    def submit_refusal(self, answer: Exchange) -> APIError | None:
        model: AudiosResponse | ErrorResponse | None = (
            answer.parsed if isinstance(answer.parsed, AudiosResponse) else None
        )
        if model is None and isinstance(answer.json, dict) and answer.json.get("success") is False:
            # A 200 carrying the error envelope (the vendor's SDK handles it): not an AudiosResponse.
            model = ErrorResponse.from_dict(answer.json)
        if model is None or _value(model.success) is not False:
            return None
        code, message = _error_detail(_value(model.error))
        error = InvalidRequestError(
            message or "the request was refused",
            vendor=self.vendor,
            status_code=answer.status,
            code=code,
            body=answer.json,
        )
        return self.refine_error(error)

    def fetch_results(self, answer: Exchange, asked: Sequence[str]) -> dict[str, TaskResult]:
        model = answer.parsed
        if isinstance(model, TaskList):  # retrieve_batch
            results = [self._result(record) for record in model.items]
            return {result.task_id: result for result in results if result.task_id}
        if not isinstance(model, TaskRecord):
            return {}  # TaskNotFound (200 {}) is the vendor's "no such task"
        record_id = as_text(model.id)
        if len(asked) == 1 and record_id in (None, asked[0]):
            return {asked[0]: self._result(model, fallback_id=asked[0])}
        return {record_id: self._result(model)} if record_id else {}

    def callback_result(self, body: Any) -> TaskResult:
        if not isinstance(body, dict):
            raise ValueError("a callback body is a JSON object")
        # The callback is the creating call's final body, POSTed once the task has ended.
        response = AudiosResponse.from_dict(body)
        return self._from_parts(as_text(response.task_id) or "", response, None, ended=True, raw=body)

    def _result(self, record: TaskRecord, fallback_id: str | None = None) -> TaskResult:
        echo = _value(record.response)
        # The record echoes the creating call's answer: for /producer/audios that is an AudiosResponse.
        response = AudiosResponse.from_dict({"task_id": record.id, **echo.to_dict()}) if echo is not None else None
        task_id = as_text(record.id) or fallback_id or ""
        return self._from_parts(task_id, response, record, ended=False, raw=record.to_dict())

    def _from_parts(
        self, task_id: str, response: AudiosResponse | None, record: TaskRecord | None, *, ended: bool, raw: Any
    ) -> TaskResult:
        songs: list[SongItem] = (
            [s for s in (_value(response.data) or []) if isinstance(s, SongItem)] if response else []
        )
        state, raw_state = self._state_of(record, response, songs, ended=ended)
        return TaskResult(
            vendor=self.vendor,
            task_id=task_id,
            state=state,
            tracks=tuple(_track(song, task_id, index) for index, song in enumerate(songs)),
            progress=100.0 if state is TaskState.SUCCEEDED else _least_progress(songs),
            reason=_reason(response, record) if state is TaskState.FAILED else None,
            raw_state=raw_state,
            raw=raw,
        )

    def _state_of(
        self, record: TaskRecord | None, response: AudiosResponse | None, songs: list[SongItem], *, ended: bool
    ) -> tuple[TaskState, str | None]:
        """(state, the raw state it came from). In order: a failure envelope in `response`; the
        songs' states; the record-level `state` (MCP only); then `finished_at` / `started_at`."""
        record_state = as_text(_value(record.state)) if record else None
        success = _value(response.success) if response else None
        if success is False or (response is not None and _value(response.error) is not None):
            return TaskState.FAILED, _first_raw_state(songs) or record_state
        song_states = [(self.state(raw), raw) for raw in (as_text(_value(song.state)) for song in songs) if raw]
        if song_states:
            for wanted in (TaskState.FAILED, TaskState.UNKNOWN, TaskState.RUNNING, TaskState.QUEUED):
                for state, raw in song_states:
                    if state is wanted:
                        return state, raw
            return TaskState.SUCCEEDED, song_states[0][1]  # every song succeeded
        if record_state:
            return self.state(record_state), record_state
        finished = ended or (record is not None and _value(record.finished_at) is not None)
        if songs:
            return (TaskState.SUCCEEDED if finished or success else TaskState.RUNNING), None
        if finished:
            # Ended with neither songs nor an error: the vendor's SDK keeps waiting in this case.
            return (TaskState.SUCCEEDED if success else TaskState.UNKNOWN), None
        started = record is not None and _value(record.started_at) is not None
        return (TaskState.RUNNING if started else TaskState.QUEUED), None

    # ------------------------------------------------------------------ errors
    def error_fields(self, body: Any) -> tuple[str | None, str | None]:
        if isinstance(body, dict):
            error = body.get("error")
            if isinstance(error, dict):
                code, message = as_text(error.get("code")), as_text(error.get("message"))
                if code or message:
                    return code, message
            elif isinstance(error, str) and error:
                return None, error
        return super().error_fields(body)

    def refine_error(self, error: APIError) -> APIError:
        wanted = _CODE_ERRORS.get(error.code or "")
        return error if wanted is None else reclassify(error, wanted)


def _error_detail(error: Any) -> tuple[str | None, str | None]:
    if isinstance(error, ErrorDetail):
        return as_text(_value(error.code)), as_text(_value(error.message))
    return None, None


def _track(song: SongItem, task_id: str, index: int) -> Track:
    # A stems item has no id and no audio_url: its zip (named after the task) stands in for both.
    fallback_id = task_id if index == 0 else f"{task_id}-{index}"
    if isinstance(song, StemsResult):
        return Track(
            id=fallback_id,
            title=as_text(_value(song.title)),
            audio_url=as_text(song.stems_url),
            lyrics=as_text(_value(song.lyric)),
            model=as_text(_value(song.model)),
            raw=song.to_dict(),
        )
    return Track(
        id=as_text(_value(song.id)) or fallback_id,
        title=as_text(_value(song.title)),
        audio_url=as_text(_value(song.audio_url)),
        video_url=as_text(_value(song.video_url)),
        image_url=as_text(_value(song.image_url)),
        lyrics=as_text(_value(song.lyric)),
        duration=as_float(_value(song.duration)),
        model=as_text(_value(song.model)),
        seed=as_text(_value(song.seed)),
        raw=song.to_dict(),
    )


def _first_raw_state(songs: list[SongItem]) -> str | None:
    return next((as_text(_value(song.state)) for song in songs if as_text(_value(song.state))), None)


def _least_progress(songs: list[SongItem]) -> float | None:
    values = [p for p in (parse_progress(_value(song.progress)) for song in songs) if p is not None]
    return min(values) if values else None


def _reason(*models: AudiosResponse | TaskRecord | None) -> str | None:
    """The failure reason: `error.message` (or its code), else a message-like field."""
    for model in models:
        if model is None:
            continue
        source = model.to_dict()
        error = source.get("error")
        if isinstance(error, dict):
            text = as_text(error.get("message")) or as_text(error.get("detail")) or as_text(error.get("code"))
            if text:
                return text
        elif as_text(error):
            return as_text(error)
        for key in _REASON_KEYS:
            if as_text(source.get(key)):
                return as_text(source.get(key))
    return None
