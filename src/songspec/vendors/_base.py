"""What every vendor adapter provides. An adapter only maps one vendor's operations, states and
payloads onto songspec's vocabulary; the waiting, retrying and batching live elsewhere and are
shared. Adding a vendor = a spec folder, a codegen config, fixtures and one file in this folder."""

from __future__ import annotations

import functools
import importlib
import typing
from collections.abc import Sequence
from types import ModuleType
from typing import Any, ClassVar

import httpx

from .._errors import APIError, InvalidRequestError, error_for_status
from .._exchange import Call, Exchange, describe_body
from .._specs import (
    callback_body_schema,
    endpoint_module,
    iter_operations,
    load_spec,
    package_name,
    resolve,
    schema_validator,
)
from .._types import TaskResult, TaskState


class VendorAdapter:
    # --- identity and connection (class attributes every adapter sets)
    name: ClassVar[str]
    """The spec folder name, e.g. "ttapi-producer"."""
    api_key_env: ClassVar[str]
    """Environment variable the CLI and live tests read the key from."""
    auth_header: ClassVar[str] = "Authorization"
    auth_prefix: ClassVar[str] = "Bearer"
    default_base_url: ClassVar[str | None] = None
    """None when the user must supply one (relay resellers)."""
    submit_operation: ClassVar[str]
    """The operation `generate()` uses."""
    fetch_operation: ClassVar[str]
    batch_operation: ClassVar[str | None] = None
    batch_limit: ClassVar[int] = 100
    """Most ids per batch request (AceData documents 50)."""
    callback_field: ClassVar[str | None] = None
    """The request field that carries a callback URL (hook_url, callback_url, notify_hook)."""
    prompt_field: ClassVar[str] = "prompt"
    """Where `generate(prompt=...)` puts the prompt."""
    lyrics_field: ClassVar[str | None] = None
    expects_tracks: ClassVar[bool] = True
    """A succeeded task should carry songs; one without is re-checked before it is accepted."""
    unknown_task_codes: ClassVar[frozenset[str]] = frozenset()
    """Error codes meaning "no such task" that are final for this vendor (ends that task's wait)."""
    states: ClassVar[dict[str, TaskState]] = {}
    """Raw vendor state (compared case-insensitively) -> TaskState; anything else is UNKNOWN."""

    # ------------------------------------------------------------------ generated client access
    @functools.cached_property
    def package(self) -> ModuleType:
        return importlib.import_module(package_name(self.name))

    @functools.cache
    def endpoint(self, operation: str) -> ModuleType:
        try:
            return endpoint_module(self.name, operation)
        except LookupError:
            raise InvalidRequestError(f"no operation named {operation!r}", vendor=self.name) from None

    def client(self, api_key: str, *, base_url: str | None = None, **kwargs: Any) -> Any:
        """A ready, authenticated generated client (the right header name and prefix)."""
        url = base_url or self.default_base_url
        if not url:
            raise InvalidRequestError("this vendor has no fixed base URL: pass base_url=", vendor=self.name)
        return self.package.AuthenticatedClient(
            base_url=url, token=api_key, prefix=self.auth_prefix, auth_header_name=self.auth_header, **kwargs
        )

    # ------------------------------------------------------------------ requests
    @functools.cache
    def _operation_spec(self, operation: str) -> dict[str, Any]:
        for _path, _method, definition in iter_operations(self.name):
            if definition.get("operationId") == operation:
                return definition
        raise InvalidRequestError(f"no operation named {operation!r}", vendor=self.name)

    def request_schema(self, operation: str) -> dict[str, Any] | None:
        body = self._operation_spec(operation).get("requestBody")
        if body is None:
            return None
        body = resolve(load_spec(self.name), body)
        return body["content"]["application/json"]["schema"]

    def validate_request(self, operation: str, body: dict[str, Any]) -> None:
        """Fail before any money is spent: the body must satisfy the spec (types, ranges, enums,
        required fields, no unknown fields)."""
        schema = self.request_schema(operation)
        if schema is None:
            return
        errors = [leaf for e in schema_validator(self.name, schema).iter_errors(body) for leaf in _variant_errors(e)]
        errors.sort(key=lambda e: list(e.path))
        if errors:
            problems = "; ".join(_describe_validation_error(e) for e in errors[:5])
            raise InvalidRequestError(
                f"{operation} body does not match the API description: {problems}", vendor=self.name
            )

    def submit_call(self, operation: str, body: dict[str, Any]) -> Call:
        self.validate_request(operation, body)
        module = self.endpoint(operation)
        if not body_models(module):
            return Call(operation, module, {})
        try:
            return Call(operation, module, {"body": load_body(module, body)})
        except ValueError as exc:
            raise InvalidRequestError(f"{operation}: {exc}", vendor=self.name) from None

    def generation_body(self, prompt: str | None, lyrics: str | None, options: dict[str, Any]) -> dict[str, Any]:
        """The body for `generate()`; vendors override when their fields differ."""
        body = dict(options)
        if prompt is not None:
            body[self.prompt_field] = prompt
        if lyrics is not None:
            if not self.lyrics_field:
                raise InvalidRequestError("this vendor's default operation takes no lyrics", vendor=self.name)
            body[self.lyrics_field] = lyrics
        return body

    # ------------------------------------------------------------------ fetching
    def fetch_call(self, task_id: str) -> Call:
        raise NotImplementedError

    def batch_call(self, task_ids: Sequence[str]) -> Call:
        raise NotImplementedError

    def fetch_calls(self, task_ids: Sequence[str], *, use_batch: bool = True) -> list[tuple[Call, list[str]]]:
        """The requests that ask about every id once: batches where the vendor has a batch endpoint."""
        ids = list(dict.fromkeys(task_ids))
        if use_batch and self.batch_operation:
            chunks = [ids[i : i + self.batch_limit] for i in range(0, len(ids), self.batch_limit)]
            return [(self.batch_call(chunk), chunk) for chunk in chunks]
        return [(self.fetch_call(task_id), [task_id]) for task_id in ids]

    # ------------------------------------------------------------------ reading answers
    def task_id_from_submit(self, exchange: Exchange) -> str | None:
        raise NotImplementedError

    def submit_rejection(self, exchange: Exchange) -> APIError | None:
        """An error for a 2xx answer that is really a refusal (some vendors answer 200 with an
        error envelope); None when the answer is an acceptance."""
        return None

    def results_from_fetch(self, exchange: Exchange, task_ids: Sequence[str]) -> dict[str, TaskResult]:
        """Results for the ids the answer covers; an id the vendor does not know yet is left out."""
        raise NotImplementedError

    def result_from_callback(self, body: Any) -> TaskResult:
        raise NotImplementedError

    def callback_schema(self) -> dict[str, Any] | None:
        if not self.callback_field:
            return None
        return callback_body_schema(self.name, self._operation_spec(self.submit_operation), self.callback_field)

    def validate_callback(self, body: Any) -> None:
        schema = self.callback_schema()
        if schema is None:
            return
        # What the vendor sends is checked for shape, not for enum values: a state the spec does not
        # list yet must not make the receiver reject (and so lose) the callback.
        error = next(iter(schema_validator(self.name, schema, open_enums=True).iter_errors(body)), None)
        if error is not None:
            raise InvalidRequestError(f"callback body: {_describe_validation_error(error)}", vendor=self.name)

    def state(self, raw: Any) -> TaskState:
        if raw is None:
            return TaskState.UNKNOWN
        text = str(raw).strip()
        return self.states.get(text, self.states.get(text.upper(), self.states.get(text.lower(), TaskState.UNKNOWN)))

    def error_fields(self, body: Any) -> tuple[str | None, str | None]:
        """(code, message) from the vendor's error envelope."""
        if isinstance(body, dict):
            message = body.get("message") or body.get("msg")
            code = body.get("code")
            return (str(code) if code is not None else None, str(message) if message else None)
        return None, None

    def error_from(self, exchange: Exchange) -> APIError:
        assert exchange.status is not None
        code, message = self.error_fields(exchange.json)
        if not message:
            message = describe_body(exchange.json) if exchange.json is not None else "no readable body"
        return self.refine_error(
            error_for_status(
                exchange.status,
                message,
                vendor=self.name,
                code=code,
                body=exchange.json,
                retry_after=exchange.retry_after,
            )
        )

    def refine_error(self, error: APIError) -> APIError:
        """Vendors with their own codes (AceData's `used_up`...) remap here."""
        return error

    # ------------------------------------------------------------------ simulation (songspec.testing)
    fake_states: ClassVar[dict[TaskState, str]] = {}
    """TaskState -> the raw state this vendor sends, for the simulated vendor."""

    def fake_route(self, request: httpx.Request) -> tuple[str, list[str]] | None:
        """("submit", []), ("fetch", [id]) or ("batch", ids) for a request to this vendor."""
        raise NotImplementedError

    def fake_submit_answer(self, task_id: str) -> Any:
        raise NotImplementedError

    def fake_fetch_answer(self, records: list[dict[str, Any]], *, batch: bool) -> Any:
        raise NotImplementedError

    def fake_record(self, task_id: str, state: TaskState, progress: float, reason: str | None) -> dict[str, Any]:
        """One task record in this vendor's wire format."""
        raise NotImplementedError

    def fake_callback_body(self, record: dict[str, Any]) -> Any:
        return self.fake_fetch_answer([record], batch=False)

    def fake_not_found(self) -> tuple[int, Any]:
        """(status, body) this vendor answers for an id it does not know."""
        return 404, {"message": "task not found"}


def body_models(module: ModuleType) -> list[type]:
    """The attrs classes a generated endpoint accepts as `body=` (several for a oneOf body)."""
    hint = typing.get_type_hints(module.sync_detailed).get("body")
    return [c for c in (typing.get_args(hint) or ((hint,) if hint else ())) if hasattr(c, "from_dict")]


def load_body(module: ModuleType, data: dict[str, Any]) -> Any:
    """The body model for `data`, trying each variant of a oneOf in order as the generated client
    does (variants carry a const tag such as AceData's `action`, so at most one accepts)."""
    problems = []
    for model in body_models(module):
        try:
            return model.from_dict(data)
        except (TypeError, ValueError, KeyError, AttributeError) as exc:
            problems.append(f"{model.__name__}: {exc}")
    raise ValueError("no body class accepts this body: " + "; ".join(problems))


def _variant_errors(error: Any) -> list[Any]:
    """For a oneOf body whose variants carry a const tag (AceData's `action`), the errors of the
    one variant whose tag matched, so the message names the offending fields instead of "is not
    valid under any of the given schemas"; the error itself otherwise."""
    if error.validator in ("oneOf", "anyOf") and error.context:
        by_variant: dict[Any, list[Any]] = {}
        for sub in error.context:
            by_variant.setdefault(sub.schema_path[0], []).append(sub)
        tagged = [subs for subs in by_variant.values() if not any(e.validator == "const" for e in subs)]
        if len(tagged) == 1:
            return [leaf for sub in tagged[0] for leaf in _variant_errors(sub)]
    return [error]


def _describe_validation_error(error: Any) -> str:
    where = "/".join(str(p) for p in error.absolute_path) or "body"
    message = error.message
    if len(message) > 160:
        message = message[:160] + "..."
    return f"{where}: {message}"
