"""DeerAPI Suno: the Suno relay format at https://api.deerapi.com, with DeerAPI's own `mv` spelling.

What DeerAPI pins is tested here (host, key, its spec's request rules, its documented payloads);
the relay behaviour it inherits is tested in test_vendor_suno_relay.py.
"""

from __future__ import annotations

import json
from typing import Any

import httpx
import pytest

from songspec import RequestValidationError, Songspec, TaskState, VirtualClock
from songspec.testing import FakeVendor
from songspec.vendors import REGISTRY, get_vendor
from tests.rig import answer_to, assert_matches_response, body_loader, transport_answering

VENDOR = "deerapi-suno"
body = body_loader(VENDOR)
TASK_ID = "bee8f32e1994417ba8d7485d1aaf3b26"
CLIP_ID = "4720ad51-6d31-417c-a3a7-346b0b99abbc"

spec_vendor = get_vendor(VENDOR)
codec = spec_vendor.codec
profile = spec_vendor.profile


def fetched(json_body: Any, task_id: str = TASK_ID):
    exchange = answer_to(spec_vendor.name, spec_vendor.fetch_call(task_id), json_body, 200)
    return codec.fetch_results(exchange, [task_id])[task_id]


def test_identity() -> None:
    # The relay's codec, DeerAPI's own spec and client: nothing DeerAPI-specific needs code.
    assert REGISTRY["deerapi-suno"] == REGISTRY["suno-relay"]
    assert spec_vendor.name == "deerapi-suno" and spec_vendor.package.__name__ == "songspec.clients.deerapi_suno"
    assert profile.base_url == "https://api.deerapi.com"
    assert profile.key_env == "DEERAPI_API_KEY"
    assert (profile.auth_header, profile.auth_prefix) == ("Authorization", "Bearer")
    assert (profile.submit_operation, profile.fetch_operation, profile.batch_operation) == (
        "generate_music",
        "fetch_task",
        "fetch_tasks",
    )
    assert profile.callback_field == "notify_hook"


def test_generate_goes_to_deerapi_with_the_key_as_bearer(monkeypatch: pytest.MonkeyPatch) -> None:
    monkeypatch.setenv("DEERAPI_API_KEY", "sk-deer")
    seen: list[httpx.Request] = []
    api = Songspec(VENDOR, transport=transport_answering((200, body("submit_accepted_origin")), seen=seen))
    task = api.generate("an upbeat pop song about summer", mv="chirp-fenix", wait=False)
    assert task.task_id == TASK_ID
    [request] = seen
    assert str(request.url) == "https://api.deerapi.com/suno/submit/music"
    assert request.headers["Authorization"] == "Bearer sk-deer"
    assert json.loads(request.content) == {
        "gpt_description_prompt": "an upbeat pop song about summer",
        "mv": "chirp-fenix",
    }


@pytest.mark.parametrize(
    "name",
    [
        "custom_request",
        "dotted_model_request",
        "extend_request",
        "gen_stem_full_track_request",
        "gen_stem_single_track_request",
        "persona_music_request",
    ],
)
def test_documented_request_bodies_are_sent_unchanged(name: str) -> None:
    seen: list[httpx.Request] = []
    api = Songspec(VENDOR, api_key="k", transport=transport_answering((200, body("submit_accepted_origin")), seen=seen))
    api.submit(body(name))
    assert json.loads(seen[0].content) == body(name)


@pytest.mark.parametrize("mv", ["chirp-v3-5", "chirp-v3-0", "chirp-v4-tau", "chirp-auk-upload"])
def test_other_relays_model_spellings_are_refused_before_sending(mv: str) -> None:
    seen: list[httpx.Request] = []
    api = Songspec(VENDOR, api_key="k", transport=transport_answering((200, {}), seen=seen))
    with pytest.raises(RequestValidationError, match="mv"):
        api.generate("x", mv=mv, wait=False)
    assert seen == []
    get_vendor("suno-relay").validate_request("generate_music", {"mv": mv})  # fine at the generic relay


def test_deerapis_dotted_spelling_is_its_own() -> None:
    spec_vendor.validate_request("generate_music", {"mv": "chirp-v3.5"})
    spec_vendor.validate_request("generate_music", {"mv": "chirp-v3.0"})


def test_documented_running_task_and_lyrics_map_as_at_the_relay() -> None:
    result = fetched(body("fetch_in_progress"))
    assert result.state is TaskState.RUNNING and result.tracks[0].id == CLIP_ID and result.progress == 0.0
    lyrics = fetched(body("synthetic_lyrics_data_array"), "6f1a1178-e931-4488-95f3-40bf4bc130ed")
    assert lyrics.succeeded and lyrics.tracks[0].lyrics == "[Verse]\nWalking down the streets"
    assert fetched(body("synthetic_unknown_task_status")).state is TaskState.UNKNOWN


def test_stem_separation_answer_has_no_task_id() -> None:
    call = spec_vendor.submit_call("generate_music", body("gen_stem_full_track_request"))
    exchange = answer_to(VENDOR, call, body("synthetic_gen_stem_24_clips"))
    assert codec.submit_refusal(exchange) is None and codec.submitted_task_id(exchange) is None


def test_documented_answers_drive_a_wait() -> None:
    transport = transport_answering((200, body("fetch_in_progress")), (200, body("synthetic_clip_extra_fields")))
    api = Songspec(VENDOR, api_key="k", transport=transport, clock=VirtualClock())
    result = api.wait(TASK_ID)
    assert result.succeeded and result.tracks[0].audio_url == f"https://cdn1.suno.ai/{CLIP_ID}.mp3"


def test_the_simulated_vendor_speaks_deerapis_documented_format() -> None:
    clock = VirtualClock()
    fake = FakeVendor(VENDOR, clock=clock)
    task = fake.create_task(runs_for=30)
    for when in (0, 10, 40):
        clock.sleep(when)
        answer = fake.simulator.fetch_answer([fake.record(task)], batch=False)
        assert_matches_response(VENDOR, "fetch_task", answer)
    assert answer["data"]["status"] == "SUCCESS"
