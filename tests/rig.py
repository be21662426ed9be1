"""A scripted vendor on a virtual clock for every vendor that has an adapter."""

from __future__ import annotations

import json
from collections.abc import Callable
from pathlib import Path
from typing import Any

import httpx

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


FIXTURES = Path(__file__).resolve().parent.parent / "contract_tests" / "fixtures"


def fixture_loader(vendor: str) -> Callable[[str], dict[str, Any]]:
    """fixture(name) -> the documented payload file contract_tests/fixtures/<vendor>/<name>.json."""

    def fixture(name: str) -> dict[str, Any]:
        return json.loads((FIXTURES / vendor / f"{name}.json").read_text(encoding="utf-8"))

    return fixture


def transport_answering(*bodies: tuple[int, Any], seen: list[httpx.Request] | None = None) -> httpx.MockTransport:
    """A transport that answers with (status, json) in turn, repeating the last; records requests in `seen`."""
    queue = list(bodies)

    def handle(request: httpx.Request) -> httpx.Response:
        if seen is not None:
            seen.append(request)
        status, payload = queue.pop(0) if len(queue) > 1 else queue[0]
        return httpx.Response(status, json=payload)

    return httpx.MockTransport(handle)


def assert_matches_response(vendor: str, operation_id: str, payload: Any, status: int = 200) -> None:
    """The payload satisfies the spec's response schema for that operation and status."""
    from contract_tests.specs import operation
    from songspec._specs import schema_validator

    schema = operation(vendor, operation_id).response_schema(status)
    assert schema is not None, f"{vendor} {operation_id} declares no JSON body for {status}"
    errors = list(schema_validator(vendor, schema).iter_errors(payload))
    assert not errors, [e.message for e in errors[:3]]
