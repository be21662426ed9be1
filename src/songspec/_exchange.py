"""One HTTP exchange through a generated endpoint module, with its outcome classified.

The wrapper calls the generated endpoint's public `build_request` and `parse_response` but sends the
request itself, so that it can tell apart what the generated `sync_detailed`
cannot: a request that never left (safe to resend), one whose answer was lost (outcome unknown),
and a body that would not parse (kept raw instead of lost in an exception).
"""

from __future__ import annotations

import json
import time
from dataclasses import dataclass, field
from enum import Enum
from types import ModuleType
from typing import Any

import httpx

from ._timing import parse_retry_after


class Delivery(Enum):
    NOT_SENT = "not sent"
    """The connection was never made (refused, DNS, connect timeout): the vendor saw nothing."""
    NO_ANSWER = "sent, no answer"
    """Sent, then a timeout or a dropped connection: the vendor may have acted on it."""
    ANSWERED = "answered"


@dataclass(frozen=True)
class Call:
    """A generated endpoint and the arguments for it."""

    operation: str
    module: ModuleType
    kwargs: dict[str, Any] = field(default_factory=dict)


@dataclass
class Exchange:
    call: Call
    delivery: Delivery
    sent_at: float
    status: int | None = None
    headers: httpx.Headers | None = None
    json: Any = None
    json_error: str | None = None
    parsed: Any = None
    parse_error: str | None = None
    transport_error: str | None = None

    @property
    def ok(self) -> bool:
        return self.status is not None and 200 <= self.status < 300

    @property
    def retry_after(self) -> float | None:
        if self.headers is None:
            return None
        return parse_retry_after(self.headers.get("retry-after"))

    @property
    def readable(self) -> bool:
        return self.json_error is None and self.parse_error is None


def read_answer(call: Call, client: Any, response: httpx.Response, sent_at: float = 0.0) -> Exchange:
    """An answer as an Exchange: its JSON, and the generated model the spec declares for its status."""
    exchange = Exchange(call, Delivery.ANSWERED, sent_at, status=response.status_code, headers=response.headers)
    try:
        exchange.json = response.json()
    except (ValueError, UnicodeDecodeError, RecursionError) as exc:
        exchange.json_error = f"unreadable JSON: {type(exc).__name__}"
        return exchange
    try:
        exchange.parsed = call.module.parse_response(client=client, response=response)
    except Exception as exc:  # the generated parser raises TypeError/KeyError/ValueError on odd shapes
        exchange.parse_error = f"{type(exc).__name__}: {exc}"[:300]
    return exchange


def _failed(call: Call, exc: httpx.HTTPError, sent_at: float) -> Exchange:
    never_sent = isinstance(exc, (httpx.ConnectError, httpx.ConnectTimeout, httpx.UnsupportedProtocol))
    delivery = Delivery.NOT_SENT if never_sent else Delivery.NO_ANSWER
    return Exchange(call, delivery, sent_at, transport_error=type(exc).__name__)


def send(client: Any, call: Call) -> Exchange:
    request = call.module.build_request(**call.kwargs)
    sent_at = time.time()
    try:
        response = client.get_httpx_client().request(**request)
    except httpx.HTTPError as exc:
        return _failed(call, exc, sent_at)
    return read_answer(call, client, response, sent_at)


async def asend(client: Any, call: Call) -> Exchange:
    request = call.module.build_request(**call.kwargs)
    sent_at = time.time()
    try:
        response = await client.get_async_httpx_client().request(**request)
    except httpx.HTTPError as exc:
        return _failed(call, exc, sent_at)
    return read_answer(call, client, response, sent_at)


def describe_body(json_body: Any, limit: int = 300) -> str:
    try:
        text = json.dumps(json_body, ensure_ascii=False)
    except (TypeError, ValueError):
        text = repr(json_body)
    return text if len(text) <= limit else text[:limit] + "..."
