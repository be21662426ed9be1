"""The webhook receiver's HTTP side: a plain ASGI application, and the kept server (uvicorn in a
background thread with its own event loop) that `api.webhook(...)` runs it in.

    app = hook.asgi_app        # mount it in Starlette/FastAPI (Mount("/hooks", app=hook.asgi_app)) or
                               # serve it with any ASGI server; no framework needed

Answers: 200 accepted; 400 malformed JSON (deep nesting included) or off-schema; 404 wrong path token
or unknown task; 405 (with `Allow: POST`) for every other method, HEAD and OPTIONS included; 408 a body
not received within `body_timeout`; 413 a body over `max_body_bytes`, refused from its Content-Length or
while reading (chunked bodies too); 503 (with Retry-After) when `max_pending` requests are already being
read and handled: the bounded queue. Nothing is logged with a path (it may hold the path token).
"""

from __future__ import annotations

import asyncio
import json
import socket
import threading
import time
from collections import Counter
from collections.abc import Awaitable, Callable, MutableMapping
from typing import Any, Protocol

Scope = MutableMapping[str, Any]
Message = MutableMapping[str, Any]
Receive = Callable[[], Awaitable[Message]]
Send = Callable[[Message], Awaitable[None]]


class Receiver(Protocol):
    """What the app needs of songspec._webhook.WebhookReceiver (named here, not imported: no cycle)."""

    stats: Counter[str]
    max_body_bytes: int
    body_timeout: float
    max_pending: int

    def path_matches(self, path: str) -> bool: ...
    def deliver(self, body: Any) -> tuple[int, dict[str, Any]]: ...


class CallbackApp:
    """The receiver as an ASGI 3 application (`hook.asgi_app`)."""

    def __init__(self, receiver: Receiver) -> None:
        self.receiver = receiver
        self.in_flight = 0

    async def __call__(self, scope: Scope, receive: Receive, send: Send) -> None:
        kind = scope.get("type")
        if kind == "lifespan":  # served on its own: nothing to start or stop
            while True:
                message = await receive()
                if message["type"] == "lifespan.startup":
                    await send({"type": "lifespan.startup.complete"})
                elif message["type"] == "lifespan.shutdown":
                    await send({"type": "lifespan.shutdown.complete"})
                    return
        if kind == "websocket":
            await send({"type": "websocket.close", "code": 1008})
            return
        if kind != "http":
            return
        receiver = self.receiver
        stats = receiver.stats
        if scope.get("method") != "POST":
            stats["405"] += 1
            await _answer(send, 405, None, [(b"allow", b"POST")])
            return
        if not receiver.path_matches(_route_path(scope)):
            stats["404_path"] += 1
            await _answer(send, 404, {"error": "not found"}, close=True)
            return
        if self.in_flight >= receiver.max_pending:
            stats["503"] += 1
            await _answer(send, 503, {"error": "busy"}, [(b"retry-after", b"1")], close=True)
            return
        self.in_flight += 1
        try:
            await self._post(scope, receive, send)
        finally:
            self.in_flight -= 1

    async def _post(self, scope: Scope, receive: Receive, send: Send) -> None:
        receiver = self.receiver
        stats = receiver.stats
        cap = receiver.max_body_bytes
        declared = _content_length(scope)
        if declared is not None and declared > cap:
            stats["413"] += 1
            await _answer(send, 413, {"error": "body too large"}, close=True)
            return
        loop = asyncio.get_running_loop()
        deadline = loop.time() + receiver.body_timeout
        chunks: list[bytes] = []
        size = 0
        while True:
            remaining = deadline - loop.time()
            try:
                if remaining <= 0:
                    raise TimeoutError
                message = await asyncio.wait_for(receive(), remaining)
            except TimeoutError:
                stats["408"] += 1
                await _answer(send, 408, {"error": "body not received in time"}, close=True)
                return
            if message["type"] == "http.disconnect":
                stats["disconnected"] += 1
                return
            chunk = message.get("body", b"")
            size += len(chunk)
            if size > cap:
                stats["413"] += 1
                await _answer(send, 413, {"error": "body too large"}, close=True)
                return
            chunks.append(chunk)
            if not message.get("more_body", False):
                break
        try:
            body = json.loads(b"".join(chunks))
        except (ValueError, UnicodeDecodeError, RecursionError):
            stats["400_json"] += 1
            await _answer(send, 400, {"error": "malformed JSON"})
            return
        status, answer = receiver.deliver(body)
        await _answer(send, status, answer)


def _route_path(scope: Scope) -> str:
    """The path below where the app is mounted (Starlette's Mount keeps `path` whole, sets `root_path`)."""
    path = str(scope.get("path") or "/")
    root = str(scope.get("root_path") or "")
    if root and path.startswith(root):
        path = path[len(root) :] or "/"
    return path


def _content_length(scope: Scope) -> int | None:
    for name, value in scope.get("headers") or ():
        if name.lower() == b"content-length":
            try:
                return int(value)
            except ValueError:
                return None
    return None


async def _answer(
    send: Send,
    status: int,
    body: dict[str, Any] | None,
    headers: list[tuple[bytes, bytes]] | None = None,
    *,
    close: bool = False,
) -> None:
    payload = json.dumps(body).encode() if body is not None else b""
    all_headers = [(b"content-length", str(len(payload)).encode()), *(headers or [])]
    if body is not None:
        all_headers.append((b"content-type", b"application/json"))
    if close:  # the body may be unread: do not keep the connection for another request
        all_headers.append((b"connection", b"close"))
    await send({"type": "http.response.start", "status": status, "headers": all_headers})
    await send({"type": "http.response.body", "body": payload})


# ---------------------------------------------------------------------------------------- the kept server
def _protocol_class(header_timeout: float) -> type[asyncio.Protocol]:
    """uvicorn's h11 protocol, plus a deadline on each request's headers (uvicorn has none: a
    connection that drips its request line forever would stay open) and no access log (paths may
    hold the path token)."""
    from uvicorn.protocols.http.h11_impl import H11Protocol

    class GuardedH11(H11Protocol):
        def __init__(self, *args: Any, **kwargs: Any) -> None:
            super().__init__(*args, **kwargs)
            self.access_log = False
            self._header_timer: asyncio.TimerHandle | None = None
            self._header_cycle: object = None

        def _arm(self) -> None:
            self._disarm()
            self._header_cycle = self.cycle
            self._header_timer = self.loop.call_later(header_timeout, self._headers_late)

        def _disarm(self) -> None:
            if self._header_timer is not None:
                self._header_timer.cancel()
                self._header_timer = None

        def _headers_late(self) -> None:
            self._header_timer = None
            if self.cycle is self._header_cycle and not self.transport.is_closing():
                self.transport.close()  # no complete request line and headers in time

        def connection_made(self, transport: asyncio.Transport) -> None:  # type: ignore[override]
            super().connection_made(transport)
            self._arm()

        def data_received(self, data: bytes) -> None:
            super().data_received(data)
            if self._header_timer is not None and self.cycle is not self._header_cycle:
                self._disarm()  # a request's headers are complete: the app's body deadline takes over

        def on_response_complete(self) -> None:
            super().on_response_complete()
            if not self.transport.is_closing() and self.cycle is not None and self.cycle.response_complete:
                self._arm()  # a kept-alive connection's next request gets the same deadline

        def connection_lost(self, exc: Exception | None) -> None:
            self._disarm()
            super().connection_lost(exc)

    return GuardedH11


class KeptServer:
    """uvicorn serving one ASGI app on an already bound socket, in a thread with its own event loop."""

    def __init__(
        self,
        app: CallbackApp,
        sock: socket.socket,
        *,
        header_timeout: float,
        backlog: int,
        keep_alive: float = 5.0,
        graceful: float = 2.0,
    ) -> None:
        import uvicorn

        config = uvicorn.Config(
            app,
            lifespan="off",
            http=_protocol_class(header_timeout),
            backlog=backlog,
            timeout_keep_alive=keep_alive,  # type: ignore[arg-type]  # seconds; a float works
            timeout_graceful_shutdown=graceful,  # type: ignore[arg-type]
            log_config=None,  # leave the application's logging alone
            log_level=None,
            access_log=True,  # False would rewire the global "uvicorn.access" logger; ours is off per connection
            proxy_headers=False,
            server_header=False,
            date_header=False,
            h11_max_incomplete_event_size=16_384,  # the request line and headers: 16 KiB at most
        )
        self._server = uvicorn.Server(config)
        self._sock = sock
        self._failure: BaseException | None = None
        self._thread = threading.Thread(target=self._serve, name="songspec-webhook", daemon=True)

    def _serve(self) -> None:
        loop = asyncio.new_event_loop()
        asyncio.set_event_loop(loop)
        try:
            loop.run_until_complete(self._server.serve(sockets=[self._sock]))
            for connection in list(self._server.server_state.connections):  # slow ones left after shutdown
                transport = getattr(connection, "transport", None)
                if transport is not None:
                    transport.close()
            loop.run_until_complete(asyncio.sleep(0))
        except BaseException as exc:  # reported to start(); a server that dies later just stops answering
            self._failure = exc
        finally:
            loop.close()

    def start(self, timeout: float = 10.0) -> None:
        self._thread.start()
        until = time.monotonic() + timeout
        while not self._server.started:
            if not self._thread.is_alive() or time.monotonic() > until:
                self.stop()
                raise RuntimeError(f"the webhook server did not start: {self._failure!r}")
            time.sleep(0.005)

    def stop(self, timeout: float = 10.0) -> None:
        self._server.should_exit = True
        if self._thread.is_alive():
            self._thread.join(timeout)
        self._sock.close()


def bind(host: str, port: int) -> socket.socket:
    """A listening-ready TCP socket on host:port (0: a free port), bound here so errors surface at once."""
    family, kind, proto, _, address = socket.getaddrinfo(host, port, type=socket.SOCK_STREAM)[0]
    sock = socket.socket(family, kind, proto)
    sock.setsockopt(socket.SOL_SOCKET, socket.SO_REUSEADDR, 1)
    try:
        sock.bind(address)
    except OSError:
        sock.close()
        raise
    return sock
