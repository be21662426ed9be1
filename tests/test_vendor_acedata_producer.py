"""AceDataCloud Producer: the vendor's documented payloads (contract_tests/fixtures/acedata-producer)
map onto songspec's vocabulary, its error codes onto the error classes, and submissions are made
non-blocking."""

from __future__ import annotations

import json
from pathlib import Path
from typing import Any

import httpx
import pytest

from songspec import (
    AuthenticationError,
    InsufficientBalanceError,
    InvalidRequestError,
    RateLimitedError,
    RequestValidationError,
    ServerError,
    Songspec,
    TaskState,
)
from songspec._exchange import Exchange
from songspec.vendors import get_vendor
from tests.rig import Rig, fixture_loader, sent_json
from tests.rig import answer as real_answer

FIXTURES = Path(__file__).resolve().parents[1] / "contract_tests" / "fixtures" / "acedata-producer"
fixture = fixture_loader("acedata-producer")
spec_vendor = get_vendor("acedata-producer")
codec = spec_vendor.codec
profile = spec_vendor.profile

TASK_ID = "1a6ac2ad-10f2-4e2b-b500-66ec27fe82ad"


def answer(body: Any, status: int = 200) -> Exchange:
    """A fetch answer, parsed by the generated client as the wrapper parses it."""
    return real_answer("acedata-producer", "fetch_tasks", body, status)


def submit_answer(body: Any, status: int = 200) -> Exchange:
    return real_answer("acedata-producer", "generate_music", body, status)


# ---------------------------------------------------------------------- identity
def test_identity_follows_the_vendor() -> None:
    assert profile.base_url == "https://api.acedata.cloud"
    assert (profile.auth_header, profile.auth_prefix) == ("Authorization", "Bearer")
    assert profile.key_env == "ACEDATACLOUD_API_TOKEN"  # what the vendor's own SDK reads
    assert profile.batch_operation == profile.fetch_operation == "fetch_tasks"
    assert profile.batch_limit == 50
    assert profile.callback_field == "callback_url"


# ---------------------------------------------------------------------- fetching
def test_retrieve_record_maps_to_its_song() -> None:
    found = codec.fetch_results(answer(fixture("tasks_retrieve_response")["body"]), [TASK_ID])
    result = found[TASK_ID]
    assert result.state is TaskState.SUCCEEDED and result.raw_state == "succeeded"
    assert result.progress == 100.0 and result.reason is None
    [track] = result.tracks
    assert track.id == "1dd08826-478e-43a6-868f-aff5ababac2c"
    assert track.title == "Woke up with the sun in my eyes"
    assert track.audio_url == (
        "https://cdn.acedata.cloud/assets/examples/fish/5ade0339-5f11-487e-aacc-06a908271706-8e3fcb0e5547.mp3"
    )
    assert track.image_url == "https://cdn.acedata.cloud/e724d7f13d.png"
    assert track.video_url is None
    assert track.duration == pytest.approx(135.2330158730159) and isinstance(track.duration, float)
    assert track.seed == "1490770667" and track.model == "FUZZ-2.0 Pro"
    assert track.lyrics and track.lyrics.startswith("[Verse]\nWoke up")
    assert track.raw["image_id"] == track.id


def test_retrieve_batch_maps_items_by_id() -> None:
    body = fixture("tasks_retrieve_batch_response")["body"]
    assert body["count"] == 2  # the documented example lists the same task twice
    found = codec.fetch_results(answer(body), [TASK_ID])
    assert list(found) == [TASK_ID]
    assert found[TASK_ID].succeeded and found[TASK_ID].tracks[0].duration == pytest.approx(135.2330158730159)


@pytest.mark.parametrize("name", ["tasks_unknown_id", "tasks_empty_list_openapi"])
def test_unknown_ids_give_no_result(name: str) -> None:
    assert codec.fetch_results(answer(fixture(name)["body"]), [TASK_ID]) == {}


def test_an_error_envelope_with_200_is_no_record() -> None:
    body = fixture("error_api_error_tasks_guide")["body"]
    assert codec.fetch_results(answer(body), [TASK_ID]) == {}


def test_fetch_and_batch_send_the_documented_bodies() -> None:
    assert sent_json(spec_vendor.fetch_call(TASK_ID)) == fixture("tasks_retrieve_request")["body"]
    ids = fixture("tasks_retrieve_batch_request")["body"]["ids"]
    assert sent_json(spec_vendor.batch_call(ids)) == {"action": "retrieve_batch", "ids": ids}
    calls = spec_vendor.fetch_calls([f"t{i}" for i in range(120)])
    assert [len(asked) for _, asked in calls] == [50, 50, 20]


def test_fetch_reads_a_served_record_and_an_unknown_id() -> None:
    def vendor(request: httpx.Request) -> httpx.Response:
        asked = json.loads(request.content)
        assert request.headers["authorization"] == "Bearer k"
        if asked == {"action": "retrieve", "id": TASK_ID}:
            return httpx.Response(200, json=fixture("tasks_retrieve_response")["body"])
        return httpx.Response(200, json={})

    api = Songspec("acedata-producer", api_key="k", transport=httpx.MockTransport(vendor))
    assert api.fetch(TASK_ID).tracks[0].title == "Woke up with the sun in my eyes"
    with pytest.raises(InvalidRequestError) as raised:
        api.fetch("no-such-task")
    assert raised.value.code == "task_not_found"


# ---------------------------------------------------------------------- states
def record(**fields: Any) -> dict[str, Any]:
    return {"id": "t1", "type": "audios", "created_at": 1.0, **fields}


@pytest.mark.parametrize(
    ("fields", "state"),
    [
        ({}, TaskState.QUEUED),
        ({"started_at": 2.0}, TaskState.RUNNING),
        ({"state": "pending"}, TaskState.QUEUED),
        ({"state": "processing", "started_at": 2.0}, TaskState.RUNNING),
        ({"state": ""}, TaskState.QUEUED),  # the vendor MCP's tests feed an empty state
        ({"started_at": 2.0, "response": {"data": [{"state": "succeeded", "audio_url": "u"}]}}, TaskState.SUCCEEDED),
        ({"response": {"data": [{"state": "成功", "audio_url": "u"}]}}, TaskState.SUCCEEDED),
        ({"response": {"data": [{"state": "SUCCEEDED", "audio_url": "u"}]}}, TaskState.SUCCEEDED),
        ({"response": {"data": [{"state": "brand_new", "audio_url": "u"}]}}, TaskState.UNKNOWN),
        ({"finished_at": 9.0, "response": {"data": [{"state": "brand_new"}]}}, TaskState.UNKNOWN),
        (
            {"response": {"data": [{"state": "succeeded"}, {"state": "processing", "progress": "40%"}]}},
            TaskState.RUNNING,
        ),
        ({"state": "complete", "finished_at": 9.0, "response": {"data": [{"audio_url": "u"}]}}, TaskState.SUCCEEDED),
        ({"finished_at": 9.0, "response": {"task_id": "t1", "data": [{"audio_url": "u"}]}}, TaskState.SUCCEEDED),
        ({"finished_at": 9.0}, TaskState.UNKNOWN),  # ended without songs or an error: not a success
        ({"state": "failed", "finished_at": 9.0}, TaskState.FAILED),
        ({"state": "SOMETHING_NEW"}, TaskState.UNKNOWN),
    ],
)
def test_record_states(fields: dict[str, Any], state: TaskState) -> None:
    [result] = codec.fetch_results(answer(record(**fields)), ["t1"]).values()
    assert result.state is state


def test_running_song_progress_is_reported() -> None:
    body = record(started_at=2.0, response={"data": [{"state": "processing", "progress": "40%", "audio_url": "p"}]})
    result = codec.fetch_results(answer(body), ["t1"])["t1"]
    assert result.state is TaskState.RUNNING and result.progress == 40.0 and result.raw_state == "processing"


def test_a_failed_record_carries_the_vendors_reason() -> None:
    body = record(
        finished_at=9.0,
        response={"success": False, "error": {"code": "api_error", "message": "fetch failed"}, "trace_id": "tr"},
    )
    result = codec.fetch_results(answer(body), ["t1"])["t1"]
    assert result.state is TaskState.FAILED and result.reason == "fetch failed" and not result.tracks


def test_every_documented_state_value_is_known() -> None:
    for raw in ("succeeded", "成功", "complete", "pending", "processing", "failed"):
        assert codec.state(raw) is not TaskState.UNKNOWN, raw
    assert codec.state("SOMETHING_NEW") is TaskState.UNKNOWN
    assert codec.state(None) is TaskState.UNKNOWN


# ---------------------------------------------------------------------- callbacks and blocking answers
def test_callback_body_maps_to_its_song() -> None:
    body = fixture("audios_callback_body")["body"]
    spec_vendor.validate_callback(body)
    result = codec.callback_result(body)
    assert result.task_id == TASK_ID and result.state is TaskState.SUCCEEDED and result.progress == 100.0
    [track] = result.tracks
    assert track.id == "1dd08826-478e-43a6-868f-aff5ababac2c" and track.title == "在陽光下醒來"
    assert track.audio_url and track.audio_url.endswith("/audio/1dd08826-478e-43a6-868f-aff5ababac2c.m4a")
    assert track.duration == pytest.approx(135.2330158730159) and track.seed == "1490770667"


@pytest.mark.parametrize(
    ("name", "task_id", "song_id", "duration", "raw_state"),
    [
        ("generate_prompt", "82fd443a-903a-4f18-8028-12d2f8a0a4be", "6c947f13-a3c5-4b9c-8609-5639c37cdc2d", 181.3014058956916, "succeeded"),
        ("generate_custom", "9f58bbd4-855a-4233-ac45-b63bf9168e02", "38d3b9e2-0dfb-4338-b2a7-15e45656ed32", 153.80897959183673, "succeeded"),
        ("cover", "dbca350e-6fb9-46ca-9c7e-4c1a9080806f", "e52dd729-38b4-4c2f-9031-59eb7953c593", 153.0659410430839, "成功"),
    ],
)  # fmt: skip
def test_finished_bodies_map_whatever_the_state_language(
    name: str, task_id: str, song_id: str, duration: float, raw_state: str
) -> None:
    body = fixture(f"audios_{name}_response")["body"]
    spec_vendor.validate_callback(body)
    result = codec.callback_result(body)
    assert (result.task_id, result.state, result.raw_state) == (task_id, TaskState.SUCCEEDED, raw_state)
    [track] = result.tracks
    assert track.id == song_id and track.duration == pytest.approx(duration)
    assert track.audio_url and track.audio_url.endswith(f"/audio/{song_id}.m4a")


@pytest.mark.parametrize(
    "name", ["extend", "variation", "replace_section", "swap_vocals", "swap_instrumentals", "stems"]
)
def test_every_documented_result_body_succeeds(name: str) -> None:
    body = fixture(f"audios_{name}_response")["body"]
    result = codec.callback_result(body)
    assert result.task_id == body["task_id"] and result.succeeded
    assert result.tracks and all(track.audio_url for track in result.tracks)


def test_stems_result_points_at_the_zip() -> None:
    body = fixture("audios_stems_response")["body"]
    [track] = codec.callback_result(body).tracks
    assert track.id == "561ac695-b4aa-47cf-978d-fb7be2b9ebfc"  # no song id: the task's (the zip's name)
    assert track.audio_url == "https://platform.cdn.acedata.cloud/producer/561ac695-b4aa-47cf-978d-fb7be2b9ebfc.zip"
    assert track.raw["stems_url"] == track.audio_url
    assert (track.title, track.model, track.lyrics, track.duration) == ("在陽光下醒來", None, None, None)


def test_a_failed_callback_is_failed_with_its_reason() -> None:
    body = {"success": False, "task_id": "t9", "error": {"code": "api_error", "message": "fetch failed"}}
    spec_vendor.validate_callback(body)
    result = codec.callback_result(body)
    assert (result.task_id, result.state, result.reason) == ("t9", TaskState.FAILED, "fetch failed")


def test_callback_acknowledgement_alone_is_not_finished() -> None:
    result = codec.callback_result(fixture("audios_callback_accepted")["body"])
    assert result.task_id == "1a6ac2ad-10f2-4e2b-b500-66ec27fe82ad" and not result.done


# ---------------------------------------------------------------------- submitting
@pytest.mark.parametrize(
    ("name", "task_id"),
    [
        ("audios_callback_accepted", "1a6ac2ad-10f2-4e2b-b500-66ec27fe82ad"),
        ("audios_generate_prompt_response", "82fd443a-903a-4f18-8028-12d2f8a0a4be"),
        ("audios_stems_response", "561ac695-b4aa-47cf-978d-fb7be2b9ebfc"),
    ],
)
def test_task_id_from_submit_answers(name: str, task_id: str) -> None:
    exchange = submit_answer(fixture(name)["body"])
    assert codec.submit_refusal(exchange) is None
    assert codec.submitted_task_id(exchange) == task_id


def test_a_submit_answer_the_spec_cannot_read_has_no_task_id() -> None:
    # The spec requires `task_id`; an answer without it does not fit the model (the engine then
    # reports the submit as outcome unknown, with the body, rather than guessing an id).
    for body in ({"data": {"task_id": "d1"}}, {"id": "i1"}, {"success": True}, ["not", "an", "object"]):
        exchange = submit_answer(body)
        assert exchange.parse_error or exchange.parsed is None, body
        assert codec.submitted_task_id(exchange) is None


def test_a_200_with_success_false_is_a_rejection() -> None:
    used_up = {"success": False, "error": {"code": "used_up", "message": "Your balance is not sufficient"}}
    error = codec.submit_refusal(submit_answer(used_up))
    assert isinstance(error, InsufficientBalanceError) and error.code == "used_up" and error.status_code == 200
    bad = codec.submit_refusal(submit_answer({"success": False, "error": {"code": "bad_request", "message": "no"}}))
    assert type(bad) is InvalidRequestError
    assert codec.submit_refusal(submit_answer({"success": True, "task_id": "t"})) is None


def test_generation_body_is_a_non_blocking_generate() -> None:
    def prepared(prompt: str | None, lyrics: str | None, options: dict[str, Any]) -> dict[str, Any]:
        return codec.prepare_submit("generate_music", codec.generation_body(prompt, lyrics, options))

    body = prepared("A song for Christmas", None, {"model": "FUZZ-2.0 Pro"})
    assert body == {"action": "generate", "model": "FUZZ-2.0 Pro", "prompt": "A song for Christmas", "async": True}
    custom = prepared(None, "[Verse]\nla la", {})
    assert custom == {"action": "generate", "lyric": "[Verse]\nla la", "custom": True, "async": True}
    for made in (body, custom):
        spec_vendor.validate_request("generate_music", made)
    # A mode the caller chose is kept: callback mode answers at once anyway.
    hooked = prepared("x", None, {"callback_url": "https://hook.example/cb"})
    assert "async" not in hooked
    assert prepared("x", None, {"async": False})["async"] is False


def test_every_submission_of_generate_music_is_made_non_blocking() -> None:
    stems = fixture("audios_stems_request")["body"]
    assert sent_json(spec_vendor.submit_call("generate_music", stems)) == {**stems, "async": True}
    hooked = {**stems, "callback_url": "https://hook.example/cb"}
    assert sent_json(spec_vendor.submit_call("generate_music", hooked)) == hooked


def test_generate_sends_async_and_reads_the_task_id() -> None:
    rig = Rig("acedata-producer")
    bodies: list[Any] = []

    def recording(request: httpx.Request) -> httpx.Response:
        bodies.append((request.url.path, json.loads(request.content)))
        return rig.fake.handle(request)

    api = Songspec("acedata-producer", api_key="k", transport=httpx.MockTransport(recording), clock=rig.clock)
    result = api.generate("lo-fi piano")
    assert result.succeeded and result.tracks[0].duration == pytest.approx(181.3014058956916)
    path, submitted = bodies[0]
    assert path == "/producer/audios"
    assert submitted == {"action": "generate", "prompt": "lo-fi piano", "async": True}
    assert {body["action"] for path, body in bodies[1:]} == {"retrieve"}


@pytest.mark.parametrize(
    "body",
    [
        {"action": "generate"},  # neither prompt nor lyric
        {"action": "generate", "prompt": ""},
        {"action": "generate", "prompt": "x" * 201},
        {"action": "generate", "prompt": "x", "model": "FUZZ-9"},
        {"action": "generate", "prompt": "x", "style": "jazz"},  # only the vendor's MCP server sends it
        {"action": "remix", "prompt": "x"},
        {"action": "stems"},  # no audio_id
        {"action": "stems", "audio_id": "a", "prompt": "x"},
        {"action": "extend", "audio_id": "a", "continue_at": -1},
        {"action": "cover", "audio_id": "a", "sound_strength": 0.1},
    ],
)
def test_bad_bodies_are_refused_before_sending(body: dict[str, Any]) -> None:
    rig = Rig("acedata-producer")
    with pytest.raises(RequestValidationError):
        rig.api.submit(body)
    assert rig.fake.stats.requests == 0


@pytest.mark.parametrize(
    "name",
    [*sorted(p.stem for p in FIXTURES.glob("audios_*_request.json")), "tasks_retrieve_request"],
)
def test_documented_requests_pass_validation(name: str) -> None:
    case = fixture(name)
    spec_vendor.submit_call(case["operation"], case["body"])  # raises InvalidRequestError when off-spec


# ---------------------------------------------------------------------- errors
@pytest.mark.parametrize(
    ("name", "expected"),
    [
        ("error_400_no_token", AuthenticationError),
        ("error_400_token_mismatched", AuthenticationError),
        ("error_401_invalid_token", AuthenticationError),
        ("error_401_token_expired", AuthenticationError),
        ("error_401_token_mismatched", AuthenticationError),
        ("error_400_disabled", AuthenticationError),
        ("error_403_used_up", InsufficientBalanceError),
        ("error_429_too_many_requests", RateLimitedError),
        ("error_400_bad_request", InvalidRequestError),
        ("error_400_api_not_implemented", InvalidRequestError),
        ("error_404_no_api", InvalidRequestError),
        ("error_500_api_error", ServerError),
        ("error_api_error_primary", ServerError),
        ("error_api_error_tasks_guide", ServerError),
    ],
)
def test_error_envelopes_map_to_the_hierarchy(name: str, expected: type) -> None:
    case = fixture(name)
    error = codec.error(answer(case["body"], status=case["status"]))
    assert type(error) is expected
    assert error.code == case["body"]["error"]["code"]
    assert error.message == case["body"]["error"]["message"]
    assert error.status_code == case["status"]


def test_rate_limit_keeps_retry_after() -> None:
    body = fixture("error_429_too_many_requests")["body"]
    exchange = real_answer("acedata-producer", "fetch_tasks", body, 429, headers={"Retry-After": "7"})
    error = codec.error(exchange)
    assert isinstance(error, RateLimitedError) and error.retry_after == 7.0


def test_used_up_is_not_mistaken_for_a_bad_key() -> None:
    body = fixture("error_403_used_up")["body"]
    assert body["error"]["code"] == "used_up"
    assert not isinstance(codec.error(answer(body, status=403)), AuthenticationError)


def test_bodies_without_the_envelope_fall_back_to_the_status() -> None:
    assert type(codec.error(answer({"message": "bad key"}, status=401))) is AuthenticationError
    assert type(codec.error(answer({"error": "gateway"}, status=502))) is ServerError
    assert type(codec.error(answer(None, status=500))) is ServerError
