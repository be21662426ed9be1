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

A subclass maps its own payload: `tracks_from_task()` turns a TaskDto's `data` into Tracks (CCAPI
Producer: `data.clips`; the Suno relay: `data` is a list of Suno clips).
"""

from __future__ import annotations

from collections.abc import Sequence
from typing import Any, ClassVar

from .._errors import APIError, InsufficientBalanceError, InvalidRequestError, reclassify
from .._exchange import Exchange
from .._types import TaskResult, TaskState, Track, as_float, as_text, parse_progress
from ._codec import Codec

SUCCESS_CODE = "success"
"""`code` of every accepted answer (dto.TaskResponse)."""

BALANCE_CODES = frozenset({"quota_not_enough", "insufficient_user_quota", "pre_consume_token_quota_failed"})
"""new-api's codes for "not enough credit". `quota_not_enough` comes with HTTP 403, which alone would
read as an authentication failure."""

NOT_FOUND_CODE = "task_not_exist"
"""HTTP 400 code for a task id the caller does not own or that does not exist."""


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
    def tracks_from_task(self, task: dict[str, Any]) -> tuple[Track, ...]:
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
    @staticmethod
    def accepted(body: Any) -> bool:
        """The envelope says success (a missing `code` is not held against it)."""
        if not isinstance(body, dict) or isinstance(body.get("error"), dict):
            return False
        code = body.get("code")
        return code is None or str(code).strip().lower() == SUCCESS_CODE

    def submitted_task_id(self, exchange: Exchange) -> str | None:
        body = exchange.json
        if not self.accepted(body):
            return None
        data = body.get("data")
        if isinstance(data, (str, int)) and not isinstance(data, bool):
            return as_text(data)
        return None

    def submit_refusal(self, exchange: Exchange) -> APIError | None:
        if not isinstance(exchange.json, dict) or self.accepted(exchange.json):
            return None
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
        body = exchange.json
        if not self.accepted(body):
            return {}  # e.g. task_not_exist: the id is left out
        data = body.get("data")
        if isinstance(data, dict):
            # One TaskDto (fetch by id): it is the task asked about, whatever id it shows.
            fallback = task_ids[0] if len(task_ids) == 1 else None
            task_id = fallback or as_text(data.get("task_id"))
            if task_id is None or task_id not in task_ids:
                return {}
            return {task_id: self.result_from_task(data, task_id)}
        if not isinstance(data, list):
            return {}
        wanted = set(task_ids)
        chosen: dict[str, dict[str, Any]] = {}
        for task in data:
            if not isinstance(task, dict):
                continue
            task_id = as_text(task.get("task_id"))
            if task_id not in wanted:
                continue
            # A list naming one task twice (CCAPI's batch example does) keeps its newest record.
            if task_id not in chosen or _updated_at(task) >= _updated_at(chosen[task_id]):
                chosen[task_id] = task
        return {task_id: self.result_from_task(task, task_id) for task_id, task in chosen.items()}

    def result_from_task(self, task: dict[str, Any], task_id: str | None = None) -> TaskResult:
        """One TaskDto as a TaskResult."""
        raw_state = as_text(task.get("status"))
        state = self.state(raw_state)
        progress = parse_progress(task.get("progress"))
        if progress is None and isinstance(task.get("data"), dict):
            progress = parse_progress(task["data"].get("progress"))
        if state is TaskState.SUCCEEDED:
            progress = 100.0
        return TaskResult(
            vendor=self.vendor,
            task_id=task_id or as_text(task.get("task_id")) or "",
            state=state,
            tracks=self.tracks_from_task(task),
            progress=progress,
            reason=as_text(task.get("fail_reason")) if state is TaskState.FAILED else None,
            raw_state=raw_state,
            raw=task,
        )

    def error_fields(self, body: Any) -> tuple[str | None, str | None]:
        if isinstance(body, dict) and isinstance(body.get("error"), dict):
            return as_text(body["error"].get("code")), as_text(body["error"].get("message"))  # OpenAI-style
        code, message = super().error_fields(body)
        return (code or None), message

    def refine_error(self, error: APIError) -> APIError:
        if error.code in BALANCE_CODES and not isinstance(error, InsufficientBalanceError):
            return reclassify(error, InsufficientBalanceError)
        return error


def _updated_at(task: dict[str, Any]) -> float:
    return as_float(task.get("updated_at")) or 0.0
