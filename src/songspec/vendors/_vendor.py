"""A vendor = its profile (facts from the spec) + its codec (how its answers read) + its spec's
request and callback schemas. This is what the engine, the client, the CLI and the tests use."""

from __future__ import annotations

import functools
import json
import typing
from collections.abc import Mapping, Sequence
from types import ModuleType
from typing import TYPE_CHECKING, Any

from .._checks import non_json_values
from .._errors import ConfigurationError, RequestValidationError
from .._exchange import Call
from .._specs import callback_body_schema, endpoint_module, find_operation, json_body_schema, schema_validator
from ._codec import Codec
from ._profile import VendorProfile

if TYPE_CHECKING:
    from .._schema import SchemaCheck

MAX_BODY_BYTES = 256 * 1024
"""No generation body comes near this (Suno's longest lyrics are a few thousand characters); where a
vendor documents a field's limit, the spec's maxLength says so and the check names the field."""


class Vendor:
    def __init__(self, profile: VendorProfile, codec: Codec) -> None:
        self.profile = profile
        self.codec = codec
        self.name = profile.name

    def __repr__(self) -> str:
        return f"Vendor({self.name!r}, codec={type(self.codec).__name__})"

    # ------------------------------------------------------------------ generated client
    @functools.cached_property
    def package(self) -> ModuleType:
        import importlib

        return importlib.import_module(self.profile.package)

    @functools.cache
    def endpoint(self, operation: str) -> ModuleType:
        try:
            return endpoint_module(self.name, operation)
        except LookupError as exc:
            raise ConfigurationError(str(exc)) from None

    def client(self, api_key: str, *, base_url: str | None = None, **kwargs: Any) -> Any:
        """A ready, authenticated generated client (the right header name and prefix)."""
        url = base_url or self.profile.base_url
        if not url:
            raise ConfigurationError(f"{self.name} has no fixed address: give its base URL")
        client_class: Any = self.package.AuthenticatedClient
        return client_class(
            base_url=url,
            token=api_key,
            prefix=self.profile.auth_prefix,
            auth_header_name=self.profile.auth_header,
            **kwargs,
        )

    # ------------------------------------------------------------------ requests
    @functools.cache
    def operation_spec(self, operation: str) -> dict[str, Any]:
        try:
            return find_operation(self.name, operation)[2]
        except LookupError as exc:
            raise ConfigurationError(str(exc)) from None

    def request_schema(self, operation: str) -> dict[str, Any] | None:
        body = self.operation_spec(operation).get("requestBody")
        return None if body is None else json_body_schema(self.name, body)

    def validate_request(self, operation: str, body: Mapping[str, Any]) -> None:
        """Fail before any money is spent: the body must satisfy the spec (types, ranges, enums,
        required fields, no unknown fields)."""
        not_json = list(non_json_values(dict(body)))
        if not_json:
            raise RequestValidationError(
                "; ".join(not_json[:5]), vendor=self.name, operation=operation, problems=not_json[:5]
            )
        prompt = body.get(self.profile.prompt_field) if operation == self.profile.submit_operation else None
        if isinstance(prompt, str) and prompt and not prompt.strip():
            raise RequestValidationError(
                f"{self.profile.prompt_field}: only whitespace; give a prompt or leave the field out",
                vendor=self.name,
                operation=operation,
                problems=[self.profile.prompt_field],
            )
        validator = self._request_validator(operation)
        if validator is None:
            return
        problems = validator.problems(body, limit=5)
        if problems:
            raise RequestValidationError(
                "the body does not match the API description: " + "; ".join(problems),
                vendor=self.name,
                operation=operation,
                problems=problems,
            )

    @functools.cache
    def _request_validator(self, operation: str) -> SchemaCheck | None:
        schema = self.request_schema(operation)
        return None if schema is None else schema_validator(self.name, schema, check_formats=True)

    @functools.cache
    def _callback_validator(self) -> SchemaCheck | None:
        schema = self.callback_schema()
        return None if schema is None else schema_validator(self.name, schema, open_enums=True)

    def submit_call(self, operation: str, body: Mapping[str, Any]) -> Call:
        if not isinstance(body, Mapping):
            raise RequestValidationError(
                f"the body must be a JSON object (a dict), not {type(body).__name__}",
                vendor=self.name,
                operation=operation,
            )
        payload = self.codec.prepare_submit(operation, dict(body))
        size = len(json.dumps(payload, ensure_ascii=False, default=str).encode())
        if size > MAX_BODY_BYTES:
            raise RequestValidationError(
                f"the body is {size} bytes; no vendor takes more than {MAX_BODY_BYTES} (lyrics or prompt too long?)",
                vendor=self.name,
                operation=operation,
            )
        self.validate_request(operation, payload)
        module = self.endpoint(operation)
        if not body_models(module):
            return Call(operation, module, {})
        try:
            return Call(operation, module, {"body": load_body(module, payload)})
        except ValueError as exc:
            raise RequestValidationError(str(exc), vendor=self.name, operation=operation) from None

    def _call(self, operation: str, arguments: dict[str, Any]) -> Call:
        module = self.endpoint(operation)
        if isinstance(arguments.get("body"), Mapping):
            arguments = {**arguments, "body": load_body(module, arguments["body"])}
        return Call(operation, module, arguments)

    def fetch_call(self, task_id: str) -> Call:
        return self._call(self.profile.fetch_operation, self.codec.fetch_arguments(task_id))

    def batch_call(self, task_ids: Sequence[str]) -> Call:
        assert self.profile.batch_operation is not None
        return self._call(self.profile.batch_operation, self.codec.batch_arguments(task_ids))

    def fetch_calls(self, task_ids: Sequence[str], *, use_batch: bool = True) -> list[tuple[Call, list[str]]]:
        """The requests that ask about every id once: batches where the vendor has a batch endpoint."""
        ids = list(dict.fromkeys(task_ids))
        limit = self.profile.batch_limit
        if use_batch and self.profile.batch_operation:
            chunks = [ids[i : i + limit] for i in range(0, len(ids), limit)]
            return [(self.batch_call(chunk), chunk) for chunk in chunks]
        return [(self.fetch_call(task_id), [task_id]) for task_id in ids]

    # ------------------------------------------------------------------ callbacks
    def callback_schema(self) -> dict[str, Any] | None:
        field = self.profile.callback_field
        if not field:
            return None
        return callback_body_schema(self.name, self.operation_spec(self.profile.submit_operation), field)

    def validate_callback(self, body: Any) -> None:
        """Raises ValueError when a callback body does not have the spec's shape. Enum values are not
        checked: a state the spec does not list yet must not make the receiver reject (and so lose) it."""
        validator = self._callback_validator()
        if validator is None:
            return
        problem = validator.first_problem(body)
        if problem is not None:
            raise ValueError(f"callback body: {problem}")


def body_models(module: ModuleType) -> list[type]:
    """The attrs classes a generated endpoint accepts as `body=` (several for a oneOf body)."""
    hint = typing.get_type_hints(module.sync_detailed).get("body")
    candidates = typing.get_args(hint) or ((hint,) if hint else ())
    return [c for c in candidates if isinstance(c, type) and hasattr(c, "from_dict")]


def load_body(module: ModuleType, data: Mapping[str, Any]) -> Any:
    """The body model for `data`, trying each variant of a oneOf in order as the generated client
    does (variants carry a const tag such as AceData's `action`, so at most one accepts)."""
    problems = []
    for model in body_models(module):
        try:
            return model.from_dict(data)  # type: ignore[attr-defined]
        except (TypeError, ValueError, KeyError, AttributeError) as exc:
            problems.append(f"{model.__name__}: {exc}")
    raise ValueError("no body class accepts this body: " + "; ".join(problems))
