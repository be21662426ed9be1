"""The wrapper reaches the right state on every fetch answer AceDataCloud documents for Suno.

Each 200 `fetch_tasks` fixture of acedata-suno (contract_tests/fixtures/acedata-suno/) says what the
wrapper must make of it in an `expect` block (the task state, the number of tracks, that every
track has audio, and the task id it is about: the platform keys a result by the record's `id`). The error answers of the
vendor's OpenAPI files and guides must reach the caller as the right error, a submit being sent
once.

Only the public API is used: `Songspec("acedata-suno", ..., transport=httpx.MockTransport(...))`,
then `.wait(task_id)` or, for batch answers, `.wait_many([...])`; `.submit(body)` for errors. The
mock transport answers in-process; nothing leaves the machine.
"""

from __future__ import annotations

from pathlib import Path
from typing import Any

import httpx
import pytest

from contract_tests.specs import FIXTURES, assert_meets_expectation, load_fixture
from songspec import (
    AuthenticationError,
    InsufficientBalanceError,
    InvalidRequestError,
    OutcomeUnknownError,
    Songspec,
    TaskState,
    VirtualClock,
)
from tests.rig import transport_answering

VENDOR = "acedata-suno"
ASKED_ID = "asked-task-id"  # a fetch by id is about the id asked for, whatever id the record shows
SUBMIT_BODY = {"prompt": "A song for Christmas", "model": "chirp-v5-5"}


def fetch_answers() -> list[Path]:
    return [
        path
        for path in sorted((FIXTURES / VENDOR).glob("*.json"))
        if (f := load_fixture(path))["kind"] == "response" and f["operation"] == "fetch_tasks" and f["status"] == 200
    ]


def api_answering(status: int, body: Any, seen: list[httpx.Request]) -> Songspec:
    return Songspec(
        VENDOR,
        api_key="test",
        base_url="https://vendor.test",
        transport=transport_answering((status, body), seen=seen),
        clock=VirtualClock(),  # a wait that does not end costs no real time
    )


@pytest.mark.parametrize("path", fetch_answers(), ids=lambda path: path.stem)
def test_wrapper_reaches_the_documented_state(path: Path) -> None:
    fixture = load_fixture(path)
    assert "expect" in fixture, "every fetch answer says what the wrapper must make of it"
    expect = fixture["expect"]
    seen: list[httpx.Request] = []
    api = api_answering(fixture["status"], fixture["body"], seen)

    if "items" in fixture["body"]:
        result = api.wait_many([expect["task_id"]], timeout=60)[expect["task_id"]]
    else:
        result = api.wait(expect["task_id"], timeout=60)

    assert_meets_expectation(result, expect)
    assert all(request.url.host == "vendor.test" and request.url.path == "/suno/tasks" for request in seen)


def test_both_documented_fetch_answers_are_checked() -> None:
    assert {path.stem for path in fetch_answers()} == {"tasks_retrieve_response", "tasks_retrieve_batch_response"}


@pytest.mark.parametrize("line", [1, 2, 3, 4])
def test_a_record_whose_songs_still_stream_is_not_finished(line: int) -> None:
    # The guide's streamed bodies as a record's `response`: songs pending or running, some with a
    # preview audio_url. The wrapper must not take a preview for the song.
    streamed = load_fixture(FIXTURES / VENDOR / f"audios_stream_line_{line}.json")["body"]
    result = api_answering(200, {"id": ASKED_ID, "response": streamed}, []).fetch(ASKED_ID)
    assert not result.done and result.state in (TaskState.QUEUED, TaskState.RUNNING)


def test_a_record_whose_songs_all_succeeded_is_finished() -> None:
    streamed = load_fixture(FIXTURES / VENDOR / "audios_stream_line_5.json")["body"]
    result = api_answering(200, {"id": ASKED_ID, "response": streamed}, []).wait(ASKED_ID, timeout=60)
    assert result.succeeded and [t.duration for t in result.tracks] == [129.92, 127.16]


# ---------------------------------------------------------------------------------------- errors
@pytest.mark.parametrize(
    ("name", "expected"),
    [
        ("error_400_no_token", AuthenticationError),
        ("error_401_invalid_token", AuthenticationError),
        ("error_403_used_up", InsufficientBalanceError),
        ("error_400_bad_request", InvalidRequestError),
        ("error_404_no_api", InvalidRequestError),
    ],
)
def test_a_refused_submit_is_the_right_error_and_sent_once(name: str, expected: type) -> None:
    fixture = load_fixture(FIXTURES / VENDOR / f"{name}.json")
    seen: list[httpx.Request] = []
    with pytest.raises(expected) as caught:
        api_answering(fixture["status"], fixture["body"], seen).submit(SUBMIT_BODY)
    assert caught.value.code == fixture["body"]["error"]["code"]
    assert len(seen) == 1


@pytest.mark.parametrize("name", ["error_500_api_error", "error_500_busy", "error_504_timeout"])
def test_a_submit_answered_with_a_server_error_leaves_the_outcome_unknown(name: str) -> None:
    # 504 `timeout` is "timeout while waiting for audio generation": the task may still finish.
    fixture = load_fixture(FIXTURES / VENDOR / f"{name}.json")
    seen: list[httpx.Request] = []
    with pytest.raises(OutcomeUnknownError):
        api_answering(fixture["status"], fixture["body"], seen).submit(SUBMIT_BODY)
    assert len(seen) == 1, "a submit that may have created a task is never resent"
