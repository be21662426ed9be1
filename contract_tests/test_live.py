"""Opt-in live mode: free, read-only calls against the real vendors.

Off unless SONGSPEC_LIVE=1, and per vendor only when its key variable is set (see
`songspec vendors`); suno-relay also needs SONGSPEC_SUNO_RELAY_BASE_URL. The only call made is the
vendor's task fetch for an id that cannot exist: free at every vendor, creates nothing, charges
nothing. The answer must parse through the generated client and match the spec's declared schema
for its status. Keys are read from the environment and never printed.
"""

from __future__ import annotations

import os

import httpx
import pytest

from contract_tests.specs import operation
from songspec._exchange import send
from songspec._specs import schema_validator
from songspec.vendors import get_vendor, vendor_names

pytestmark = pytest.mark.skipif(os.environ.get("SONGSPEC_LIVE") != "1", reason="live mode is opt-in: SONGSPEC_LIVE=1")

PROBE_ID = "songspec-live-probe-0000000000000000"


@pytest.mark.parametrize("vendor", vendor_names())
def test_fetching_an_unknown_task_answers_as_the_spec_says(vendor: str) -> None:
    spec_vendor = get_vendor(vendor)
    key = os.environ.get(spec_vendor.profile.key_env)
    base_url = os.environ.get(f"SONGSPEC_{vendor.upper().replace('-', '_')}_BASE_URL") or spec_vendor.profile.base_url
    if not key or not base_url:
        pytest.skip(f"{vendor}: set {spec_vendor.profile.key_env}" + ("" if base_url else " and its base URL variable"))
    client = spec_vendor.client(key, base_url=base_url, timeout=httpx.Timeout(30.0))
    call = spec_vendor.fetch_call(PROBE_ID)
    exchange = send(client, call)
    assert exchange.status is not None, f"no answer from {vendor}: {exchange.transport_error}"
    assert exchange.json_error is None, f"{vendor} answered HTTP {exchange.status} with unreadable JSON"
    assert exchange.parse_error is None, (
        f"the generated client could not parse {vendor}'s answer: {exchange.parse_error}"
    )
    schema = operation(vendor, call.operation).response_schema(exchange.status)
    assert schema is not None, (
        f"{vendor} answered {exchange.status}, which the spec does not declare for {call.operation}"
    )
    schema_validator(vendor, schema).validate(exchange.json)
    assert spec_vendor.codec.fetch_results(exchange, [PROBE_ID]).get(PROBE_ID) is None or not exchange.ok
