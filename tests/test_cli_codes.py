"""The CLI's exit codes, one test per code, and its handling of options, pipes, signals, downloads
and what vendors write."""

from __future__ import annotations

import http.server
import json
import os
import signal
import subprocess
import sys
import threading
import time
from collections.abc import Iterator
from pathlib import Path
from typing import Any

import httpx
import pytest

from songspec import ConfigurationError, DownloadError, Songspec, VirtualClock
from songspec import cli as cli_module
from songspec.cli import (
    EXIT_DOWNLOAD,
    EXIT_OK,
    EXIT_TASK_FAILED,
    EXIT_TERMINATED,
    EXIT_TIMEOUT,
    EXIT_USAGE,
    EXIT_VENDOR,
    main,
)
from songspec.testing import FakeVendor
from tests.rig import code_of

VENDOR = "ttapi-producer"


@pytest.fixture
def fake(monkeypatch: pytest.MonkeyPatch) -> FakeVendor:
    """The CLI talks to a scripted vendor on a virtual clock (no network)."""
    monkeypatch.setenv("TTAPI_API_KEY", "k-cli-test-key")
    vendor = FakeVendor(VENDOR, clock=VirtualClock(), queued_for=5, runs_for=30)

    def api(name: str, base_url: str | None) -> Songspec:
        return Songspec(name, base_url=base_url, transport=vendor.transport(), clock=vendor.clock)

    monkeypatch.setattr(cli_module, "_api", api)
    return vendor


def generate(*extra: str) -> int:
    return main(["generate", "--vendor", VENDOR, "--prompt", "lo-fi", *extra])


# ---------------------------------------------------------------------------------------- 0..6
def test_0_done(fake: FakeVendor, capsys: pytest.CaptureFixture[str]) -> None:
    assert generate("--json") == EXIT_OK
    [result] = json.loads(capsys.readouterr().out)
    assert result["state"] == "succeeded"


@pytest.mark.parametrize(
    "argv",
    [
        ["generate", "--vendor", "ttapi-prodcer", "--prompt", "x"],  # mistyped vendor
        ["generate", "--vendor", VENDOR, "--lyrics", "/no/such/file"],
        ["generate", "--vendor", VENDOR, "--prompt", "x", "--base-url", "not-a-url"],
        ["generate", "--vendor", VENDOR, "--prompt", "x", "--set", "no_such_field=1"],
        ["generate", "--vendor", VENDOR, "--prompt", "x", "--style", "jazz"],  # conflicting options
        ["status", VENDOR, ".."],
    ],
)
def test_2_usage_errors_are_never_sent_or_retried(
    argv: list[str], fake: FakeVendor, capsys: pytest.CaptureFixture[str]
) -> None:
    assert code_of(argv) == EXIT_USAGE
    assert fake.stats.requests == 0
    assert "api_key=" not in capsys.readouterr().err


def test_2_a_bad_ledger_setting_names_the_variable(monkeypatch: pytest.MonkeyPatch, capsys) -> None:
    monkeypatch.setenv("SONGSPEC_LEDGER", "foo://x")
    assert code_of(["tasks"]) == EXIT_USAGE
    assert "SONGSPEC_LEDGER" in capsys.readouterr().err
    monkeypatch.setenv("SONGSPEC_LEDGER", "off")
    assert code_of(["tasks", "--limit", "-1"]) == EXIT_USAGE


def test_2_missing_key_names_the_variable_not_python(monkeypatch: pytest.MonkeyPatch, capsys) -> None:
    monkeypatch.delenv("TTAPI_API_KEY", raising=False)
    assert main(["status", VENDOR, "job-1"]) == EXIT_USAGE
    err = capsys.readouterr().err
    assert "TTAPI_API_KEY" in err and "api_key=" not in err


def test_3_vendor_error(fake: FakeVendor) -> None:
    fake.faults.script = ["timeout"]
    fake.faults.on_submit = True
    assert generate() == EXIT_VENDOR  # outcome unknown: never resent


def test_4_timeout_prints_the_ids_in_the_json_shape(fake: FakeVendor, capsys: pytest.CaptureFixture[str]) -> None:
    fake.runs_for = 10_000
    assert generate("--timeout", "60", "--json") == EXIT_TIMEOUT
    [row] = json.loads(capsys.readouterr().out)
    assert row["state"] == "timed_out" and row["task_id"] in fake.tasks


def test_5_a_failed_task(fake: FakeVendor) -> None:
    fake.fail_rate = 1.0
    assert generate() == EXIT_TASK_FAILED


def test_6_a_failed_download_comes_after_the_printed_result(
    fake: FakeVendor, capsys: pytest.CaptureFixture[str], tmp_path: Path, monkeypatch: pytest.MonkeyPatch
) -> None:
    import songspec._download as download_module

    def unreachable(track: Any, directory: Any, **kwargs: Any) -> Path:
        raise DownloadError(f"{track.audio_url}: ConnectError", track_id=track.id, url=track.audio_url)

    monkeypatch.setattr(download_module, "download_track", unreachable)  # no traffic leaves the machine
    code = generate("--download", str(tmp_path))
    out, err = capsys.readouterr()
    assert code == EXIT_DOWNLOAD
    assert "https://cdn.example/" in out  # the URL the user can still fetch
    assert "download of track" in err and "Traceback" not in err


# ---------------------------------------------------------------------------------------- options
def test_set_values_are_typed_by_the_spec(fake: FakeVendor, monkeypatch: pytest.MonkeyPatch) -> None:
    sent: list[dict[str, Any]] = []
    handle = fake.handle

    def recording(request: httpx.Request) -> httpx.Response:
        if request.method == "POST":
            sent.append(json.loads(request.content))
        return handle(request)

    monkeypatch.setattr(fake, "handle", recording)
    assert generate("--set", "title=2024", "--set", "seed=123", "--no-wait") == EXIT_OK
    assert sent[0]["title"] == "2024"  # a string field keeps its digits as text
    assert sent[0]["seed"] == "123"  # as the spec types seed (a string)


def test_lyrics_that_are_not_utf8_are_a_usage_error(fake: FakeVendor, tmp_path: Path) -> None:
    lyrics = tmp_path / "song.txt"
    lyrics.write_bytes(b"\xff\xfe not utf-8 \xc3")
    assert code_of(["generate", "--vendor", VENDOR, "--lyrics", str(lyrics)]) == EXIT_USAGE


def test_what_a_vendor_writes_cannot_drive_the_terminal(fake: FakeVendor, capsys: pytest.CaptureFixture[str]) -> None:
    from songspec._display import printable

    assert printable("Song\x1b]0;pwned\x07\x1b[2J") == "Song\\x1b]0;pwned\\x07\\x1b[2J"
    fake.fail_rate = 1.0
    fake.create_task(runs_for=1).fail_reason = "no\x1b[2Jway"
    fake.clock.sleep(10)
    [task_id] = list(fake.tasks)
    assert main(["status", VENDOR, task_id]) == EXIT_OK
    out = capsys.readouterr().out
    assert "\x1b" not in out and "no\\x1b[2Jway" in out  # the CLI prints it escaped


# ---------------------------------------------------------------------------------------- pipes, signals
def test_a_closed_pipe_is_not_an_error() -> None:
    songspec = Path(sys.executable).parent / "songspec"
    env = {**os.environ, "SONGSPEC_LEDGER": "off"}
    for _ in range(3):
        result = subprocess.run(
            f"'{songspec}' vendors | head -1", shell=True, capture_output=True, text=True, env=env, timeout=60
        )
        assert result.stderr == "" and result.stdout.strip()
        piped = subprocess.run(
            ["bash", "-c", f"set -o pipefail; '{songspec}' vendors | head -c1 >/dev/null"], env=env, timeout=60
        )
        assert piped.returncode == 0


class _Slow(http.server.BaseHTTPRequestHandler):
    def do_GET(self) -> None:
        time.sleep(30)

    def log_message(self, format: str, *args: object) -> None:
        return


@pytest.fixture
def slow_server() -> Iterator[str]:
    server = http.server.ThreadingHTTPServer(("127.0.0.1", 0), _Slow)
    server.daemon_threads = True
    threading.Thread(target=server.serve_forever, daemon=True).start()
    yield f"http://127.0.0.1:{server.server_address[1]}"
    server.shutdown()
    server.server_close()


def test_sigterm_ends_a_wait_with_143(slow_server: str, tmp_path: Path) -> None:
    songspec = Path(sys.executable).parent / "songspec"
    env = {**os.environ, "TTAPI_API_KEY": "k-cli-test-key", "SONGSPEC_LEDGER": str(tmp_path / "l")}
    process = subprocess.Popen(
        [str(songspec), "wait", VENDOR, "job-1", "--base-url", slow_server, "--timeout", "60"],
        env=env,
        stdout=subprocess.PIPE,
        stderr=subprocess.PIPE,
    )
    time.sleep(1.5)
    process.send_signal(signal.SIGTERM)
    assert process.wait(timeout=20) == EXIT_TERMINATED


def test_vendor_is_given_the_same_way_everywhere(fake: FakeVendor, capsys: pytest.CaptureFixture[str]) -> None:
    task = fake.create_task(runs_for=1)
    fake.clock.sleep(10)
    for argv in (["status", VENDOR, task.task_id], ["status", "--vendor", VENDOR, task.task_id]):
        assert main([*argv, "--json"]) == EXIT_OK
        assert [r["state"] for r in json.loads(capsys.readouterr().out)] == ["succeeded"]
    assert code_of(["status", "--vendor", VENDOR]) == EXIT_USAGE  # no task id


def test_a_per_vendor_base_url_variable(monkeypatch: pytest.MonkeyPatch) -> None:
    monkeypatch.setenv("SONGSPEC_SUNO_RELAY_BASE_URL", "https://relay.example")
    monkeypatch.setenv("SONGSPEC_BASE_URL", "https://other.example")
    assert Songspec("suno-relay", api_key="k").base_url == "https://relay.example"
    monkeypatch.setenv("SONGSPEC_SUNO_RELAY_BASE_URL", "http://relay.example")  # clear text: refused, named
    with pytest.raises(ConfigurationError, match="SONGSPEC_SUNO_RELAY_BASE_URL"):
        Songspec("suno-relay", api_key="k")


def test_the_shared_base_url_variable_never_moves_a_vendor_with_a_fixed_address(monkeypatch) -> None:
    # Set for a relay, SONGSPEC_BASE_URL must not send a TTAPI key to the relay's host.
    monkeypatch.setenv("SONGSPEC_BASE_URL", "https://relay.example")
    assert Songspec("suno-relay", api_key="k").base_url == "https://relay.example"
    ttapi = Songspec("ttapi-producer", api_key="k")
    assert ttapi.profile.base_url and ttapi.base_url == ttapi.profile.base_url
    monkeypatch.setenv("SONGSPEC_TTAPI_PRODUCER_BASE_URL", "https://proxy.example")  # named for it: honoured
    assert Songspec("ttapi-producer", api_key="k").base_url == "https://proxy.example"


def test_a_success_without_tracks_is_said_not_passed_over(fake: FakeVendor, capsys: pytest.CaptureFixture[str]) -> None:
    from songspec.testing import Fault, FaultPlan

    fake.faults = FaultPlan(rate=1.0, kinds=(Fault.MISSING_FIELDS,))  # every record loses its songs
    assert generate() == EXIT_OK
    assert "success but sent no tracks" in capsys.readouterr().out
