"""A small receiver for vendor callbacks (hook_url / callback_url / notify_hook).

    with api.webhook(path_token=secrets.token_urlsafe(16), public_url="https://my.tunnel/") as hook:
        task = api.submit(body, callback_url=hook.url)
        results = hook.wait([task])

It binds to 127.0.0.1 unless told otherwise and is served by uvicorn in a background thread (header
and body read deadlines, a body cap, a listen backlog of 2048, no access log). `hook.asgi_app` is the
same receiver as a plain ASGI application, to mount in a server you already run instead of `start()`.

A callback is only a hint: it nudges the waiting poller, whose next tick confirms the task with the
vendor (one batch request for every task nudged together where the vendor has a batch endpoint); the
callback URL is guessable, the vendor's API is not. The poller keeps a slow backoff as a safety net in
case callbacks never come. Replays cost nothing: a callback for a task already confirmed done, or a
body identical to one already accepted for its task, is answered 200 and nudges nobody; other
callbacks for one task share a tick's confirming fetch.

Answers: see songspec._webhook_asgi (200, 400, 404, 405, 408, 413, 503). A callback for a task
submitted through the same client with this receiver's URL is remembered even before anyone waits
for it (the MAX_REMEMBERED most recent).
"""

from __future__ import annotations

import hashlib
import json
import logging
import threading
from collections import Counter
from collections.abc import Awaitable, Callable, Iterable
from typing import Any

from ._checks import is_loopback, url_host
from ._engine import PollRun
from ._errors import ConfigurationError
from ._types import SubmittedTask, TaskResult
from ._webhook_asgi import CallbackApp, KeptServer, bind
from .vendors import Vendor

log = logging.getLogger("songspec.webhook")

MAX_REMEMBERED = 100_000
"""Bound of each memory the receiver keeps (oldest forgotten first): tasks submitted with its URL,
callbacks that came before their wait, tasks confirmed done, bodies already accepted."""


class WebhookReceiver:
    def __init__(
        self,
        vendor: Vendor,
        wait_many: Callable[..., Any],
        *,
        host: str = "127.0.0.1",
        port: int = 0,
        path_token: str | None = None,
        public_url: str | None = None,
        max_body_bytes: int = 1_048_576,
        allow_non_loopback: bool = False,
        header_timeout: float = 10.0,
        body_timeout: float = 10.0,
        max_pending: int = 2048,
        backlog: int = 2048,
    ) -> None:
        if not allow_non_loopback and not is_loopback(host):
            raise ConfigurationError(
                f"refusing to bind {host}: pass allow_non_loopback=True to listen beyond this machine"
            )
        if vendor.profile.callback_field is None:
            raise ConfigurationError(f"{vendor.name} documents no callback")
        self.vendor = vendor
        self._wait_many = wait_many
        self.host, self.port = host, port
        self.path_token = path_token
        self.public_url = public_url
        self.max_body_bytes = max_body_bytes
        self.stats: Counter[str] = Counter()
        self.header_timeout = header_timeout
        """Seconds a connection has to send a request line and headers (slowloris)."""
        self.body_timeout = body_timeout
        """Seconds a request has to send its whole body, from the end of its headers: else 408."""
        self.max_pending = max_pending
        """Requests read and handled at once (memory: at most this many times max_body_bytes); more: 503."""
        self.backlog = backlog
        """The listen queue of the built-in server: a burst of this many connections waits to be accepted."""
        self._expected: dict[str, None] = {}
        self._arrived: dict[str, None] = {}
        self._done: dict[str, None] = {}
        self._seen: dict[bytes, None] = {}
        self._runs: list[PollRun] = []
        self._lock = threading.Lock()
        self._app: CallbackApp | None = None
        self._server: KeptServer | None = None

    # ------------------------------------------------------------------ lifecycle
    def __enter__(self) -> WebhookReceiver:
        self.start()
        return self

    def __exit__(self, *exc: object) -> None:
        self.stop()

    @property
    def asgi_app(self) -> CallbackApp:
        """This receiver as an ASGI application: mount it in the server you run (then skip start())."""
        if self._app is None:
            self._app = CallbackApp(self)
        return self._app

    def start(self) -> None:
        """Serve `asgi_app` on host:port with uvicorn in a background thread (its own event loop)."""
        if self._server is not None:
            return
        sock = bind(self.host, self.port)
        self.port = sock.getsockname()[1]
        server = KeptServer(self.asgi_app, sock, header_timeout=self.header_timeout, backlog=self.backlog)
        server.start()
        self._server = server

    def stop(self) -> None:
        if self._server is not None:
            self._server.stop()
            self._server = None

    @property
    def url(self) -> str:
        """The URL to give the vendor (public_url, if set, with the path token appended)."""
        path = f"/{self.path_token}/" if self.path_token else "/"
        if self.public_url:
            return self.public_url.rstrip("/") + path
        return f"http://{url_host(self.host)}:{self.port}{path}"

    # ------------------------------------------------------------------ the engine's side
    def expect(self, tasks: Iterable[str | SubmittedTask]) -> None:
        """Accept callbacks for these tasks (the client calls this for tasks it submits with this URL)."""
        with self._lock:
            _remember(self._expected, (t.task_id if isinstance(t, SubmittedTask) else t for t in tasks))

    def attach(self, run: PollRun) -> None:
        with self._lock:
            self._runs.append(run)
            run.trust_callbacks(task_id for task_id in run.pending if task_id in self._expected)
            _remember(self._expected, run.pending)
            early = [task_id for task_id in self._arrived if task_id in run.pending]
        run.nudge(early)  # callbacks that came before the wait began

    def detach(self, run: PollRun) -> None:
        with self._lock:
            if run in self._runs:
                self._runs.remove(run)
            for task_id in run.results:
                self._arrived.pop(task_id, None)
            _remember(self._done, run.results)  # their replays cost nothing from now on

    # ------------------------------------------------------------------ receiving
    def path_matches(self, path: str) -> bool:
        """Whether a request path carries this receiver's token (any path when it has none)."""
        if not self.path_token:
            return True
        return path.startswith(f"/{self.path_token}/") or path == f"/{self.path_token}"

    def deliver(self, body: Any) -> tuple[int, dict[str, Any]]:
        """Handle one callback body (what an HTTP POST to `url` does after its checks)."""
        try:
            self.vendor.validate_callback(body)  # the spec's shape, enums open; validator built once
            result: TaskResult = self.vendor.codec.callback_result(body)
            fingerprint = hashlib.blake2b(
                json.dumps(body, sort_keys=True, separators=(",", ":")).encode(), digest_size=16
            ).digest()
        except Exception as exc:  # any body the codec cannot read is the sender's problem: 400
            self.stats["400_schema"] += 1
            log.debug("rejected callback: %s", exc)
            return 400, {"error": "body does not match the callback schema"}
        task_id = result.task_id
        with self._lock:
            runs = list(self._runs)
            if task_id not in self._expected and not any(task_id in run.pending for run in runs):
                self.stats["404_task"] += 1
                return 404, {"error": "unknown task"}
            key = task_id.encode() + b"\0" + fingerprint
            if task_id in self._done or key in self._seen:
                self.stats["200_replay"] += 1  # already confirmed done, or this very body was taken
                return 200, {"ok": True}
            _remember(self._seen, [key])
            _remember(self._arrived, [task_id])
        for run in runs:
            run.nudge([task_id])
        self.stats["200"] += 1
        return 200, {"ok": True}

    # ------------------------------------------------------------------ waiting
    def wait(self, tasks: Iterable[str | SubmittedTask], *, timeout: float = 600.0) -> dict[str, TaskResult]:
        """Wait for every task: each callback triggers a confirming fetch at once; a slow poll
        (starting as usual, then backing off to minutes) covers callbacks that never come."""
        result: dict[str, TaskResult] = self._wait_many(list(tasks), timeout=timeout, webhook=self)
        return result


class AsyncWebhookReceiver(WebhookReceiver):
    """The same receiver for AsyncSongspec: `await hook.wait(tasks)`."""

    async def wait(  # type: ignore[override]
        self, tasks: Iterable[str | SubmittedTask], *, timeout: float = 600.0
    ) -> dict[str, TaskResult]:
        waiting: Awaitable[dict[str, TaskResult]] = self._wait_many(list(tasks), timeout=timeout, webhook=self)
        return await waiting

    async def __aenter__(self) -> AsyncWebhookReceiver:
        self.start()
        return self

    async def __aexit__(self, *exc: object) -> None:
        self.stop()


def _remember(memory: dict[Any, None], keys: Iterable[Any]) -> None:
    """Add keys to an insertion-ordered memory (re-adding moves a key to the end), oldest forgotten first."""
    for key in keys:
        memory.pop(key, None)
        memory[key] = None
    while len(memory) > MAX_REMEMBERED:
        del memory[next(iter(memory))]
