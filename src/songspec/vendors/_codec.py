"""The codec protocol: how one wire format's answers read in songspec's vocabulary.

A codec is small and pure: no I/O, no clock. It gets an answer (`Exchange`: the
status, the raw JSON and the generated model the spec parsed it into) and returns a task id, task
results or an error. Everything around it (sending, retrying, batching, waiting, callbacks) is the
engine's and the same for every vendor; the facts it needs (fields, operations) come from the
vendor's `VendorProfile`, or from its spec where a codec needs one more (TTAPI Suno's default `mv`).
"""

from __future__ import annotations

import functools
import importlib
from collections.abc import Mapping, Sequence
from typing import Any, ClassVar

from .._errors import APIError, ConfigurationError, error_for_status
from .._exchange import Exchange, describe_body
from .._types import TaskResult, TaskState, as_text
from ._profile import VendorProfile


class Codec:
    wire_format: ClassVar[str]
    """The simulator that speaks this format (songspec.testing.simulators), e.g. "new-api/suno"."""
    states: ClassVar[Mapping[str, TaskState]] = {}
    """Raw vendor state (compared case-insensitively) -> TaskState; anything else is UNKNOWN."""
    expects_tracks: ClassVar[bool] = True
    """A succeeded task should carry songs; one without is re-checked before it is accepted."""
    unknown_task_codes: ClassVar[frozenset[str]] = frozenset()
    """Error codes meaning "no such task" that are final for this vendor (ends that task's wait)."""
    style_field: ClassVar[str | None] = None
    """Where the prompt goes when lyrics are given, if not in the prompt field (Suno's custom mode
    sings the lyrics in `prompt` and takes the prompt as the style, in `tags`)."""

    def __init__(self, profile: VendorProfile) -> None:
        self.profile = profile
        self.vendor = profile.name

    @functools.cached_property
    def models(self) -> Any:
        """The vendor's own generated models module (isinstance checks need its classes, not a
        sibling package's). Imported on first use: creating a Songspec and checking a body load no
        models (and no attrs)."""
        return importlib.import_module(f"{self.profile.package}.models")

    # ------------------------------------------------------------------ requests
    def generation_body(self, prompt: str | None, lyrics: str | None, options: Mapping[str, Any]) -> dict[str, Any]:
        """The body for `generate()`: the prompt and lyrics in the fields the spec names."""
        body = dict(options)
        if lyrics is not None:
            if not self.profile.lyrics_field:
                raise ConfigurationError(f"{self.vendor}'s {self.profile.submit_operation} takes no lyrics")
            body[self.profile.lyrics_field] = lyrics
        if prompt is not None:
            body[(self.style_field if lyrics is not None else None) or self.profile.prompt_field] = prompt
        return body

    def prepare_submit(self, operation: str, body: dict[str, Any]) -> dict[str, Any]:
        """The body as it should be sent (a vendor may need a field added, e.g. AceData's async)."""
        return body

    def fetch_arguments(self, task_id: str) -> dict[str, Any]:
        """Keyword arguments for the generated fetch endpoint; a `body` given as a dict."""
        raise NotImplementedError

    def batch_arguments(self, task_ids: Sequence[str]) -> dict[str, Any]:
        raise NotImplementedError

    # ------------------------------------------------------------------ answers
    def submitted_task_id(self, answer: Exchange) -> str | None:
        """The task id in a 2xx submit answer; None when there is none."""
        raise NotImplementedError

    def submit_refusal(self, answer: Exchange) -> APIError | None:
        """An error for a 2xx answer that is really a refusal (some vendors answer 200 with an
        error envelope); None when the answer is an acceptance."""
        return None

    def fetch_results(self, answer: Exchange, asked: Sequence[str]) -> dict[str, TaskResult]:
        """Results for the ids the answer covers; an id the vendor does not know yet is left out."""
        raise NotImplementedError

    def callback_result(self, body: Any) -> TaskResult:
        """The task a callback body is about (a hint only: the engine confirms it with a fetch)."""
        raise NotImplementedError

    # ------------------------------------------------------------------ states and errors
    def state(self, raw: Any) -> TaskState:
        if raw is None:
            return TaskState.UNKNOWN
        text = str(raw).strip()
        found = self.states.get(text) or self.states.get(text.upper()) or self.states.get(text.lower())
        return found or TaskState.UNKNOWN

    def error_fields(self, body: Any) -> tuple[str | None, str | None]:
        """(code, message) from the vendor's error envelope: an `error` object (AceData's, and new-api's
        OpenAI-style one) or string, else the top-level `code` and `message`/`msg`."""
        if not isinstance(body, dict):
            return None, None
        error = body.get("error")
        if isinstance(error, dict):
            code, message = as_text(error.get("code")), as_text(error.get("message"))
            if code or message:
                return code, message
        elif isinstance(error, str) and error:
            return None, error
        return as_text(body.get("code")), as_text(body.get("message") or body.get("msg"))

    def refine_error(self, error: APIError) -> APIError:
        """Vendors with their own codes (AceData's `used_up`...) remap here."""
        return error

    def error(self, answer: Exchange) -> APIError:
        """The error an answered, non-2xx exchange stands for."""
        assert answer.status is not None
        code, message = self.error_fields(answer.json)
        if not message:
            message = describe_body(answer.json) if answer.json is not None else "no readable body"
        return self.refine_error(
            error_for_status(
                answer.status,
                message,
                vendor=self.vendor,
                code=code,
                body=answer.json,
                retry_after=answer.retry_after,
            )
        )
