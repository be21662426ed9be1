"""One adapter per vendor API. `adapter_for(name)` finds the module named after the spec folder
(`ttapi-producer` -> songspec.vendors.ttapi_producer) and its single VendorAdapter subclass."""

from __future__ import annotations

import functools
import importlib
import importlib.util
import inspect

from .._specs import vendor_names
from ._base import VendorAdapter

__all__ = ["VendorAdapter", "adapter_for", "adapters", "vendors_with_adapters"]


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


def vendors_with_adapters() -> list[str]:
    """The vendors that have both a spec and an adapter module."""
    return [name for name in vendor_names() if importlib.util.find_spec(f"{__name__}.{name.replace('-', '_')}")]


def adapters() -> list[VendorAdapter]:
    """An adapter for every vendor that has one."""
    return [adapter_for(name) for name in vendors_with_adapters()]
