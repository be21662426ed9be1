"""A scripted vendor on a virtual clock for every vendor that has an adapter."""

from __future__ import annotations

from songspec import Songspec, VirtualClock
from songspec.testing import FakeVendor, FaultPlan
from songspec.vendors import adapter_for, vendors_with_adapters

SENTINEL_KEY = "sk-test-SENTINEL-do-not-log-4f1c"

VENDORS = vendors_with_adapters()
BATCH_VENDORS = [v for v in VENDORS if adapter_for(v).batch_operation]
CALLBACK_VENDORS = [v for v in VENDORS if adapter_for(v).callback_field]


class Rig:
    """A fake vendor and a Songspec talking to it, sharing one virtual clock."""

    def __init__(self, vendor: str, *, faults: FaultPlan | None = None, **fake_options) -> None:
        self.clock = VirtualClock()
        self.fake = FakeVendor(vendor, clock=self.clock, faults=faults, **fake_options)
        self.api = Songspec(
            vendor,
            api_key="sk-test-SENTINEL-do-not-log",
            base_url="https://vendor.test",
            transport=self.fake.transport(),
            clock=self.clock,
        )
