"""Downloads never lose the result and never downgrade: redirects are followed only to HTTPS (or
loopback HTTP), a partial file is resumed where the server honours Range, files are 0644."""

from __future__ import annotations

import http.server
import os
import threading
from collections.abc import Iterator
from pathlib import Path

import pytest

from songspec import DownloadError, Track
from songspec._download import download_track

BODY = bytes(range(256)) * 40  # 10 KiB
served: list[str] = []


class _Server(http.server.BaseHTTPRequestHandler):
    def do_GET(self) -> None:
        served.append(f"{self.path} {self.headers.get('Range') or ''}".strip())
        if self.path == "/to-local":
            self._redirect("/song.mp3")
        elif self.path == "/to-plain-http":
            self._redirect("http://cdn.invalid/song.mp3")  # never contacted: refused before
        elif self.path == "/loop":
            self._redirect("/loop")
        elif self.path == "/song.mp3":
            start = int((self.headers.get("Range") or "bytes=0-")[6:].split("-")[0] or 0)
            self.send_response(206 if start else 200)
            self.send_header("Content-Length", str(len(BODY) - start))
            self.end_headers()
            self.wfile.write(BODY[start:])
        else:
            self.send_response(404)
            self.end_headers()

    def _redirect(self, location: str) -> None:
        self.send_response(302)
        self.send_header("Location", location)
        self.send_header("Content-Length", "0")
        self.end_headers()

    def log_message(self, format: str, *args: object) -> None:
        return


@pytest.fixture
def server() -> Iterator[str]:
    httpd = http.server.ThreadingHTTPServer(("127.0.0.1", 0), _Server)
    threading.Thread(target=httpd.serve_forever, daemon=True).start()
    served.clear()
    yield f"http://127.0.0.1:{httpd.server_address[1]}"
    httpd.shutdown()
    httpd.server_close()


def test_a_redirect_is_followed_and_the_file_is_world_readable(server: str, tmp_path: Path) -> None:
    old = os.umask(0o022)
    try:
        saved = download_track(Track(id="t1", title="Song", audio_url=f"{server}/to-local"), tmp_path)
    finally:
        os.umask(old)
    assert saved.read_bytes() == BODY and served == ["/to-local", "/song.mp3"]
    assert saved.stat().st_mode & 0o777 == 0o644


def test_a_redirect_to_plain_http_elsewhere_is_refused(server: str, tmp_path: Path) -> None:
    with pytest.raises(DownloadError, match="HTTPS only"):
        download_track(Track(id="t1", audio_url=f"{server}/to-plain-http"), tmp_path)
    assert served == ["/to-plain-http"]


def test_endless_redirects_end(server: str, tmp_path: Path) -> None:
    with pytest.raises(DownloadError, match="redirects"):
        download_track(Track(id="t1", audio_url=f"{server}/loop"), tmp_path)


def test_a_partial_file_is_resumed_with_a_range(server: str, tmp_path: Path) -> None:
    track = Track(id="t1", title="Song", audio_url=f"{server}/song.mp3")
    first = download_track(track, tmp_path)
    partial = tmp_path / f".{first.name}.part"
    first.unlink()
    partial.write_bytes(BODY[:4000])  # what an interrupted try left
    served.clear()
    saved = download_track(track, tmp_path)
    assert saved.read_bytes() == BODY and served == ["/song.mp3 bytes=4000-"]
    assert not partial.exists()


def test_a_failed_download_is_a_download_error_naming_the_track(tmp_path: Path) -> None:
    with pytest.raises(DownloadError) as raised:
        download_track(Track(id="t9", audio_url="http://127.0.0.1:1/song.mp3"), tmp_path)  # refused at once
    assert raised.value.track_id == "t9" and "ConnectError" in str(raised.value)
