"""songspec: submit a music-generation job once, wait for it efficiently, get its tracks.

    from songspec import Songspec
    api = Songspec("ttapi-producer")            # the key from its variable (see `songspec vendors`)
    result = api.generate("lo-fi hip hop, warm piano")
    for track in result.tracks:
        print(track.title, track.audio_url, track.duration)

Everything public is importable from here; modules starting with "_" are internal.
"""

from __future__ import annotations

import sys
from typing import TYPE_CHECKING, Any

# httpx imports its own command-line client (click, rich.progress, rich.syntax, pygments) whenever
# those packages are installed, as they are beside songspec (rich draws our display, click comes
# with uvicorn). That costs about 0.25 s on every first call and songspec never runs that CLI.
# Unless httpx is already loaded, its import is declined here; httpx catches the ImportError and
# `httpx.main` then says the CLI is unavailable, in this process only (the `httpx` command is
# unaffected). Upstream: encode/httpx imports it eagerly; pydantic/httpx2#947 made it lazy.
if "httpx" not in sys.modules:
    sys.modules.setdefault("httpx._main", None)  # type: ignore[arg-type]

# Public names -> the module that defines them. Imported on first use, so `songspec --help` and
# `import songspec` stay fast (httpx, the validator and the generated clients load only when needed).
_EXPORTS = {
    "Songspec": "_client",
    "AsyncSongspec": "_client",
    "client_for": "_client",
    "TaskState": "_types",
    "TaskResult": "_types",
    "Track": "_types",
    "SubmittedTask": "_types",
    "parse_progress": "_types",
    "Backoff": "_timing",
    "VirtualClock": "_timing",
    "SongspecError": "_errors",
    "ConfigurationError": "_errors",
    "RequestValidationError": "_errors",
    "APIConnectionError": "_errors",
    "DownloadError": "_errors",
    "TaskNotFoundError": "_errors",
    "APIError": "_errors",
    "AuthenticationError": "_errors",
    "InsufficientBalanceError": "_errors",
    "RateLimitedError": "_errors",
    "InvalidRequestError": "_errors",
    "ServerError": "_errors",
    "TaskFailedError": "_errors",
    "OutcomeUnknownError": "_errors",
    "WaitTimeoutError": "_errors",
    "WebhookReceiver": "_webhook",
    "AsyncWebhookReceiver": "_webhook",
    "PrismMock": "_mock",
    "vendor_names": "vendors",
}

__all__ = [
    "APIConnectionError",
    "APIError",
    "AsyncSongspec",
    "AsyncWebhookReceiver",
    "AuthenticationError",
    "Backoff",
    "ConfigurationError",
    "DownloadError",
    "InsufficientBalanceError",
    "InvalidRequestError",
    "OutcomeUnknownError",
    "PrismMock",
    "RateLimitedError",
    "RequestValidationError",
    "ServerError",
    "Songspec",
    "SongspecError",
    "SubmittedTask",
    "TaskFailedError",
    "TaskNotFoundError",
    "TaskResult",
    "TaskState",
    "Track",
    "VirtualClock",
    "WaitTimeoutError",
    "WebhookReceiver",
    "client_for",
    "parse_progress",
    "vendor_names",
]

if TYPE_CHECKING:
    from ._client import AsyncSongspec, Songspec, client_for
    from ._errors import (
        APIConnectionError,
        APIError,
        AuthenticationError,
        ConfigurationError,
        DownloadError,
        InsufficientBalanceError,
        InvalidRequestError,
        OutcomeUnknownError,
        RateLimitedError,
        RequestValidationError,
        ServerError,
        SongspecError,
        TaskFailedError,
        TaskNotFoundError,
        WaitTimeoutError,
    )
    from ._mock import PrismMock
    from ._timing import Backoff, VirtualClock
    from ._types import SubmittedTask, TaskResult, TaskState, Track, parse_progress
    from ._webhook import AsyncWebhookReceiver, WebhookReceiver
    from .vendors import vendor_names


def __getattr__(name: str) -> Any:
    if name == "__version__":  # package metadata is read on demand: importlib.metadata is slow to load
        from importlib.metadata import PackageNotFoundError, version

        try:
            return version("songspec")
        except PackageNotFoundError:  # a source tree that was never installed
            return "0+unknown"
    if name not in _EXPORTS:
        raise AttributeError(f"module 'songspec' has no attribute {name!r}")
    import importlib

    value = getattr(importlib.import_module(f"{__name__}.{_EXPORTS[name]}"), name)
    globals()[name] = value
    return value
