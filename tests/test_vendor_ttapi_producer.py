"""TTAPI Producer: the vendor's documented payloads (contract_tests/fixtures/ttapi-producer) map onto
songspec's vocabulary: both submit id spellings, every job state, a 200 that says FAILED, and every
error envelope."""

from __future__ import annotations

from typing import Any

import httpx
import pytest

from songspec import (
    AuthenticationError,
    InvalidRequestError,
    OutcomeUnknownError,
    RateLimitedError,
    ServerError,
    Songspec,
    TaskState,
    VirtualClock,
)
from songspec.vendors import get_vendor
from tests.rig import answer, body_loader, fixture_loader, transport_answering

VENDOR = "ttapi-producer"
fixture = fixture_loader(VENDOR)
body = body_loader(VENDOR)
spec_vendor = get_vendor(VENDOR)
codec = spec_vendor.codec
profile = spec_vendor.profile
JOB_ID = "ed1a1b01-7d64-4c8a-acaa-71185d23a2f3"


def job(status: str, **data: Any) -> dict[str, Any]:
    return {"status": status, "message": None, "data": {"jobId": JOB_ID, "action": "music", **data}}


# ---------------------------------------------------------------------- identity (from the spec)
def test_identity_comes_from_the_spec() -> None:
    assert profile.base_urls == ("https://api.ttapi.io", "https://api.ttapi.org")
    assert (profile.auth_header, profile.auth_prefix) == ("TT-API-KEY", "")  # the key as is, no Bearer
    assert profile.key_env == "TTAPI_API_KEY"
    assert (profile.submit_operation, profile.fetch_operation, profile.batch_operation) == (
        "generate_music",
        "fetch_job",
        None,
    )
    assert (profile.callback_field, profile.prompt_field, profile.lyrics_field) == (
        "hook_url",
        "sound_prompt",
        "lyrics_text",
    )


def test_the_key_travels_in_tt_api_key_without_a_prefix() -> None:
    seen: list[httpx.Request] = []
    api = Songspec(VENDOR, api_key="k-123", transport=transport_answering((200, body("submit_docs_zh")), seen=seen))
    api.generate("lo-fi", wait=False)
    assert seen[0].headers["TT-API-KEY"] == "k-123" and "authorization" not in seen[0].headers
    assert seen[0].url.host == "api.ttapi.io"


# ---------------------------------------------------------------------- submitting
@pytest.mark.parametrize(
    ("name", "operation", "job_id"),
    [
        ("submit_docs_zh", "generate_music", "d8b553d0-cb53-442d-aae8-bba319ab5d65"),
        ("submit_ttapi_io", "generate_music", JOB_ID),
        ("submit_response_guide", "generate_music", "b8bd3ff0-4349-4b71-8938-5e13aefa64fe"),
        ("submit_job_id_spelling", "separate_stems", "job_id"),  # the newer pages' `job_id`
    ],
)
def test_both_documented_id_spellings_give_the_job_id(name: str, operation: str, job_id: str) -> None:
    exchange = answer(VENDOR, operation, body(name))
    assert codec.submit_refusal(exchange) is None
    assert codec.submitted_task_id(exchange) == job_id


def test_a_200_that_says_failed_is_a_refusal_not_a_job() -> None:
    refused = {"status": "FAILED", "message": "prompt rejected", "data": None}
    error = codec.submit_refusal(answer(VENDOR, "generate_music", refused))
    assert isinstance(error, InvalidRequestError) and error.message == "prompt rejected"
    api = Songspec(VENDOR, api_key="k", transport=transport_answering((200, refused)))
    with pytest.raises(InvalidRequestError, match="prompt rejected"):
        api.generate("lo-fi", wait=False)


def test_a_200_without_an_id_is_outcome_unknown_with_the_body() -> None:
    api = Songspec(VENDOR, api_key="k", transport=transport_answering((200, {"status": "SUCCESS", "data": {}})))
    with pytest.raises(OutcomeUnknownError) as raised:
        api.generate("lo-fi", wait=False)
    assert raised.value.body == {"sound_prompt": "lo-fi"}


# ---------------------------------------------------------------------- fetching
@pytest.mark.parametrize(
    ("raw", "state"),
    [
        ("PENDING_QUEUE", TaskState.QUEUED),
        ("ON_QUEUE", TaskState.RUNNING),
        ("SUCCESS", TaskState.SUCCEEDED),
        ("FAILED", TaskState.FAILED),
        ("SOMETHING_NEW", TaskState.UNKNOWN),
    ],
)
def test_every_job_state(raw: str, state: TaskState) -> None:
    [result] = codec.fetch_results(answer(VENDOR, "fetch_job", job(raw, progress="40%")), [JOB_ID]).values()
    assert result.state is state and result.raw_state == raw
    assert result.progress == (100.0 if state is TaskState.SUCCEEDED else 40.0)


def test_the_documented_success_maps_to_its_songs() -> None:
    result = codec.fetch_results(answer(VENDOR, "fetch_job", body("fetch_success")), [JOB_ID])[JOB_ID]
    assert result.succeeded and result.task_id == JOB_ID
    track = result.tracks[0]
    assert track.id == "989b625f-c691-45d0-8eca-05e9bb0b59ee"
    assert track.audio_url and track.duration and track.model == "FUZZ-2.0"


def test_a_failed_job_carries_the_vendors_reason() -> None:
    failed = {**job("FAILED"), "message": "content policy"}
    result = codec.fetch_results(answer(VENDOR, "fetch_job", failed), [JOB_ID])[JOB_ID]
    assert result.failed and result.reason == "content policy"


def test_documented_answers_drive_a_wait() -> None:
    transport = transport_answering((200, job("PENDING_QUEUE")), (200, job("ON_QUEUE")), (200, body("fetch_success")))
    result = Songspec(VENDOR, api_key="k", transport=transport, clock=VirtualClock()).wait(JOB_ID)
    assert result.succeeded and result.tracks


def test_the_callback_names_its_job() -> None:
    callback = body("callback_success")
    spec_vendor.validate_callback(callback)
    result = codec.callback_result(callback)
    assert result.task_id == JOB_ID and result.succeeded and result.tracks


# ---------------------------------------------------------------------- errors
@pytest.mark.parametrize(
    ("name", "expected"),
    [
        ("error_unauthorized", AuthenticationError),
        ("error_403_account_blocked", AuthenticationError),
        ("error_data_null", InvalidRequestError),
        ("error_data_empty_object", InvalidRequestError),
        ("error_parameter_response_guide", InvalidRequestError),
    ],
)
def test_error_envelopes_map_to_the_hierarchy(name: str, expected: type) -> None:
    case = fixture(name)
    error = codec.error(answer(VENDOR, case["operation"], case["body"], case["status"]))
    assert type(error) is expected
    assert error.message == case["body"]["message"] and error.status_code == case["status"]


def test_429_keeps_retry_after_and_5xx_499_are_server_errors() -> None:
    limited = codec.error(
        answer(VENDOR, "fetch_job", {"status": "FAILED", "message": "slow"}, 429, {"Retry-After": "9"})
    )
    assert isinstance(limited, RateLimitedError) and limited.retry_after == 9.0
    for status in (499, 500, 504):
        assert (
            type(codec.error(answer(VENDOR, "fetch_job", {"status": "FAILED", "message": "x"}, status))) is ServerError
        )
