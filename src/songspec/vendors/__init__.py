"""One adapter per vendor API. `adapter_for(name)` finds the module named after the spec folder
(`ttapi-producer` -> songspec.vendors.ttapi_producer) and its single VendorAdapter subclass."""

from __future__ import annotations

import functools
import importlib
import inspect

from .._specs import vendor_names
from ._base import VendorAdapter

__all__ = ["VendorAdapter", "adapter_for", "adapters"]


@functools.cache
def adapter_for(vendor: str) -> VendorAdapter:
    try:
        module = importlib.import_module(f"{__name__}.{vendor.replace('-', '_')}")
    except ModuleNotFoundError:
        known = ", ".join(vendor_names())
        raise LookupError(f"unknown vendor {vendor!r} (known: {known})") from None
    [cls] = [
        obj
        for obj in vars(module).values()
        if inspect.isclass(obj)
        and issubclass(obj, VendorAdapter)
        and obj is not VendorAdapter
        and obj.__module__ == module.__name__
    ]
    return cls()


def adapters() -> list[VendorAdapter]:
    """An adapter for every vendor that has a spec."""
    return [adapter_for(name) for name in vendor_names()]
