"""The checks on what a caller hands songspec before anything is sent: the key, the base URL, and
values a JSON body cannot or should not carry. One place, so every entry point (Songspec,
AsyncSongspec, client_for, the CLI) refuses the same things with the same words."""

from __future__ import annotations

import ipaddress
import math
from collections.abc import Iterator
from typing import Any
from urllib.parse import urlsplit

from ._errors import ConfigurationError


def is_loopback(host: str) -> bool:
    if host == "localhost":
        return True
    try:
        return ipaddress.ip_address(host.strip("[]")).is_loopback
    except ValueError:
        return False


def is_https_or_loopback(url: str) -> bool:
    """HTTPS, or plain HTTP to this machine only: what songspec sends a key to or downloads from."""
    parts = urlsplit(url)
    return parts.scheme == "https" or (parts.scheme == "http" and is_loopback(parts.hostname or ""))


def url_host(host: str) -> str:
    """A host as it is written in a URL: an IPv6 address in brackets."""
    return f"[{host}]" if ":" in host else host


def check_key(key: str, where: str) -> str:
    """The key as it will be sent: surrounding whitespace (a newline from a file) is dropped; inner
    whitespace, control characters or non-ASCII cannot travel in a header and are refused, naming
    `where` the key came from but never the key."""
    key = key.strip()
    if not key:
        raise ConfigurationError(f"the API key from {where} is empty")
    if not key.isascii() or not key.isprintable() or any(c.isspace() for c in key):
        raise ConfigurationError(f"the API key from {where} has spaces, control or non-ASCII characters; copy it again")
    return key


def check_base_url(url: str, where: str) -> str:
    """HTTPS, or plain HTTP to this machine only (a mock or the sandbox): the key must never travel
    in clear text. No user:password@ (it would show in logs and reprs; the key is the credential)."""
    parts = urlsplit(url.strip())
    if parts.scheme not in ("http", "https") or not parts.hostname:
        raise ConfigurationError(f"{where} must be an https:// URL with a host, not {url!r}")
    if parts.username or parts.password:
        raise ConfigurationError(f"{where} must not carry user:password@; the API key is the credential")
    if not is_https_or_loopback(url.strip()):
        raise ConfigurationError(
            f"{where} is plain http:// to {parts.hostname}: the key would travel in clear text; use https://"
        )
    return url.strip().rstrip("/")


def non_json_values(value: Any, path: str = "body") -> Iterator[str]:
    """'where: what' for each value a JSON body cannot carry: NaN and infinities (range checks let
    them pass), a datetime, bytes, a set, a non-string key. Reported before the schema check, which
    cannot say where such a value sits."""
    if isinstance(value, float) and not math.isfinite(value):
        yield f"{path}: NaN and infinity are not numbers JSON can carry"
    elif value is None or isinstance(value, (str, bool, int, float)):
        return
    elif isinstance(value, dict):
        for key, item in value.items():
            if not isinstance(key, str):
                yield f"{path}: the key {key!r} is a {type(key).__name__}; JSON object keys are strings"
            else:
                yield from non_json_values(item, f"{path}/{key}")
    elif isinstance(value, (list, tuple)):
        for index, item in enumerate(value):
            yield from non_json_values(item, f"{path}/{index}")
    else:
        yield f"{path}: a {type(value).__name__} is not a JSON value; convert it (to a string or a number)"


def is_web_uri(value: object) -> bool:
    """`format: uri` for what we send: an absolute http(s) URL with a host (not file:, not data:)."""
    if not isinstance(value, str):
        return True  # the type check reports it
    parts = urlsplit(value)
    return parts.scheme in ("http", "https") and bool(parts.hostname)
