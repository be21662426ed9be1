"""Hostile inputs, hostile vendors: no key leaves in clear text or comes back in an error, and no
odd answer costs a paid task. Each case failed before its fix (issue 14's red-team classes)."""

from __future__ import annotations

import datetime
import http.server
import json
import math
import threading
import time
from collections.abc import Iterator
from pathlib import Path

import httpx
import pytest

from songspec import (
    AuthenticationError,
    ConfigurationError,
    OutcomeUnknownError,
    RequestValidationError,
    Songspec,
    VirtualClock,
    WaitTimeoutError,
)
from songspec._exchange import MAX_ANSWER_BYTES
from songspec.testing import FakeVendor
from tests.rig import SENTINEL_KEY, code_of, transport_answering

VENDOR = "ttapi-producer"
SUBMITTED = (200, {"status": "SUCCESS", "message": "", "data": {"jobId": "job-1"}})


# ---------------------------------------------------------------------------------------- keys
@pytest.mark.parametrize(
    "url",
    ["http://api.example.com", "ftp://api.example.com", "api.example.com", "https://user:hunter2@api.example.com"],
)
def test_a_base_url_that_would_expose_the_key_is_refused(url: str) -> None:
    with pytest.raises(ConfigurationError, match="base_url=") as raised:
        Songspec(VENDOR, api_key=SENTINEL_KEY, base_url=url)
    assert "hunter2" not in str(raised.value)
    assert SENTINEL_KEY not in str(raised.value)


@pytest.mark.parametrize("url", ["http://127.0.0.1:8080", "http://localhost:1", "http://[::1]:9", "https://x.example"])
def test_loopback_http_and_https_are_fine(url: str) -> None:
    assert Songspec(VENDOR, api_key=SENTINEL_KEY, base_url=url).base_url == url


def test_a_key_read_with_its_newline_is_sent_without_it(monkeypatch: pytest.MonkeyPatch) -> None:
    seen: list[httpx.Request] = []
    monkeypatch.setenv("TTAPI_API_KEY", SENTINEL_KEY + "\n")
    Songspec(VENDOR, transport=transport_answering(SUBMITTED, seen=seen)).generate("x", wait=False)
    assert seen[0].headers["TT-API-KEY"] == SENTINEL_KEY


@pytest.mark.parametrize("bad", ["two words-key", "clé-non-ascii", "tab\there"])
def test_a_key_that_cannot_travel_in_a_header_is_refused_without_being_shown(
    bad: str, monkeypatch: pytest.MonkeyPatch
) -> None:
    monkeypatch.setenv("TTAPI_API_KEY", bad)
    with pytest.raises(ConfigurationError, match="TTAPI_API_KEY") as raised:
        Songspec(VENDOR)
    assert bad not in str(raised.value)


def test_a_vendor_echoing_the_key_does_not_put_it_in_the_error() -> None:
    echo = {"status": "FAILED", "message": f"invalid api key: {SENTINEL_KEY}"}
    api = Songspec(VENDOR, api_key=SENTINEL_KEY, transport=transport_answering((401, echo)))
    with pytest.raises(AuthenticationError) as raised:
        api.generate("x", wait=False)
    error = raised.value
    assert SENTINEL_KEY not in str(error) + repr(error.body) + error.message
    assert "***" in error.message


# ---------------------------------------------------------------------------------------- answers
def nested(depth: int) -> bytes:
    return b"[" * depth + b"]" * depth


def test_a_deeply_nested_answer_to_a_submit_is_outcome_unknown_not_a_traceback() -> None:
    transport = httpx.MockTransport(lambda request: httpx.Response(200, content=nested(100_000)))
    with pytest.raises(OutcomeUnknownError) as raised:
        Songspec(VENDOR, api_key="k", transport=transport).generate("x", wait=False)
    assert raised.value.body == {"sound_prompt": "x"}


def test_a_deeply_nested_or_huge_answer_costs_a_wait_one_tick() -> None:
    clock = VirtualClock()
    fake = FakeVendor(VENDOR, clock=clock, queued_for=1, runs_for=5)
    task = fake.create_task()
    # Over the cap, a well-formed record saying FAILED is not read (and so cannot end the wait).
    huge = json.dumps({"status": "FAILED", "message": "x" * MAX_ANSWER_BYTES, "data": None}).encode()
    odd = iter([nested(100_000), huge])

    def handle(request: httpx.Request) -> httpx.Response:
        body = next(odd, None)
        return httpx.Response(200, content=body) if body is not None else fake.handle(request)

    api = Songspec(VENDOR, api_key="k", transport=httpx.MockTransport(handle), clock=clock)
    assert api.wait(task.task_id, timeout=600).succeeded


def test_a_wrong_typed_record_costs_fetch_a_retry_not_a_type_error() -> None:
    wrong = {"status": "SUCCESS", "message": "", "data": {"musics": 5}}
    good = {"status": "PENDING_QUEUE", "message": None, "data": {"jobId": "job-1"}}
    api = Songspec(VENDOR, api_key="k", transport=transport_answering((200, wrong), (200, good)), clock=VirtualClock())
    assert api.fetch("job-1").raw_state == "PENDING_QUEUE"


class _Drip(http.server.BaseHTTPRequestHandler):
    """Answers with its headers at once, then a byte a second: a body that never quite arrives."""

    def do_GET(self) -> None:
        self.send_response(200)
        self.send_header("Content-Type", "application/json")
        self.send_header("Content-Length", "1000")
        self.end_headers()
        for _ in range(60):
            try:
                self.wfile.write(b" ")
                self.wfile.flush()
            except OSError:
                return
            time.sleep(1)

    def log_message(self, format: str, *args: object) -> None:
        return


@pytest.fixture
def drip_server() -> Iterator[str]:
    server = http.server.ThreadingHTTPServer(("127.0.0.1", 0), _Drip)
    server.daemon_threads = True
    thread = threading.Thread(target=server.serve_forever, daemon=True)
    thread.start()
    yield f"http://127.0.0.1:{server.server_address[1]}"
    server.shutdown()
    server.server_close()


def test_a_slow_drip_answer_cannot_hold_a_wait_past_its_deadline(drip_server: str) -> None:
    api = Songspec(VENDOR, api_key="k", base_url=drip_server)
    started = time.monotonic()
    with pytest.raises(WaitTimeoutError):
        api.wait("job-1", timeout=2)
    # A correctness bound, not a speed goal: the drip would hold the wait for a minute without it.
    assert time.monotonic() - started < 20


# ---------------------------------------------------------------------------------------- inputs
@pytest.mark.parametrize("number", [math.nan, math.inf, -math.inf])
def test_nan_and_infinity_are_refused_before_sending(number: float) -> None:
    seen: list[httpx.Request] = []
    api = Songspec("acedata-producer", api_key="k", transport=transport_answering((500, {}), seen=seen))
    with pytest.raises(RequestValidationError, match="style_weight"):
        api.generate("x", wait=False, custom=False, style_weight=number)
    assert seen == []


@pytest.mark.parametrize(
    ("value", "named"),
    [(datetime.datetime(2026, 1, 1), "datetime"), (b"lo-fi", "bytes"), ({"a"}, "set"), ({1: "x"}, "key 1")],
)
def test_a_value_json_cannot_carry_is_refused_naming_the_field(value: object, named: str) -> None:
    seen: list[httpx.Request] = []
    api = Songspec("acedata-producer", api_key="k", transport=transport_answering((500, {}), seen=seen))
    with pytest.raises(RequestValidationError, match=f"body/title: .*{named}"):
        api.generate("x", wait=False, custom=False, title=value)
    assert seen == []


@pytest.mark.parametrize("url", ["file:///etc/passwd", "javascript:alert(1)", "not a url", "ftp://x.example/h"])
def test_a_callback_url_must_be_a_web_url(url: str) -> None:
    seen: list[httpx.Request] = []
    api = Songspec(VENDOR, api_key="k", transport=transport_answering(SUBMITTED, seen=seen))
    with pytest.raises(RequestValidationError, match="hook_url"):
        api.submit(api.generation_body("x"), callback_url=url)
    assert seen == []


@pytest.mark.parametrize("task_id", ["..", ".", "a/b", "", " ", "a\nb"])
def test_a_task_id_cannot_address_another_endpoint(task_id: str) -> None:
    seen: list[httpx.Request] = []
    api = Songspec(VENDOR, api_key="k", transport=transport_answering((200, {}), seen=seen))
    with pytest.raises(ConfigurationError):
        api.fetch(task_id)
    assert seen == []


def test_ctrl_c_while_a_submit_is_in_flight_leaves_a_journal_entry_and_a_note(tmp_path: Path) -> None:
    sent: list[httpx.Request] = []

    def interrupted(request: httpx.Request) -> httpx.Response:
        sent.append(request)
        raise KeyboardInterrupt

    api = Songspec(VENDOR, api_key="k", transport=httpx.MockTransport(interrupted), ledger=str(tmp_path / "l"))
    with pytest.raises(KeyboardInterrupt) as raised:
        api.generate("x", wait=False)
    [entry] = api.unreconciled()
    assert entry.state == "sending" and entry.body == {"sound_prompt": "x"}
    assert any(entry.id in note for note in raised.value.__notes__)
    assert json.dumps(entry.body)
    assert [json.loads(r.content) for r in sent] == [entry.body]  # what was sent, for matching at the vendor


@pytest.mark.parametrize("vendor", ["suno-relay", "ttapi-producer", "acedata-suno"])
def test_a_whitespace_only_prompt_is_refused_before_sending(vendor: str) -> None:
    seen: list[httpx.Request] = []
    api = Songspec(
        vendor, api_key="k", base_url="https://x.example", transport=transport_answering((500, {}), seen=seen)
    )
    with pytest.raises(RequestValidationError, match="only whitespace"):
        api.generate(" \n\t ", wait=False)
    assert seen == []


@pytest.mark.parametrize(
    "argv",
    [
        ["wait", VENDOR, "job-1", "--timeout", "nan"],
        ["wait", VENDOR, "job-1", "--timeout", "-5"],
        ["wait", VENDOR, "job-1", "--max-bytes", "-1"],
        ["generate", "--vendor", VENDOR, "--prompt", "caf\udce9"],  # a Latin-1 byte on a UTF-8 command line
        ["sandbox", VENDOR, "--time-scale", "nan"],
        ["sandbox", VENDOR, "--time-scale", "inf"],
        ["tasks", "--state", "bogus"],
        ["tasks", "--limit", "-1"],
    ],
)
def test_hostile_command_lines_are_usage_errors(argv: list[str], monkeypatch: pytest.MonkeyPatch) -> None:
    from songspec.cli import EXIT_USAGE

    monkeypatch.setenv("TTAPI_API_KEY", "k-cli-hostile")
    assert code_of(argv) == EXIT_USAGE  # main()'s own usage error, or argparse's


def test_a_body_far_over_any_vendors_size_is_refused() -> None:
    seen: list[httpx.Request] = []
    api = Songspec(
        "suno-relay", api_key="k", base_url="https://x.example", transport=transport_answering((500, {}), seen=seen)
    )
    with pytest.raises(RequestValidationError, match="bytes"):
        api.generate("rock", lyrics="la " * 200_000, wait=False)
    assert seen == []


@pytest.mark.parametrize("body", [[1, 2], "a string", 42])
def test_a_body_that_is_not_an_object_is_a_clear_error(body: object) -> None:
    api = Songspec(VENDOR, api_key="k", transport=transport_answering(SUBMITTED))
    with pytest.raises(RequestValidationError, match="JSON object"):
        api.submit(body)  # type: ignore[arg-type]


def test_backoff_never_overflows_after_hours_of_ticks() -> None:
    from songspec import Backoff

    backoff = Backoff(initial=2.0, maximum=5.0, multiplier=1.5, jitter=0.0)
    assert backoff.delay(10_000) == 5.0 and backoff.delay(0) == 2.0


def test_an_error_that_ends_generates_wait_names_the_paid_task(tmp_path: Path) -> None:
    submitted_then_revoked = transport_answering(SUBMITTED, (401, {"status": "FAILED", "message": "key revoked"}))
    api = Songspec(
        VENDOR, api_key="k", transport=submitted_then_revoked, clock=VirtualClock(), ledger=str(tmp_path / "l")
    )
    with pytest.raises(AuthenticationError) as raised:
        api.generate("x")
    assert raised.value.task_ids == ["job-1"]  # type: ignore[attr-defined]
    assert any("job-1" in note for note in raised.value.__notes__)
    assert [e.task_id for e in api.ledger.unfinished(VENDOR)] == ["job-1"]
