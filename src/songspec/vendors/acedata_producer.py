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

import json
from collections.abc import Sequence
from typing import Any

import httpx

from .._errors import (
    APIError,
    AuthenticationError,
    InsufficientBalanceError,
    InvalidRequestError,
    RateLimitedError,
    ServerError,
)
from .._exchange import Call, Exchange
from .._types import TaskResult, TaskState, Track, as_float, as_text, parse_progress
from ._base import VendorAdapter, load_body

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


class AceDataProducer(VendorAdapter):
    name = "acedata-producer"
    api_key_env = "ACEDATACLOUD_API_TOKEN"  # the variable the vendor's own SDK reads
    default_base_url = "https://api.acedata.cloud"
    submit_operation = "generate_music"
    fetch_operation = "fetch_tasks"
    batch_operation = "fetch_tasks"  # the same operation with action retrieve_batch
    batch_limit = 50  # the vendor's MCP server's recommendation; the API documents no limit
    callback_field = "callback_url"
    prompt_field = "prompt"
    lyrics_field = "lyric"
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
    def generation_body(self, prompt: str | None, lyrics: str | None, options: dict[str, Any]) -> dict[str, Any]:
        """`action: generate`. With lyrics, custom mode (`custom: true`), the mode in which the
        vendor sings the given `lyric` (otherwise it writes its own from `prompt`). `async: true`
        unless the caller chose a mode: see submit_call."""
        body: dict[str, Any] = {"action": "generate", **options}
        if prompt is not None:
            body[self.prompt_field] = prompt
        if lyrics is not None:
            body[self.lyrics_field] = lyrics
            body.setdefault("custom", True)
        return self._non_blocking(body)

    def submit_call(self, operation: str, body: dict[str, Any]) -> Call:
        if operation == self.submit_operation:
            body = self._non_blocking(body)
        return super().submit_call(operation, body)

    def _non_blocking(self, body: dict[str, Any]) -> dict[str, Any]:
        """Without a mode, /producer/audios blocks until the song is finished (minutes), and a
        connection lost meanwhile would leave a paid job in an unknown state. `async: true` makes
        it answer at once with the task id. An explicit `async` or `callback_url` is respected."""
        if "async" in body or self.callback_field in body:
            return body
        return {**body, "async": True}

    def fetch_call(self, task_id: str) -> Call:
        module = self.endpoint(self.fetch_operation)
        return Call(self.fetch_operation, module, {"body": load_body(module, {"action": "retrieve", "id": task_id})})

    def batch_call(self, task_ids: Sequence[str]) -> Call:
        module = self.endpoint(self.batch_operation or self.fetch_operation)
        body = load_body(module, {"action": "retrieve_batch", "ids": list(task_ids)})
        return Call(self.fetch_operation, module, {"body": body})

    # ------------------------------------------------------------------ reading answers
    def task_id_from_submit(self, exchange: Exchange) -> str | None:
        body = exchange.json
        if not isinstance(body, dict):
            return None
        # `task_id` is documented; the vendor's SDK also looks at data.task_id and id.
        data = body.get("data")
        nested = data.get("task_id") if isinstance(data, dict) else None
        return as_text(body.get("task_id")) or as_text(nested) or as_text(body.get("id"))

    def submit_rejection(self, exchange: Exchange) -> APIError | None:
        body = exchange.json
        if not isinstance(body, dict) or body.get("success") is not False:
            return None
        code, message = self.error_fields(body)
        error = InvalidRequestError(
            message or "the request was refused", vendor=self.name, status_code=exchange.status, code=code, body=body
        )
        return self.refine_error(error)

    def results_from_fetch(self, exchange: Exchange, task_ids: Sequence[str]) -> dict[str, TaskResult]:
        body = exchange.json
        if not isinstance(body, dict):
            return {}
        if isinstance(body.get("items"), list):  # retrieve_batch: {items, count}
            results: dict[str, TaskResult] = {}
            for item in body["items"]:
                if isinstance(item, dict) and as_text(item.get("id")):
                    result = self._result(item)
                    results[result.task_id] = result
            return results
        if not body or not ("id" in body or "response" in body or "request" in body):
            return {}  # 200 {} is the vendor's "no such task"; an error envelope is no record either
        record_id = as_text(body.get("id"))
        if len(task_ids) == 1 and record_id in (None, task_ids[0]):
            return {task_ids[0]: self._result(body, fallback_id=task_ids[0])}
        if record_id is None:
            return {}
        return {record_id: self._result(body)}

    def result_from_callback(self, body: Any) -> TaskResult:
        if not isinstance(body, dict):
            raise TypeError("a callback body is a JSON object")
        # The callback is the creating call's final body, POSTed once the task has ended.
        return self._result({"id": body.get("task_id"), "response": body}, ended=True)

    def _result(self, record: dict[str, Any], fallback_id: str | None = None, *, ended: bool = False) -> TaskResult:
        response = record.get("response") if isinstance(record.get("response"), dict) else {}
        task_id = as_text(record.get("id")) or as_text(response.get("task_id")) or fallback_id or ""
        songs = [song for song in (response.get("data") or []) if isinstance(song, dict)]
        state, raw_state = self._state_of(record, response, songs, ended=ended)
        tracks = tuple(_track(song, task_id, index) for index, song in enumerate(songs))
        progress = 100.0 if state is TaskState.SUCCEEDED else _least_progress(songs)
        return TaskResult(
            vendor=self.name,
            task_id=task_id,
            state=state,
            tracks=tracks,
            progress=progress,
            reason=_reason(response, record) if state is TaskState.FAILED else None,
            raw_state=raw_state,
            raw=record,
        )

    def _state_of(
        self, record: dict[str, Any], response: dict[str, Any], songs: list[dict[str, Any]], *, ended: bool
    ) -> tuple[TaskState, str | None]:
        """(state, the raw state it came from). In order: a failure envelope in `response`; the
        songs' states; the record-level `state` (MCP only); then `finished_at` / `started_at`."""
        record_state = as_text(record.get("state"))
        if response.get("success") is False or response.get("error"):
            return TaskState.FAILED, _first_raw_state(songs) or record_state
        song_states = [(self.state(raw), as_text(raw)) for raw in (song.get("state") for song in songs) if as_text(raw)]
        if song_states:
            for wanted in (TaskState.FAILED, TaskState.UNKNOWN, TaskState.RUNNING, TaskState.QUEUED):
                for state, raw in song_states:
                    if state is wanted:
                        return state, raw
            return TaskState.SUCCEEDED, song_states[0][1]  # every song succeeded
        if record_state:
            return self.state(record_state), record_state
        finished = ended or record.get("finished_at") is not None
        if songs:
            return (TaskState.SUCCEEDED if finished or response.get("success") else TaskState.RUNNING), None
        if finished:
            # Ended with neither songs nor an error: the vendor's SDK keeps waiting in this case.
            return (TaskState.SUCCEEDED if response.get("success") else TaskState.UNKNOWN), None
        return (TaskState.RUNNING if record.get("started_at") is not None else TaskState.QUEUED), None

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
        if wanted is None or type(error) is wanted:
            return error
        kwargs: dict[str, Any] = {
            "vendor": error.vendor,
            "status_code": error.status_code,
            "code": error.code,
            "body": error.body,
        }
        if wanted is RateLimitedError:
            kwargs["retry_after"] = getattr(error, "retry_after", None)
        return wanted(error.message, **kwargs)

    # ------------------------------------------------------------------ simulation
    fake_states = {
        TaskState.QUEUED: "pending",
        TaskState.RUNNING: "processing",
        TaskState.SUCCEEDED: "succeeded",
        TaskState.FAILED: "failed",
    }

    def fake_route(self, request: httpx.Request) -> tuple[str, list[str]] | None:
        if request.method != "POST":
            return None
        if request.url.path == "/producer/audios":
            return "submit", []
        if request.url.path != "/producer/tasks":
            return None
        try:
            body = json.loads(request.content or b"{}")
        except ValueError:
            return None
        if not isinstance(body, dict):
            return None
        if body.get("action", "retrieve") == "retrieve":
            return "fetch", [str(body.get("id", ""))]
        if body.get("action") == "retrieve_batch" and isinstance(body.get("ids"), list):
            return "batch", [str(task_id) for task_id in body["ids"]]
        return None

    def fake_submit_answer(self, task_id: str) -> Any:
        return {"task_id": task_id}  # the documented immediate answer of a non-blocking submit

    def fake_record(self, task_id: str, state: TaskState, progress: float, reason: str | None) -> dict[str, Any]:
        record: dict[str, Any] = {
            "_id": "69541b81ff2676299ccc3b29",
            "id": task_id,
            "api_id": "01d96900-9f8c-41d7-814c-95c7a885ba61",
            "application_id": "920ba772-867a-48ae-8efa-9b9f94136199",
            "created_at": 1767119745.524,
            "request": {"action": "generate", "prompt": "lo-fi piano", "async": True},
            "trace_id": f"trace-{task_id}",
            "type": "audios",
            "user_id": "ad7afe47-cea9-4cda-980f-2ad8810e51cf",
        }
        if state is TaskState.QUEUED:
            record["state"] = self.fake_states[state]
            return record
        record["started_at"] = 1767119745.584
        if state is TaskState.RUNNING:
            record["state"] = self.fake_states[state]  # `response` stays absent until the task ends
            return record
        record.update(finished_at=1767119785.589, elapsed=40.005)
        if state is TaskState.FAILED:
            record["state"] = self.fake_states[state]
            record["response"] = {
                "success": False,
                "task_id": task_id,
                "error": {"code": "api_error", "message": reason or "failed"},
                "trace_id": f"trace-{task_id}",
            }
            return record
        record["response"] = {
            "success": True,
            "task_id": task_id,
            "trace_id": f"trace-{task_id}",
            "data": [
                {
                    "id": f"{task_id}-s1",
                    "title": "Simulated Song",
                    "image_url": f"https://cdn.example/{task_id}.jpg",
                    "lyric": "[Instrumental]",
                    "audio_url": f"https://cdn.example/{task_id}.m4a",
                    "video_url": None,
                    "image_id": f"{task_id}-s1",
                    "topic": None,
                    "seed": "2450882164",
                    "sound": "lo-fi piano",
                    "created_at": "2025-12-30T17:18:23.232911Z",
                    "model": "FUZZ-2.0 Pro",
                    "progress": "100%",
                    "state": self.fake_states[state],
                    "duration": "181.3014058956916",
                }
            ],
        }
        return record

    def fake_fetch_answer(self, records: list[dict[str, Any]], *, batch: bool) -> Any:
        if batch:
            return {"items": records, "count": len(records)}
        [record] = records
        return record

    def fake_callback_body(self, record: dict[str, Any]) -> Any:
        """The creating call's final body; {"task_id"} alone for a task that has not ended."""
        response = record.get("response")
        return dict(response) if isinstance(response, dict) else {"task_id": record["id"]}

    def fake_not_found(self) -> tuple[int, Any]:
        return 200, {}


def _track(song: dict[str, Any], task_id: str, index: int) -> Track:
    # A stems item has no id and no audio_url: its zip (named after the task) stands in for both.
    fallback_id = task_id if index == 0 else f"{task_id}-{index}"
    return Track(
        id=as_text(song.get("id")) or fallback_id,
        title=as_text(song.get("title")),
        audio_url=as_text(song.get("audio_url")) or as_text(song.get("stems_url")),
        video_url=as_text(song.get("video_url")),
        image_url=as_text(song.get("image_url")),
        lyrics=as_text(song.get("lyric")),
        duration=as_float(song.get("duration")),
        model=as_text(song.get("model")),
        seed=as_text(song.get("seed")),
        raw=song,
    )


def _first_raw_state(songs: list[dict[str, Any]]) -> str | None:
    return next((as_text(song.get("state")) for song in songs if as_text(song.get("state"))), None)


def _least_progress(songs: list[dict[str, Any]]) -> float | None:
    values = [p for p in (parse_progress(song.get("progress")) for song in songs) if p is not None]
    return min(values) if values else None


def _reason(*sources: dict[str, Any]) -> str | None:
    """The failure reason: `error.message` (or its code), else a message-like field."""
    for source in sources:
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
