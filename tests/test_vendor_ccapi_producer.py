"""CCAPI Producer: new-api's task envelope around CCAPI's normalized Producer payload.

Every documented payload (contract_tests/fixtures/ccapi-producer) maps onto songspec's vocabulary;
new-api's error shapes map onto the error hierarchy; the simulated vendor speaks the spec's format.
"""

from __future__ import annotations

import json
from typing import Any

import httpx
import pytest

from songspec import (
    AuthenticationError,
    ConfigurationError,
    InsufficientBalanceError,
    InvalidRequestError,
    RateLimitedError,
    RequestValidationError,
    ServerError,
    Songspec,
    TaskState,
    VirtualClock,
)
from songspec._exchange import Exchange
from songspec.testing import FakeVendor
from songspec.testing.simulators import simulator_for
from songspec.vendors import get_vendor
from songspec.vendors.newapi import NewAPICodec
from tests.rig import answer_to, assert_matches_response, body_loader, transport_answering

VENDOR = "ccapi-producer"
body = body_loader(VENDOR)
TASK_ID = "task_BE5vsWPK0pWHyONbGVEXqsPqD6IkcBY6"
CLIP_ID = "b7555447-c981-4132-8a1e-2fe21bc70d36"
AUDIO = f"https://storage.googleapis.com/producer-app-public/clips/{CLIP_ID}.m4a"

spec_vendor = get_vendor(VENDOR)
codec = spec_vendor.codec
profile = spec_vendor.profile
fake_simulator = simulator_for(spec_vendor)


def answer(json_body: Any, status: int = 200, *, ids: list[str] | None = None) -> Exchange:
    call = spec_vendor.batch_call(ids) if ids and len(ids) > 1 else spec_vendor.fetch_call((ids or [TASK_ID])[0])
    return answer_to(spec_vendor.name, call, json_body, status)


def submitted(json_body: Any, status: int = 200) -> Exchange:
    call = spec_vendor.submit_call("generate_music", {"prompt": "x"})
    return answer_to(spec_vendor.name, call, json_body, status)


def test_identity() -> None:
    assert isinstance(codec, NewAPICodec)
    assert profile.base_url == "https://api.ccapi.ai"
    assert profile.key_env == "CCAPI_API_KEY"
    assert (profile.auth_header, profile.auth_prefix) == ("Authorization", "Bearer")
    assert (profile.submit_operation, profile.fetch_operation, profile.batch_operation) == (
        "generate_music",
        "fetch_task",
        "fetch_tasks",
    )
    assert profile.callback_field is None and profile.batch_limit == 100


# ---------------------------------------------------------------------------------------- fetch
def test_documented_running_task() -> None:
    found = codec.fetch_results(answer(body("fetch_task_in_progress")), [TASK_ID])
    result = found[TASK_ID]
    assert result.task_id == TASK_ID
    assert result.state is TaskState.RUNNING and result.raw_state == "IN_PROGRESS"
    assert result.progress == 20.0
    assert result.tracks == () and result.reason is None


def test_documented_finished_task_gives_its_clip() -> None:
    result = codec.fetch_results(answer(body("fetch_task_success")), [TASK_ID])[TASK_ID]
    assert result.state is TaskState.SUCCEEDED and result.succeeded and result.progress == 100.0
    [track] = result.tracks
    assert track.id == CLIP_ID
    assert track.title == "Weekend Morning"
    assert track.audio_url == AUDIO
    assert track.image_url == "https://storage.googleapis.com/producer-app-public/assets/example-cover.jpg"
    assert track.video_url is None
    assert track.lyrics == "sunlight on the window, coffee on the table..."
    assert track.model == "FUZZ-2.0"
    assert track.duration is None and track.seed is None  # documented as null
    assert track.raw["sound"].startswith("A warm acoustic pop song")


def test_clip_numbers_arrive_as_strings_or_numbers() -> None:
    payload = body("fetch_task_success")
    clip = payload["data"]["data"]["clips"][0]
    clip.update(duration="199.13433106575962", seed=1680274481)
    [track] = codec.fetch_results(answer(payload), [TASK_ID])[TASK_ID].tracks
    assert track.duration == pytest.approx(199.134331) and isinstance(track.duration, float)
    assert track.seed == "1680274481"
    clip.update(duration=61.5, seed="42")
    [track] = codec.fetch_results(answer(payload), [TASK_ID])[TASK_ID].tracks
    assert (track.duration, track.seed) == (61.5, "42")


def test_result_url_stands_in_for_a_lone_clips_missing_audio_url() -> None:
    payload = body("fetch_task_success")
    del payload["data"]["data"]["clips"][0]["audio_url"]
    [track] = codec.fetch_results(answer(payload), [TASK_ID])[TASK_ID].tracks
    assert track.audio_url == AUDIO  # the task's result_url


def test_documented_batch_answer_keeps_the_newest_record_of_a_task() -> None:
    # CCAPI's example lists the same task twice, running then finished (updated_at 1773385828, ...875).
    found = codec.fetch_results(answer(body("fetch_tasks_docs"), ids=[TASK_ID, "task_other"]), [TASK_ID])
    assert list(found) == [TASK_ID]
    assert found[TASK_ID].state is TaskState.SUCCEEDED and found[TASK_ID].tracks[0].id == CLIP_ID
    reversed_order = body("fetch_tasks_docs")
    reversed_order["data"].reverse()
    reordered = answer(reversed_order, ids=[TASK_ID, "task_other"])
    assert codec.fetch_results(reordered, [TASK_ID])[TASK_ID].state is TaskState.SUCCEEDED


def test_batch_leaves_out_ids_it_does_not_answer_and_ids_not_asked() -> None:
    payload = body("fetch_tasks_docs")
    payload["data"] = payload["data"][:1]
    asked = [TASK_ID, "task_unknown0000000000000000000000000"]
    found = codec.fetch_results(answer(payload, ids=asked), asked)
    assert list(found) == [TASK_ID] and found[TASK_ID].state is TaskState.RUNNING
    assert codec.fetch_results(answer(payload, ids=["task_a", "task_b"]), ["task_a", "task_b"]) == {}
    assert codec.fetch_results(answer({"code": "success", "message": "", "data": []}), [TASK_ID]) == {}


def test_failed_task_carries_fail_reason() -> None:
    payload = body("fetch_task_in_progress")
    payload["data"].update(status="FAILURE", fail_reason="upstream rejected the prompt", progress="100%")
    result = codec.fetch_results(answer(payload), [TASK_ID])[TASK_ID]
    assert result.state is TaskState.FAILED and result.failed
    assert result.reason == "upstream rejected the prompt"
    assert result.tracks == ()


@pytest.mark.parametrize(
    ("raw", "expected"),
    [
        ("NOT_START", TaskState.QUEUED),
        ("SUBMITTED", TaskState.QUEUED),
        ("QUEUED", TaskState.QUEUED),
        ("IN_PROGRESS", TaskState.RUNNING),
        ("in_progress", TaskState.RUNNING),
        ("FAILURE", TaskState.FAILED),
        ("SUCCESS", TaskState.SUCCEEDED),
        ("UNKNOWN", TaskState.UNKNOWN),
        ("RENDERING", TaskState.UNKNOWN),
        ("", TaskState.UNKNOWN),
    ],
)
def test_new_api_task_states(raw: str, expected: TaskState) -> None:
    payload = body("fetch_task_in_progress")
    payload["data"]["status"] = raw
    result = codec.fetch_results(answer(payload), [TASK_ID])[TASK_ID]
    assert result.state is expected and result.raw_state == (raw or None)


def test_missing_fields_and_nulls_are_tolerated() -> None:
    payload = {"code": "success", "message": None, "data": {"task_id": TASK_ID, "status": "QUEUED", "data": None}}
    result = codec.fetch_results(answer(payload), [TASK_ID])[TASK_ID]
    assert result.state is TaskState.QUEUED and result.progress is None and result.tracks == ()
    # progress only inside the payload
    payload["data"]["data"] = {"progress": "35%", "status": "IN_PROGRESS", "task_id": "ef74"}
    assert codec.fetch_results(answer(payload), [TASK_ID])[TASK_ID].progress == 35.0
    # clips that are not objects are skipped
    payload["data"].update(status="SUCCESS", data={"clips": [None, "x", {"clip_id": "c1"}]})
    [track] = codec.fetch_results(answer(payload), [TASK_ID])[TASK_ID].tracks
    assert track.id == "c1" and track.audio_url is None


def test_task_not_exist_answer_says_nothing_about_the_task() -> None:
    status, not_found = fake_simulator.not_found()
    assert (status, not_found) == (400, {"code": "task_not_exist", "message": "task_not_exist", "data": None})
    assert codec.fetch_results(answer(not_found, 200), [TASK_ID]) == {}
    error = codec.error(answer(not_found, 400))
    assert type(error) is InvalidRequestError and error.code == "task_not_exist"


# ---------------------------------------------------------------------------------------- submit
@pytest.mark.parametrize(
    ("name", "task_id"),
    [
        ("separate_stems_submitted", "task_7f11c4b772f44710ac0fae0d5b3dc4c1"),
        ("submit_workflow_summary", "task_xxx"),
    ],
)
def test_documented_submit_answers_give_the_task_id(name: str, task_id: str) -> None:
    exchange = submitted(body(name))
    assert codec.submit_refusal(exchange) is None
    assert codec.submitted_task_id(exchange) == task_id


@pytest.mark.parametrize(
    ("payload", "expected", "code"),
    [
        (
            {"code": "quota_not_enough", "message": "user quota is not enough", "data": None},
            InsufficientBalanceError,
            "quota_not_enough",
        ),
        ({"code": "invalid_request", "message": "bad body", "data": None}, InvalidRequestError, "invalid_request"),
        (
            {"error": {"message": "no channel", "type": "new_api_error", "code": "model_not_found"}},
            InvalidRequestError,
            "model_not_found",
        ),
    ],
)
def test_a_200_that_is_not_success_is_a_rejection(payload: dict, expected: type, code: str) -> None:
    exchange = submitted(payload)
    rejection = codec.submit_refusal(exchange)
    assert type(rejection) is expected and rejection.code == code and rejection.status_code == 200
    assert codec.submitted_task_id(exchange) is None


def test_submit_without_a_task_id_string_gives_none() -> None:
    assert codec.submitted_task_id(submitted({"code": "success", "data": None})) is None
    assert codec.submitted_task_id(submitted({"code": "success", "data": {"task_id": "x"}})) is None
    assert codec.submitted_task_id(submitted(["task_x"])) is None


def test_submit_sends_the_documented_body_to_music_with_bearer_auth() -> None:
    seen: list[httpx.Request] = []
    api = Songspec(
        VENDOR, api_key="sk-ccapi", transport=transport_answering((200, body("separate_stems_submitted")), seen=seen)
    )
    request_body = body("generate_music_request_docs_en")
    task = api.submit(request_body)
    assert task.task_id == "task_7f11c4b772f44710ac0fae0d5b3dc4c1" and task.operation == "generate_music"
    [request] = seen
    assert request.method == "POST" and str(request.url) == "https://api.ccapi.ai/producer/submit/MUSIC"
    assert request.headers["Authorization"] == "Bearer sk-ccapi"
    assert json.loads(request.content) == request_body


def test_submit_refused_with_200_raises_without_retrying() -> None:
    seen: list[httpx.Request] = []
    refusal = {"code": "quota_not_enough", "message": "user quota is not enough", "data": None}
    api = Songspec(VENDOR, api_key="k", transport=transport_answering((200, refusal), seen=seen))
    with pytest.raises(InsufficientBalanceError, match="user quota is not enough"):
        api.generate("lo-fi", wait=False)
    assert len(seen) == 1


@pytest.mark.parametrize(
    "bad",
    [
        {},  # prompt is required
        {"prompt": ""},
        {"prompt": "x", "make_instrumental": "yes"},
        {"prompt": "x", "lyric": "la"},  # not a field (`lyrics` is: every result clip echoes it)
        {"prompt": "x", "style": 3},
    ],
)
def test_bad_body_is_refused_before_sending(bad: dict) -> None:
    seen: list[httpx.Request] = []
    api = Songspec(VENDOR, api_key="k", transport=transport_answering((200, {}), seen=seen))
    with pytest.raises(RequestValidationError):
        api.submit(bad)
    assert seen == []


def test_generate_puts_the_prompt_in_prompt_and_refuses_lyrics() -> None:
    assert codec.generation_body("summer pop", None, {"style": "pop"}) == {"prompt": "summer pop", "style": "pop"}
    with pytest.raises(ConfigurationError, match="takes no lyrics"):
        codec.generation_body("x", "la la", {})


# ---------------------------------------------------------------------------------------- errors
@pytest.mark.parametrize(
    ("status", "payload", "expected", "code", "message"),
    [
        (
            400,
            {"code": "task_not_exist", "message": "task_not_exist", "data": None},
            InvalidRequestError,
            "task_not_exist",
            "task_not_exist",
        ),
        (
            400,
            {"code": "invalid_request", "message": "json: cannot unmarshal", "data": None},
            InvalidRequestError,
            "invalid_request",
            "json: cannot unmarshal",
        ),
        (
            401,
            {"error": {"message": "无效的令牌 (request id: 2026)", "type": "new_api_error", "code": ""}},
            AuthenticationError,
            None,
            "无效的令牌 (request id: 2026)",
        ),
        (
            403,
            {"error": {"message": "该令牌无权访问模型 producer_music", "type": "new_api_error"}},
            AuthenticationError,
            None,
            "该令牌无权访问模型 producer_music",
        ),
        (
            403,
            {"code": "quota_not_enough", "message": "user quota is not enough", "data": None},
            InsufficientBalanceError,
            "quota_not_enough",
            "user quota is not enough",
        ),
        (
            403,
            {"error": {"message": "用户额度不足", "type": "new_api_error", "code": "insufficient_user_quota"}},
            InsufficientBalanceError,
            "insufficient_user_quota",
            "用户额度不足",
        ),
        (
            429,
            {"error": {"message": "rate limited", "type": "new_api_error", "code": ""}},
            RateLimitedError,
            None,
            "rate limited",
        ),
        (
            500,
            {"code": "do_request_failed", "message": "upstream timeout", "data": None},
            ServerError,
            "do_request_failed",
            "upstream timeout",
        ),
    ],
)
def test_error_envelopes(status: int, payload: dict, expected: type, code: str | None, message: str) -> None:
    error = codec.error(answer(payload, status))
    assert type(error) is expected
    assert (error.status_code, error.code, error.message) == (status, code, message)


def test_fetching_an_unknown_task_raises_task_not_exist() -> None:
    not_found = (400, {"code": "task_not_exist", "message": "task_not_exist", "data": None})
    api = Songspec(VENDOR, api_key="k", transport=transport_answering(not_found), clock=VirtualClock())
    with pytest.raises(InvalidRequestError) as raised:
        api.fetch("task_doesnotexist")
    assert raised.value.code == "task_not_exist" and raised.value.status_code == 400


# ---------------------------------------------------------------------------------------- requests
def test_fetch_requests() -> None:
    single = spec_vendor.fetch_call(TASK_ID)
    assert single.module._get_kwargs(**single.kwargs)["url"] == f"/producer/fetch/{TASK_ID}"
    batch = spec_vendor.batch_call(["task_a", "task_b"])
    request = batch.module._get_kwargs(**batch.kwargs)
    assert (request["method"], request["url"], request["json"]) == (
        "post",
        "/producer/fetch",
        {"ids": ["task_a", "task_b"]},
    )
    [(call, chunk)] = spec_vendor.fetch_calls(["task_a", "task_b", "task_a"])
    assert call.operation == "fetch_tasks" and chunk == ["task_a", "task_b"]
    calls = spec_vendor.fetch_calls([f"task_{i}" for i in range(250)])
    assert [len(chunk) for _, chunk in calls] == [100, 100, 50]


def test_documented_answers_drive_a_wait_to_the_clip() -> None:
    transport = transport_answering((200, body("fetch_task_in_progress")), (200, body("fetch_task_success")))
    api = Songspec(VENDOR, api_key="k", transport=transport, clock=VirtualClock())
    seen: list[TaskState] = []
    result = api.wait(TASK_ID, on_progress=lambda r: seen.append(r.state))
    assert seen == [TaskState.RUNNING, TaskState.SUCCEEDED]
    assert result.tracks[0].audio_url == AUDIO


def test_documented_batch_answer_drives_wait_many() -> None:
    transport = transport_answering((200, body("fetch_tasks_docs")))
    api = Songspec(VENDOR, api_key="k", transport=transport, clock=VirtualClock())
    results = api.wait_many([TASK_ID])
    assert results[TASK_ID].succeeded and results[TASK_ID].tracks[0].title == "Weekend Morning"


# ---------------------------------------------------------------------------------------- simulation
def assert_matches(operation: str, payload: Any) -> None:
    assert_matches_response(VENDOR, operation, payload)


def test_the_simulated_vendor_speaks_the_documented_format() -> None:
    clock = VirtualClock()
    fake = FakeVendor(VENDOR, clock=clock)
    assert_matches("generate_music", fake_simulator.submit_answer("task_x"))
    tasks = [fake.create_task(runs_for=30), fake.create_task(runs_for=30, fails=True)]
    for when in (0, 10, 40):
        clock.sleep(when)
        records = [fake.record(t) for t in tasks]
        assert_matches("fetch_task", fake_simulator.fetch_answer(records[:1], batch=False))
        assert_matches("fetch_tasks", fake_simulator.fetch_answer(records, batch=True))
    success, failure = (fake.record(t) for t in tasks)
    assert success["status"] == "SUCCESS" and success["data"]["clips"][0]["mv"] == "FUZZ-2.0"
    assert failure["status"] == "FAILURE" and failure["fail_reason"]


def test_the_simulated_vendor_routes_new_api_paths() -> None:
    route = fake_simulator.route
    assert route(httpx.Request("POST", "https://api.ccapi.ai/producer/submit/MUSIC")) == ("submit", [])
    assert route(httpx.Request("GET", f"https://api.ccapi.ai/producer/fetch/{TASK_ID}")) == ("fetch", [TASK_ID])
    batch = httpx.Request("POST", "https://api.ccapi.ai/producer/fetch", json={"ids": ["a", "b"]})
    assert route(batch) == ("batch", ["a", "b"])
    assert route(httpx.Request("GET", "https://api.ccapi.ai/suno/fetch/x")) is None
