"""The vendors songspec wraps: an explicit registry of vendor name -> codec.

A vendor is its spec (facts read by `_profile.py`: base URL, auth, key variable, operations), a
codec (how its answers read: one file here per wire format or vendor) and a simulator for tests
(`songspec.testing.simulators`, one per wire format). Adding a vendor that speaks a known wire
format is one spec folder, fixtures and one line below.
"""

from __future__ import annotations

import functools
import importlib
from typing import TYPE_CHECKING, Any

from .._errors import ConfigurationError
from ._profile import VendorProfile, read_profile

if TYPE_CHECKING:
    from ._codec import Codec
    from ._vendor import Vendor

REGISTRY: dict[str, str] = {
    "acedata-producer": "acedata_producer:AceDataProducerCodec",
    "ccapi-producer": "ccapi_producer:CCAPIProducerCodec",
    "ccapi-suno": "suno_relay:SunoRelayCodec",
    "deerapi-suno": "suno_relay:SunoRelayCodec",
    "suno-relay": "suno_relay:SunoRelayCodec",
    "ttapi-producer": "ttapi_producer:TTAPIProducerCodec",
    "ttapi-suno": "ttapi_suno:TTAPISunoCodec",
}
"""Every vendor the wrapper drives: the spec folder name (specs/<name>/) -> its codec class, as
"module:Class" in this package (imported on first use, so `songspec --help` stays fast)."""

__all__ = ["REGISTRY", "Codec", "Vendor", "VendorProfile", "get_vendor", "vendor_names"]


def vendor_names() -> list[str]:
    return sorted(REGISTRY)


@functools.cache
def get_vendor(name: str) -> Vendor:
    """The vendor named `name`; ConfigurationError naming the known ones otherwise."""
    where = REGISTRY.get(name)
    if where is None:
        known = ", ".join(vendor_names())
        raise ConfigurationError(f"unknown vendor {name!r}; known vendors: {known}")
    from ._vendor import Vendor  # deferred with httpx: `songspec vendors` reads profiles only

    module, _, class_name = where.partition(":")
    codec: type[Codec] = getattr(importlib.import_module(f"{__name__}.{module}"), class_name)
    profile = read_profile(name)
    return Vendor(profile, codec(profile))


def __getattr__(name: str) -> Any:
    if name in ("Codec", "Vendor"):
        module = importlib.import_module(f"{__name__}._{name.lower()}")
        return getattr(module, name)
    raise AttributeError(f"module {__name__!r} has no attribute {name!r}")
