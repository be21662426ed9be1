"""A small receiver for vendor callbacks (hook_url / callback_url / notify_hook).

    with api.webhook(path_token=secrets.token_urlsafe(16), public_url="https://my.tunnel/") as hook:
        task = api.submit(body, callback_url=hook.url)
        results = hook.wait([task])

It binds to 127.0.0.1 unless told otherwise. A callback is only a hint: it nudges the waiting poller,
whose next tick confirms the task with the vendor (one batch request for every task nudged together
where the vendor has a batch endpoint); the callback URL is guessable, the vendor's API is not. The
poller keeps a slow backoff as a safety net in case callbacks never come.

Answers: 200 accepted; 400 malformed JSON or a body that does not match the spec's callback schema;
404 wrong path token or a task nobody submitted or waits for here; 405 not POST; 413 body too large.
A callback for a task submitted through the same client with this receiver's URL is remembered
even before anyone waits for it.
"""

from __future__ import annotations

import ipaddress
import json
import logging
import threading
from collections import Counter
from collections.abc import Awaitable, Callable, Iterable
from http.server import BaseHTTPRequestHandler, ThreadingHTTPServer
from typing import Any

from ._engine import PollRun
from ._errors import ConfigurationError
from ._types import SubmittedTask, TaskResult
from .vendors import Vendor

log = logging.getLogger("songspec.webhook")

MAX_REMEMBERED = 100_000
"""Callbacks remembered for tasks nobody waits for yet (oldest forgotten first)."""


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
    ) -> None:
        if not allow_non_loopback and not _is_loopback(host):
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
        self._expected: set[str] = set()
        self._arrived: dict[str, None] = {}
        self._runs: list[PollRun] = []
        self._lock = threading.Lock()
        self._server: ThreadingHTTPServer | None = None
        self._thread: threading.Thread | None = None

    # ------------------------------------------------------------------ lifecycle
    def __enter__(self) -> WebhookReceiver:
        self.start()
        return self

    def __exit__(self, *exc: object) -> None:
        self.stop()

    def start(self) -> None:
        receiver = self

        class Handler(BaseHTTPRequestHandler):
            def do_POST(self) -> None:
                status, body = receiver._http_post(self.path, self.headers, self.rfile)
                payload = json.dumps(body).encode()
                self.send_response(status)
                self.send_header("Content-Type", "application/json")
                self.send_header("Content-Length", str(len(payload)))
                self.send_header("Connection", "close")
                self.end_headers()
                self.wfile.write(payload)

            def _not_allowed(self) -> None:
                receiver.stats["405"] += 1
                self.send_response(405)
                self.send_header("Allow", "POST")
                self.send_header("Content-Length", "0")
                self.end_headers()

            do_GET = do_PUT = do_DELETE = do_PATCH = do_HEAD = do_OPTIONS = _not_allowed  # noqa: N815

            def log_message(self, format: str, *args: Any) -> None:  # quiet; paths may hold the token
                return

        self._server = ThreadingHTTPServer((self.host, self.port), Handler)
        self._server.daemon_threads = True
        self.port = self._server.server_address[1]
        self._thread = threading.Thread(target=self._server.serve_forever, name="songspec-webhook", daemon=True)
        self._thread.start()

    def stop(self) -> None:
        if self._server is not None:
            self._server.shutdown()
            self._server.server_close()
            self._server = None

    @property
    def url(self) -> str:
        """The URL to give the vendor (public_url, if set, with the path token appended)."""
        path = f"/{self.path_token}/" if self.path_token else "/"
        if self.public_url:
            return self.public_url.rstrip("/") + path
        return f"http://{self.host}:{self.port}{path}"

    # ------------------------------------------------------------------ the engine's side
    def expect(self, tasks: Iterable[str | SubmittedTask]) -> None:
        """Accept callbacks for these tasks (the client calls this for tasks it submits with this URL)."""
        with self._lock:
            self._expected.update(t.task_id if isinstance(t, SubmittedTask) else t for t in tasks)

    def attach(self, run: PollRun) -> None:
        with self._lock:
            self._runs.append(run)
            run.trust_callbacks(task_id for task_id in run.pending if task_id in self._expected)
            self._expected.update(run.pending)
            early = [task_id for task_id in self._arrived if task_id in run.pending]
        run.nudge(early)  # callbacks that came before the wait began

    def detach(self, run: PollRun) -> None:
        with self._lock:
            if run in self._runs:
                self._runs.remove(run)
            for task_id in run.results:
                self._arrived.pop(task_id, None)

    # ------------------------------------------------------------------ receiving
    def deliver(self, body: Any) -> tuple[int, dict[str, Any]]:
        """Handle one callback body (what an HTTP POST to `url` does after its checks)."""
        try:
            self.vendor.validate_callback(body)
            result: TaskResult = self.vendor.codec.callback_result(body)
        except Exception as exc:  # any body the codec cannot read is the sender's problem: 400
            self.stats["400_schema"] += 1
            log.debug("rejected callback: %s", exc)
            return 400, {"error": "body does not match the callback schema"}
        task_id = result.task_id
        with self._lock:
            if task_id not in self._expected:
                self.stats["404_task"] += 1
                return 404, {"error": "unknown task"}
            self._arrived[task_id] = None
            while len(self._arrived) > MAX_REMEMBERED:
                del self._arrived[next(iter(self._arrived))]
            runs = list(self._runs)
        for run in runs:
            run.nudge([task_id])
        self.stats["200"] += 1
        return 200, {"ok": True}

    def _http_post(self, path: str, headers: Any, stream: Any) -> tuple[int, dict[str, Any]]:
        if self.path_token and not path.startswith(f"/{self.path_token}/") and path != f"/{self.path_token}":
            self.stats["404_path"] += 1
            return 404, {"error": "not found"}
        try:
            length = int(headers.get("Content-Length") or 0)
        except ValueError:
            length = -1
        if length < 0 or length > self.max_body_bytes:
            self.stats["413"] += 1
            return 413, {"error": "body too large"}
        raw = stream.read(length)
        try:
            body = json.loads(raw)
        except (ValueError, UnicodeDecodeError, RecursionError):
            self.stats["400_json"] += 1
            return 400, {"error": "malformed JSON"}
        return self.deliver(body)

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


def _is_loopback(host: str) -> bool:
    if host == "localhost":
        return True
    try:
        return ipaddress.ip_address(host).is_loopback
    except ValueError:
        return False
