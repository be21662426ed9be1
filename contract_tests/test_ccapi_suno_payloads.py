"""CCAPI Suno: the wrapper reaches the right state on every fetch answer in its fixtures, and new-api's
error answers reach the caller as the right errors.

CCAPI shows no Suno task record, so the fetch answers are new-api's as its code writes them (each
fixture names the source lines): a MUSIC task running, finished and failed, a task not started, a
LYRICS task, and a batch answer. Each says what the wrapper must make of it in `expect` (format:
specs/README.md). Only the public API is used, through an in-process transport (nothing leaves
the machine).
"""

from __future__ import annotations

from pathlib import Path
from typing import Any

import httpx
import pytest

from contract_tests.specs import FIXTURES, assert_meets_expectation, load_fixture
from songspec import (
    InsufficientBalanceError,
    InvalidRequestError,
    Songspec,
    TaskNotFoundError,
    TaskState,
    VirtualClock,
)
from tests.rig import transport_answering

VENDOR = "ccapi-suno"
ASKED_ID = "task_asked0000000000000000000000000"  # a fetch by id is about the id asked for


def fetch_answers() -> list[Path]:
    return [
        path
        for path in sorted((FIXTURES / VENDOR).glob("*.json"))
        if (f := load_fixture(path))["kind"] == "response"
        and f["operation"] in {"fetch_task", "fetch_tasks"}
        and f["status"] == 200
    ]


def api_answering(status: int, body: Any, seen: list[httpx.Request]) -> Songspec:
    return Songspec(
        VENDOR,
        api_key="test",
        base_url="https://vendor.test",
        transport=transport_answering((status, body), seen=seen),
        clock=VirtualClock(),  # a wait that does not end costs no real time
    )


def test_there_are_fetch_answers_of_every_kind() -> None:
    operations = {load_fixture(path)["operation"] for path in fetch_answers()}
    states = {load_fixture(path)["expect"]["state"] for path in fetch_answers()}
    assert operations == {"fetch_task", "fetch_tasks"}
    assert {"queued", "running", "succeeded", "failed"} <= states


@pytest.mark.parametrize("path", fetch_answers(), ids=lambda path: path.stem)
def test_wrapper_reaches_the_expected_state(path: Path) -> None:
    fixture = load_fixture(path)
    assert "expect" in fixture, "every fetch answer says what the wrapper must make of it"
    expect = fixture["expect"]
    seen: list[httpx.Request] = []
    api = api_answering(fixture["status"], fixture["body"], seen)

    if fixture["operation"] == "fetch_tasks":
        task_id = expect["task_id"]
        result = api.wait_many([task_id], timeout=60)[task_id]
        assert all(request.url.path == "/suno/fetch" for request in seen)
    elif TaskState(expect["state"]).is_terminal:
        result = api.wait(ASKED_ID, timeout=60)
    else:
        result = api.fetch(ASKED_ID)
        assert [request.url.path for request in seen] == [f"/suno/fetch/{ASKED_ID}"]

    assert_meets_expectation(result, expect)
    assert all(request.url.host == "vendor.test" for request in seen)


# ---------------------------------------------------------------------------------------- errors
def test_no_balance_is_a_balance_error_and_is_sent_once() -> None:
    fixture = load_fixture(FIXTURES / VENDOR / "newapi_error_insufficient_quota.json")
    seen: list[httpx.Request] = []
    with pytest.raises(InsufficientBalanceError) as caught:
        api_answering(403, fixture["body"], seen).generate("an upbeat pop song", wait=False)
    assert caught.value.code == "insufficient_user_quota"
    assert len(seen) == 1


def test_unknown_task_is_task_not_found() -> None:
    fixture = load_fixture(FIXTURES / VENDOR / "newapi_error_task_not_exist.json")
    seen: list[httpx.Request] = []
    with pytest.raises(TaskNotFoundError):
        api_answering(400, fixture["body"], seen).fetch(ASKED_ID)
    assert len(seen) == 1


def test_a_refused_guessed_action_is_an_invalid_request_not_a_task() -> None:
    # What a stock new-api answers to an action it does not know: nothing was accepted.
    fixture = load_fixture(FIXTURES / VENDOR / "newapi_error_invalid_action.json")
    seen: list[httpx.Request] = []
    api = api_answering(400, fixture["body"], seen)
    with pytest.raises(InvalidRequestError) as caught:
        api.submit({"clip_id": "81348e3a-7c6a-49f9-9b84-3b0cd3340128"}, operation="extend_music")
    assert caught.value.code == "invalid_request" and "invalid_action" in str(caught.value)
    assert [request.url.path for request in seen] == ["/suno/submit/EXTEND_MUSIC"]


def test_the_documented_upsample_tags_answer_gives_its_task_id() -> None:
    request = load_fixture(FIXTURES / VENDOR / "upsample_tags_request_docs.json")["body"]
    answer = load_fixture(FIXTURES / VENDOR / "upsample_tags_submitted.json")["body"]
    seen: list[httpx.Request] = []
    task = api_answering(200, answer, seen).submit(request, operation="upsample_tags")
    assert task.task_id == "task_7f11c4b772f44710ac0fae0d5b3dc4c1"
    assert [request.url.path for request in seen] == ["/suno/submit/UPSAMPLE_TAGS"]
