"""Download a track's audio safely: HTTPS only (plain HTTP only to this machine), a size cap, and an
atomic write (a temporary name in the target folder, renamed when complete), so an interrupted
download never leaves a truncated file under the final name."""

from __future__ import annotations

import ipaddress
import os
import re
import tempfile
from pathlib import Path
from urllib.parse import urlsplit

import httpx

from ._errors import DownloadError
from ._types import Track

DEFAULT_MAX_BYTES = 200 * 1024 * 1024


def _is_loopback(host: str) -> bool:
    if host == "localhost":
        return True
    try:
        return ipaddress.ip_address(host).is_loopback
    except ValueError:
        return False


def check_url(url: str, track_id: str = "") -> None:
    parts = urlsplit(url)
    if parts.scheme == "https" or (parts.scheme == "http" and _is_loopback(parts.hostname or "")):
        return
    raise DownloadError(
        f"refusing to download from {parts.scheme or 'a'} URL {url!r}: HTTPS only", track_id=track_id, url=url
    )


def _file_name(track: Track, url: str) -> str:
    suffix = Path(urlsplit(url).path).suffix[:8] or ".audio"
    stem = re.sub(r"[^\w.-]+", "_", (track.title or "track").strip())[:60].strip("._") or "track"
    track_id = re.sub(r"[^\w-]+", "_", track.id)[:40]
    return f"{stem}-{track_id}{suffix}"


def download_track(
    track: Track,
    directory: str | os.PathLike[str],
    *,
    max_bytes: int = DEFAULT_MAX_BYTES,
    client: httpx.Client | None = None,
) -> Path:
    if not track.audio_url:
        raise DownloadError(f"track {track.id} has no audio URL", track_id=track.id, url=None)
    check_url(track.audio_url, track.id)
    folder = Path(directory)
    folder.mkdir(parents=True, exist_ok=True)
    target = folder / _file_name(track, track.audio_url)
    owned = client is None
    http = client or httpx.Client(follow_redirects=False, timeout=httpx.Timeout(60.0, connect=10.0))
    handle, temporary = tempfile.mkstemp(prefix=f".{target.name}.", suffix=".part", dir=folder)
    try:
        with os.fdopen(handle, "wb") as out, http.stream("GET", track.audio_url) as response:
            response.raise_for_status()
            declared = int(response.headers.get("content-length") or 0)
            if declared > max_bytes:
                raise DownloadError(
                    f"{track.audio_url} is {declared} bytes, over the {max_bytes} cap",
                    track_id=track.id,
                    url=track.audio_url,
                )
            written = 0
            for chunk in response.iter_bytes():
                written += len(chunk)
                if written > max_bytes:
                    raise DownloadError(
                        f"{track.audio_url} is over the {max_bytes}-byte cap", track_id=track.id, url=track.audio_url
                    )
                out.write(chunk)
        os.replace(temporary, target)
        return target
    finally:
        if os.path.exists(temporary):
            os.unlink(temporary)
        if owned:
            http.close()
