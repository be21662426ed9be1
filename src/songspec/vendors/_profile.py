"""A vendor's facts, read from its bundled spec and written nowhere else.

| fact | where in the spec |
|---|---|
| base URLs | `servers` (a templated URL such as `{baseUrl}` means the user supplies it) |
| auth header and prefix | the `securitySchemes` entry named by `security` (apiKey: its header, no prefix; http bearer: `Authorization: Bearer`) |
| key variable | `x-songspec-key-env` on that security scheme |
| submit / fetch / batch-fetch operations | `x-songspec-role` on the operations |
| batch limit | `x-songspec-batch-limit` on the batch-fetch operation |
| prompt and lyrics fields | `x-songspec-prompt-field` / `x-songspec-lyrics-field` on the submit operation |
| callback field | the key of the submit operation's `callbacks` (it names the request field) |

The wrapper, the CLI, `songspec vendors`, the docs and the tests all read these through
`VendorProfile`; specs/README.md documents the extensions.
"""

from __future__ import annotations

import functools
from dataclasses import dataclass
from typing import Any

from .._specs import iter_operations, load_spec, package_name

DEFAULT_BATCH_LIMIT = 100


class SpecFactError(LookupError):
    """A spec lacks a fact the wrapper needs (a bug in specs/, caught by the tests)."""


@dataclass(frozen=True)
class VendorProfile:
    name: str
    """The spec folder name, e.g. "ttapi-producer"."""
    title: str
    package: str
    """The generated client package, e.g. "songspec.clients.ttapi_producer"."""
    base_urls: tuple[str, ...]
    """Fixed servers, first the default; () when the user must supply one (relay resellers)."""
    auth_header: str
    auth_prefix: str
    """"Bearer", or "" when the key is sent as is."""
    key_env: str
    submit_operation: str
    fetch_operation: str
    batch_operation: str | None
    batch_limit: int
    callback_field: str | None
    prompt_field: str
    lyrics_field: str | None

    @property
    def base_url(self) -> str | None:
        return self.base_urls[0] if self.base_urls else None

    @property
    def auth_text(self) -> str:
        if self.auth_prefix:
            return f"`{self.auth_header}: {self.auth_prefix} <key>`"
        return f"header `{self.auth_header}: <key>` (no prefix)"


def _roles(operation: dict[str, Any]) -> list[str]:
    roles = operation.get("x-songspec-role", [])
    return [roles] if isinstance(roles, str) else list(roles)


def _auth(spec: dict[str, Any], vendor: str) -> tuple[str, str, str]:
    schemes = spec.get("components", {}).get("securitySchemes", {})
    for requirement in spec.get("security", []):
        for name in requirement:
            scheme = schemes[name]
            key_env = scheme.get("x-songspec-key-env")
            if not key_env:
                raise SpecFactError(f"{vendor}: security scheme {name} has no x-songspec-key-env")
            if scheme["type"] == "apiKey" and scheme.get("in") == "header":
                return scheme["name"], "", key_env
            if scheme["type"] == "http" and scheme.get("scheme", "").lower() == "bearer":
                return "Authorization", "Bearer", key_env
            raise SpecFactError(f"{vendor}: security scheme {name} is neither a header key nor bearer")
    raise SpecFactError(f"{vendor}: the spec declares no security requirement")


@functools.cache
def read_profile(vendor: str) -> VendorProfile:
    spec = load_spec(vendor)
    by_role: dict[str, dict[str, Any]] = {}
    for _path, _method, operation in iter_operations(vendor):
        for role in _roles(operation):
            if role in by_role:
                raise SpecFactError(f"{vendor}: two operations have x-songspec-role {role}")
            by_role[role] = operation
    for needed in ("submit", "fetch"):
        if needed not in by_role:
            raise SpecFactError(f"{vendor}: no operation has x-songspec-role {needed}")
    submit, batch = by_role["submit"], by_role.get("batch-fetch")
    callbacks = sorted(submit.get("callbacks", {}))
    header, prefix, key_env = _auth(spec, vendor)
    return VendorProfile(
        name=vendor,
        title=spec["info"]["title"],
        package=package_name(vendor),
        base_urls=tuple(s["url"] for s in spec.get("servers", []) if "{" not in s["url"]),
        auth_header=header,
        auth_prefix=prefix,
        key_env=key_env,
        submit_operation=submit["operationId"],
        fetch_operation=by_role["fetch"]["operationId"],
        batch_operation=batch["operationId"] if batch else None,
        batch_limit=int(batch.get("x-songspec-batch-limit", DEFAULT_BATCH_LIMIT)) if batch else DEFAULT_BATCH_LIMIT,
        callback_field=callbacks[0] if callbacks else None,
        prompt_field=submit.get("x-songspec-prompt-field", "prompt"),
        lyrics_field=submit.get("x-songspec-lyrics-field"),
    )
