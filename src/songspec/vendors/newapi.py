"""Vendors built on QuantumNous new-api's task relay (CCAPI, the Suno relay, DeerAPI).

new-api fixes everything around a task; the vendor fixes only what is inside it. This module holds
what new-api defines, and nothing a particular reseller chose:

- routes `POST /{platform}/submit/{action}`, `GET /{platform}/fetch/{id}` and `POST /{platform}/fetch`
  with `{"ids": [...], "action": "..."}` (relay/relay_task.go);
- the envelope `{"code": "success", "message": "", "data": ...}`: on submit `data` is the relay's
  task id string, on fetch one TaskDto, on batch fetch a list of TaskDto holding only the caller's
  tasks among `ids` (unknown ids are simply absent);
- the TaskDto (dto/task.go): `task_id`, `status` in NOT_START, SUBMITTED, QUEUED, IN_PROGRESS,
  FAILURE, SUCCESS, UNKNOWN (model/task.go), `fail_reason`, `progress` as "20%", and `data`, the
  upstream payload that new-api stores without looking inside;
- errors: task handlers answer `{"code": "<snake_case>", "message": "...", "data": null}` (e.g.
  HTTP 400 `task_not_exist`, HTTP 403 `quota_not_enough`); the token check that runs before them
  answers OpenAI-style `{"error": {"message", "type": "new_api_error", "code"}}`.

The codec reads the generated models of the vendor's own client (every spec that speaks the format
`$ref`s specs/_shared/new-api, so each client has the same `SubmitResponse`, `FetchTaskResponse`,
`FetchTasksResponse` and `TaskDto`; they are typed here as the Suno relay's). A subclass maps its own
payload: `tracks_from_task()` turns a TaskDto's `data` into Tracks (CCAPI Producer: `data.clips`;
the Suno relay: `data` is a list of Suno clips or a lyrics record).
"""

from __future__ import annotations

from collections.abc import Sequence
from datetime import datetime
from typing import TYPE_CHECKING, Any, ClassVar, cast

from .._errors import APIError, InsufficientBalanceError, InvalidRequestError, reclassify
from .._exchange import Exchange
from .._types import TaskResult, TaskState, Track, as_float, as_text, parse_progress, unset_to_none
from ._codec import Codec

if TYPE_CHECKING:
    from songspec.clients.suno_relay.models import TaskDto

SUCCESS_CODE = "success"
"""`code` of every accepted answer (dto.TaskResponse)."""

BALANCE_CODES = frozenset({"quota_not_enough", "insufficient_user_quota", "pre_consume_token_quota_failed"})
"""new-api's codes for "not enough credit". `quota_not_enough` comes with HTTP 403, which alone would
read as an authentication failure."""

NOT_FOUND_CODE = "task_not_exist"
"""HTTP 400 code for a task id the caller does not own or that does not exist."""


def as_raw(model: Any) -> Any:
    """A model's JSON for TaskResult.raw; a model holding an unreadable part (kept as the vendor sent
    it) may not serialise, and must not cost the result."""
    try:
        return model.to_dict()
    except Exception:
        return None


def parse_items(items: Any, model: Any) -> list[Any]:
    """The items of a list as `model` instances. The generated parser keeps a whole list raw when
    one item does not fit; here each item that fits is kept and the others are skipped."""
    if not isinstance(items, list):
        return []
    parsed = []
    for item in items:
        if isinstance(item, model):
            parsed.append(item)
        elif isinstance(item, dict):
            try:
                parsed.append(model.from_dict(item))
            except (TypeError, ValueError, KeyError, AttributeError):
                continue
    return parsed


def accepted_code(code: Any) -> bool:
    """The envelope's `code` says success (a missing `code` is not held against it)."""
    code = unset_to_none(code)
    return code is None or str(code).strip().lower() == SUCCESS_CODE


class NewAPICodec(Codec):
    """A vendor whose task endpoints are new-api's task relay. Not a vendor by itself."""

    fetch_id_param: ClassVar[str] = "id"
    """The generated fetch endpoint's path-parameter name (new-api's route says `:id`; a spec may
    name it otherwise)."""
    unknown_task_codes = frozenset({NOT_FOUND_CODE})  # new-api stores a task before answering the submit
    states = {
        "NOT_START": TaskState.QUEUED,
        "SUBMITTED": TaskState.QUEUED,
        "QUEUED": TaskState.QUEUED,
        "IN_PROGRESS": TaskState.RUNNING,
        "FAILURE": TaskState.FAILED,
        "SUCCESS": TaskState.SUCCEEDED,
        "UNKNOWN": TaskState.UNKNOWN,
    }

    # ------------------------------------------------------------------ hooks for the vendor
    def tracks_from_task(self, task: TaskDto) -> tuple[Track, ...]:
        """The songs in one TaskDto (its `data` is the vendor's payload); () when there are none yet."""
        raise NotImplementedError

    # ------------------------------------------------------------------ requests
    def fetch_arguments(self, task_id: str) -> dict[str, Any]:
        return {self.fetch_id_param: task_id}

    def batch_arguments(self, task_ids: Sequence[str]) -> dict[str, Any]:
        # No `action`: new-api binds it but does not filter by it, and a filtering relay would hide
        # LYRICS tasks behind action MUSIC.
        return {"body": {"ids": list(task_ids)}}

    # ------------------------------------------------------------------ reading answers
    def submitted_task_id(self, exchange: Exchange) -> str | None:
        model = exchange.parsed
        if isinstance(model, self.models.SubmitResponse) and accepted_code(model.code):
            task_id = unset_to_none(model.data)
            if isinstance(task_id, (str, int)) and not isinstance(task_id, bool):  # the relay's id string
                return as_text(task_id)
        return None

    def submit_refusal(self, exchange: Exchange) -> APIError | None:
        model = exchange.parsed
        if isinstance(model, self.models.SubmitResponse) and accepted_code(model.code):
            return None
        if not isinstance(exchange.json, dict) or _accepted_json(exchange.json):
            return None  # not an error envelope (e.g. a raw Suno answer without a task id)
        assert exchange.status is not None
        code, message = self.error_fields(exchange.json)
        return self.refine_error(
            InvalidRequestError(
                message or "submit refused",
                vendor=self.vendor,
                status_code=exchange.status,
                code=code,
                body=exchange.json,
            )
        )

    def fetch_results(self, exchange: Exchange, task_ids: Sequence[str]) -> dict[str, TaskResult]:
        model = exchange.parsed
        envelopes = (self.models.FetchTaskResponse, self.models.FetchTasksResponse)
        if not isinstance(model, envelopes) or not accepted_code(model.code):
            return {}  # e.g. task_not_exist: the id is left out
        data = unset_to_none(model.data)
        if isinstance(data, self.models.TaskDto):
            # One TaskDto (fetch by id): it is the task asked about, whatever id it shows.
            task = cast("TaskDto", data)
            task_id = task_ids[0] if len(task_ids) == 1 else as_text(task.task_id)
            if task_id is None or task_id not in task_ids:
                return {}
            return {task_id: self.result_from_task(task, task_id)}
        if not isinstance(data, list):
            return {}
        wanted = set(task_ids)
        chosen: dict[str, TaskDto] = {}
        for item in data:
            if not isinstance(item, self.models.TaskDto):
                continue
            task = cast("TaskDto", item)
            task_id = as_text(task.task_id)
            if task_id not in wanted:
                continue
            # A list naming one task twice (CCAPI's batch example does) keeps its newest record.
            if task_id not in chosen or _updated_at(task) >= _updated_at(chosen[task_id]):
                chosen[task_id] = task
        return {task_id: self.result_from_task(task, task_id) for task_id, task in chosen.items()}

    def result_from_task(self, task: TaskDto, task_id: str | None = None) -> TaskResult:
        """One TaskDto as a TaskResult."""
        raw_state = as_text(task.status)
        state = self.state(raw_state)
        progress = parse_progress(task.progress)
        payload_progress = getattr(unset_to_none(task.data), "progress", None)
        if progress is None and payload_progress is not None:
            progress = parse_progress(payload_progress)
        if state is TaskState.SUCCEEDED:
            progress = 100.0
        return TaskResult(
            vendor=self.vendor,
            task_id=task_id or as_text(task.task_id) or "",
            state=state,
            tracks=self.tracks_from_task(task),
            progress=progress,
            reason=as_text(task.fail_reason) if state is TaskState.FAILED else None,
            raw_state=raw_state,
            raw=as_raw(task),
        )

    def refine_error(self, error: APIError) -> APIError:
        if error.code in BALANCE_CODES and not isinstance(error, InsufficientBalanceError):
            return reclassify(error, InsufficientBalanceError)
        return error


def _accepted_json(body: dict[str, Any]) -> bool:
    return not isinstance(body.get("error"), dict) and accepted_code(body.get("code"))


def _updated_at(task: TaskDto) -> float:
    """Unix seconds, from a number or an RFC 3339 string (the origin server's batch fetch)."""
    value = unset_to_none(task.updated_at)
    number = as_float(value)
    if number is not None:
        return number
    try:
        return datetime.fromisoformat(str(value).replace("Z", "+00:00")).timestamp()
    except ValueError:
        return 0.0
