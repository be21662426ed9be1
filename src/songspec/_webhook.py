"""A small receiver for vendor callbacks (hook_url / callback_url / notify_hook).

    with api.webhook(path_token=secrets.token_urlsafe(16), public_url="https://my.tunnel/") as hook:
        task = api.submit(body, callback_url=hook.url)
        results = hook.wait([task])

It binds to 127.0.0.1 unless told otherwise, and a callback is only a hint: before a task is
reported done the receiver fetches it from the vendor (the callback URL is guessable, the vendor's
API is not), falling back to a slow poll if callbacks never come.
Answers: 200 accepted; 400 malformed JSON or a body that does not match the spec's callback
schema; 404 wrong path token or a task nobody waits for; 405 not POST; 413 body too large.
"""

from __future__ import annotations

import ipaddress
import json
import logging
import threading
import time
from collections import Counter
from collections.abc import Iterable
from http.server import BaseHTTPRequestHandler, ThreadingHTTPServer
from typing import TYPE_CHECKING, Any

from ._errors import InvalidRequestError, SongspecError, WaitTimeoutError
from ._types import SubmittedTask, TaskResult

if TYPE_CHECKING:
    from ._client import Songspec

log = logging.getLogger("songspec.webhook")


class WebhookReceiver:
    def __init__(
        self,
        api: Songspec,
        *,
        host: str = "127.0.0.1",
        port: int = 0,
        path_token: str | None = None,
        public_url: str | None = None,
        max_body_bytes: int = 1_048_576,
        allow_non_loopback: bool = False,
    ) -> None:
        if not allow_non_loopback and not ipaddress.ip_address(host).is_loopback:
            raise SongspecError(f"refusing to bind {host}: pass allow_non_loopback=True to listen beyond this machine")
        if api.adapter.callback_field is None:
            raise SongspecError(f"{api.vendor} documents no callback")
        self.api = api
        self.adapter = api.adapter
        self.host, self.port = host, port
        self.path_token = path_token
        self.public_url = public_url
        self.max_body_bytes = max_body_bytes
        self.stats: Counter[str] = Counter()
        self._expected: set[str] = set()
        self._arrived: dict[str, TaskResult] = {}
        self._lock = threading.Lock()
        self._signal = threading.Condition(self._lock)
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
                status, body = receiver._handle(self.path, self.headers, self.rfile)
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

            do_GET = do_PUT = do_DELETE = do_PATCH = _not_allowed  # noqa: N815

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

    # ------------------------------------------------------------------ receiving
    def expect(self, tasks: Iterable[str | SubmittedTask]) -> None:
        with self._lock:
            self._expected.update(t.task_id if isinstance(t, SubmittedTask) else t for t in tasks)

    def _handle(self, path: str, headers: Any, stream: Any) -> tuple[int, dict[str, Any]]:
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
        except (ValueError, UnicodeDecodeError):
            self.stats["400_json"] += 1
            return 400, {"error": "malformed JSON"}
        try:
            self.adapter.validate_callback(body)
            result = self.adapter.result_from_callback(body)
        except (InvalidRequestError, KeyError, TypeError, ValueError, AttributeError) as exc:
            self.stats["400_schema"] += 1
            log.debug("rejected callback: %s", exc)
            return 400, {"error": "body does not match the callback schema"}
        with self._signal:
            if result.task_id not in self._expected:
                self.stats["404_task"] += 1
                return 404, {"error": "unknown task"}
            self._arrived[result.task_id] = result
            self._signal.notify_all()
        self.stats["200"] += 1
        return 200, {"ok": True}

    # ------------------------------------------------------------------ waiting
    def wait(
        self, tasks: Iterable[str | SubmittedTask], *, timeout: float = 600.0, fallback_poll: float | None = 60.0
    ) -> dict[str, TaskResult]:
        """Block until every task is confirmed done. A callback triggers a confirming fetch;
        without callbacks the tasks are fetched every `fallback_poll` seconds anyway."""
        ids = [t.task_id if isinstance(t, SubmittedTask) else t for t in tasks]
        self.expect(ids)
        pending = dict.fromkeys(ids)
        results: dict[str, TaskResult] = {}
        started = time.monotonic()
        deadline = started + timeout
        while pending:
            remaining = deadline - time.monotonic()
            if remaining <= 0:
                last = {i: self._arrived[i] for i in pending if i in self._arrived}
                raise WaitTimeoutError(
                    vendor=self.api.vendor, task_ids=list(pending), last=last, waited=time.monotonic() - started
                )
            with self._signal:
                arrived = [i for i in pending if i in self._arrived]
                if not arrived:
                    self._signal.wait(min(remaining, fallback_poll or remaining))
                    arrived = [i for i in pending if i in self._arrived]
                for task_id in arrived:
                    del self._arrived[task_id]
            to_confirm = arrived or (list(pending) if fallback_poll else [])
            for task_id in to_confirm:
                try:
                    confirmed = self.api.fetch(task_id)
                except SongspecError as exc:
                    log.debug("confirming fetch of %s failed: %s", task_id, exc)
                    continue
                if confirmed.done:
                    results[task_id] = confirmed
                    del pending[task_id]
        with self._lock:
            self._expected.difference_update(ids)
        return {task_id: results[task_id] for task_id in ids}
