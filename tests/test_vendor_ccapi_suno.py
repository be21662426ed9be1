"""CCAPI Suno: the Suno relay format (new-api's task routes) at https://api.ccapi.ai, with CCAPI's key.

What CCAPI pins is tested here: host, key, auth, its spec's request rules (strict where a source
gives a rule, open where the body is unknown), how sure each operation is, and its documented
payloads. The relay behaviour it inherits is tested in test_vendor_suno_relay.py; the fetch answers
in contract_tests/test_ccapi_suno_payloads.py.
"""

from __future__ import annotations

import json
from typing import Any

import httpx
import pytest

from contract_tests.specs import operation_definitions
from songspec import RequestValidationError, Songspec, TaskState, VirtualClock, WaitTimeoutError
from songspec.testing import FakeVendor
from songspec.vendors import REGISTRY, get_vendor
from tests.rig import answer_to, assert_matches_response, body_loader, transport_answering

VENDOR = "ccapi-suno"
body = body_loader(VENDOR)
TASK_ID = "task_7f11c4b772f44710ac0fae0d5b3dc4c1"
OTHER_ID = "task_BE5vsWPK0pWHyONbGVEXqsPqD6IkcBY6"

spec_vendor = get_vendor(VENDOR)
codec = spec_vendor.codec
profile = spec_vendor.profile

UNDOCUMENTED = {
    "extend_music": "EXTEND_MUSIC",
    "create_cover": "CREATE_COVER",
    "extract_stems": "EXTRACT_STEMS",
    "extract_all_stems": "EXTRACT_ALL_STEMS",
    "add_vocals": "ADD_VOCALS",
    "add_instrumental": "ADD_INSTRUMENTAL",
    "replace_section": "REPLACE_SECTION",
    "remaster_song": "REMASTER_SONG",
    "mashup": "MASHUP",
    "sample_section": "SAMPLE_SECTION",
    "generate_sounds": "GENERATE_SOUNDS",
    "generate_midi": "GENERATE_MIDI",
    "upload_audio": "UPLOAD_AUDIO",
    "concatenate_music": "CONCATENATE_MUSIC",
    "get_aligned_lyrics": "GET_ALIGNED_LYRICS",
    "generate_music_video": "GENERATE_MUSIC_VIDEO",
    "export_as_wav": "EXPORT_AS_WAV",
    "create_voice_persona": "CREATE_VOICE_PERSONA",
    "detect_bpm": "DETECT_BPM",
    "extract_vocals": "EXTRACT_VOCALS",
}
"""The 20 Suno menu entries CCAPI documents by name only (operationId -> the guessed action segment)."""


def api(*answers: tuple[int, Any], seen: list[httpx.Request], **options: Any) -> Songspec:
    return Songspec(VENDOR, transport=transport_answering(*answers, seen=seen), clock=VirtualClock(), **options)


def accepted() -> tuple[int, Any]:
    return 200, body("upsample_tags_submitted")


# ---------------------------------------------------------------------------------------- identity
def test_identity() -> None:
    # The relay's codec and simulator, CCAPI's own spec and client: nothing CCAPI-specific needs code.
    assert REGISTRY[VENDOR] == REGISTRY["suno-relay"]
    assert codec.wire_format == "new-api/suno"
    assert spec_vendor.package.__name__ == "songspec.clients.ccapi_suno"
    assert profile.base_url == "https://api.ccapi.ai"
    assert profile.key_env == "CCAPI_API_KEY" == get_vendor("ccapi-producer").profile.key_env
    assert (profile.auth_header, profile.auth_prefix) == ("Authorization", "Bearer")
    assert (profile.submit_operation, profile.fetch_operation, profile.batch_operation) == (
        "generate_music",
        "fetch_task",
        "fetch_tasks",
    )
    assert (profile.prompt_field, profile.lyrics_field) == ("gpt_description_prompt", "prompt")
    assert profile.callback_field is None and profile.batch_limit == 100


def test_generate_goes_to_ccapi_with_the_key_as_bearer(monkeypatch: pytest.MonkeyPatch) -> None:
    monkeypatch.setenv("CCAPI_API_KEY", "sk-ccapi")
    seen: list[httpx.Request] = []
    task = api(accepted(), seen=seen).generate("an upbeat pop song about summer", wait=False)
    assert task.task_id == TASK_ID
    [request] = seen
    assert (request.method, str(request.url)) == ("POST", "https://api.ccapi.ai/suno/submit/MUSIC")
    assert request.headers["Authorization"] == "Bearer sk-ccapi"
    assert json.loads(request.content) == {"gpt_description_prompt": "an upbeat pop song about summer"}


def test_lyrics_go_in_prompt_and_the_style_in_tags() -> None:
    seen: list[httpx.Request] = []
    api(accepted(), seen=seen, api_key="k").generate("emotional punk", lyrics="[Verse]\nla la", wait=False)
    assert json.loads(seen[0].content) == {"prompt": "[Verse]\nla la", "tags": "emotional punk"}


def test_fetch_and_batch_fetch_use_ccapis_routes() -> None:
    seen: list[httpx.Request] = []
    client = api((200, body("newapi_fetch_task_music_in_progress")), seen=seen, api_key="k")
    assert client.fetch(TASK_ID).state is TaskState.RUNNING
    assert (seen[0].method, str(seen[0].url)) == ("GET", f"https://api.ccapi.ai/suno/fetch/{TASK_ID}")

    seen.clear()
    client = api((200, body("newapi_fetch_tasks_two")), seen=seen, api_key="k")
    with pytest.raises(WaitTimeoutError) as timed_out:  # OTHER_ID keeps running
        client.wait_many([TASK_ID, OTHER_ID], timeout=30)
    assert timed_out.value.task_ids == [OTHER_ID]
    assert timed_out.value.last[TASK_ID].succeeded and len(timed_out.value.last[TASK_ID].tracks) == 2
    assert {(r.method, str(r.url)) for r in seen} == {("POST", "https://api.ccapi.ai/suno/fetch")}
    assert json.loads(seen[0].content) == {"ids": [TASK_ID, OTHER_ID]}


# ---------------------------------------------------------------------------------------- how sure
def test_each_operation_is_as_sure_as_its_source() -> None:
    ops = operation_definitions(VENDOR)
    assert len(ops) == 25, "CCAPI's Suno menu has 25 entries"
    confirmed = {name for name, op in ops.items() if op["x-doc-status"] == "confirmed"}
    assert confirmed == {"upsample_tags", "fetch_task"}
    # Switched off by the vendor, at a guessed path: inferred (the path is a guess) + deprecated,
    # the vendor's word kept in x-availability, as ccapi-producer marks its switched-off actions.
    switched_off = {name for name, op in ops.items() if op.get("deprecated") is True}
    assert switched_off == {"create_voice_persona"}
    assert "unavailable" in ops["create_voice_persona"]["x-availability"]
    inferred = set(ops) - confirmed
    assert inferred == {"generate_music", "generate_lyrics", "fetch_tasks"} | set(UNDOCUMENTED)
    assert all(ops[name]["x-doc-status"] == "inferred" for name in inferred)


@pytest.mark.parametrize("operation", sorted(UNDOCUMENTED))
def test_an_undocumented_action_sends_any_object_unchanged_to_its_guessed_path(operation: str) -> None:
    op = operation_definitions(VENDOR)[operation]
    assert op["tags"] == ["undocumented"]
    assert "guess" in op["description"] and "x-decision" in op
    anything = {"clip_id": "81348e3a-7c6a-49f9-9b84-3b0cd3340128", "whatever": [1, {"nested": True}]}
    seen: list[httpx.Request] = []
    task = api(accepted(), seen=seen, api_key="k").submit(anything, operation=operation)
    assert task.task_id == TASK_ID
    assert str(seen[0].url) == f"https://api.ccapi.ai/suno/submit/{UNDOCUMENTED[operation]}"
    assert json.loads(seen[0].content) == anything


# ---------------------------------------------------------------------------------------- requests
@pytest.mark.parametrize(
    ("operation", "bad", "why"),
    [
        ("upsample_tags", {}, "tags"),
        ("upsample_tags", {"tags": ""}, "tags"),
        ("upsample_tags", {"original_tags": "jazz"}, "original_tags"),  # the relay helper's name, not CCAPI's
        ("generate_music", {"gpt_description_prompt": "x", "negative_tags": "pop"}, "negative_tags"),
        ("generate_music", {"gpt_description_prompt": "x", "task": "extend"}, "task"),
        ("generate_music", {"continue_clip_id": "81348e3a-7c6a-49f9-9b84-3b0cd3340128"}, "task_id"),
        ("generate_music", {"continue_at": "80"}, "continue_at"),
        ("generate_lyrics", {"prompt": ""}, "prompt"),
        ("generate_lyrics", {}, "prompt"),
    ],
)
def test_what_the_sources_rule_out_is_refused_before_sending(operation: str, bad: dict[str, Any], why: str) -> None:
    seen: list[httpx.Request] = []
    with pytest.raises(RequestValidationError, match=why):
        api(accepted(), seen=seen, api_key="k").submit(bad, operation=operation)
    assert seen == []


@pytest.mark.parametrize(
    ("operation", "good"),
    [
        ("generate_music", {"continue_clip_id": "81348e3a-7c6a-49f9-9b84-3b0cd3340128", "task_id": TASK_ID}),
        ("generate_music", {"continue_clip_id": None, "task_id": "", "mv": "chirp-v3-5", "make_instrumental": True}),
        ("generate_music", {"prompt": "[Verse]", "tags": "punk", "title": "T", "continue_at": 80.5}),
        ("generate_lyrics", {"prompt": "a song about rain"}),
    ],
)
def test_what_new_api_takes_is_accepted(operation: str, good: dict[str, Any]) -> None:
    spec_vendor.validate_request(operation, good)


@pytest.mark.parametrize(
    ("name", "operation"),
    [("upsample_tags_request_docs", "upsample_tags"), ("newapi_submit_music_request_go_struct", "generate_music")],
)
def test_documented_request_bodies_are_sent_unchanged(name: str, operation: str) -> None:
    seen: list[httpx.Request] = []
    api(accepted(), seen=seen, api_key="k").submit(body(name), operation=operation)
    assert json.loads(seen[0].content) == body(name)


# ---------------------------------------------------------------------------------------- answers
def test_both_documented_submit_answers_give_the_task_id() -> None:
    for name, expected in [("upsample_tags_submitted", TASK_ID), ("submit_workflow_summary", "task_xxx")]:
        seen: list[httpx.Request] = []
        task = api((200, body(name)), seen=seen, api_key="k").submit({"tags": "jazz"}, operation="upsample_tags")
        assert task.task_id == expected


def test_the_simulated_vendor_speaks_ccapis_spec() -> None:
    clock = VirtualClock()
    fake = FakeVendor(VENDOR, clock=clock)
    task = fake.create_task(runs_for=30)
    for when in (0, 10, 40):
        clock.sleep(when)
        assert_matches_response(VENDOR, "fetch_task", fake.simulator.fetch_answer([fake.record(task)], batch=False))
        assert_matches_response(VENDOR, "fetch_tasks", fake.simulator.fetch_answer([fake.record(task)], batch=True))
    assert fake.simulator.fetch_answer([fake.record(task)], batch=False)["data"]["status"] == "SUCCESS"


# A payload shape CCAPI may send but does not document: its Producer pages say fetches return a
# "normalized data payload", and for Producer that is `{clips: [...], progress, quota}`. If CCAPI
# normalizes Suno tasks the same way, the relay codec (which reads a `data` object as lyrics) finds
# no song. The spec accepts the shape (TaskDto `data`: OtherTaskData); the codec would need to read
# `data.clips` as the clip list. Synthetic: built from the Producer page's layout with Suno clips.
NORMALIZED = {
    "code": "success",
    "message": "",
    "data": {
        "task_id": TASK_ID,
        "platform": "suno",
        "action": "MUSIC",
        "status": "SUCCESS",
        "fail_reason": "",
        "progress": "100%",
        "data": {
            "clips": [
                {
                    "id": "81348e3a-7c6a-49f9-9b84-3b0cd3340128",
                    "status": "complete",
                    "title": "City Lights",
                    "audio_url": "https://cdn1.suno.ai/81348e3a-7c6a-49f9-9b84-3b0cd3340128.mp3",
                }
            ],
            "progress": "100%",
        },
    },
}


def test_a_producer_style_normalized_payload_parses() -> None:
    assert_matches_response(VENDOR, "fetch_task", NORMALIZED)


def test_a_producer_style_normalized_payload_yields_its_songs() -> None:
    # CCAPI's Producer normalization (`data: {clips: [...]}`), undocumented for Suno, reads too.
    exchange = answer_to(VENDOR, spec_vendor.fetch_call(TASK_ID), NORMALIZED)
    result = codec.fetch_results(exchange, [TASK_ID])[TASK_ID]
    assert result.state is TaskState.SUCCEEDED
    assert [track.audio_url for track in result.tracks] == [NORMALIZED["data"]["data"]["clips"][0]["audio_url"]]
