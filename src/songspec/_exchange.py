"""One HTTP exchange through a generated endpoint module, with its outcome classified.

The wrapper calls the generated endpoint's public `build_request` and `parse_response` but sends the
request itself, so that it can tell apart what the generated `sync_detailed`
cannot: a request that never left (safe to resend), one whose answer was lost (outcome unknown),
and a body that would not parse (kept raw instead of lost in an exception).
"""

from __future__ import annotations

import json
import logging
import time
from dataclasses import dataclass, field
from enum import Enum
from types import ModuleType
from typing import TYPE_CHECKING, Any

from ._timing import parse_retry_after

if TYPE_CHECKING:  # httpx itself loads with the first request: creating a client and checking a body need none of it
    import httpx

log = logging.getLogger("songspec.http")


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

    def body(self) -> dict[str, Any]:
        """The JSON body exactly as it is sent ({} for a call without one)."""
        body: dict[str, Any] = self.kwargs["body"].to_dict() if "body" in self.kwargs else {}
        return body


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


MAX_ANSWER_BYTES = 10 * 1024 * 1024
"""An answer larger than this is not read: no vendor's task record comes near it, and reading it
whole would let one answer take the process's memory. It counts as a transient fault (a fetch) or
an unknown outcome (a submit)."""


MIN_SECRET = 8


class _CutShortError(Exception):
    """The answer was being read and is abandoned: sent, so the vendor may have acted on it."""


class AnswerTooLarge(_CutShortError):  # noqa: N818 (the name is what Exchange.transport_error shows)
    pass


class DeadlinePassed(_CutShortError):  # noqa: N818 (as above)
    pass


def _failed(call: Call, exc: Exception, sent_at: float) -> Exchange:
    import httpx

    never_sent = isinstance(exc, (httpx.ConnectError, httpx.ConnectTimeout, httpx.UnsupportedProtocol))
    delivery = Delivery.NOT_SENT if never_sent else Delivery.NO_ANSWER
    return Exchange(call, delivery, sent_at, transport_error=type(exc).__name__)


def _prepared(call: Call, deadline: float | None, http: httpx.Client | httpx.AsyncClient) -> httpx.Request:
    import httpx

    arguments = call.module.build_request(**call.kwargs)
    if deadline is not None:
        # No single read may outlast the wait's deadline (a slow drip of bytes is cut at it below).
        remaining = max(0.001, deadline - time.monotonic())
        current = http.timeout
        arguments["timeout"] = httpx.Timeout(
            connect=min(current.connect or remaining, remaining),
            read=min(current.read or remaining, remaining),
            write=min(current.write or remaining, remaining),
            pool=min(current.pool or remaining, remaining),
        )
    request: httpx.Request = http.build_request(**arguments)
    return request


def _check_progress(received: int, deadline: float | None, request: httpx.Request) -> None:
    if received > MAX_ANSWER_BYTES:
        raise AnswerTooLarge(f"answer over {MAX_ANSWER_BYTES} bytes ({request.method} {request.url.path})")
    if deadline is not None and time.monotonic() > deadline:
        raise DeadlinePassed(f"the deadline passed while the answer was arriving ({request.method} {request.url.path})")


def _whole(response: httpx.Response, content: bytes, secret: str | None) -> httpx.Response:
    """The answer, read, with the key blanked wherever the vendor echoed it back (a vendor that says
    "invalid api key: <key>" must not put it into an exception, a log or a terminal). Keys shorter
    than MIN_SECRET are test placeholders: blanking them would corrupt the answer."""
    import httpx

    if secret and len(secret) >= MIN_SECRET and secret.encode() in content:
        content = content.replace(secret.encode(), b"***")
    headers = [
        (k, v) for k, v in response.headers.multi_items() if k.lower() not in ("content-encoding", "content-length")
    ]
    return httpx.Response(response.status_code, headers=headers, content=content, request=response.request)


_SECRET_FIELDS = ("hook", "callback", "notify", "key", "token", "secret", "password")


def _masked(value: Any) -> Any:
    """A body for the debug log: fields that may hold a secret (a key, a callback URL with a token)
    shown as ***."""
    if isinstance(value, dict):
        return {
            k: ("***" if any(word in str(k).lower() for word in _SECRET_FIELDS) else _masked(v))
            for k, v in value.items()
        }
    if isinstance(value, list):
        return [_masked(v) for v in value]
    return value


def _log_exchange(request: httpx.Request, exchange: Exchange) -> None:
    if not log.isEnabledFor(logging.DEBUG):
        return
    sent: Any = None
    if request.content:
        try:
            sent = _masked(json.loads(request.content))
        except ValueError:
            sent = f"<{len(request.content)} bytes>"
    outcome = (
        exchange.status if exchange.status is not None else f"{exchange.delivery.value} ({exchange.transport_error})"
    )
    log.debug(
        "%s %s %s -> %s %s",
        request.method,
        request.url.copy_with(query=None),
        describe_body(sent) if sent is not None else "",
        outcome,
        describe_body(_masked(exchange.json)) if exchange.json is not None else (exchange.json_error or ""),
    )


def send(client: Any, call: Call, *, deadline: float | None = None) -> Exchange:
    """Send one call and read its answer (at most MAX_ANSWER_BYTES, and not past `deadline`, a
    time.monotonic() value)."""
    import httpx

    http: httpx.Client = client.get_httpx_client()
    sent_at = time.time()
    try:
        request = _prepared(call, deadline, http)
        response = http.send(request, stream=True)
        try:
            chunks: list[bytes] = []
            received = 0
            for chunk in response.iter_bytes():
                received += len(chunk)
                _check_progress(received, deadline, request)
                chunks.append(chunk)
        finally:
            response.close()
    except (httpx.HTTPError, _CutShortError) as exc:
        exchange = _failed(call, exc, sent_at)
    else:
        exchange = read_answer(
            call, client, _whole(response, b"".join(chunks), getattr(client, "token", None)), sent_at
        )
    _log_exchange(request, exchange)
    return exchange


async def asend(client: Any, call: Call, *, deadline: float | None = None) -> Exchange:
    import httpx

    http: httpx.AsyncClient = client.get_async_httpx_client()
    sent_at = time.time()
    try:
        request = _prepared(call, deadline, http)
        response = await http.send(request, stream=True)
        try:
            chunks: list[bytes] = []
            received = 0
            async for chunk in response.aiter_bytes():
                received += len(chunk)
                _check_progress(received, deadline, request)
                chunks.append(chunk)
        finally:
            await response.aclose()
    except (httpx.HTTPError, _CutShortError) as exc:
        exchange = _failed(call, exc, sent_at)
    else:
        exchange = read_answer(
            call, client, _whole(response, b"".join(chunks), getattr(client, "token", None)), sent_at
        )
    _log_exchange(request, exchange)
    return exchange


def describe_body(json_body: Any, limit: int = 300) -> str:
    try:
        text = json.dumps(json_body, ensure_ascii=False)
    except (TypeError, ValueError):
        text = repr(json_body)
    return text if len(text) <= limit else text[:limit] + "..."
