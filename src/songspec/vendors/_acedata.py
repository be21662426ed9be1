"""AceDataCloud's task format, shared by its Producer (acedata_producer.py) and Suno (acedata_suno.py)
codecs: one platform, one tasks service, one error envelope.

What is the same on both, and lives here:

- Submissions are made non-blocking. Without `callback_url` or `async`, the generation endpoint
  holds the connection open until the songs are finished (minutes); a connection dropped in that
  time would leave it unknown whether a paid job was created. So every submit body gets
  `async: true` unless the caller chose a mode (`async` or `callback_url`) themselves; the answer
  is then at once `{"task_id": ...}`.
- Tasks are read with `POST <platform>/tasks`: `{"action": "retrieve", "id"}` gives one record,
  `{"action": "retrieve_batch", "ids"}` gives `{items, count}`, an unknown id 200 `{}`.
- A record carries the creating `request` and, once finished, the creating call's final body in
  `response`. The task's state is that of its songs (`response.data[].state`), a failure is
  `response.success: false` / `response.error`, and `finished_at` marks the end. A record-level
  `state` (described only by the Producer MCP server) is read when present. See `_state_of`.
- Errors are `{"success": false, "error": {"code", "message"}, "trace_id"}`; the codes say more
  than the status (a missing token is a 400 `no_token`, an empty balance a 403 `used_up`).

What differs is how a song becomes a `Track` (`_track`), and which generated package's models are
read: each codec reads its own vendor's package (`Codec.models`), by the class names both AceData
specs share; Producer adds `StemsResult` to the song types.
"""

from __future__ import annotations

from collections.abc import Sequence
from typing import Any, ClassVar

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
from .._types import TaskResult, TaskState, Track, as_text, parse_progress, unset_to_none
from ._codec import Codec

ERROR_CLASSES: dict[str, type[APIError]] = {
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
    "forbidden": InvalidRequestError,  # 403 moderation refusal (Suno audios guide)
    "content_rejected": InvalidRequestError,  # 403 (Suno projects guide)
    "api_error": ServerError,
    "busy": ServerError,  # 500 "throttled from upstream" (Suno platform spec)
    "timeout": ServerError,  # 504 "timeout while waiting for audio generation" (Suno platform spec)
}
"""The platform's documented error codes (specs/acedata-*/ ErrorCode) -> songspec's classes."""

STATES: dict[str, TaskState] = {
    # Record-level words described by the Producer MCP server (unverified).
    "pending": TaskState.QUEUED,  # also a Suno song state ("In queue")
    "processing": TaskState.RUNNING,
    "running": TaskState.RUNNING,  # Suno song state ("In progress")
    # Song states: `succeeded` in the guides, `成功` in the Chinese rendering of the Producer page.
    "succeeded": TaskState.SUCCEEDED,
    "成功": TaskState.SUCCEEDED,
    # Finished words the vendor's SDK and skill accept (`complete` is also the lyrics status).
    "complete": TaskState.SUCCEEDED,
    "completed": TaskState.SUCCEEDED,
    "success": TaskState.SUCCEEDED,
    "succeed": TaskState.SUCCEEDED,
    "finished": TaskState.SUCCEEDED,
    "failed": TaskState.FAILED,
    "failure": TaskState.FAILED,
    "error": TaskState.FAILED,  # Suno song state ("Failed")
    "cancelled": TaskState.FAILED,
    "canceled": TaskState.FAILED,
    "rejected": TaskState.FAILED,
}
"""Every state word the platform documents for a task or a song -> TaskState."""

_REASON_KEYS = ("message", "failure_reason", "fail_reason", "reason")


class AceDataCodec(Codec):
    """The AceDataCloud task format, over the vendor's own generated models (`Codec.models`)."""

    song_type_names: ClassVar[tuple[str, ...]] = ("Song",)
    """The generated classes a `data[]` item parses into."""

    # The generated models, by the names both AceData specs give them (loaded on first use).
    @property
    def audios_response(self) -> Any:
        """The submit answer, the callback body and a record's `response`."""
        return self.models.AudiosResponse

    @property
    def error_response(self) -> Any:
        return self.models.ErrorResponse

    @property
    def error_detail(self) -> Any:
        return self.models.ErrorDetail

    @property
    def task_list(self) -> Any:
        return self.models.TaskList

    @property
    def task_record(self) -> Any:
        return self.models.TaskRecord

    @property
    def song_types(self) -> tuple[type[Any], ...]:
        return tuple(getattr(self.models, name) for name in self.song_type_names)

    states = STATES

    # ------------------------------------------------------------------ requests
    def generation_body(self, prompt: str | None, lyrics: str | None, options: Any) -> dict[str, Any]:
        """`action: generate`. With lyrics, custom mode (`custom: true`), the mode in which the
        vendor sings the given lyrics (otherwise it writes its own from `prompt`)."""
        body = super().generation_body(prompt, lyrics, {"action": "generate", **options})
        if lyrics is not None:
            body.setdefault("custom", True)
        return body

    def prepare_submit(self, operation: str, body: dict[str, Any]) -> dict[str, Any]:
        """Without a mode, the submit blocks until the songs are finished (minutes), and a
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
        return as_text(answer.parsed.task_id) if isinstance(answer.parsed, self.audios_response) else None

    def submit_refusal(self, answer: Exchange) -> APIError | None:
        model: Any = answer.parsed if isinstance(answer.parsed, self.audios_response) else None
        if model is None and isinstance(answer.json, dict) and answer.json.get("success") is False:
            # A 200 carrying the error envelope (the vendor's SDK handles it): not a submit answer.
            model = self.error_response.from_dict(answer.json)
        if model is None or unset_to_none(model.success) is not False:
            return None
        code, message = self._error_detail(unset_to_none(model.error))
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
        if isinstance(model, self.task_list):  # retrieve_batch
            results = [self._result(record) for record in model.items]
            return {result.task_id: result for result in results if result.task_id}
        if not isinstance(model, self.task_record):
            return {}  # TaskNotFound (200 {}) is the platform's "no such task"
        if len(asked) == 1:
            # `retrieve` answers with the record of the id asked: the answer is about that id,
            # whatever id the record shows (a mock serving one fixed example shows another).
            return {asked[0]: self._result(model, task_id=asked[0])}
        record_id = as_text(model.id)
        return {record_id: self._result(model)} if record_id else {}

    def callback_result(self, body: Any) -> TaskResult:
        if not isinstance(body, dict):
            raise ValueError("a callback body is a JSON object")
        # The callback is the creating call's final body, POSTed once the task has ended.
        response = self.audios_response.from_dict(body)
        return self._from_parts(as_text(response.task_id) or "", response, None, ended=True, raw=body)

    def _result(self, record: Any, task_id: str | None = None) -> TaskResult:
        echo = unset_to_none(record.response)
        # The record echoes the creating call's answer: for the generation endpoint a submit answer.
        response = (
            self.audios_response.from_dict({"task_id": record.id, **echo.to_dict()}) if echo is not None else None
        )
        task_id = task_id or as_text(record.id) or ""
        return self._from_parts(task_id, response, record, ended=False, raw=record.to_dict())

    def _from_parts(self, task_id: str, response: Any, record: Any, *, ended: bool, raw: Any) -> TaskResult:
        songs = [s for s in (unset_to_none(response.data) or []) if isinstance(s, self.song_types)] if response else []
        state, raw_state = self._state_of(record, response, songs, ended=ended)
        return TaskResult(
            vendor=self.vendor,
            task_id=task_id,
            state=state,
            tracks=tuple(self._track(song, task_id, index) for index, song in enumerate(songs)),
            progress=100.0 if state is TaskState.SUCCEEDED else _least_progress(songs),
            reason=_reason(response, record) if state is TaskState.FAILED else None,
            raw_state=raw_state,
            raw=raw,
        )

    def _track(self, song: Any, task_id: str, index: int) -> Track:
        raise NotImplementedError

    def _state_of(self, record: Any, response: Any, songs: list[Any], *, ended: bool) -> tuple[TaskState, str | None]:
        """(state, the raw state it came from). In order: a failure envelope in `response`; the
        songs' states (the least advanced wins); the record-level `state`; then `finished_at` /
        `started_at`."""
        record_state = as_text(record.state) if record else None
        success = unset_to_none(response.success) if response else None
        if success is False or (response is not None and unset_to_none(response.error) is not None):
            return TaskState.FAILED, _first_raw_state(songs) or record_state
        song_states = [(self.state(raw), raw) for raw in (as_text(song.state) for song in songs) if raw]
        if song_states:
            for wanted in (TaskState.FAILED, TaskState.UNKNOWN, TaskState.RUNNING, TaskState.QUEUED):
                for state, raw in song_states:
                    if state is wanted:
                        return state, raw
            return TaskState.SUCCEEDED, song_states[0][1]  # every song succeeded
        if record_state:
            return self.state(record_state), record_state
        finished = ended or (record is not None and unset_to_none(record.finished_at) is not None)
        if songs:
            return (TaskState.SUCCEEDED if finished or success else TaskState.RUNNING), None
        if finished:
            # Ended with neither songs nor an error: the vendor's SDK keeps waiting in this case.
            return (TaskState.SUCCEEDED if success else TaskState.UNKNOWN), None
        started = record is not None and unset_to_none(record.started_at) is not None
        return (TaskState.RUNNING if started else TaskState.QUEUED), None

    # ------------------------------------------------------------------ errors
    def refine_error(self, error: APIError) -> APIError:
        wanted = ERROR_CLASSES.get(error.code or "")
        return error if wanted is None else reclassify(error, wanted)

    def _error_detail(self, error: Any) -> tuple[str | None, str | None]:
        if isinstance(error, self.error_detail):
            return as_text(error.code), as_text(error.message)
        return None, None


def _first_raw_state(songs: list[Any]) -> str | None:
    return next((as_text(song.state) for song in songs if as_text(song.state)), None)


def _least_progress(songs: list[Any]) -> float | None:
    values = [p for p in (parse_progress(getattr(song, "progress", None)) for song in songs) if p is not None]
    return min(values) if values else None


def _reason(*models: Any) -> str | None:
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
