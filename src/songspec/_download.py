"""Download a track's audio safely: HTTPS only (plain HTTP only to this machine), on every redirect
too; a size cap; an atomic write (a `.part` file in the target folder, renamed when complete, so an
interrupted download never leaves a truncated file under the final name); a partial file resumed
where the server supports ranges; files created like any other download (0666 less the umask: 0644 with the usual 022).
Every failure is a DownloadError naming the track: the result itself is never lost to it."""

from __future__ import annotations

import os
import re
from pathlib import Path
from urllib.parse import urljoin, urlsplit

import httpx

from ._checks import is_https_or_loopback
from ._errors import DownloadError
from ._types import Track

DEFAULT_MAX_BYTES = 200 * 1024 * 1024
MAX_REDIRECTS = 5


def check_url(url: str, track_id: str = "") -> None:
    if is_https_or_loopback(url):
        return
    raise DownloadError(
        f"refusing to download from {urlsplit(url).scheme or 'a'} URL {url!r}: HTTPS only", track_id=track_id, url=url
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
    if max_bytes <= 0:
        raise DownloadError(f"the size cap must be positive, not {max_bytes}", track_id=track.id, url=None)
    if not track.audio_url:
        raise DownloadError(f"track {track.id} has no audio URL", track_id=track.id, url=None)
    check_url(track.audio_url, track.id)
    folder = Path(directory)
    target = folder / _file_name(track, track.audio_url)
    partial = folder / f".{target.name}.part"
    owned = client is None
    http = client or httpx.Client(follow_redirects=False, timeout=httpx.Timeout(60.0, connect=10.0))
    try:
        folder.mkdir(parents=True, exist_ok=True)
        _fetch(http, track, partial, max_bytes)
        os.replace(partial, target)
        return target
    except httpx.HTTPError as exc:
        raise DownloadError(
            f"{track.audio_url}: {type(exc).__name__}: {exc}", track_id=track.id, url=track.audio_url
        ) from None
    except OSError as exc:
        raise DownloadError(
            f"cannot write {target}: {exc.strerror or exc}", track_id=track.id, url=track.audio_url
        ) from None
    finally:
        if owned:
            http.close()


def _fetch(http: httpx.Client, track: Track, partial: Path, max_bytes: int) -> None:
    """Into `partial`, resuming what an earlier try left where the server honours Range."""
    url = str(track.audio_url)
    have = partial.stat().st_size if partial.exists() else 0
    for _ in range(MAX_REDIRECTS + 1):
        headers = {"Range": f"bytes={have}-"} if have else {}
        with http.stream("GET", url, headers=headers) as response:
            if response.is_redirect:
                url = urljoin(url, response.headers.get("location", ""))
                check_url(url, track.id)  # a redirect may not downgrade to plain HTTP
                continue
            if response.status_code == 416 and have:  # the part file is already whole
                return
            response.raise_for_status()
            resuming = have and response.status_code == 206
            declared = int(response.headers.get("content-length") or 0) + (have if resuming else 0)
            if declared > max_bytes:
                raise DownloadError(f"{url} is {declared} bytes, over the {max_bytes} cap", track_id=track.id, url=url)
            written = have if resuming else 0
            with partial.open("ab" if resuming else "wb") as out:
                for chunk in response.iter_bytes():
                    written += len(chunk)
                    if written > max_bytes:
                        break
                    out.write(chunk)
            if written > max_bytes:
                partial.unlink()  # never resumable: nothing is kept
                raise DownloadError(f"{url} is over the {max_bytes}-byte cap", track_id=track.id, url=url)
            return
    raise DownloadError(f"{track.audio_url}: more than {MAX_REDIRECTS} redirects", track_id=track.id, url=url)
