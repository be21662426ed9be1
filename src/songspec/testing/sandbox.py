"""The sandbox: a vendor you can run. One vendor's wire format, served over real HTTP on 127.0.0.1 and
a free port, by the same scripted vendor the tests use (FakeVendor and its simulator) on the real
clock.

    with Sandbox("ttapi-producer") as sandbox:          # or: songspec sandbox ttapi-producer
        api = Songspec("ttapi-producer", api_key="any", base_url=sandbox.url)
        result = api.generate("lo-fi piano")            # queued -> running -> succeeded in ~4 s
        # result.tracks[0].audio_url is a short WAV the sandbox serves itself

What it does, for every vendor in the registry:
- each submit creates a new task (a new UUID) that is queued for `queued_for` seconds, then runs for `runs_for`
  (progress where the format reports it), then succeeds (or fails: `fail_rate`); both times are
  multiplied by `time_scale`;
- every request is checked against the spec: the operation (404, or 405 with `Allow`), the auth
  header (401; with `api_key` set, only that key passes), required parameters and the JSON body
  against the request schema (400, with the vendor's error envelope);
- every answer is checked against the spec's response schema before it is sent. A mismatch is a bug
  in a simulator: it is logged, kept in `violations`, and the answer is sent as it is (so a client
  sees exactly what is wrong). Deliberately faulted answers (`faults`) are exempt;
- operations the simulator does not play (uploads, personas, lyrics...) answer the spec's example,
  or the smallest body the response schema allows when the spec has no example;
- the callback URL a submit names (the field `profile.callback_field`) is called when the task ends,
  with the format's callback body, but only if it is a literal loopback address (127.0.0.0/8, ::1):
  any other URL is refused when the submit arrives, logged, kept in `callbacks`, and never contacted;
  no proxy from the environment is used and no redirect is followed;
- every succeeded track's `audio_url` points at `<url>/_sandbox/audio/<track>.wav`: a few seconds
  of a synthesized melody, a playable WAV;
- faults (`FaultPlan`) are FakeVendor's, played over the wire: status codes and broken bodies as
  they are, a timeout as a connection held without an answer for `hang_for` seconds, a reset as a
  TCP reset. A refused connection cannot be played on a connection already accepted: `refused` is
  not allowed here.

The server runs in daemon threads, so it dies with its process; `stop()` (or leaving the `with`
block) shuts it down and closes its socket.
"""

from __future__ import annotations

import collections
import copy
import heapq
import http.server
import ipaddress
import itertools
import json
import logging
import re
import socket
import struct
import threading
import uuid
from dataclasses import dataclass
from types import TracebackType
from typing import Any
from urllib.parse import parse_qs, unquote, urlsplit

import httpx

from .._specs import iter_operations, load_spec, resolve, schema_validator
from .._timing import SYSTEM_CLOCK
from ..vendors import Vendor, get_vendor
from . import FakeTask, FakeVendor, Fault, FaultPlan
from ._audio import melody_wav

LOOPBACK = "127.0.0.1"
AUDIO_PATH = "/_sandbox/audio"
MAX_BODY_BYTES = 1_048_576
"""Request bodies above this are answered 413 unread (the vendors' bodies are a few kB)."""
log = logging.getLogger("songspec.sandbox")


def is_loopback_url(url: str) -> bool:
    """True for http(s) URLs whose host is a literal loopback address (127.0.0.0/8 or ::1). Names,
    "localhost" included, are refused: what a name resolves to is not the sandbox's to trust."""
    try:
        parts = urlsplit(url)
        host = parts.hostname or ""
        _ = parts.port  # a malformed port raises here
        return parts.scheme in ("http", "https") and ipaddress.ip_address(host).is_loopback
    except ValueError:
        return False


@dataclass(frozen=True)
class Violation:
    """An answer (or callback body) the sandbox produced that the spec does not allow: a bug."""

    where: str
    problem: str


@dataclass(frozen=True)
class CallbackAttempt:
    task_id: str
    url: str
    delivered: bool
    outcome: str
    """"HTTP 200", "refused: ...", or the connection error."""


@dataclass(frozen=True)
class Exchanged:
    """One request the sandbox answered."""

    method: str
    path: str
    operation: str | None
    status: int | None
    """None when no answer was sent (a timeout or reset fault)."""
    fault: str | None = None


@dataclass(frozen=True)
class _Route:
    method: str
    path: str
    pattern: re.Pattern[str]
    operation: dict[str, Any]
    parameters: tuple[dict[str, Any], ...]

    @property
    def operation_id(self) -> str:
        return str(self.operation["operationId"])


class _Answer:
    def __init__(
        self, status: int, body: Any = None, *, raw: bytes | None = None, headers: dict[str, str] | None = None
    ) -> None:
        self.status = status
        self.content = raw if raw is not None else json.dumps(body).encode()
        self.headers = {"Content-Type": "application/json", **(headers or {})}


class _NoAnswerError(Exception):
    """Answer nothing: hold the connection (`hang`) or reset it."""

    def __init__(self, hang: bool) -> None:
        self.hang = hang


def _minimal_instance(spec: dict[str, Any], schema: Any, depth: int = 0) -> Any:
    """The smallest value a schema allows (required properties only), for operations the spec gives
    no example for. Good enough for the response schemas in specs/, checked by validation after."""
    schema = resolve(spec, schema)
    if not isinstance(schema, dict) or depth > 20:
        return None
    if "const" in schema:
        return schema["const"]
    if "enum" in schema:
        return schema["enum"][0]
    if "default" in schema:
        return schema["default"]
    if "examples" in schema and isinstance(schema["examples"], list) and schema["examples"]:
        return schema["examples"][0]
    if "example" in schema:
        return schema["example"]
    for key in ("oneOf", "anyOf"):
        if key in schema:
            return _minimal_instance(spec, schema[key][0], depth + 1)
    if "allOf" in schema:
        merged: dict[str, Any] = {}
        for part in schema["allOf"]:
            value = _minimal_instance(spec, part, depth + 1)
            if isinstance(value, dict):
                merged.update(value)
        if merged or not any(k in schema for k in ("type", "properties")):
            return merged
    kind = schema.get("type")
    if isinstance(kind, list):
        kind = next((k for k in kind if k != "null"), "null")
    if kind == "object" or (kind is None and "properties" in schema):
        properties = schema.get("properties", {})
        return {
            name: _minimal_instance(spec, properties.get(name, {}), depth + 1) for name in schema.get("required", [])
        }
    if kind == "array":
        item = _minimal_instance(spec, schema.get("items", {}), depth + 1)
        return [item] * int(schema.get("minItems", 0))
    if kind == "string":
        return "x" * int(schema.get("minLength", 0))
    if kind in ("integer", "number"):
        return schema.get("minimum", 0)
    if kind == "boolean":
        return False
    return None


class Sandbox:
    """Serve a stateful emulation of `vendor` on 127.0.0.1 and a free port (see the module text)."""

    def __init__(
        self,
        vendor: str,
        *,
        time_scale: float = 1.0,
        queued_for: float = 1.0,
        runs_for: float = 3.0,
        fail_rate: float = 0.0,
        faults: FaultPlan | None = None,
        api_key: str | None = None,
        audio_seconds: float = 4.0,
        callback_delay: float = 0.2,
        hang_for: float = 65.0,
        seed: int = 0,
    ) -> None:
        if time_scale <= 0:
            raise ValueError(f"time_scale must be > 0, not {time_scale!r}")
        if faults is not None and any(str(kind) == Fault.REFUSED for kind in [*faults.kinds, *faults.script]):
            raise ValueError("a refused connection cannot be played over a connection already accepted")
        self.vendor: Vendor = get_vendor(vendor)
        self.api_key = api_key
        self.audio_seconds = audio_seconds
        self.callback_delay = callback_delay * time_scale
        self.hang_for = hang_for
        self.fake = FakeVendor(
            vendor,
            clock=SYSTEM_CLOCK,
            queued_for=queued_for * time_scale,
            runs_for=runs_for * time_scale,
            fail_rate=fail_rate,
            faults=faults,
            seed=seed,
            on_created=self._created,
            new_task_id=lambda _n: str(uuid.uuid4()),  # new ids every run, shaped like the vendors' own
        )
        self.violations: list[Violation] = []
        self.callbacks: list[CallbackAttempt] = []
        self.exchanges: collections.deque[Exchanged] = collections.deque(maxlen=10_000)
        self._lock = threading.Lock()  # FakeVendor is not thread-safe; the server is
        self._just_created: FakeTask | None = None
        self.created: list[tuple[str, bytes]] = []
        """(task id, the submit's body as received) for every task created: what the vendor
        accepted, to compare with what a client recorded (the crash run)."""
        self._routes = self._read_routes()
        self._server: http.server.ThreadingHTTPServer | None = None
        self._threads: list[threading.Thread] = []
        self._stopping = threading.Event()
        self._due: list[tuple[float, int, str, str]] = []  # (when, order, task id, callback URL)
        self._due_changed = threading.Condition()
        self._order = itertools.count()

    # ------------------------------------------------------------------ lifecycle
    @property
    def url(self) -> str:
        if self._server is None:
            raise RuntimeError("the sandbox is not running")
        return f"http://{LOOPBACK}:{self._server.server_address[1]}"

    @property
    def port(self) -> int:
        return int(urlsplit(self.url).port or 0)

    def __enter__(self) -> Sandbox:
        self.start()
        return self

    def __exit__(
        self, exc_type: type[BaseException] | None, exc: BaseException | None, tb: TracebackType | None
    ) -> None:
        self.stop()

    def start(self) -> None:
        if self._server is not None:
            return
        self._stopping.clear()
        server = http.server.ThreadingHTTPServer((LOOPBACK, 0), _Handler)  # port 0: the kernel picks a free one
        server.daemon_threads = True
        server.sandbox = self  # type: ignore[attr-defined]
        self._server = server
        simulator = self.fake.simulator
        simulator.audio_base_url = self.url + AUDIO_PATH
        simulator.audio_seconds = self.audio_seconds
        self._threads = [
            threading.Thread(target=server.serve_forever, kwargs={"poll_interval": 0.1}, daemon=True),
            threading.Thread(target=self._deliver_callbacks, daemon=True),
        ]
        for thread in self._threads:
            thread.start()
        log.info("sandbox of %s at %s", self.vendor.name, self.url)

    def stop(self) -> None:
        server, self._server = self._server, None
        self._stopping.set()  # ends held (hanging) connections and the callback thread
        with self._due_changed:
            self._due_changed.notify_all()
        if server is not None:
            server.shutdown()
            server.server_close()
        for thread in self._threads:
            thread.join(timeout=5)
        self._threads = []

    # ------------------------------------------------------------------ spec
    def _read_routes(self) -> list[_Route]:
        spec = load_spec(self.vendor.name)
        routes = []
        for path, method, operation in iter_operations(self.vendor.name):
            item = spec["paths"][path]
            parameters = tuple(
                resolve(spec, p) for p in [*item.get("parameters", []), *operation.get("parameters", [])]
            )
            pattern = re.compile("^" + re.sub(r"\\\{[^/]+?\\\}", "([^/]+)", re.escape(path)) + "$")
            routes.append(_Route(method.upper(), path, pattern, operation, parameters))
        # A literal path wins over a templated one ("/suno/submit/music" over "/suno/submit/{x}").
        routes.sort(key=lambda r: r.path.count("{"))
        return routes

    def _response_spec(self, operation: dict[str, Any], status: int) -> dict[str, Any] | None:
        responses = operation.get("responses", {})
        found = responses.get(str(status)) or responses.get(f"{str(status)[0]}XX") or responses.get("default")
        response: dict[str, Any] | None = resolve(load_spec(self.vendor.name), found) if found else None
        return response

    def _documented(self, route: _Route, status: int, message: str | None = None) -> _Answer:
        """The spec's own answer for `status`: its first example (the message replaced with ours
        where the envelope has one), else the smallest body its schema allows."""
        spec = load_spec(self.vendor.name)
        response = self._response_spec(route.operation, status)
        media = (response or {}).get("content", {}).get("application/json", {})
        examples = [resolve(spec, e).get("value") for e in media.get("examples", {}).values()]
        if "example" in media:
            examples.insert(0, media["example"])
        body = copy.deepcopy(examples[0]) if examples else _minimal_instance(spec, media.get("schema", {}))
        if message and isinstance(body, dict):
            edited: dict[str, Any] = copy.deepcopy(body)
            error = edited.get("error")
            target: dict[str, Any] = error if isinstance(error, dict) else edited
            if isinstance(target.get("message"), str) or "message" in self._properties(media.get("schema", {})):
                target["message"] = message
                if self._errors(media.get("schema"), edited) == []:
                    body = edited
        return _Answer(status, body)

    def _properties(self, schema: Any) -> dict[str, Any]:
        schema = resolve(load_spec(self.vendor.name), schema)
        properties: dict[str, Any] = schema.get("properties", {}) if isinstance(schema, dict) else {}
        return properties

    def _errors(self, schema: Any, value: Any) -> list[str]:
        if schema is None:
            return []
        return schema_validator(self.vendor.name, schema).problems(value)

    def _check_answer(self, route: _Route, answer: _Answer) -> None:
        where = f"{route.method} {route.path} ({route.operation_id}) -> {answer.status}"
        response = self._response_spec(route.operation, answer.status)
        if response is None:
            self._violation(where, "the spec documents no such status for this operation")
            return
        schema = response.get("content", {}).get("application/json", {}).get("schema")
        if schema is None:
            return
        try:
            body = json.loads(answer.content)
        except ValueError as exc:
            self._violation(where, f"not JSON: {exc}")
            return
        for problem in self._errors(schema, body)[:3]:
            self._violation(where, problem)

    def _violation(self, where: str, problem: str) -> None:
        self.violations.append(Violation(where, problem))
        log.error("sandbox bug, an answer the spec does not allow: %s: %s", where, problem)

    # ------------------------------------------------------------------ requests
    def _match(self, method: str, path: str) -> tuple[_Route | None, list[str]]:
        allowed = []
        for route in self._routes:
            if route.pattern.match(path):
                if route.method == method:
                    return route, []
                allowed.append(route.method)
        return None, sorted(set(allowed))

    def _check_request(self, route: _Route, headers: Any, query: dict[str, list[str]], body: bytes) -> _Answer | None:
        """The error answer for a request the spec does not allow; None for a good one."""
        profile = self.vendor.profile
        presented = headers.get(profile.auth_header)
        prefix = f"{profile.auth_prefix} " if profile.auth_prefix else ""
        key = presented[len(prefix) :].strip() if presented and presented.startswith(prefix) else ""
        if not key or (self.api_key is not None and key != self.api_key):
            return self._documented(route, 401, f"sandbox: missing or wrong {profile.auth_header}")
        for parameter in route.parameters:
            where, name = parameter.get("in"), parameter.get("name", "")
            if not parameter.get("required"):
                continue
            if (where == "query" and not query.get(name)) or (where == "header" and headers.get(name) is None):
                return self._documented(route, 400, f"sandbox: the {where} parameter {name} is required")
        request_body = resolve(load_spec(self.vendor.name), route.operation.get("requestBody"))
        if request_body is None:
            return None
        if not body:
            if request_body.get("required"):
                return self._documented(route, 400, "sandbox: a JSON body is required")
            return None
        try:
            payload = json.loads(body)
        except ValueError:
            return self._documented(route, 400, "sandbox: the body is not JSON")
        schema = self.vendor.request_schema(route.operation_id)
        problems = self._errors(schema, payload)
        if problems:
            return self._documented(route, 400, "sandbox: " + "; ".join(problems[:3]))
        return None

    def handle(self, method: str, target: str, headers: Any, body: bytes) -> _Answer:
        """Answer one request (raises _NoAnswerError to answer nothing)."""
        parts = urlsplit(target)
        path = unquote(parts.path)
        if method in ("GET", "HEAD") and path.startswith(AUDIO_PATH + "/"):
            return self._audio(path.removeprefix(AUDIO_PATH + "/"))
        route, allowed = self._match(method, parts.path)
        if route is None:
            if allowed:
                return _Answer(405, {"message": f"{method} not allowed"}, headers={"Allow": ", ".join(allowed)})
            return _Answer(404, {"message": f"no operation {method} {path} in the {self.vendor.name} spec"})
        query = parse_qs(parts.query, keep_blank_values=True)
        refusal = self._check_request(route, headers, query, body)
        if refusal is not None:
            self._check_answer(route, refusal)
            self._record(method, path, route, refusal.status)
            return refusal
        request = httpx.Request(method, f"http://{LOOPBACK}{target}", headers=dict(headers.items()), content=body)
        if self.fake.simulator.route(request) is None:
            answer = self._documented(route, self._success_status(route))
            self._check_answer(route, answer)
            self._record(method, path, route, answer.status)
            return answer
        with self._lock:
            faults_before = sum(self.fake.stats.faults.values())
            self._just_created = None
            try:
                response = self.fake.handle(request)
                fault = None
            except httpx.ReadTimeout:
                response, fault = None, Fault.TIMEOUT
            except httpx.TransportError:
                response, fault = None, Fault.RESET
            created, self._just_created = self._just_created, None
            faulted = sum(self.fake.stats.faults.values()) != faults_before
        if created is not None:
            self.created.append((created.task_id, body))
            self._callback_for(created, body)
        if response is None:
            self._record(method, path, route, None, fault)
            raise _NoAnswerError(hang=fault is Fault.TIMEOUT)
        answer = _Answer(response.status_code, raw=response.content, headers=dict(response.headers.items()))
        answer.headers.pop("content-length", None)
        if faulted:
            log.info("fault injected: %s %s -> %s", method, path, response.status_code)
        else:
            self._check_answer(route, answer)
        self._record(method, path, route, answer.status, "fault" if faulted else None)
        return answer

    def _success_status(self, route: _Route) -> int:
        codes = sorted(int(c) for c in route.operation.get("responses", {}) if str(c).isdigit() and str(c)[0] == "2")
        return codes[0] if codes else 200

    def _record(self, method: str, path: str, route: _Route, status: int | None, fault: str | None = None) -> None:
        self.exchanges.append(Exchanged(method, path, route.operation_id, status, fault))
        log.info("%s %s %s -> %s", method, path, route.operation_id, status if status is not None else f"({fault})")

    def _audio(self, name: str) -> _Answer:
        stem = name.removesuffix(".wav")
        if not name.endswith(".wav") or not re.fullmatch(r"[\w.-]{1,120}", stem):
            return _Answer(404, {"message": "no such audio file"})
        return _Answer(200, raw=melody_wav(stem, self.audio_seconds), headers={"Content-Type": "audio/wav"})

    # ------------------------------------------------------------------ callbacks
    def _created(self, task: FakeTask) -> None:
        self._just_created = task  # called by FakeVendor under self._lock

    def _callback_for(self, task: FakeTask, body: bytes) -> None:
        field = self.vendor.profile.callback_field
        if not field:
            return
        try:
            payload = json.loads(body)
        except ValueError:
            return
        url = payload.get(field) if isinstance(payload, dict) else None
        if not isinstance(url, str) or not url:
            return
        if not is_loopback_url(url):
            reason = "refused: not a literal loopback address (127.0.0.0/8, ::1); never contacted"
            self.callbacks.append(CallbackAttempt(task.task_id, url, False, reason))
            log.warning("callback URL %r for task %s %s", url, task.task_id, reason)
            return
        with self._due_changed:
            heapq.heappush(self._due, (task.finishes_at + self.callback_delay, next(self._order), task.task_id, url))
            self._due_changed.notify_all()

    def _deliver_callbacks(self) -> None:
        with httpx.Client(trust_env=False, follow_redirects=False, timeout=10.0) as http:
            while not self._stopping.is_set():
                with self._due_changed:
                    if not self._due:
                        self._due_changed.wait(1.0)
                        continue
                    when, _, task_id, url = self._due[0]
                    now = SYSTEM_CLOCK.monotonic()
                    if when > now:
                        self._due_changed.wait(min(1.0, when - now))
                        continue
                    heapq.heappop(self._due)
                self._deliver(http, task_id, url)

    def _deliver(self, http: httpx.Client, task_id: str, url: str) -> None:
        if not is_loopback_url(url):  # checked at submit too; never contact anything else
            return
        with self._lock:
            body = self.fake.callback_body(self.fake.tasks[task_id])
        schema = self.vendor.callback_schema()
        for problem in self._errors(schema, body)[:3]:
            self._violation(f"callback for {task_id}", problem)
        try:
            answer = http.post(url, json=body)
            attempt = CallbackAttempt(task_id, url, True, f"HTTP {answer.status_code}")
        except httpx.HTTPError as exc:
            attempt = CallbackAttempt(task_id, url, False, f"{type(exc).__name__}: {exc}")
        self.callbacks.append(attempt)
        log.info("callback for %s to %s: %s", task_id, url, attempt.outcome)

    # ------------------------------------------------------------------ faults on the wire
    def _hold(self) -> None:
        self._stopping.wait(self.hang_for)


class _Handler(http.server.BaseHTTPRequestHandler):
    protocol_version = "HTTP/1.1"
    disable_nagle_algorithm = True  # headers and body go out in two writes: no 40 ms delayed-ACK stall
    server_version = "songspec-sandbox"
    sys_version = ""

    def _serve(self) -> None:
        sandbox: Sandbox = self.server.sandbox  # type: ignore[attr-defined]
        try:
            length = int(self.headers.get("Content-Length") or 0)
        except ValueError:
            length = -1
        try:
            if not 0 <= length <= MAX_BODY_BYTES:
                left = length if length <= 64 * MAX_BODY_BYTES else 0
                while left > 0:  # read and drop it, so that the client gets to read the answer
                    left -= len(self.rfile.read(min(65536, left))) or left
                self.close_connection = True
                answer = _Answer(413 if length > 0 else 400, {"message": "sandbox: bad or oversized Content-Length"})
            else:
                body = self.rfile.read(length) if length else b""
                answer = sandbox.handle(self.command, self.path, self.headers, body)
        except _NoAnswerError as drop:
            if drop.hang:
                sandbox._hold()
            # SO_LINGER 0: close with a TCP reset rather than a clean end.
            self.connection.setsockopt(socket.SOL_SOCKET, socket.SO_LINGER, struct.pack("ii", 1, 0))
            self.close_connection = True
            return
        except Exception:
            log.exception("sandbox error on %s %s", self.command, self.path)
            answer = _Answer(500, {"message": "sandbox error (see its log)"})
        try:
            self.send_response(answer.status)
            for name, value in answer.headers.items():
                if name.lower() not in ("content-length", "transfer-encoding", "connection", "date", "server"):
                    self.send_header(name, value)
            self.send_header("Content-Length", str(len(answer.content)))
            if self.close_connection:
                self.send_header("Connection", "close")
            self.end_headers()
            if self.command != "HEAD":
                self.wfile.write(answer.content)
        except (BrokenPipeError, ConnectionResetError):
            # The client went away (killed mid-request, as the crash run does): nothing to answer.
            self.close_connection = True

    do_GET = do_POST = do_PUT = do_PATCH = do_DELETE = do_HEAD = do_OPTIONS = do_TRACE = _serve  # noqa: N815

    def handle(self) -> None:
        try:
            super().handle()
        except (BrokenPipeError, ConnectionResetError):
            return  # the client went away mid-request (killed, as the crash run does)

    def log_message(self, format: str, *args: Any) -> None:
        log.debug("%s " + format, self.client_address[0], *args)


__all__ = ["AUDIO_PATH", "CallbackAttempt", "Exchanged", "Sandbox", "Violation", "is_loopback_url"]
