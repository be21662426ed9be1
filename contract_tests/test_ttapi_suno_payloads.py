"""The wrapper reaches the right state on every fetch answer TTAPI documents for its Suno API.

Each 200 fetch fixture of ttapi-suno (contract_tests/fixtures/ttapi-suno/, `fetch_job` on
/suno/v2/fetch and the deprecated `fetch_job_v1` showing the same example) says what the wrapper
must make of it in an `expect` block: the state, and where it matters the number of songs, the
one song's lyrics, that every song has audio, or the failure reason. Only the public API is used:
`Songspec("ttapi-suno", transport=httpx.MockTransport(...))`, then `.wait()` for a finished job or
`.fetch()` for a running one. The mock transport answers in-process; nothing leaves the machine.
"""

from __future__ import annotations

from pathlib import Path
from typing import Any

import httpx
import pytest

from contract_tests.specs import FIXTURES, assert_meets_expectation, load_fixture
from songspec import Songspec, TaskState, VirtualClock
from tests.rig import transport_answering

VENDOR = "ttapi-suno"
FETCH_OPERATIONS = {"fetch_job", "fetch_job_v1"}
ASKED_ID = "asked-job-id"  # a fetch by id is about the id asked for, whatever id the record shows


def fetch_answers() -> list[Path]:
    return [
        path
        for path in sorted((FIXTURES / VENDOR).glob("*.json"))
        if (f := load_fixture(path))["kind"] == "response" and f["operation"] in FETCH_OPERATIONS and f["status"] == 200
    ]


def final_result(fixture: dict[str, Any], seen: list[httpx.Request]) -> Any:
    api = Songspec(
        VENDOR,
        api_key="test",
        base_url="https://vendor.test",
        transport=transport_answering((fixture["status"], fixture["body"]), seen=seen),
        clock=VirtualClock(),  # a wait that does not end costs no real time
    )
    if TaskState(fixture["expect"]["state"]).is_terminal:
        return api.wait(ASKED_ID, timeout=60)
    return api.fetch(ASKED_ID)


@pytest.mark.parametrize("path", fetch_answers(), ids=lambda path: path.stem)
def test_wrapper_reaches_the_documented_state(path: Path) -> None:
    fixture = load_fixture(path)
    assert "expect" in fixture, "every fetch answer says what the wrapper must make of it"
    expect = fixture["expect"]
    seen: list[httpx.Request] = []

    result = final_result(fixture, seen)

    assert result.task_id == ASKED_ID
    assert_meets_expectation(result, expect)
    assert seen and all(r.url.host == "vendor.test" and r.url.params["jobId"] == ASKED_ID for r in seen)


def test_every_state_the_fetch_page_lists_has_an_answer() -> None:
    states = {load_fixture(path)["expect"]["state"] for path in fetch_answers()}
    assert states == {"running", "succeeded", "failed"}  # ON_QUEUE, SUCCESS, FAILED
