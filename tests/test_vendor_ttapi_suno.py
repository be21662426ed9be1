"""TTAPI Suno: TTAPI's job format (shared with its Producer API) around Suno's camelCase songs.

Every documented payload (contract_tests/fixtures/ttapi-suno) maps onto songspec's vocabulary: both
spellings of the submit answer's job id, each job state, the songs of a finished job, the
synchronous persona and vox answers, and TTAPI's error envelope on every documented status.
"""

from __future__ import annotations

import json
from typing import Any

import httpx
import pytest

from contract_tests.specs import operation_definitions
from songspec import (
    AuthenticationError,
    InsufficientBalanceError,
    InvalidRequestError,
    RateLimitedError,
    RequestValidationError,
    ServerError,
    Songspec,
    TaskState,
    VirtualClock,
)
from songspec.vendors import get_vendor
from songspec.vendors.ttapi import TTAPICodec
from tests.rig import SENTINEL_KEY, answer, body_loader, fixture_loader, transport_answering

VENDOR = "ttapi-suno"
fixture = fixture_loader(VENDOR)
body = body_loader(VENDOR)
spec_vendor = get_vendor(VENDOR)
codec = spec_vendor.codec
profile = spec_vendor.profile

UNDOCUMENTED = {
    "add_vocals": "/suno/v1/add-vocals",
    "add_instrumental": "/suno/v1/add-instrumental",
    "mashup_music": "/suno/v1/mashup",
    "sample_music": "/suno/v1/sample",
    "separate_all_stems": "/suno/v1/stems-all",
    "convert_to_wav": "/suno/v1/gen-wav",
    "generate_video": "/suno/v1/gen-video",
}
"""Endpoints TTAPI names without their fields (operationId -> the guessed path)."""


def fetched(json_body: Any, status: int = 200, task_id: str = "job-1") -> Any:
    return codec.fetch_results(answer(VENDOR, "fetch_job", json_body, status), [task_id]).get(task_id)


def test_identity() -> None:
    assert isinstance(codec, TTAPICodec)
    assert profile.base_urls == ("https://api.ttapi.io", "https://api.ttapi.org")
    assert (profile.auth_header, profile.auth_prefix, profile.key_env) == ("TT-API-KEY", "", "TTAPI_API_KEY")
    assert (profile.submit_operation, profile.fetch_operation, profile.batch_operation) == (
        "generate_music",
        "fetch_job",
        None,
    )
    assert profile.callback_field == "hookUrl"
    assert (profile.prompt_field, profile.lyrics_field) == ("gpt_description_prompt", "prompt")


def test_states_and_refusal_rule_are_the_producer_codecs() -> None:
    producer = get_vendor("ttapi-producer").codec
    assert isinstance(producer, TTAPICodec)
    assert codec.states is producer.states  # one table for TTAPI, not a copy
    assert type(codec).submit_refusal is type(producer).submit_refusal


# ---------------------------------------------------------------------------------------- submit
@pytest.mark.parametrize(
    ("name", "job_id"),
    [
        ("submit_music_job_id", "x" * 32),  # current docs.ttapi.io pages: data.job_id
        ("submit_music_ttapi_io", "ed1a1b01-7d64-4c8a-acaa-71185d23a2f3"),  # older pages: data.jobId
        ("submit_extend_docs_zh", "ed1a1b01-7d64-4c8a-acaa-71185d23a2f3"),
        ("submit_concat_docs_zh", "ed1a1b01-7d64-4c8a-acaa-71185d23a2f3"),
        ("submit_lyrics", "x" * 36),
        ("submit_cover", "x" * 32),
        ("submit_sounds", "x" * 32),
        ("submit_remaster", "x" * 36),
        ("submit_stems", "x" * 32),
        ("submit_replace_section", "x" * 32),
        ("submit_inspo", "x" * 32),
    ],
)
def test_documented_submit_answers_give_the_job_id_in_either_spelling(name: str, job_id: str) -> None:
    documented = fixture(name)
    exchange = answer(VENDOR, documented["operation"], documented["body"])
    assert codec.submit_refusal(exchange) is None
    assert codec.submitted_task_id(exchange) == job_id


def test_camel_case_id_wins_when_both_spellings_are_sent() -> None:
    both = {"status": "SUCCESS", "message": "success", "data": {"jobId": "camel", "job_id": "snake"}}
    assert codec.submitted_task_id(answer(VENDOR, "generate_music", both)) == "camel"


def test_a_200_failed_envelope_is_a_refusal_with_the_vendors_words() -> None:
    refused = answer(VENDOR, "extend_music", body("error_extend_data_empty_object"), 200)
    error = codec.submit_refusal(refused)
    assert isinstance(error, InvalidRequestError) and error.message == "error message"


@pytest.mark.parametrize("name", ["persona_created", "vox_extracted", "upload_sync", "midi_generated"])
def test_synchronous_answers_are_results_not_jobs(name: str) -> None:
    documented = fixture(name)
    exchange = answer(VENDOR, documented["operation"], documented["body"])
    assert codec.submitted_task_id(exchange) is None  # nothing to poll
    assert codec.submit_refusal(exchange) is None


def test_persona_and_vox_answers_parse_into_their_fields() -> None:
    persona = answer(VENDOR, "create_persona", body("persona_created")).parsed
    assert persona.data.persona_id == "<string>"
    vox = answer(VENDOR, "extract_vox", body("vox_extracted")).parsed
    assert (vox.data.id, vox.data.source_clip_id, vox.data.vocal_start_s, vox.data.vocal_end_s) == (
        "<string>",
        "<string>",
        123,
        123,
    )
    upload = answer(VENDOR, "upload_audio", body("upload_sync")).parsed
    assert upload.data.music_id == "music_id"


def test_the_midi_answer_parses_into_notes() -> None:
    midi = answer(VENDOR, "generate_midi", body("midi_generated")).parsed
    [instrument] = midi.data.instruments
    assert (midi.data.state, instrument.name, len(instrument.notes)) == ("complete", "Synth Voice", 3)
    note = instrument.notes[0]
    assert (note.pitch, note.start, note.end) == (60, 11.166666666666666, 11.333333333333334)


# ---------------------------------------------------------------------------------------- how sure
def test_each_operation_is_as_sure_as_its_source() -> None:
    ops = operation_definitions(VENDOR)
    inferred = {name for name, op in ops.items() if op["x-doc-status"] == "inferred"}
    assert inferred == {"get_aligned_lyrics"} | set(UNDOCUMENTED)
    assert ops["generate_midi"]["x-doc-status"] == "confirmed"
    assert {name for name, op in ops.items() if op["tags"] == ["undocumented"]} == set(UNDOCUMENTED)


@pytest.mark.parametrize("operation", sorted(UNDOCUMENTED))
def test_an_undocumented_endpoint_sends_any_object_unchanged_to_its_guessed_path(operation: str) -> None:
    op = operation_definitions(VENDOR)[operation]
    assert "guess" in op["description"] and "x-decision" in op
    anything = {"music_ids": ["a", "b"], "whatever": [1, {"nested": True}]}
    accepted = (200, body("submit_music_job_id"))
    seen: list[httpx.Request] = []
    client = Songspec(VENDOR, api_key="k", transport=transport_answering(accepted, seen=seen), clock=VirtualClock())
    task = client.submit(anything, operation=operation)
    assert task.task_id == "x" * 32
    assert (seen[0].method, str(seen[0].url)) == ("POST", f"https://api.ttapi.io{UNDOCUMENTED[operation]}")
    assert json.loads(seen[0].content) == anything


# ---------------------------------------------------------------------------------------- requests
def test_a_prompt_alone_is_inspiration_mode_with_every_required_field() -> None:
    sent = codec.generation_body("lo-fi piano", None, {})
    assert sent == {"gpt_description_prompt": "lo-fi piano", "custom": False, "instrumental": False, "mv": "chirp-v5"}
    spec_vendor.validate_request("generate_music", sent)


def test_lyrics_are_custom_mode_with_the_prompt_as_style() -> None:
    sent = codec.generation_body("indie pop", "[Verse]\nla la", {"mv": "chirp-v4-5+"})
    assert sent == {
        "prompt": "[Verse]\nla la",
        "tags": "indie pop",
        "custom": True,
        "instrumental": False,
        "mv": "chirp-v4-5+",
    }
    spec_vendor.validate_request("generate_music", sent)


@pytest.mark.parametrize(
    ("sent", "named"),
    [
        ({"custom": False, "instrumental": False, "mv": "chirp-v5"}, "gpt_description_prompt"),
        ({"custom": True, "instrumental": False, "mv": "chirp-v5", "tags": "pop"}, "prompt"),
        ({"custom": False, "instrumental": False, "gpt_description_prompt": "x"}, "mv"),
        ({"custom": False, "instrumental": False, "mv": "chirp-v6", "gpt_description_prompt": "x"}, "chirp-v6"),
        (
            {"custom": False, "instrumental": False, "mv": "chirp-v5", "gpt_description_prompt": "x", "hook_url": "u"},
            "hook_url",
        ),
    ],
    ids=["inspiration_without_prompt", "custom_without_lyrics", "no_model", "unknown_model", "producer_spelling"],
)
def test_bad_bodies_are_refused_before_sending(sent: dict[str, Any], named: str) -> None:
    seen: list[httpx.Request] = []
    api = Songspec(VENDOR, api_key="k", base_url="https://vendor.test", transport=httpx.MockTransport(seen.append))
    with pytest.raises(RequestValidationError, match=named):
        api.submit(sent)
    assert seen == []


def test_custom_instrumental_needs_no_lyrics() -> None:
    spec_vendor.validate_request(
        "generate_music", {"custom": True, "instrumental": True, "mv": "chirp-v5", "tags": "x"}
    )


# ---------------------------------------------------------------------------------------- fetch
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
def test_each_state(raw: str, state: TaskState) -> None:
    record = body("synthetic_fetch_on_queue")
    record["status"] = raw
    result = fetched(record)
    assert result.state is state and result.raw_state == raw


def test_documented_finished_job_gives_its_song() -> None:
    result = fetched(body("fetch_v2_success"))
    assert result.state is TaskState.SUCCEEDED and result.progress == 100.0 and result.reason is None
    [track] = result.tracks
    assert track.id == "xxxxxxxxxxxxxxxxx"
    assert track.audio_url == "https://cdn1.suno.ai/xxxxxxxxxxxxxxx.mp3"
    assert track.video_url == "https://cdn1.suno.ai/xxxxxxxxxxxxxxx.mp4"
    assert track.image_url == "https://cdn2.suno.ai/xxxxxxxxxxxxxxxxx.jpeg"
    assert track.duration == 211.44 and isinstance(track.duration, float)
    assert (track.title, track.lyrics, track.model, track.seed) == ("xxxxx", "xxxxxxxxxxxxxxxxxx", "chirp-v5", None)
    assert track.raw["imageLargeUrl"] == "https://cdn2.suno.ai/xxxxxxxxxxxxxx.jpeg"


def test_documented_stems_all_job_gives_every_stem_even_the_cut_one() -> None:
    result = fetched(body("fetch_stems_all_docs_zh"))
    assert result.state is TaskState.SUCCEEDED
    assert [t.title for t in result.tracks] == [" (Vocals)", " (Backing Vocals)", " (Drums)", " (Bass)"]
    assert [t.duration for t in result.tracks] == [8.12, 8.12, 8.12, None]
    assert result.tracks[-1].audio_url is None


def test_running_job_reports_its_progress() -> None:
    result = fetched(body("synthetic_fetch_on_queue"))
    assert result.state is TaskState.RUNNING and result.progress == 40.0 and result.tracks == ()


def test_failed_job_gives_the_vendors_reason() -> None:
    result = fetched(body("synthetic_fetch_failed"))
    assert result.state is TaskState.FAILED and result.reason == "generation failed"


def test_callback_names_its_job() -> None:
    result = codec.callback_result(body("callback_success"))
    assert result.task_id == "xxxxxxxxxxxxxxxxxxxxxxxxxxxxxxx" and result.state is TaskState.SUCCEEDED
    with pytest.raises(ValueError, match="names no job"):
        codec.callback_result({"status": "SUCCESS", "data": {}})


# ---------------------------------------------------------------------------------------- errors
@pytest.mark.parametrize(
    ("status", "json_body", "error_type"),
    [
        (400, fixture("error_extend_data_empty_object")["body"], InvalidRequestError),
        (401, fixture("error_unauthorized")["body"], AuthenticationError),
        (402, {"status": "FAILED", "message": "Insufficient balance", "data": None}, InsufficientBalanceError),
        (403, fixture("error_403_account_blocked")["body"], AuthenticationError),
        (404, {"status": "FAILED", "message": "not found", "data": None}, InvalidRequestError),
        (429, {"status": "FAILED", "message": "rate limited", "data": None}, RateLimitedError),
        (499, {"status": "FAILED", "message": "queue exhausted", "data": None}, ServerError),
        (500, {"status": "FAILED", "message": "server error", "data": None}, ServerError),
        (504, {"status": "FAILED", "message": "timeout", "data": None}, ServerError),
    ],
)
def test_error_envelope_on_every_documented_status(status: int, json_body: Any, error_type: type) -> None:
    exchange = answer(VENDOR, "generate_music", json_body, status)
    error = codec.error(exchange)
    assert type(error) is error_type
    assert error.status_code == status and error.message == json_body["message"]


# ---------------------------------------------------------------------------------------- end to end
@pytest.mark.parametrize("submit_fixture", ["submit_music_job_id", "submit_music_ttapi_io"])
def test_either_spelling_is_waited_for_on_v2_fetch_with_the_bare_key(submit_fixture: str) -> None:
    accepted, finished = fixture(submit_fixture)["body"], fixture("fetch_v2_success")["body"]
    job_id = accepted["data"].get("jobId") or accepted["data"]["job_id"]
    seen: list[httpx.Request] = []

    def handle(request: httpx.Request) -> httpx.Response:
        seen.append(request)
        return httpx.Response(200, json=accepted if request.method == "POST" else finished)

    api = Songspec(
        VENDOR,
        api_key=SENTINEL_KEY,
        base_url="https://vendor.test",
        transport=httpx.MockTransport(handle),
        clock=VirtualClock(),
    )
    result = api.generate("lo-fi piano", timeout=60)
    post, get = seen
    assert (post.method, post.url.path, get.url.path) == ("POST", "/suno/v1/music", "/suno/v2/fetch")
    assert json.loads(post.content)["gpt_description_prompt"] == "lo-fi piano"
    assert get.url.params["jobId"] == job_id
    assert post.headers["TT-API-KEY"] == SENTINEL_KEY and "authorization" not in post.headers
    assert result.state is TaskState.SUCCEEDED and len(result.tracks) == 1


def test_403_while_waiting_stops_the_wait_at_once() -> None:
    accepted, blocked = fixture("submit_music_ttapi_io")["body"], fixture("error_403_account_blocked")
    seen: list[httpx.Request] = []

    def handle(request: httpx.Request) -> httpx.Response:
        seen.append(request)
        if request.method == "POST":
            return httpx.Response(200, json=accepted)
        return httpx.Response(blocked["status"], json=blocked["body"])

    api = Songspec(VENDOR, api_key="k", base_url="https://vendor.test", transport=httpx.MockTransport(handle))
    task = api.submit(api.generation_body("lo-fi"))
    with pytest.raises(AuthenticationError, match="Account Block"):
        api.wait(task, timeout=60)
    assert [r.method for r in seen] == ["POST", "GET"]
