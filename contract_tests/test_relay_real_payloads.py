"""The wrapper reaches the right state on every fetch answer the new-api task family documents.

Each 200 fetch fixture of suno-relay, deerapi-suno and ccapi-producer (contract_tests/fixtures/) says
what the wrapper must make of it in an `expect` block: the task state, and where it matters the
number of tracks, the lyrics, that every track has audio, or which task id a batch answer is about.
The answers include what the real servers send as their Go structs marshal it (the origin server
Suno-API's lyrics record and RFC 3339 batch times, new-api's TaskDto), not only the vendors' pages.

Only the public API is used: `Songspec(vendor, ..., transport=httpx.MockTransport(handler))`, then
`.fetch(task_id)`, `.wait(task_id, timeout=...)` or, for batch answers, `.wait_many([...])`. The
mock transport answers in-process; nothing leaves the machine.
"""

from __future__ import annotations

from pathlib import Path
from typing import Any

import httpx
import pytest

from contract_tests.specs import FIXTURES, assert_meets_expectation, fixture_id, load_fixture
from songspec import (
    InsufficientBalanceError,
    InvalidRequestError,
    OutcomeUnknownError,
    Songspec,
    TaskState,
    VirtualClock,
)
from tests.rig import transport_answering

RELAY_VENDORS = ("suno-relay", "deerapi-suno", "ccapi-producer")
FETCH_OPERATIONS = {"fetch_task", "fetch_tasks"}
ASKED_ID = "asked-task-id"  # a fetch by id is about the id asked for, whatever id the record shows


def fetch_answers() -> list[Path]:
    return [
        path
        for vendor in RELAY_VENDORS
        for path in sorted((FIXTURES / vendor).glob("*.json"))
        if (f := load_fixture(path))["kind"] == "response" and f["operation"] in FETCH_OPERATIONS and f["status"] == 200
    ]


def final_result(vendor: str, fixture: dict[str, Any], seen: list[httpx.Request]) -> Any:
    api = Songspec(
        vendor,
        api_key="test",
        base_url="https://vendor.test",
        transport=transport_answering((fixture["status"], fixture["body"]), seen=seen),
        clock=VirtualClock(),  # a wait that does not end costs no real time
    )
    expect = fixture["expect"]
    terminal = TaskState(expect["state"]).is_terminal
    if fixture["operation"] == "fetch_tasks":
        task_id = expect["task_id"]
        return api.wait_many([task_id], timeout=60)[task_id]
    if terminal:
        return api.wait(ASKED_ID, timeout=60)
    return api.fetch(ASKED_ID)


@pytest.mark.parametrize("path", fetch_answers(), ids=fixture_id)
def test_wrapper_reaches_the_documented_state(path: Path) -> None:
    vendor, fixture = path.parent.name, load_fixture(path)
    assert "expect" in fixture, "every fetch answer says what the wrapper must make of it"
    expect = fixture["expect"]
    seen: list[httpx.Request] = []

    result = final_result(vendor, fixture, seen)

    assert_meets_expectation(result, expect)
    assert all(request.url.host == "vendor.test" for request in seen)


def test_every_relay_vendor_has_fetch_answers() -> None:
    vendors = {path.parent.name for path in fetch_answers()}
    assert vendors == set(RELAY_VENDORS)


# ---------------------------------------------------------------------------------------- errors
# new-api's error answers as its code writes them (fixtures name the source lines), read through
# the public API: what the spec declares for a submit must reach the caller as the right error.
SUBMIT_BODY = {"gpt_description_prompt": "an upbeat pop song about summer"}


@pytest.mark.parametrize("vendor", ["suno-relay", "deerapi-suno"])
def test_no_balance_is_a_balance_error_not_an_auth_error(vendor: str) -> None:
    fixture = load_fixture(FIXTURES / vendor / "newapi_error_insufficient_quota.json")
    seen: list[httpx.Request] = []
    api = Songspec(
        vendor,
        api_key="test",
        base_url="https://vendor.test",
        transport=transport_answering((403, fixture["body"]), seen=seen),
    )
    with pytest.raises(InsufficientBalanceError) as caught:
        api.submit(SUBMIT_BODY)
    assert caught.value.code == "insufficient_user_quota"
    assert len(seen) == 1


@pytest.mark.parametrize("vendor", ["suno-relay", "deerapi-suno"])
def test_upstream_5xx_passed_through_leaves_the_outcome_unknown(vendor: str) -> None:
    fixture = load_fixture(FIXTURES / vendor / "newapi_error_upstream_502.json")
    seen: list[httpx.Request] = []
    api = Songspec(
        vendor,
        api_key="test",
        base_url="https://vendor.test",
        transport=transport_answering((502, fixture["body"]), seen=seen),
    )
    with pytest.raises(OutcomeUnknownError):
        api.submit(SUBMIT_BODY)
    assert len(seen) == 1, "a submit that may have reached the upstream is never resent"


@pytest.mark.parametrize("vendor", ["suno-relay", "deerapi-suno"])
def test_origin_server_unknown_task_stops_the_fetch(vendor: str) -> None:
    fixture = load_fixture(FIXTURES / vendor / "origin_error_task_not_exist.json")
    seen: list[httpx.Request] = []
    api = Songspec(
        vendor,
        api_key="test",
        base_url="https://vendor.test",
        transport=transport_answering((400, fixture["body"]), seen=seen),
    )
    with pytest.raises(InvalidRequestError):
        api.fetch(ASKED_ID)
    assert len(seen) == 1
