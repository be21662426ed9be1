"""The receiver's HTTP side (issue 14): the ASGI app on its own, the kept uvicorn server under hostile
callers (slow connections, floods, replays, odd methods and bodies), and what a callback may cost at
the vendor. Everything binds 127.0.0.1 on a free port."""

from __future__ import annotations

import asyncio
import logging
import socket
import threading
import time
from typing import Any

import httpx
import pytest

from songspec import (
    AsyncSongspec,
    AuthenticationError,
    Backoff,
    Songspec,
    VirtualClock,
    WaitTimeoutError,
    _engine,
    _webhook,
)
from songspec._timing import SystemClock
from songspec.testing import FakeVendor
from tests.rig import CALLBACK_VENDORS

VENDOR = "ttapi-producer"  # the HTTP side does not depend on the vendor; the costs are checked for each
TOKEN = "tok-SENTINEL-path-token-91c3"


def live_pair(vendor: str = VENDOR) -> tuple[FakeVendor, Songspec]:
    fake = FakeVendor(vendor, clock=SystemClock(), queued_for=0.0, runs_for=0.0)
    api = Songspec(vendor, api_key="k", base_url="https://vendor.test", transport=fake.transport())
    return fake, api


def done_callback(fake: FakeVendor, hook: _webhook.WebhookReceiver) -> Any:
    """A valid callback body for a task that is done at the vendor and expected by the receiver."""
    task = fake.create_task(runs_for=0)
    hook.expect([task.task_id])
    return fake.callback_body(task)


# ---------------------------------------------------------------------------------------- the ASGI app alone
async def asgi_call(
    app: Any,
    method: str = "POST",
    path: str = f"/{TOKEN}/",
    chunks: tuple[bytes, ...] = (b"",),
    headers: tuple[tuple[bytes, bytes], ...] = (),
    root_path: str = "",
) -> tuple[int, dict[bytes, bytes], bytes, int]:
    """One request through an ASGI app, the body in `chunks` (as a chunked upload arrives)."""
    scope = {
        "type": "http",
        "asgi": {"version": "3.0"},
        "http_version": "1.1",
        "method": method,
        "scheme": "http",
        "path": root_path + path,
        "raw_path": (root_path + path).encode(),
        "root_path": root_path,
        "query_string": b"",
        "headers": list(headers),
    }
    pending = [
        {"type": "http.request", "body": chunk, "more_body": i < len(chunks) - 1} for i, chunk in enumerate(chunks)
    ]
    reads = 0
    sent: list[dict[str, Any]] = []

    async def receive() -> dict[str, Any]:
        nonlocal reads
        reads += 1
        return pending.pop(0) if pending else {"type": "http.disconnect"}

    async def send(message: dict[str, Any]) -> None:
        sent.append(message)

    await app(scope, receive, send)
    start = sent[0]
    assert start["type"] == "http.response.start"
    return start["status"], dict(start["headers"]), b"".join(m.get("body", b"") for m in sent[1:]), reads


def test_the_asgi_app_alone_answers_like_the_server() -> None:
    fake, api = live_pair()
    hook = api.webhook(path_token=TOKEN, max_body_bytes=10_000)  # never started: mounted elsewhere
    app = hook.asgi_app
    body = httpx.Request("POST", "http://x", json=done_callback(fake, hook)).content

    async def scenario() -> None:
        # mounted under /hooks (Starlette's Mount keeps `path` whole and sets `root_path`), body in 3 chunks
        thirds = (body[:10], body[10:20], body[20:])
        status, _, _, _ = await asgi_call(app, chunks=thirds, root_path="/hooks")
        assert status == 200
        for method in ("GET", "HEAD", "OPTIONS", "PUT", "DELETE", "PATCH"):
            status, headers, _, reads = await asgi_call(app, method=method)
            assert (status, headers[b"allow"], reads) == (405, b"POST", 0)
        assert (await asgi_call(app, path="/wrong/", chunks=(body,)))[0] == 404
        # too large by its Content-Length: refused before reading a byte
        status, _, _, reads = await asgi_call(app, chunks=(b"x",), headers=((b"content-length", b"20000"),))
        assert (status, reads) == (413, 0)
        # too large while reading (chunked: no Content-Length): refused at the chunk that crosses the cap
        status, _, _, reads = await asgi_call(app, chunks=(b"x" * 6000,) * 5)
        assert (status, reads) == (413, 2)
        assert (await asgi_call(app, chunks=(b"[" * 4000 + b"]" * 4000,)))[0] == 400  # deeply nested JSON
        assert (await asgi_call(app, chunks=(b"{not json",)))[0] == 400
        assert (await asgi_call(app, chunks=(b"[1, 2, 3]",)))[0] == 400

    asyncio.run(scenario())
    assert hook.stats["200"] == 1 and hook.stats["405"] == 6 and hook.stats["413"] == 2


def test_the_asgi_app_answers_lifespan_messages() -> None:
    _, api = live_pair()
    hook = api.webhook()
    sent: list[dict[str, Any]] = []
    inbox = [{"type": "lifespan.startup"}, {"type": "lifespan.shutdown"}]

    async def receive() -> dict[str, Any]:
        return inbox.pop(0)

    async def send(message: dict[str, Any]) -> None:
        sent.append(message)

    asyncio.run(hook.asgi_app({"type": "lifespan"}, receive, send))
    assert [m["type"] for m in sent] == ["lifespan.startup.complete", "lifespan.shutdown.complete"]


def test_a_request_beyond_the_pending_bound_gets_503() -> None:
    fake, api = live_pair()
    hook = api.webhook(path_token=TOKEN)
    hook.max_pending = 1
    body = httpx.Request("POST", "http://x", json=done_callback(fake, hook)).content

    async def scenario() -> None:
        gate = asyncio.Event()
        first_sent: list[dict[str, Any]] = []

        async def slow_receive() -> dict[str, Any]:
            await gate.wait()
            return {"type": "http.request", "body": body, "more_body": False}

        async def collect(message: dict[str, Any]) -> None:
            first_sent.append(message)

        scope = {"type": "http", "method": "POST", "path": f"/{TOKEN}/", "headers": []}
        first = asyncio.create_task(hook.asgi_app(scope, slow_receive, collect))
        await asyncio.sleep(0.01)  # the first request is being read
        status, headers, _, reads = await asgi_call(hook.asgi_app, chunks=(body,))
        assert (status, headers[b"retry-after"], reads) == (503, b"1", 0)
        gate.set()
        await first
        assert first_sent[0]["status"] == 200

    asyncio.run(scenario())


# ---------------------------------------------------------------------------------------- the kept server
def raw(port: int, data: bytes) -> socket.socket:
    sock = socket.create_connection(("127.0.0.1", port), timeout=10)
    sock.sendall(data)
    return sock


def closed_within(sock: socket.socket, seconds: float) -> tuple[bool, bytes]:
    """Whether the server closed the connection within `seconds`, and what it sent before."""
    sock.settimeout(0.1)
    received = b""
    until = time.monotonic() + seconds
    while time.monotonic() < until:
        try:
            chunk = sock.recv(65536)
        except TimeoutError:
            continue
        except ConnectionResetError:
            return True, received
        if not chunk:
            return True, received
        received += chunk
    return False, received


def test_server_answers_methods_chunked_bodies_and_nesting() -> None:
    fake, api = live_pair()
    with api.webhook(path_token=TOKEN, max_body_bytes=10_000) as hook, httpx.Client() as client:
        for method in ("HEAD", "OPTIONS", "GET", "PUT", "DELETE", "PATCH"):
            answer = client.request(method, hook.url)
            assert (answer.status_code, answer.headers.get("allow")) == (405, "POST"), method
        body = httpx.Request("POST", "http://x", json=done_callback(fake, hook)).content
        chunked = client.post(hook.url, content=iter([body[:7], body[7:]]))  # Transfer-Encoding: chunked
        assert chunked.status_code == 200
        assert client.post(hook.url, content=iter([b"x" * 6000] * 5)).status_code == 413
        assert client.post(hook.url, content=b"x" * 20_000).status_code == 413
        assert client.post(hook.url, content=b"[" * 9_000).status_code == 400  # RecursionError: no traceback
        assert client.post(hook.url, content=b"{" * 9_000).status_code == 400
        assert client.post(hook.url.replace(TOKEN, "wrong"), content=body).status_code == 404
        assert client.post(hook.url, content=body).status_code == 200  # still serving


def test_slow_connections_are_cut_and_do_not_hold_the_server() -> None:
    fake, api = live_pair()
    hook = api.webhook(path_token=TOKEN)
    hook.header_timeout = hook.body_timeout = 0.5
    with hook, httpx.Client() as client:
        head = f"POST /{TOKEN}/ HTTP/1.1\r\nHost: 127.0.0.1\r\nContent-Type: application/json\r\n"
        slow_headers = [raw(hook.port, head.encode()[:30]) for _ in range(20)]  # never finish the headers
        slow_bodies = [raw(hook.port, (head + "Content-Length: 500\r\n\r\n{").encode()) for _ in range(20)]
        silent = [raw(hook.port, b"") for _ in range(20)]  # connect and say nothing
        started = time.monotonic()
        assert client.post(hook.url, json=done_callback(fake, hook)).status_code == 200  # answered meanwhile
        assert time.monotonic() - started < 0.5
        for sock in slow_headers + silent:
            closed, _ = closed_within(sock, 3)
            assert closed
        for sock in slow_bodies:
            closed, received = closed_within(sock, 3)
            assert closed and received.startswith(b"HTTP/1.1 408")
        for sock in slow_headers + slow_bodies + silent:
            sock.close()


def test_a_kept_alive_connection_must_send_its_next_request_in_time() -> None:
    fake, api = live_pair()
    hook = api.webhook(path_token=TOKEN)
    hook.header_timeout = 0.5
    with hook:
        body = httpx.Request("POST", "http://x", json=done_callback(fake, hook)).content
        request = f"POST /{TOKEN}/ HTTP/1.1\r\nHost: x\r\nContent-Length: {len(body)}\r\n\r\n".encode() + body
        sock = raw(hook.port, request)
        sock.settimeout(5)
        assert sock.recv(65536).startswith(b"HTTP/1.1 200")
        sock.sendall(b"POST /")  # the next request starts, then drips nothing more
        closed, _ = closed_within(sock, 3)
        sock.close()
    assert closed


def test_a_burst_of_callbacks_is_answered_while_slow_connections_are_held() -> None:
    fake, api = live_pair()
    with api.webhook(path_token=TOKEN) as hook:
        bodies = [done_callback(fake, hook) for _ in range(300)]
        slow = [raw(hook.port, f"POST /{TOKEN}/ HTTP/1.1\r\nHost: x\r\n".encode()) for _ in range(30)]

        async def burst() -> list[int]:
            limits = httpx.Limits(max_connections=None, max_keepalive_connections=0)
            async with httpx.AsyncClient(limits=limits, timeout=5) as client:
                answers = await asyncio.gather(*(client.post(hook.url, json=b) for b in bodies))
            return [a.status_code for a in answers]

        started = time.monotonic()
        statuses = asyncio.run(burst())
        elapsed = time.monotonic() - started
        for sock in slow:
            sock.close()
    assert statuses == [200] * len(bodies) and elapsed < 5


def test_stop_closes_the_port_and_ends_the_thread() -> None:
    fake, api = live_pair()
    with api.webhook() as hook:
        port = hook.port
        held = raw(port, b"POST / HTTP/1.1\r\n")  # a slow connection does not keep stop() waiting
        assert httpx.post(hook.url, json=done_callback(fake, hook)).status_code == 200
        started = time.monotonic()
    assert time.monotonic() - started < 5
    held.close()
    assert not [t for t in threading.enumerate() if t.name == "songspec-webhook"]
    with pytest.raises(OSError):
        socket.create_connection(("127.0.0.1", port), timeout=1).close()


def test_the_server_logs_no_path(caplog: pytest.LogCaptureFixture, capfd: pytest.CaptureFixture[str]) -> None:
    caplog.set_level(logging.DEBUG)
    logging.getLogger("uvicorn").setLevel(logging.DEBUG)
    for client_side in ("httpx", "httpcore"):  # the client logs the URLs it calls: not the receiver's doing
        logging.getLogger(client_side).setLevel(logging.WARNING)
    try:
        fake, api = live_pair()
        with api.webhook(path_token=TOKEN) as hook, httpx.Client() as client:
            client.post(hook.url, json=done_callback(fake, hook))
            client.post(hook.url, content=b"{bad")
            client.get(hook.url)
            client.post(hook.url + "deeper/path", content=b"[" * 50_000)
            bad = raw(hook.port, f"POST /{TOKEN}/ HTTP/1.1\r\nHost x\r\n\r\n".encode())  # invalid header line
            closed_within(bad, 2)
            bad.close()
    finally:
        for name in ("uvicorn", "httpx", "httpcore"):
            logging.getLogger(name).setLevel(logging.NOTSET)
    out, err = capfd.readouterr()
    assert caplog.records  # something was logged (the server started), just never the token
    assert not [r for r in caplog.records if TOKEN in r.getMessage() or TOKEN in str(r.args)]
    assert TOKEN not in out + err


# ---------------------------------------------------------------------------------------- what callbacks cost
@pytest.mark.parametrize("vendor", CALLBACK_VENDORS)
def test_a_flood_and_its_replays_cost_one_confirming_fetch(vendor: str, monkeypatch: pytest.MonkeyPatch) -> None:
    monkeypatch.setattr(_engine, "WEBHOOK_BACKOFF", Backoff(initial=3600, maximum=3600))  # no safety-net poll
    fake, api = live_pair(vendor)
    with api.webhook(path_token=TOKEN) as hook:
        task = api.submit(api.generation_body("lo-fi"), callback_url=hook.url)  # trusted: no first poll
        body = fake.callback_body(fake.tasks[task.task_id])

        async def flood(count: int, payload: Any) -> list[int]:
            async with httpx.AsyncClient(limits=httpx.Limits(max_connections=None)) as client:
                return [
                    a.status_code
                    for a in await asyncio.gather(*(client.post(hook.url, json=payload) for _ in range(count)))
                ]

        statuses: list[int] = []
        flooder = threading.Thread(target=lambda: statuses.extend(asyncio.run(flood(100, body))))
        flooder.start()
        results = hook.wait([task], timeout=30)
        flooder.join()
        assert results[task.task_id].succeeded and statuses == [200] * 100
        assert fake.stats.fetch_requests == 1
        # the task is confirmed done: any callback for it now costs nothing, even one with other words
        # (a late or forged state) that no wait has seen
        assert asyncio.run(flood(30, fake._with_unknown_state(body))) == [200] * 30
        assert hook.stats["200"] == 1 and hook.stats["200_replay"] == 129
        assert task.task_id not in hook._arrived
    assert fake.stats.fetch_requests == 1


@pytest.mark.parametrize("vendor", CALLBACK_VENDORS)
def test_replays_of_a_callback_for_a_running_task_cost_nothing(vendor: str) -> None:
    clock = VirtualClock()
    fake = FakeVendor(vendor, clock=clock, queued_for=5, runs_for=3600)
    api = Songspec(vendor, api_key="k", base_url="https://vendor.test", transport=fake.transport(), clock=clock)
    hook = api.webhook()
    task = fake.create_task()
    hook.expect([task.task_id])  # submitted with the receiver's URL: no first poll
    clock.sleep(10)
    body = fake.callback_body(task)  # "running": a replayed (or forged) callback for a task not done yet
    for i in range(40):  # the same body every quarter second for ten seconds: many ticks' worth
        clock.call_at(10 + i / 4, lambda: hook.deliver(body))
    with pytest.raises(WaitTimeoutError):
        hook.wait([task.task_id], timeout=60)
    assert fake.stats.fetch_requests == 1  # the first callback's confirming fetch; its replays nothing
    assert hook.stats["200"] == 1 and hook.stats["200_replay"] == 39


def test_the_receivers_memories_are_bounded(monkeypatch: pytest.MonkeyPatch) -> None:
    monkeypatch.setattr(_webhook, "MAX_REMEMBERED", 5)
    fake, api = live_pair()
    hook = api.webhook()
    tasks = [fake.create_task(runs_for=0) for _ in range(12)]
    hook.expect([t.task_id for t in tasks])
    assert len(hook._expected) == 5
    for task in tasks[-5:]:
        assert hook.deliver(fake.callback_body(task))[0] == 200
    assert len(hook._arrived) <= 5 and len(hook._seen) <= 5
    assert hook.deliver(fake.callback_body(tasks[0]))[0] == 404  # the oldest was forgotten
    results = hook.wait([t.task_id for t in tasks[-5:]], timeout=30)
    assert len(hook._done) == 5 and all(r.succeeded for r in results.values())


def revoking_rig(vendor: str, async_: bool) -> tuple[FakeVendor, Any, VirtualClock, list[bool]]:
    """A vendor that starts answering 401 once it has called back (the key was revoked meanwhile)."""
    clock = VirtualClock()
    fake = FakeVendor(vendor, clock=clock, queued_for=5, runs_for=60)
    revoked = [False]

    def handle(request: httpx.Request) -> httpx.Response:
        if revoked[0]:
            return httpx.Response(401, json={"message": "invalid api key", "code": 401})
        return fake.handle(request)

    kind = AsyncSongspec if async_ else Songspec
    api = kind(vendor, api_key="k", base_url="https://vendor.test", transport=httpx.MockTransport(handle), clock=clock)
    return fake, api, clock, revoked


@pytest.mark.parametrize("vendor", CALLBACK_VENDORS)
@pytest.mark.parametrize("async_", [False, True], ids=["sync", "async"])
def test_a_401_on_the_confirming_fetch_ends_the_wait_at_once(vendor: str, async_: bool) -> None:
    fake, api, clock, revoked = revoking_rig(vendor, async_)
    hook = api.webhook()
    task = fake.create_task(runs_for=60)
    hook.expect([task.task_id])

    def deliver(body: Any) -> object:
        revoked[0] = True
        return hook.deliver(body)

    fake.call_back(deliver, delay=1.0)
    with pytest.raises(AuthenticationError):
        if async_:
            asyncio.run(hook.wait([task.task_id], timeout=3600))
        else:
            hook.wait([task.task_id], timeout=3600)
    assert revoked[0] and clock.now < 65 + 1 + 1 + _engine.NUDGE_GATHER  # at the callback, not the deadline


def test_the_servers_limits_are_options_of_webhook() -> None:
    from songspec import Songspec

    api = Songspec("ttapi-producer", api_key="k", base_url="https://vendor.test")
    hook = api.webhook(header_timeout=2.5, body_timeout=3.5, max_pending=7, backlog=9, max_body_bytes=1000)
    assert (hook.header_timeout, hook.body_timeout, hook.max_pending, hook.backlog, hook.max_body_bytes) == (
        2.5,
        3.5,
        7,
        9,
        1000,
    )


def _ipv6_loopback() -> bool:
    try:
        with socket.socket(socket.AF_INET6) as probe:
            probe.bind(("::1", 0))
        return True
    except OSError:
        return False


@pytest.mark.skipif(not _ipv6_loopback(), reason="this machine has no IPv6 loopback to bind")
def test_an_ipv6_loopback_receiver_gives_a_url_that_reaches_it() -> None:
    fake, api = live_pair()
    with api.webhook(host="::1") as hook:
        assert hook.url.startswith("http://[::1]:")
        assert httpx.post(hook.url, json=done_callback(fake, hook)).status_code == 200
