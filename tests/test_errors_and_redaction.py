"""Vendor errors map onto one short hierarchy, and the API key never shows up anywhere."""

from __future__ import annotations

import logging

import httpx
import pytest

from songspec import (
    AuthenticationError,
    InsufficientBalanceError,
    OutcomeUnknownError,
    RateLimitedError,
    ServerError,
    Songspec,
    WaitTimeoutError,
    client_for,
)
from songspec._errors import error_for_status
from songspec.testing import FaultPlan
from tests.rig import SENTINEL_KEY, Rig


@pytest.mark.parametrize(
    ("status", "expected"),
    [
        (401, AuthenticationError),
        (403, AuthenticationError),
        (402, InsufficientBalanceError),
        (429, RateLimitedError),
        (499, ServerError),
        (500, ServerError),
        (520, ServerError),
        (522, ServerError),
    ],
)
def test_status_codes_map_to_the_hierarchy(status: int, expected: type) -> None:
    assert type(error_for_status(status, "x", vendor="v")) is expected


def test_authentication_error_stops_waiting(vendor: str) -> None:
    rig = Rig(vendor)
    task = rig.fake.create_task()

    def unauthorized(request: httpx.Request) -> httpx.Response:
        return httpx.Response(401, json={"message": "bad key"})

    api = Songspec(
        vendor,
        api_key="k",
        base_url="https://vendor.test",
        transport=httpx.MockTransport(unauthorized),
        clock=rig.clock,
    )
    with pytest.raises(AuthenticationError):
        api.wait(task.task_id)
    assert rig.clock.now < 10  # it did not keep polling with a key that cannot work


def test_key_never_appears_in_logs_reprs_or_errors(vendor: str, caplog: pytest.LogCaptureFixture) -> None:
    caplog.set_level(logging.DEBUG)
    rig = Rig(vendor, faults=FaultPlan(on_submit=True, script=["timeout"]))
    seen: list[str] = [
        repr(rig.api),
        str(rig.api),
        repr(rig.api.client),
        repr(client_for(vendor, SENTINEL_KEY, base_url="https://x")),
    ]
    with pytest.raises(OutcomeUnknownError) as unknown:
        rig.api.generate("lo-fi", wait=False)
    seen += [str(unknown.value), repr(unknown.value), repr(vars(unknown.value))]
    task = rig.fake.create_task(runs_for=900)
    with pytest.raises(WaitTimeoutError) as timeout:
        rig.api.wait(task.task_id, timeout=30)
    seen += [str(timeout.value), repr(vars(timeout.value))]
    result = rig.api.wait(task.task_id, timeout=2000)
    seen += [repr(result), repr(result.raw)]
    seen += [record.getMessage() for record in caplog.records]
    assert caplog.records, "debug logging produced nothing to check"
    assert not [text for text in seen if SENTINEL_KEY in text]
