"""AceDataCloud Suno: the vendor's documented payloads (contract_tests/fixtures/acedata-suno) map
onto songspec's vocabulary, its error codes onto the error classes, and submissions are made
non-blocking. The task format is AceData's (shared with Producer in songspec/vendors/_acedata.py);
what is Suno's own is tested here: two songs per task, per-song states with preview URLs, the
moderation and timeout codes, the 17 action bodies."""

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

VENDOR = "acedata-suno"
FIXTURES = Path(__file__).resolve().parents[1] / "contract_tests" / "fixtures" / VENDOR
fixture = fixture_loader(VENDOR)
spec_vendor = get_vendor(VENDOR)
codec = spec_vendor.codec
profile = spec_vendor.profile

TASK_ID = "eae26f89-b64b-404d-a80c-761996660b1c"  # the tasks guide's example task


def answer(body: Any, status: int = 200) -> Exchange:
    """A fetch answer, parsed by the generated client as the wrapper parses it."""
    return real_answer(VENDOR, "fetch_tasks", body, status)


def submit_answer(body: Any, status: int = 200) -> Exchange:
    return real_answer(VENDOR, "generate_music", body, status)


# ---------------------------------------------------------------------- identity
def test_identity_follows_the_vendor() -> None:
    assert profile.base_url == "https://api.acedata.cloud"
    assert (profile.auth_header, profile.auth_prefix) == ("Authorization", "Bearer")
    assert profile.key_env == "ACEDATACLOUD_API_TOKEN"  # what the vendor's own skill and SDK read
    assert profile.submit_operation == "generate_music"
    assert (profile.prompt_field, profile.lyrics_field) == ("prompt", "lyric")
    assert profile.batch_operation == profile.fetch_operation == "fetch_tasks"
    assert profile.batch_limit == 50
    assert profile.callback_field == "callback_url"


# ---------------------------------------------------------------------- fetching
def test_retrieve_record_maps_to_its_two_songs() -> None:
    found = codec.fetch_results(answer(fixture("tasks_retrieve_response")["body"]), [TASK_ID])
    result = found[TASK_ID]
    # The guide's record has no finished_at and no song state: `response.success` with songs is done.
    assert result.state is TaskState.SUCCEEDED and result.raw_state is None
    assert result.progress == 100.0 and result.reason is None
    first, second = result.tracks
    assert first.id == "b8a4f691-4b14-4120-a7e1-a54a27a0e57e" and second.id == "1a3343b2-2c24-4584-a2a7-687e2f97f09e"
    assert first.title == "Holiday Wishes"
    assert first.audio_url == "https://cdn1.suno.ai/b8a4f691-4b14-4120-a7e1-a54a27a0e57e.mp3"
    assert first.video_url == "https://cdn1.suno.ai/b8a4f691-4b14-4120-a7e1-a54a27a0e57e.mp4"
    assert first.image_url == "https://cdn2.suno.ai/image_b8a4f691-4b14-4120-a7e1-a54a27a0e57e.jpeg"
    assert first.duration == pytest.approx(154.44) and isinstance(first.duration, float)
    assert first.model == "chirp-v3.5" and first.seed is None
    assert first.lyrics and first.lyrics.startswith("[Verse]\nSnow is falling")
    assert first.raw["style"] == "pop"


def test_retrieve_batch_maps_items_by_id() -> None:
    body = fixture("tasks_retrieve_batch_response")["body"]
    found = codec.fetch_results(answer(body), [TASK_ID, "0d3ed03b-912b-4f7d-941b-8441323cb77b"])
    assert set(found) == {TASK_ID, "0d3ed03b-912b-4f7d-941b-8441323cb77b"}
    assert all(result.succeeded and len(result.tracks) == 2 for result in found.values())
    assert found["0d3ed03b-912b-4f7d-941b-8441323cb77b"].tracks[1].duration == pytest.approx(177.36)


def test_unknown_id_gives_no_result() -> None:
    assert codec.fetch_results(answer({}), [TASK_ID]) == {}
    assert codec.fetch_results(answer({"items": [], "count": 0}), [TASK_ID]) == {}


def test_an_error_envelope_with_200_is_no_record() -> None:
    assert codec.fetch_results(answer(fixture("error_api_error_tasks_guide")["body"]), [TASK_ID]) == {}


def test_fetch_and_batch_send_the_documented_bodies() -> None:
    assert sent_json(spec_vendor.fetch_call(TASK_ID)) == fixture("tasks_retrieve_request")["body"]
    ids = fixture("tasks_retrieve_batch_request")["body"]["ids"]
    assert sent_json(spec_vendor.batch_call(ids)) == fixture("tasks_retrieve_batch_request")["body"]
    calls = spec_vendor.fetch_calls([f"t{i}" for i in range(120)])
    assert [len(asked) for _, asked in calls] == [50, 50, 20]


def test_fetch_reads_a_served_record_and_an_unknown_id() -> None:
    def vendor(request: httpx.Request) -> httpx.Response:
        asked = json.loads(request.content)
        assert request.url.path == "/suno/tasks" and request.headers["authorization"] == "Bearer k"
        if asked == {"action": "retrieve", "id": TASK_ID}:
            return httpx.Response(200, json=fixture("tasks_retrieve_response")["body"])
        return httpx.Response(200, json={})

    api = Songspec(VENDOR, api_key="k", transport=httpx.MockTransport(vendor))
    assert [t.title for t in api.fetch(TASK_ID).tracks] == ["Holiday Wishes", "Holiday Wishes"]
    with pytest.raises(InvalidRequestError) as raised:
        api.fetch("no-such-task")
    assert raised.value.code == "task_not_found"


# ---------------------------------------------------------------------- states
def record(**fields: Any) -> dict[str, Any]:
    return {"id": "t1", "created_at": 1.0, **fields}


def songs(*states: str, audio: bool = True) -> dict[str, Any]:
    return {"success": True, "data": [{"id": f"s{i}", "state": s, **({"audio_url": "u"} if audio else {})}
                                      for i, s in enumerate(states)]}  # fmt: skip


@pytest.mark.parametrize(
    ("fields", "state"),
    [
        ({}, TaskState.QUEUED),
        ({"started_at": 2.0}, TaskState.RUNNING),
        ({"response": songs("pending", "pending", audio=False)}, TaskState.QUEUED),
        ({"response": songs("running", "running")}, TaskState.RUNNING),  # preview URLs do not end it
        ({"response": songs("succeeded", "running")}, TaskState.RUNNING),  # the least advanced song decides
        ({"response": songs("succeeded", "succeeded")}, TaskState.SUCCEEDED),
        ({"response": songs("succeeded", "error")}, TaskState.FAILED),
        ({"response": songs("complete", "complete")}, TaskState.SUCCEEDED),  # the skill's word
        ({"response": songs("brand_new", "succeeded")}, TaskState.UNKNOWN),
        ({"finished_at": 9.0, "response": {"success": True, "data": [{"audio_url": "u"}]}}, TaskState.SUCCEEDED),
        ({"finished_at": 9.0, "response": {"success": True, "data": []}}, TaskState.SUCCEEDED),
        ({"finished_at": 9.0}, TaskState.UNKNOWN),  # ended without songs or an error: not a success
        ({"finished_at": 9.0, "response": {"success": False}}, TaskState.FAILED),  # projects guide
    ],
)
def test_record_states(fields: dict[str, Any], state: TaskState) -> None:
    [result] = codec.fetch_results(answer(record(**fields)), ["t1"]).values()
    assert result.state is state


def test_every_documented_song_state_is_known() -> None:
    expected = {"succeeded": TaskState.SUCCEEDED, "pending": TaskState.QUEUED, "running": TaskState.RUNNING,
                "error": TaskState.FAILED}  # fmt: skip
    for raw, state in expected.items():
        assert codec.state(raw) is state, raw
    assert codec.state("SOMETHING_NEW") is TaskState.UNKNOWN


@pytest.mark.parametrize(
    ("line", "state"),
    [(1, TaskState.QUEUED), (2, TaskState.RUNNING), (3, TaskState.RUNNING), (4, TaskState.RUNNING),
     (5, TaskState.SUCCEEDED)],
)  # fmt: skip
def test_the_streamed_lines_move_from_queued_to_succeeded(line: int, state: TaskState) -> None:
    # The guide's ndjson stream: pending songs, running songs with preview audio, then one song
    # done and the other still running, then both done. Only the last line is a finished task.
    body = fixture(f"audios_stream_line_{line}")["body"]
    result = codec.callback_result(body)
    assert result.task_id == "1af4b454-ce84-4512-a0a2-de3f8574ecd8" and result.state is state
    assert len(result.tracks) == 2


def test_a_failed_record_carries_the_vendors_reason() -> None:
    body = record(finished_at=9.0, response={"success": False, "error": {"code": "api_error", "message": "job failed with unknown error"}})  # fmt: skip
    result = codec.fetch_results(answer(body), ["t1"])["t1"]
    assert result.state is TaskState.FAILED and result.reason == "job failed with unknown error"


# ---------------------------------------------------------------------- callbacks and blocking answers
def test_callback_body_maps_to_its_songs() -> None:
    body = fixture("audios_callback_body")["body"]
    spec_vendor.validate_callback(body)
    result = codec.callback_result(body)
    assert result.task_id == "44472ab8-783b-4054-b861-5bf14e462f60" and result.state is TaskState.SUCCEEDED
    assert [t.id for t in result.tracks] == [
        "da4324e5-84b2-484b-b0e9-dd261381c594",
        "b878a87b-a0db-4046-8ccd-ecd2fb3d4372",
    ]
    assert result.tracks[0].title == "Winter Whispers" and result.tracks[0].duration is None


def test_callback_acknowledgement_alone_is_not_finished() -> None:
    result = codec.callback_result(fixture("audios_callback_accepted")["body"])
    assert result.task_id == "44472ab8-783b-4054-b861-5bf14e462f60" and not result.done


@pytest.mark.parametrize(
    ("name", "tracks"),
    [("generate", 2), ("artist_consistency", 2), ("extend", 2), ("concat", 1), ("cover", 2), ("replace_section", 1),
     ("stems", 2), ("all_stems", 24), ("advanced", 2), ("underpainting", 2), ("overpainting", 2), ("remaster", 2),
     ("mashup", 2)],
)  # fmt: skip
def test_every_documented_result_body_succeeds(name: str, tracks: int) -> None:
    body = fixture(f"audios_{name}_response")["body"]
    result = codec.callback_result(body)
    assert result.task_id == body["task_id"] and result.succeeded and result.raw_state == "succeeded"
    assert len(result.tracks) == tracks and all(track.audio_url and track.id for track in result.tracks)


def test_an_empty_video_url_is_no_video() -> None:
    [first, _] = codec.callback_result(fixture("audios_generate_response")["body"]).tracks
    assert first.video_url is None and first.duration == pytest.approx(154.92) and first.model == "chirp-auk"


# ---------------------------------------------------------------------- submitting
@pytest.mark.parametrize(
    ("name", "task_id"),
    [("audios_callback_accepted", "44472ab8-783b-4054-b861-5bf14e462f60"),
     ("audios_generate_response", "e72fb249-bd5b-4e2a-b20c-8a06fea5ac14"),
     ("audios_response_sdk", "6a8fe7f7-3897-43e4-ad1e-5d0792fb3dba")],
)  # fmt: skip
def test_task_id_from_submit_answers(name: str, task_id: str) -> None:
    exchange = submit_answer(fixture(name)["body"])
    assert codec.submit_refusal(exchange) is None
    assert codec.submitted_task_id(exchange) == task_id


def test_a_200_with_success_false_is_a_rejection() -> None:
    refused = {"success": False, "error": {"code": "forbidden", "message": "Prompt likely copyrighted"}}
    error = codec.submit_refusal(submit_answer(refused))
    assert type(error) is InvalidRequestError and error.code == "forbidden" and error.status_code == 200


def test_generation_body_is_a_non_blocking_generate() -> None:
    def prepared(prompt: str | None, lyrics: str | None, options: dict[str, Any]) -> dict[str, Any]:
        return codec.prepare_submit("generate_music", codec.generation_body(prompt, lyrics, options))

    body = prepared("A song for Christmas", None, {"model": "chirp-v5-5"})
    assert body == {"action": "generate", "model": "chirp-v5-5", "prompt": "A song for Christmas", "async": True}
    custom = prepared(None, "[Verse]\nla la", {"style": "pop"})
    assert custom == {"action": "generate", "lyric": "[Verse]\nla la", "style": "pop", "custom": True, "async": True}
    for made in (body, custom):
        spec_vendor.validate_request("generate_music", made)
    assert "async" not in prepared("x", None, {"callback_url": "https://hook.example/cb"})
    assert prepared("x", None, {"async": False})["async"] is False


def test_every_submission_of_generate_music_is_made_non_blocking() -> None:
    stems = fixture("audios_stems_request")["body"]
    assert sent_json(spec_vendor.submit_call("generate_music", stems)) == {**stems, "async": True}
    hooked = {**stems, "callback_url": "https://hook.example/cb"}
    assert sent_json(spec_vendor.submit_call("generate_music", hooked)) == hooked


def test_generate_sends_async_and_waits_for_both_songs() -> None:
    rig = Rig(VENDOR)
    sent: list[Any] = []

    def recording(request: httpx.Request) -> httpx.Response:
        sent.append((request.url.path, json.loads(request.content)))
        return rig.fake.handle(request)

    api = Songspec(VENDOR, api_key="k", transport=httpx.MockTransport(recording), clock=rig.clock)
    result = api.generate("lo-fi piano")
    assert result.succeeded and len(result.tracks) == 2 and all(t.duration for t in result.tracks)
    assert sent[0] == ("/suno/audios", {"action": "generate", "prompt": "lo-fi piano", "async": True})
    assert {path for path, _ in sent[1:]} == {"/suno/tasks"}
    assert {body["action"] for _, body in sent[1:]} == {"retrieve"}


@pytest.mark.parametrize(
    "body",
    [
        {"action": "generate"},  # no prompt
        {"prompt": ""},
        {"prompt": "x" * 501},
        {"action": "generate", "custom": True, "prompt": "x"},  # custom mode without lyric
        {"prompt": "x", "model": "chirp-v3"},  # named in the guide's prose only
        {"prompt": "x", "weirdness": 1.5},
        {"prompt": "x", "vocal_gender": "x"},
        {"prompt": "x", "style": "s" * 1001},
        {"action": "remix", "prompt": "x"},
        {"action": "extend", "audio_id": "a", "lyric": "l"},  # no continue_at
        {"action": "extend", "audio_id": "a", "continue_at": 0, "lyric": "l"},  # must be > 0
        {"action": "extend", "audio_id": "a", "continue_at": 10},  # lyric unless instrumental
        {"action": "stems"},  # no audio_id
        {"action": "stems", "audio_id": "a", "prompt": "x"},  # stems takes no generation fields
        {"action": "mashup", "mashup_audio_ids": ["one"]},
        {"action": "inspo", "audio_urls": []},
        {"action": "remaster", "audio_id": "a", "variation_category": "wild"},
        {"action": "artist_consistency", "audio_id": "a"},  # no persona_id
    ],
)
def test_bad_bodies_are_refused_before_sending(body: dict[str, Any]) -> None:
    rig = Rig(VENDOR)
    with pytest.raises(RequestValidationError):
        rig.api.submit(body)
    assert rig.fake.stats.requests == 0


def test_an_instrumental_extension_needs_no_lyric() -> None:
    spec_vendor.validate_request("generate_music", {"action": "extend", "audio_id": "a", "continue_at": 10, "instrumental": True})  # fmt: skip


@pytest.mark.parametrize(
    "name", sorted(p.stem for p in FIXTURES.glob("*.json") if json.loads(p.read_text())["kind"] == "request")
)
def test_documented_requests_pass_validation(name: str) -> None:
    case = fixture(name)
    spec_vendor.validate_request(case["operation"], case["body"])


# ---------------------------------------------------------------------- errors
@pytest.mark.parametrize(
    ("name", "expected"),
    [
        ("error_400_no_token", AuthenticationError),
        ("error_400_token_mismatched", AuthenticationError),
        ("error_400_disabled", AuthenticationError),
        ("error_401_invalid_token", AuthenticationError),
        ("error_401_token_expired", AuthenticationError),
        ("error_401_token_mismatched", AuthenticationError),
        ("error_403_used_up", InsufficientBalanceError),
        ("error_429_too_many_requests", RateLimitedError),
        ("error_400_bad_request", InvalidRequestError),
        ("error_400_api_not_implemented", InvalidRequestError),
        ("error_404_no_api", InvalidRequestError),
        ("error_500_api_error", ServerError),
        ("error_500_busy", ServerError),
        ("error_504_timeout", ServerError),
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


def test_a_moderation_refusal_is_a_request_error_not_an_auth_error() -> None:
    # The audios guide's error table: 403 `forbidden` with the moderation message (no full body is
    # documented; the envelope is the platform's).
    body = {"success": False, "error": {"code": "forbidden", "message": "Lyrics contained copyrighted material"}}
    error = codec.error(submit_answer(body, status=403))
    assert type(error) is InvalidRequestError and error.message == "Lyrics contained copyrighted material"


def test_rate_limit_keeps_retry_after() -> None:
    body = fixture("error_429_too_many_requests")["body"]
    error = codec.error(real_answer(VENDOR, "fetch_tasks", body, 429, headers={"Retry-After": "7"}))
    assert isinstance(error, RateLimitedError) and error.retry_after == 7.0
