"""Find and read the bundled OpenAPI descriptions (generated/openapi/<vendor>.yaml).

In a source checkout they are read from generated/openapi/; in an installed wheel they ship inside
the package as songspec/_specs/ (see pyproject.toml).
"""

from __future__ import annotations

import functools
from importlib import resources
from pathlib import Path
from typing import Any

_CHECKOUT_DIR = Path(__file__).resolve().parents[2] / "generated" / "openapi"


def specs_dir() -> Path:
    if _CHECKOUT_DIR.is_dir():
        return _CHECKOUT_DIR
    return Path(str(resources.files("songspec") / "_specs"))


def vendor_names() -> list[str]:
    """Every vendor with a bundled spec, e.g. ['acedata-producer', ..., 'ttapi-producer']."""
    return sorted(p.stem for p in specs_dir().glob("*.yaml"))


def spec_path(vendor: str) -> Path:
    path = specs_dir() / f"{vendor}.yaml"
    if not path.is_file():
        known = ", ".join(vendor_names()) or "none"
        raise LookupError(f"no API description for vendor {vendor!r} (known: {known})")
    return path


@functools.cache
def load_spec(vendor: str) -> dict[str, Any]:
    """The bundled spec as a dict (cached; treat it as read-only)."""
    import yaml  # deferred: keeps `songspec --help` fast

    return yaml.safe_load(spec_path(vendor).read_text(encoding="utf-8"))


def without_callbacks(spec: dict[str, Any]) -> dict[str, Any]:
    """A copy with every `callbacks` and `webhooks` removed.

    Prism performs declared callbacks for real, POSTing to whatever URL a request body names; under
    fuzzing that could be any address. The copy handed to a mock server must never have them.
    """

    def strip(node: Any) -> Any:
        if isinstance(node, dict):
            return {k: strip(v) for k, v in node.items() if k not in ("callbacks", "webhooks")}
        if isinstance(node, list):
            return [strip(v) for v in node]
        return node

    return strip(spec)


def package_name(vendor: str) -> str:
    """The generated client package for a vendor: the folder name with '_' for '-' (enforced by
    scripts/generate.py), e.g. 'ttapi-producer' -> 'ttapi_producer'."""
    return vendor.replace("-", "_")
