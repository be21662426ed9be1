"""The sandbox (songspec.testing.sandbox, `songspec sandbox`): a vendor served over real HTTP on
127.0.0.1, for every vendor in the registry. Tasks walk through their states on the real clock, tracks
are real audio, every answer fits the spec, callbacks go to loopback only, faults play over the wire,
and the server stops with its process. `make demo` runs on it (the last test)."""

from __future__ import annotations

import io
import json
import os
import re
import signal
import subprocess
import sys
import time
import wave
from pathlib import Path
from typing import Any

import httpx
import pytest

from songspec import Songspec, TaskState
from songspec._download import download_track
from songspec.cli import EXIT_INTERRUPTED, EXIT_TERMINATED
from songspec.testing import Fault, FaultPlan
from songspec.testing.sandbox import Sandbox, is_loopback_url
from songspec.vendors import get_vendor
from tests import pg
from tests.rig import CALLBACK_VENDORS

FAST = 0.3
"""time_scale for tests: 0.3 s queued, 0.9 s running."""


def _api(vendor: str, sandbox: Sandbox, key: str = "sandbox-key") -> Songspec:
    return Songspec(vendor, api_key=key, base_url=sandbox.url)


def _wav_seconds(data: bytes) -> float:
    with wave.open(io.BytesIO(data), "rb") as audio:
        assert audio.getnchannels() == 1 and audio.getsampwidth() == 2
        return audio.getnframes() / audio.getframerate()


def _walk(api: Songspec, task_id: str, *, every: float = 0.1, limit: float = 30.0) -> list[TaskState]:
    """Fetch a task until it ends; the states seen, in order, without repeats."""
    seen: list[TaskState] = []
    deadline = time.monotonic() + limit
    while time.monotonic() < deadline:
        state = api.fetch(task_id).state
        if not seen or seen[-1] is not state:
            seen.append(state)
        if state.is_terminal:
            return seen
        time.sleep(every)
    raise AssertionError(f"task {task_id} did not end: {seen}")


# --------------------------------------------------------------------------------------- the flow
def test_tasks_walk_queued_running_succeeded_with_playable_audio(vendor: str, tmp_path: Path) -> None:
    with Sandbox(vendor, time_scale=FAST) as sandbox, _api(vendor, sandbox) as api:
        first = api.submit(api.generation_body("lo-fi piano", None, {}))
        second = api.submit(api.generation_body("synthwave", None, {}))
        assert first.task_id != second.task_id  # a new task per submit
        assert _walk(api, first.task_id) == [TaskState.QUEUED, TaskState.RUNNING, TaskState.SUCCEEDED]
        result = api.wait(second)
        assert result.state is TaskState.SUCCEEDED and result.tracks
        for track in result.tracks:
            assert track.audio_url and track.audio_url.startswith(sandbox.url + "/_sandbox/audio/")
            assert track.duration == pytest.approx(sandbox.audio_seconds)
            saved = download_track(track, tmp_path)
            assert _wav_seconds(saved.read_bytes()) == pytest.approx(sandbox.audio_seconds, abs=0.01)
        assert sandbox.violations == []


def test_a_failing_task_ends_failed_with_the_vendors_reason(vendor: str) -> None:
    with Sandbox(vendor, time_scale=FAST, fail_rate=1.0) as sandbox, _api(vendor, sandbox) as api:
        result = api.generate("lo-fi piano")
        assert result.state is TaskState.FAILED and result.reason
        assert sandbox.violations == []


def test_every_answer_is_checked_against_the_spec_and_a_broken_simulator_is_caught(
    monkeypatch: pytest.MonkeyPatch,
) -> None:
    vendor = "ttapi-producer"
    with Sandbox(vendor, time_scale=FAST) as sandbox, _api(vendor, sandbox) as api:
        task = api.submit(api.generation_body("lo-fi", None, {}))
        api.fetch(task)
        assert sandbox.violations == []
        simulator = sandbox.fake.simulator
        original = simulator.record

        def broken(*args: Any, **kwargs: Any) -> dict[str, Any]:
            record = original(*args, **kwargs)
            record["status"] = 42  # the spec says a string
            return record

        monkeypatch.setattr(simulator, "record", broken)
        httpx.get(f"{sandbox.url}/producer/v1/fetch", params={"jobId": task.task_id}, headers={"TT-API-KEY": "k"})
    assert sandbox.violations, "an answer that breaks the spec went unnoticed"
    assert "fetch_job" in sandbox.violations[0].where


# --------------------------------------------------------------------------------------- requests
def test_requests_are_checked_against_the_spec() -> None:
    vendor = "ttapi-producer"
    with Sandbox(vendor, api_key="the-sandbox-key") as sandbox:
        url, good = sandbox.url, {"TT-API-KEY": "the-sandbox-key"}
        music = f"{url}/producer/v1/music"
        assert httpx.post(music, json={"sound_prompt": "x"}, headers={"TT-API-KEY": "wrong"}).status_code == 401
        assert httpx.post(music, json={"sound_prompt": "x"}).status_code == 401
        refused = httpx.post(music, json={"sound_prompt": "x", "no_such_field": 1}, headers=good)
        assert refused.status_code == 400 and "no_such_field" in refused.json()["message"]
        assert httpx.post(music, content=b"{not json", headers=good).status_code == 400
        assert httpx.get(f"{url}/producer/v1/fetch", headers=good).status_code == 400  # jobId is required
        assert not sandbox.fake.tasks  # nothing refused created a task
        wrong_method = httpx.delete(music, headers=good)
        assert wrong_method.status_code == 405 and wrong_method.headers["Allow"] == "POST"
        assert httpx.get(f"{url}/no/such/path", headers=good).status_code == 404
        huge = b'{"sound_prompt": "' + b"x" * 2_000_000 + b'"}'
        assert httpx.post(music, content=huge, headers=good).status_code == 413
        assert httpx.post(music, json={"sound_prompt": "x"}, headers=good).status_code == 200
        assert len(sandbox.fake.tasks) == 1
    assert sandbox.violations == []  # the refusals fit the spec's error answers too


def test_operations_the_simulator_does_not_play_answer_what_the_spec_documents(vendor: str) -> None:
    from contract_tests.specs import operations

    profile = get_vendor(vendor).profile
    headers = {profile.auth_header: f"{profile.auth_prefix} k".strip()}
    sent = []
    with Sandbox(vendor) as sandbox, httpx.Client() as http:
        for op in operations(vendor):
            path = re.sub(r"\{[^}]+\}", "clip-1", op.path)
            examples = list(op.request_examples().values())
            body = json.dumps(examples[0]).encode() if examples else None
            if op.request_schema() is not None and body is None:
                continue  # no documented body to send
            query = {p["name"]: "x" for p in op.parameters() if p.get("in") == "query" and p.get("required")}
            request = httpx.Request(op.method.upper(), sandbox.url + path, params=query, headers=headers, content=body)
            if sandbox.fake.simulator.route(request) is not None:
                continue  # played by the simulator: the tests above
            sent.append(op.operation_id)
            answer = http.send(request)
            assert answer.status_code == 200, (op.operation_id, answer.text)
    assert sandbox.violations == []
    assert not sandbox.fake.tasks
    if not sent:
        pytest.skip(f"{vendor}: the simulator plays every operation (the tests above cover them)")


# --------------------------------------------------------------------------------------- callbacks
@pytest.mark.parametrize("vendor", CALLBACK_VENDORS)
def test_callbacks_reach_a_loopback_receiver_and_the_receiver_accepts_them(vendor: str) -> None:
    with Sandbox(vendor, time_scale=FAST) as sandbox, _api(vendor, sandbox) as api, api.webhook() as hook:
        task = api.submit(api.generation_body("lo-fi", None, {}), callback_url=hook.url)
        results = hook.wait([task], timeout=60)
        deadline = time.monotonic() + 10
        while not sandbox.callbacks and time.monotonic() < deadline:
            time.sleep(0.05)
    assert results[task.task_id].state is TaskState.SUCCEEDED
    [attempt] = sandbox.callbacks
    assert attempt.delivered and attempt.outcome == "HTTP 200" and attempt.url == hook.url
    assert hook.stats["200"] == 1  # the real receiver validated the body against the spec and took it
    assert sandbox.violations == []


@pytest.mark.parametrize("vendor", CALLBACK_VENDORS)
def test_callbacks_to_anything_but_loopback_are_refused_and_never_contacted(
    vendor: str, monkeypatch: pytest.MonkeyPatch
) -> None:
    contacted: list[str] = []
    real_post = httpx.Client.post

    def spy(self: httpx.Client, url: Any, *args: Any, **kwargs: Any) -> httpx.Response:
        contacted.append(str(url))
        if httpx.URL(str(url)).host != "127.0.0.1":  # even with a broken sandbox, this test calls nobody
            raise httpx.ConnectError("blocked by the test")
        return real_post(self, url, *args, **kwargs)

    monkeypatch.setattr(httpx.Client, "post", spy)
    field = get_vendor(vendor).profile.callback_field
    assert field
    outside = [
        "https://hooks.example.com/songspec",
        "http://192.0.2.10:8080/hook",
        "http://localhost:9/hook",  # a name, not an address: refused too
        "http://[::ffff:192.0.2.1]/hook",
    ]
    with Sandbox(vendor, time_scale=0.05, callback_delay=0.0) as sandbox, _api(vendor, sandbox) as api:
        base = sandbox.url
        for url in outside:
            api.submit(api.generation_body("lo-fi", None, {field: url}))
        time.sleep(0.5)  # every task has ended and any callback would have been due
    assert [url for url in contacted if not url.startswith(base)] == []  # the wrapper's own calls aside
    refused = {c.url: c for c in sandbox.callbacks}
    assert set(refused) == set(outside)
    assert all(not c.delivered and c.outcome.startswith("refused") for c in refused.values())


@pytest.mark.parametrize(
    ("url", "loopback"),
    [
        ("http://127.0.0.1:8000/hook", True),
        ("https://127.5.6.7/hook", True),
        ("http://[::1]:9000/x", True),
        ("http://localhost/hook", False),
        ("http://10.0.0.1/hook", False),
        ("ftp://127.0.0.1/hook", False),
        ("http://127.0.0.1:notaport/hook", False),
        ("not a url", False),
    ],
)
def test_only_literal_loopback_urls_count_as_loopback(url: str, loopback: bool) -> None:
    assert is_loopback_url(url) is loopback


# --------------------------------------------------------------------------------------- faults
def test_faults_play_over_the_wire_and_the_wrapper_still_gets_its_song() -> None:
    vendor = "ttapi-producer"
    # In order: the submit is refused with 429 (and resent), lands, then the fetches meet a 500, a
    # TCP reset and a truncated body before a normal answer.
    script: list[Fault | str | None] = [Fault.RATE_LIMITED, None, Fault.SERVER_500, Fault.RESET, Fault.MALFORMED_JSON]
    faults = FaultPlan(script=script, retry_after=0.1)
    with Sandbox(vendor, time_scale=FAST, faults=faults) as sandbox, _api(vendor, sandbox) as api:
        task = api.submit(api.generation_body("lo-fi", None, {}))
        result = api.wait(task, timeout=60)
    assert result.state is TaskState.SUCCEEDED
    assert len(sandbox.fake.tasks) == 1  # the refused (429) submit created nothing
    seen = [(e.operation, e.status, e.fault) for e in list(sandbox.exchanges)[:5]]
    assert seen == [
        ("generate_music", 429, "fault"),
        ("generate_music", 200, None),
        ("fetch_job", 500, "fault"),
        ("fetch_job", None, "reset"),
        ("fetch_job", 200, "fault"),
    ]
    assert sandbox.violations == []  # faulted answers are exempt; every other one was checked


def test_a_timeout_fault_holds_the_connection_without_an_answer() -> None:
    with Sandbox("ttapi-producer", faults=FaultPlan(script=[Fault.TIMEOUT]), hang_for=30) as sandbox:
        with pytest.raises(httpx.ReadTimeout):
            httpx.get(
                f"{sandbox.url}/producer/v1/fetch", params={"jobId": "x"}, headers={"TT-API-KEY": "k"}, timeout=0.5
            )
        started = time.monotonic()
    assert time.monotonic() - started < 10  # stop() ends the held connection rather than waiting it out


def test_refused_connections_cannot_be_played() -> None:
    with pytest.raises(ValueError, match="refused"):
        Sandbox("ttapi-producer", faults=FaultPlan(rate=0.5, kinds=(Fault.REFUSED,)))


# --------------------------------------------------------------------------------------- lifecycle
def test_the_server_binds_loopback_and_stop_closes_it() -> None:
    sandbox = Sandbox("ttapi-producer")
    sandbox.start()
    url = sandbox.url
    assert url.startswith("http://127.0.0.1:") and sandbox.port > 0
    assert httpx.get(f"{url}/_sandbox/audio/x.wav").status_code == 200
    sandbox.stop()
    with pytest.raises(httpx.ConnectError):
        httpx.get(f"{url}/_sandbox/audio/x.wav")


def _start_cli(*args: str) -> subprocess.Popen[str]:
    return subprocess.Popen(
        [sys.executable, "-m", "songspec.cli", "sandbox", *args],
        stdout=subprocess.PIPE,
        stderr=subprocess.PIPE,
        text=True,
    )


@pytest.mark.parametrize("how", [signal.SIGTERM, signal.SIGINT])
def test_the_cli_serves_until_sigterm_or_ctrl_c(how: signal.Signals) -> None:
    process = _start_cli("ttapi-producer", "--time-scale", "0.1")
    try:
        assert process.stdout is not None
        url = process.stdout.readline().strip()
        assert url.startswith("http://127.0.0.1:")
        answer = httpx.post(f"{url}/producer/v1/music", json={"sound_prompt": "x"}, headers={"TT-API-KEY": "k"})
        assert answer.status_code == 200 and answer.json()["data"]["jobId"]
        process.send_signal(how)
        assert process.wait(timeout=30) == (EXIT_TERMINATED if how == signal.SIGTERM else EXIT_INTERRUPTED)
        with pytest.raises(httpx.ConnectError):
            httpx.get(url)
    finally:
        if process.poll() is None:
            process.kill()


def test_the_cli_sandbox_dies_with_its_parent() -> None:
    # A parent that starts `songspec sandbox`, prints its PID and URL, then is killed outright.
    parent_code = (
        "import subprocess, sys, time\n"
        "child = subprocess.Popen([sys.executable, '-m', 'songspec.cli', 'sandbox', 'ttapi-producer', '--quiet'],"
        " stdout=subprocess.PIPE, text=True)\n"
        "print(child.pid, child.stdout.readline().strip(), flush=True)\n"
        "time.sleep(600)\n"
    )
    parent = subprocess.Popen([sys.executable, "-c", parent_code], stdout=subprocess.PIPE, text=True)
    assert parent.stdout is not None
    pid_text, url = parent.stdout.readline().split()
    child = int(pid_text)
    try:
        assert httpx.get(f"{url}/_sandbox/audio/x.wav").status_code == 200
        parent.kill()
        parent.wait(timeout=10)
        deadline = time.monotonic() + 15
        while time.monotonic() < deadline and pg._pid_alive(child):
            time.sleep(0.1)
        assert not pg._pid_alive(child), "the sandbox outlived its parent"
    finally:
        if pg._pid_alive(child):
            os.kill(child, signal.SIGKILL)


def test_the_cli_refuses_bad_options() -> None:
    for bad in (["--faults", "refused"], ["--faults", "nonsense"], ["--fail-rate", "2"], ["--time-scale", "0"]):
        result = subprocess.run(
            [sys.executable, "-m", "songspec.cli", "sandbox", "ttapi-producer", *bad], capture_output=True, timeout=60
        )
        assert result.returncode == 2, bad


# --------------------------------------------------------------------------------------- make demo
def test_make_demo_shows_three_states_and_downloads_playable_audio(tmp_path: Path) -> None:
    from scripts.demo import PROGRESS_LINE

    # As `make demo` runs it: nothing but the virtualenv on PATH (no Node, no other tool).
    venv_bin = Path(sys.executable).parent
    env = {k: v for k, v in os.environ.items() if k not in ("PATH", "TTAPI_API_KEY")} | {"PATH": str(venv_bin)}
    demo = subprocess.run(
        [sys.executable, "scripts/demo.py", str(tmp_path)], env=env, capture_output=True, text=True, timeout=300
    )
    assert demo.returncode == 0, demo.stderr[-3000:]
    states: list[str] = []
    for line in demo.stderr.splitlines():
        match = PROGRESS_LINE.match(line)
        if match and match["state"] not in states:
            states.append(match["state"])
    assert len(states) >= 3 and states[-1] == "succeeded", states  # queued, running, succeeded
    assert f"states shown: {' -> '.join(states)}" in demo.stdout
    [path] = tmp_path.glob("*.wav")
    assert f"downloaded {path}" in demo.stdout
    data = path.read_bytes()
    assert data[:4] == b"RIFF" and data[8:12] == b"WAVE"
    seconds = _wav_seconds(data)
    assert seconds >= 1.0
    assert f"{len(data)} bytes, {seconds:.2f} s of WAV audio" in demo.stdout
