"""The command line: exit codes, output, downloads, and no key in any output even with -v."""

from __future__ import annotations

import http.server
import json
import subprocess
import sys
import threading
from pathlib import Path

import pytest

from songspec import DownloadError, Track
from songspec._download import download_track
from songspec.cli import EXIT_TIMEOUT, EXIT_USAGE, main
from tests.rig import SENTINEL_KEY


def test_help_imports_nothing_heavy() -> None:
    # --help stays fast because the CLI module does not import httpx, a validator, yaml, a client or
    # the package metadata (read only for --version); that is what is asserted here (speed itself is
    # never asserted in a test).
    heavy = "('httpx', 'jsonschema', 'jsonschema_rs', 'yaml', 'importlib.metadata', 'songspec.clients.ttapi_producer')"
    code = (
        f"import sys, songspec.cli; songspec.cli.build_parser(); print(sorted(m for m in {heavy} if m in sys.modules))"
    )
    out = subprocess.run([sys.executable, "-c", code], capture_output=True, text=True, check=True).stdout
    assert out.strip() == "[]"
    assert subprocess.run([sys.executable, "-m", "songspec.cli", "--help"], capture_output=True).returncode == 0


def test_vendors_json_gives_a_relays_base_urls_as_an_empty_list(capsys: pytest.CaptureFixture[str]) -> None:
    # The spec has no server: no placeholder dressed as a URL; the text output says what to do.
    assert main(["vendors", "--json"]) == 0
    relay = next(r for r in json.loads(capsys.readouterr().out) if r["vendor"] == "suno-relay")
    assert relay["base_urls"] == []
    assert main(["vendors"]) == 0
    assert "yours: --base-url or SONGSPEC_BASE_URL" in capsys.readouterr().out


def test_usage_error_exits_2(capsys: pytest.CaptureFixture[str]) -> None:
    with pytest.raises(SystemExit) as raised:
        main(["generate", "--vendor", "ttapi-producer"])  # neither --prompt nor --lyrics
    assert raised.value.code == 2


def test_vendors_lists_every_spec(capsys: pytest.CaptureFixture[str]) -> None:
    assert main(["vendors", "--json"]) == 0
    rows = json.loads(capsys.readouterr().out)
    ttapi = next(r for r in rows if r["vendor"] == "ttapi-producer")
    assert ttapi["api_key_env"] == "TTAPI_API_KEY"
    assert ttapi["counts"]["confirmed"] == len(ttapi["operations"]) == 13


def test_generate_against_the_mock_prints_the_track_and_never_the_key(monkeypatch, capfd) -> None:
    from songspec import PrismMock

    monkeypatch.setenv("TTAPI_API_KEY", SENTINEL_KEY)
    with PrismMock("ttapi-producer") as mock:
        code = main(
            ["-v", "generate", "--vendor", "ttapi-producer", "--base-url", mock.url, "--prompt", "lo-fi", "--json"]
        )
    out, err = capfd.readouterr()
    assert code == 0, err[-2000:]
    [result] = json.loads(out)  # --json is always a list
    assert result["state"] == "succeeded" and result["tracks"][0]["audio_url"] == "https://audio_url"
    assert "DEBUG" in err  # verbose logging really ran
    assert SENTINEL_KEY not in out + err


@pytest.mark.parametrize(("vendor", "songs"), [("ttapi-suno", 1), ("ccapi-suno", 2), ("acedata-suno", 2)])
def test_generate_against_each_suno_mock_reaches_its_songs(vendor: str, songs: int, monkeypatch, capfd) -> None:
    # Prism serves each operation's first documented example: a submit's id, then a finished task
    # (AceData's record shows another id than the one submitted: a `retrieve` answer is about the
    # id asked for). The CCAPI Suno MUSIC path and body are inferred.
    from songspec import PrismMock
    from songspec.vendors import get_vendor

    monkeypatch.setenv(get_vendor(vendor).profile.key_env, SENTINEL_KEY)
    with PrismMock(vendor) as mock:
        argv = [
            "generate",
            "--vendor",
            vendor,
            "--base-url",
            mock.url,
            "--prompt",
            "lo-fi",
            "--json",
            "--timeout",
            "60",
        ]
        code = main(argv)
    out, err = capfd.readouterr()
    assert code == 0, err[-2000:]
    [result] = json.loads(out)  # --json is always a list
    assert result["state"] == "succeeded" and len(result["tracks"]) == songs
    assert all(track["audio_url"].startswith("https://cdn1.suno.ai/") for track in result["tracks"])
    assert SENTINEL_KEY not in out + err


def test_timeout_exits_4_and_prints_the_ids_to_resume(monkeypatch, capsys) -> None:
    import songspec._client as client_module

    monkeypatch.setenv("TTAPI_API_KEY", "k")

    def never_finishes(self, tasks, **kwargs):
        from songspec import WaitTimeoutError

        raise WaitTimeoutError(vendor="ttapi-producer", task_ids=list(tasks), last={}, waited=1.0)

    monkeypatch.setattr(client_module.Songspec, "wait_many", never_finishes)
    assert main(["wait", "ttapi-producer", "job-a", "job-b", "--timeout", "1"]) == EXIT_TIMEOUT
    assert capsys.readouterr().out.split() == ["job-a", "job-b"]


class _Audio(http.server.BaseHTTPRequestHandler):
    body = b"ID3" + b"\0" * 5000

    def do_GET(self) -> None:
        self.send_response(200)
        self.send_header("Content-Length", str(len(self.body)))
        self.end_headers()
        self.wfile.write(self.body)

    def log_message(self, *args) -> None:
        return


@pytest.fixture
def audio_server():
    server = http.server.ThreadingHTTPServer(("127.0.0.1", 0), _Audio)
    threading.Thread(target=server.serve_forever, daemon=True).start()
    yield f"http://127.0.0.1:{server.server_address[1]}"
    server.shutdown()
    server.server_close()


def test_download_is_atomic_and_capped(audio_server: str, tmp_path: Path) -> None:
    track = Track(id="m1", title="My Song", audio_url=f"{audio_server}/song.mp3")
    saved = download_track(track, tmp_path)
    assert saved.read_bytes() == _Audio.body and saved.name.endswith(".mp3")
    with pytest.raises(DownloadError, match="cap"):
        download_track(Track(id="m2", audio_url=f"{audio_server}/big.mp3"), tmp_path / "capped", max_bytes=100)
    assert list((tmp_path / "capped").iterdir()) == []  # no partial file left behind


@pytest.mark.parametrize("url", ["http://cdn.example.com/a.mp3", "ftp://cdn.example.com/a.mp3", "file:///etc/passwd"])
def test_download_refuses_insecure_urls(url: str, tmp_path: Path) -> None:
    with pytest.raises(DownloadError, match="HTTPS only"):
        download_track(Track(id="x", audio_url=url), tmp_path)
    assert not any(tmp_path.iterdir())


@pytest.mark.parametrize(("stop", "code"), [("SIGINT", 130), ("SIGTERM", 143)])
def test_mock_serves_on_loopback_until_stopped_and_leaves_nothing_running(stop: str, code: int) -> None:
    import signal

    import httpx

    process = subprocess.Popen(
        [sys.executable, "-m", "songspec.cli", "mock", "ttapi-producer"], stdout=subprocess.PIPE, text=True
    )
    try:
        url = process.stdout.readline().strip()
        assert url.startswith("http://127.0.0.1:")
        answer = httpx.get(f"{url}/producer/v1/fetch", params={"jobId": "x"}, headers={"TT-API-KEY": "k"})
        assert answer.status_code == 200 and answer.json()["status"] == "SUCCESS"
        process.send_signal(getattr(signal, stop))
        assert process.wait(timeout=30) == code
        with pytest.raises(httpx.ConnectError):
            httpx.get(url)  # Prism was stopped with the command
    finally:
        if process.poll() is None:
            process.kill()


def test_tasks_and_resume_finish_what_was_left(monkeypatch, capsys) -> None:
    from songspec import PrismMock

    monkeypatch.setenv("TTAPI_API_KEY", "k")
    with PrismMock("ttapi-producer") as mock:
        base = ["--vendor", "ttapi-producer", "--base-url", mock.url]
        assert main(["generate", *base, "--prompt", "lo-fi", "--no-wait"]) == 0  # the process "dies" here
        capsys.readouterr()
        assert main(["tasks", "--state", "unfinished", "--json"]) == 0
        [entry] = json.loads(capsys.readouterr().out)
        assert entry["state"] == "accepted" and entry["vendor"] == "ttapi-producer" and entry["task_id"]
        assert main(["resume", "--json"]) == 0  # the base URL comes from the ledger
        out = capsys.readouterr().out
    assert [r["state"] for r in json.loads(out)] == ["succeeded"]
    assert main(["tasks", "--state", "unfinished", "--json"]) == 0
    assert json.loads(capsys.readouterr().out) == []
    assert main(["resume"]) == 0 and "nothing to resume" in capsys.readouterr().err


def test_version_and_bare_songspec_print_and_exit_0(capsys) -> None:
    with pytest.raises(SystemExit) as raised:
        main(["--version"])
    assert raised.value.code == 0 and capsys.readouterr().out.startswith("songspec ")
    assert main([]) == 0 and "usage: songspec" in capsys.readouterr().out


def test_mock_without_prism_says_how_to_get_it(monkeypatch, capsys, tmp_path: Path) -> None:
    import songspec._mock as mock_module

    monkeypatch.setattr(mock_module, "_REPO_ROOT", tmp_path)  # as from an installed wheel
    monkeypatch.setenv("PATH", str(tmp_path))
    assert main(["mock", "ttapi-producer"]) == EXIT_USAGE
    err = capsys.readouterr().err
    assert "npm install -g @stoplight/prism-cli" in err and "Traceback" not in err


def test_completion_scripts_offer_the_commands_and_vendors(capsys) -> None:
    assert main(["completion", "bash"]) == 0
    bash = capsys.readouterr().out
    probe = (
        bash
        + 'COMP_WORDS=(songspec gen); COMP_CWORD=1; _songspec; echo "${COMPREPLY[@]}"\n'
        + 'COMP_WORDS=(songspec generate --vendor ttapi-p); COMP_CWORD=3; _songspec; echo "${COMPREPLY[@]}"\n'
    )
    out = subprocess.run(["bash", "-c", probe], capture_output=True, text=True, timeout=30).stdout.splitlines()
    assert out == ["generate", "ttapi-producer"]
    for shell in ("zsh", "fish"):
        assert main(["completion", shell]) == 0
        text = capsys.readouterr().out
        assert "generate" in text and "suno-relay" in text
