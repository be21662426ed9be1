"""Suno relay: new-api's task envelope around Suno's own clips, at the reseller's host.

Every documented payload (contract_tests/fixtures/suno-relay) maps onto songspec's vocabulary;
new-api's error shapes map onto the error hierarchy; the simulated vendor speaks the spec's format.
"""

from __future__ import annotations

import copy
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
from tests.rig import answer_to, assert_matches_response, body_loader, fixture_loader, transport_answering

VENDOR = "suno-relay"
BASE = "https://relay.test"
fixture = fixture_loader(VENDOR)
body = body_loader(VENDOR)
TASK_ID = "bee8f32e1994417ba8d7485d1aaf3b26"
CLIP_ID = "4720ad51-6d31-417c-a3a7-346b0b99abbc"
LYRICS_TASK = "6f1a1178-e931-4488-95f3-40bf4bc130ed"

spec_vendor = get_vendor(VENDOR)
codec = spec_vendor.codec
profile = spec_vendor.profile
fake_simulator = simulator_for(spec_vendor)


def answer(json_body: Any, status: int = 200, *, ids: list[str] | None = None) -> Exchange:
    ids = ids or [TASK_ID]
    call = spec_vendor.batch_call(ids) if len(ids) > 1 else spec_vendor.fetch_call(ids[0])
    return answer_to(spec_vendor.name, call, json_body, status)


def batch_answer(json_body: Any, ids: list[str]) -> Exchange:
    return answer_to(spec_vendor.name, spec_vendor.batch_call(ids), json_body, 200)


def submitted(json_body: Any, status: int = 200) -> Exchange:
    call = spec_vendor.submit_call("generate_music", {"gpt_description_prompt": "x"})
    return answer_to(spec_vendor.name, call, json_body, status)


def fetched(json_body: Any, task_id: str = TASK_ID):
    return codec.fetch_results(answer(json_body, ids=[task_id]), [task_id])[task_id]


def api_with(transport: httpx.MockTransport) -> Songspec:
    return Songspec(VENDOR, api_key="sk-relay", base_url=BASE, transport=transport, clock=VirtualClock())


def test_identity() -> None:
    assert isinstance(codec, NewAPICodec)
    assert profile.base_url is None
    assert profile.key_env == "SUNO_RELAY_API_KEY"
    assert (profile.auth_header, profile.auth_prefix) == ("Authorization", "Bearer")
    assert (profile.submit_operation, profile.fetch_operation, profile.batch_operation) == (
        "generate_music",
        "fetch_task",
        "fetch_tasks",
    )
    assert profile.callback_field == "notify_hook" and fake_simulator.prefix == "/suno"  # type: ignore[attr-defined]
    assert spec_vendor.package.__name__ == "songspec.clients.suno_relay"


def test_the_resellers_base_url_is_required() -> None:
    with pytest.raises(ConfigurationError, match="SONGSPEC_BASE_URL"):
        Songspec(VENDOR, api_key="k")
    with pytest.raises(ConfigurationError, match="no fixed address"):
        spec_vendor.client("k")


# ---------------------------------------------------------------------------------------- fetch
def test_documented_running_task_has_a_streaming_clip_but_is_not_finished() -> None:
    result = fetched(body("fetch_in_progress"))
    assert result.task_id == TASK_ID
    assert result.state is TaskState.RUNNING and result.raw_state == "IN_PROGRESS" and not result.done
    assert result.progress == 0.0  # new-api keeps "0%" until the end
    [track] = result.tracks
    assert track.id == CLIP_ID and track.title == "City Lights"
    assert track.audio_url == f"https://audiopipe.suno.ai/?item_id={CLIP_ID}"  # a live stream
    assert track.video_url is None and track.duration is None
    assert track.model == "chirp-v3"
    assert result.reason is None


def test_finished_task_with_unlisted_fields_gives_its_clip() -> None:
    result = fetched(body("synthetic_clip_extra_fields"))
    assert result.state is TaskState.SUCCEEDED and result.progress == 100.0
    [track] = result.tracks
    assert track.id == CLIP_ID
    assert track.audio_url == f"https://cdn1.suno.ai/{CLIP_ID}.mp3"
    assert track.video_url is None  # "" until the video is made
    assert track.raw["brand_new_field"] == {"nested": [1, 2]}
    assert result.raw["quota"] == 5000


def test_clip_fields_map_onto_the_track() -> None:
    payload = body("synthetic_clip_extra_fields")
    clip = payload["data"]["data"][0]
    clip["metadata"].update(duration="199.13433106575962", prompt="[Verse]\nWalking down the streets")
    clip.update(video_url=f"https://cdn1.suno.ai/{CLIP_ID}.mp4", image_large_url="https://cdn2.suno.ai/large.jpeg")
    [track] = fetched(payload).tracks
    assert track.duration == pytest.approx(199.134331) and isinstance(track.duration, float)
    assert track.lyrics == "[Verse]\nWalking down the streets"
    assert track.video_url == f"https://cdn1.suno.ai/{CLIP_ID}.mp4"
    assert track.image_url == "https://cdn2.suno.ai/large.jpeg"  # image_url missing: the large one
    assert track.seed is None
    clip["metadata"]["duration"] = 166.44
    clip.update(model_name="", image_url="https://cdn2.suno.ai/image.jpeg")
    [track] = fetched(payload).tracks
    assert (track.duration, track.model, track.image_url) == (166.44, "v3", "https://cdn2.suno.ai/image.jpeg")


def test_a_state_the_spec_does_not_list_means_not_finished() -> None:
    result = fetched(body("synthetic_unknown_task_status"))
    assert result.state is TaskState.UNKNOWN and result.raw_state == "RETRYING" and not result.done


@pytest.mark.parametrize(
    ("raw", "expected"),
    [
        ("NOT_START", TaskState.QUEUED),
        ("SUBMITTED", TaskState.QUEUED),
        ("QUEUED", TaskState.QUEUED),
        ("IN_PROGRESS", TaskState.RUNNING),
        ("FAILURE", TaskState.FAILED),
        ("SUCCESS", TaskState.SUCCEEDED),
        ("UNKNOWN", TaskState.UNKNOWN),
    ],
)
def test_task_states(raw: str, expected: TaskState) -> None:
    payload = body("fetch_in_progress")
    payload["data"]["status"] = raw
    assert fetched(payload).state is expected


def test_the_task_state_is_the_taskdto_not_the_clips() -> None:
    payload = body("fetch_in_progress")
    payload["data"]["data"][0]["status"] = "complete"  # the clip is done, the task not yet
    assert fetched(payload).state is TaskState.RUNNING
    payload["data"].update(status="SUCCESS", progress="100%")
    payload["data"]["data"][0]["status"] = "streaming"  # a relay never updates a finished task
    result = fetched(payload)
    assert result.state is TaskState.SUCCEEDED and result.tracks[0].id == CLIP_ID


def test_failed_task_carries_fail_reason_or_the_clips_error_message() -> None:
    payload = body("fetch_in_progress")
    payload["data"].update(status="FAILURE", fail_reason="任务超时（30分钟）", progress="100%")
    result = fetched(payload)
    assert result.state is TaskState.FAILED and result.reason == "任务超时（30分钟）"
    payload["data"]["fail_reason"] = ""
    clip = payload["data"]["data"][0]
    clip["status"] = "error"
    clip["metadata"].update(error_type="moderation", error_message="Lyrics contain banned words")
    result = fetched(payload)
    assert result.state is TaskState.FAILED and result.reason == "Lyrics contain banned words"
    assert result.tracks == ()  # a failed clip is not a song


def test_success_whose_every_clip_failed_is_a_failure() -> None:
    payload = body("synthetic_clip_extra_fields")
    clip = payload["data"]["data"][0]
    clip["status"] = "error"
    clip["metadata"]["error_message"] = "Unable to generate audio"
    result = fetched(payload)
    assert result.state is TaskState.FAILED and result.raw_state == "SUCCESS"
    assert result.reason == "Unable to generate audio" and result.tracks == ()
    # one good clip is enough: the task succeeded, with the good clip only
    good = copy.deepcopy(clip)
    good.update(id="c2", status="complete", audio_url="https://cdn1.suno.ai/c2.mp3")
    payload["data"]["data"].append(good)
    result = fetched(payload)
    assert result.state is TaskState.SUCCEEDED and [t.id for t in result.tracks] == ["c2"]


def test_documented_lyrics_task_in_a_batch_answer() -> None:
    ids = [LYRICS_TASK, TASK_ID]
    found = codec.fetch_results(batch_answer(body("fetch_tasks_lyrics"), ids), ids)
    assert list(found) == [LYRICS_TASK]  # the unknown id is simply absent
    result = found[LYRICS_TASK]
    assert result.state is TaskState.SUCCEEDED and result.progress == 100.0
    [track] = result.tracks
    assert (track.id, track.title, track.lyrics) == (LYRICS_TASK, "City Lights", "[Verse]\nWalking down the streets")
    assert track.audio_url is None


def test_lyrics_given_as_a_list_of_candidates() -> None:
    [track] = fetched(body("synthetic_lyrics_data_array"), LYRICS_TASK).tracks
    assert track.lyrics == "[Verse]\nWalking down the streets" and track.title == "City Lights"


@pytest.mark.parametrize("wrapped", [False, True])
def test_a_bare_clip_list_is_read_as_the_origin_server_does(wrapped: bool) -> None:
    clips = body("act_stems_page")["clips"]  # two queued stem clips
    payload = {"code": "success", "message": "", "data": clips} if wrapped else clips
    result = fetched(payload)
    assert result.task_id == TASK_ID and result.state is TaskState.QUEUED and result.raw_state == "QUEUED"
    assert [t.title for t in result.tracks] == ["City Lights - Vocals", "City Lights - Instrumental"]
    assert result.tracks[0].duration == 166.44 and result.tracks[0].lyrics.startswith("[Verse]\nWalking")
    assert result.tracks[1].lyrics is None  # "" for the instrumental
    assert result.raw == payload


@pytest.mark.parametrize(
    ("statuses", "expected", "raw_state"),
    [
        (["complete", "complete"], TaskState.SUCCEEDED, "SUCCESS"),
        (["complete", "streaming"], TaskState.RUNNING, "IN_PROGRESS"),
        (["streaming", "queued"], TaskState.QUEUED, "QUEUED"),
        (["complete", "error"], TaskState.FAILED, "FAILURE"),
        (["complete", "rendering"], TaskState.UNKNOWN, "rendering"),
    ],
)
def test_task_state_derived_from_bare_clips(statuses: list[str], expected: TaskState, raw_state: str) -> None:
    clips = [
        {"id": f"c{i}", "status": s, "audio_url": "", "metadata": {"error_message": "boom" if s == "error" else None}}
        for i, s in enumerate(statuses)
    ]
    result = fetched(clips)
    assert (result.state, result.raw_state) == (expected, raw_state)
    if expected is TaskState.FAILED:
        assert result.reason == "boom" and [t.id for t in result.tracks] == ["c0"]


def test_missing_fields_and_nulls_are_tolerated() -> None:
    payload = {"code": "success", "message": None, "data": {"task_id": TASK_ID, "status": "NOT_START", "data": None}}
    result = fetched(payload)
    assert result.state is TaskState.QUEUED and result.progress is None and result.tracks == ()
    payload["data"].update(status="SUCCESS", data=[None, "x", {"more": "placeholder"}, {"id": "c1"}])
    [track] = fetched(payload).tracks
    assert track.id == "c1" and track.audio_url is None and track.duration is None


def test_task_not_exist_says_nothing_about_the_task() -> None:
    status, not_found = fake_simulator.not_found()
    assert (status, not_found) == (400, body("error_task_not_exist"))
    assert codec.fetch_results(answer(not_found, 200), [TASK_ID]) == {}  # listed under 200 by one page
    assert "task_not_exist" in codec.unknown_task_codes
    error = codec.error(answer(not_found, 400))
    assert type(error) is InvalidRequestError and error.code == "task_not_exist"
    one_hub = codec.error(answer(body("error_task_not_exist_one_hub"), 404))
    assert type(one_hub) is InvalidRequestError and one_hub.code == "task_not_exist"


# ---------------------------------------------------------------------------------------- submit
@pytest.mark.parametrize(
    ("name", "task_id"),
    [("submit_accepted_origin", TASK_ID), ("submit_accepted_302ai", "469a479492f64ff4bb8d2ac3a85396f8")],
)
def test_documented_submit_answers_give_the_task_id(name: str, task_id: str) -> None:
    exchange = submitted(body(name))
    assert codec.submit_refusal(exchange) is None
    assert codec.submitted_task_id(exchange) == task_id


def test_stem_separations_raw_answer_has_no_task_id() -> None:
    # Suno's raw {id, clips} is not the envelope; its `id` is not documented as a task id.
    exchange = submitted(body("gen_stem_full_track_response"))
    assert codec.submit_refusal(exchange) is None
    assert codec.submitted_task_id(exchange) is None


def test_a_200_that_is_not_success_is_a_rejection() -> None:
    exchange = submitted({"code": "quota_not_enough", "message": "user quota is not enough", "data": None})
    rejection = codec.submit_refusal(exchange)
    assert type(rejection) is InsufficientBalanceError and rejection.code == "quota_not_enough"
    assert codec.submitted_task_id(exchange) is None


def test_generate_uses_inspiration_mode_for_a_prompt() -> None:
    assert codec.generation_body("an upbeat pop song about summer", None, {"mv": "chirp-v3-5"}) == {
        "gpt_description_prompt": "an upbeat pop song about summer",
        "mv": "chirp-v3-5",
    }
    assert "mv" not in codec.generation_body("x", None, {})  # the relay's default model


def test_generate_uses_custom_mode_for_lyrics() -> None:
    lyrics = "[Verse]\nWalking down the streets\nBeneath the city lights"
    assert codec.generation_body("emotional punk", lyrics, {"title": "City Lights"}) == {
        "prompt": lyrics,
        "tags": "emotional punk",
        "title": "City Lights",
    }
    assert codec.generation_body(None, "", {"title": "Calm"}) == {"prompt": "", "title": "Calm"}  # instrumental


def test_generate_sends_custom_mode_to_the_resellers_host_with_bearer_auth() -> None:
    seen: list[httpx.Request] = []
    api = api_with(transport_answering((200, body("submit_accepted_origin")), seen=seen))
    task = api.generate("emotional punk", lyrics="[Verse]\nla", title="City Lights", mv="chirp-v4", wait=False)
    assert task.task_id == TASK_ID and task.operation == "generate_music"
    [request] = seen
    assert request.method == "POST" and str(request.url) == f"{BASE}/suno/submit/music"
    assert request.headers["Authorization"] == "Bearer sk-relay"
    assert json.loads(request.content) == {
        "prompt": "[Verse]\nla",
        "tags": "emotional punk",
        "title": "City Lights",
        "mv": "chirp-v4",
    }


@pytest.mark.parametrize(
    "name", ["inspiration_request", "custom_request", "extend_request", "gen_stem_full_track_request"]
)
def test_documented_request_bodies_are_sent_unchanged(name: str) -> None:
    seen: list[httpx.Request] = []
    api = api_with(transport_answering((200, body("submit_accepted_origin")), seen=seen))
    api.submit(body(name))
    assert json.loads(seen[0].content) == body(name)


def test_the_callback_url_goes_in_notify_hook() -> None:
    seen: list[httpx.Request] = []
    api = api_with(transport_answering((200, body("submit_accepted_origin")), seen=seen))
    api.submit({"gpt_description_prompt": "x"}, callback_url="https://hooks.example/s3cret/")
    assert json.loads(seen[0].content)["notify_hook"] == "https://hooks.example/s3cret/"


@pytest.mark.parametrize(
    "bad",
    [
        {"gpt_description_prompt": "x", "mv": "chirp-v9"},
        {"prompt": "la", "continue_clip_id": CLIP_ID},  # needs task_id (400 `task_id is empty`)
        {"gpt_description_prompt": "x", "make_instrumental": "yes"},
        {"gpt_description_prompt": "x", "lyrics": "la"},  # not a field
        {"prompt": "la", "continue_at": -5},
        {"task": "gen_stem", "stem_type_group_name": "Three"},
        {"task": "remix"},
    ],
)
def test_bad_body_is_refused_before_sending(bad: dict) -> None:
    seen: list[httpx.Request] = []
    api = api_with(transport_answering((200, {}), seen=seen))
    with pytest.raises(RequestValidationError):
        api.submit(bad)
    assert seen == []


# ---------------------------------------------------------------------------------------- errors
@pytest.mark.parametrize(
    ("status", "payload", "expected", "code", "message"),
    [
        (400, fixture("error_task_id_empty")["body"], InvalidRequestError, "invalid_request", "task id is empty"),
        (400, fixture("error_prompt_empty")["body"], InvalidRequestError, "invalid_request", "prompt_empty"),
        (
            401,
            {"error": {"message": "无效的令牌", "type": "new_api_error", "code": ""}},
            AuthenticationError,
            None,
            "无效的令牌",
        ),
        (
            403,
            {"code": "quota_not_enough", "message": "user quota is not enough", "data": None},
            InsufficientBalanceError,
            "quota_not_enough",
            "user quota is not enough",
        ),
        (
            429,
            {"code": "", "message": "当前分组上游负载已饱和，请稍后再试", "data": None},
            RateLimitedError,
            None,
            "当前分组上游负载已饱和，请稍后再试",
        ),
        (
            500,
            {"code": "fail_to_fetch_task", "message": "请求上游地址失败", "data": None},
            ServerError,
            "fail_to_fetch_task",
            "请求上游地址失败",
        ),
    ],
)
def test_error_envelopes(status: int, payload: dict, expected: type, code: str | None, message: str) -> None:
    error = codec.error(answer(payload, status))
    assert type(error) is expected
    assert (error.status_code, error.code, error.message) == (status, code, message)


# ---------------------------------------------------------------------------------------- requests
def test_fetch_requests() -> None:
    single = spec_vendor.fetch_call(TASK_ID)
    assert single.module._get_kwargs(**single.kwargs)["url"] == f"/suno/fetch/{TASK_ID}"
    batch = spec_vendor.batch_call(["a", "b"])
    request = batch.module._get_kwargs(**batch.kwargs)
    assert (request["method"], request["url"], request["json"]) == ("post", "/suno/fetch", {"ids": ["a", "b"]})
    spec_vendor.validate_request("fetch_tasks", body("fetch_tasks_request"))  # {ids, action} is a valid body
    assert [len(chunk) for _, chunk in spec_vendor.fetch_calls([f"t{i}" for i in range(150)])] == [100, 50]


def test_documented_answers_drive_a_wait_to_the_clip() -> None:
    transport = transport_answering((200, body("fetch_in_progress")), (200, body("synthetic_clip_extra_fields")))
    seen: list[TaskState] = []
    result = api_with(transport).wait(TASK_ID, on_progress=lambda r: seen.append(r.state))
    assert seen == [TaskState.RUNNING, TaskState.SUCCEEDED]
    assert result.tracks[0].audio_url == f"https://cdn1.suno.ai/{CLIP_ID}.mp3"


def test_fetching_an_unknown_task_raises_task_not_exist() -> None:
    api = api_with(transport_answering((400, body("error_task_not_exist"))))
    with pytest.raises(InvalidRequestError) as raised:
        api.fetch("nosuchtask")
    assert raised.value.code == "task_not_exist" and raised.value.status_code == 400


# ---------------------------------------------------------------------------------------- callbacks
def test_callback_accepts_a_taskdto_or_its_envelope() -> None:
    envelope = body("synthetic_clip_extra_fields")
    for payload in (envelope["data"], envelope, {**envelope, "data": [envelope["data"]]}):
        spec_vendor.validate_callback(payload)
        result = codec.callback_result(payload)
        assert result.task_id == TASK_ID and result.state is TaskState.SUCCEEDED
        assert result.tracks[0].id == CLIP_ID


@pytest.mark.parametrize(
    "payload",
    [
        {},
        {"code": "success", "data": None},
        {"code": "task_not_exist", "data": {"task_id": "x"}},
        {"status": "SUCCESS"},
    ],
)
def test_callback_without_a_task_is_refused(payload: dict) -> None:
    with pytest.raises(ValueError):
        codec.callback_result(payload)


def test_callback_schema_takes_any_object_only() -> None:
    spec_vendor.validate_callback({"anything": 1})
    with pytest.raises(ValueError, match="callback body"):
        spec_vendor.validate_callback([1, 2, 3])


# ---------------------------------------------------------------------------------------- simulation
def assert_matches(operation: str, payload: Any) -> None:
    assert_matches_response(VENDOR, operation, payload)


def test_the_simulated_vendor_speaks_the_documented_format() -> None:
    clock = VirtualClock()
    fake = FakeVendor(VENDOR, clock=clock)
    assert_matches("generate_music", fake_simulator.submit_answer("task_x"))
    tasks = [fake.create_task(runs_for=30), fake.create_task(runs_for=30, fails=True)]
    states = []
    for when in (0, 10, 40):
        clock.sleep(when)
        records = [fake.record(t) for t in tasks]
        states.append(records[0]["data"][0]["status"])
        assert_matches("fetch_task", fake_simulator.fetch_answer(records[:1], batch=False))
        assert_matches("fetch_tasks", fake_simulator.fetch_answer(records, batch=True))
    assert states == ["submitted", "streaming", "complete"]
    success, failure = (fake.record(t) for t in tasks)
    assert success["status"] == "SUCCESS" and success["data"][0]["metadata"]["duration"] == 187.42
    assert failure["status"] == "FAILURE" and failure["data"][0]["metadata"]["error_message"] == failure["fail_reason"]
    assert codec.callback_result(fake.callback_body(tasks[0])).tracks[0].audio_url.endswith(".mp3")


def test_the_simulated_vendor_routes_the_suno_paths() -> None:
    route = fake_simulator.route
    assert route(httpx.Request("POST", f"{BASE}/suno/submit/music")) == ("submit", [])
    assert route(httpx.Request("GET", f"{BASE}/suno/fetch/{TASK_ID}")) == ("fetch", [TASK_ID])
    assert route(httpx.Request("POST", f"{BASE}/suno/fetch", json={"ids": ["a", "b"]})) == ("batch", ["a", "b"])
    assert route(httpx.Request("GET", f"{BASE}/producer/fetch/x")) is None
