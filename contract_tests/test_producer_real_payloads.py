"""The Producer specs hold against what the vendors and their own SDK really send (issue 10).

Each test drives the public wrapper (`songspec.Songspec` over an httpx.MockTransport, so nothing
leaves the process) with payloads from public sources: the fixtures in
contract_tests/fixtures/<vendor>/ (each names its source) and, where a source sends something the
spec refuses, the body exactly as that source builds it.
"""

from __future__ import annotations

import json
from collections.abc import Callable
from typing import Any

import httpx
import pytest
import yaml

import songspec
from contract_tests.specs import FIXTURES, ROOT
from songspec import AuthenticationError, InsufficientBalanceError, RequestValidationError, TaskState
from tests.rig import fixture_loader


class Vendor:
    """A scripted vendor: answers each request with `answer(request)` and keeps what was sent."""

    def __init__(self, answer: Callable[[httpx.Request], tuple[int, Any]]) -> None:
        self.answer = answer
        self.requests: list[httpx.Request] = []

    def handle(self, request: httpx.Request) -> httpx.Response:
        self.requests.append(request)
        status, body = self.answer(request)
        return httpx.Response(status, json=body)

    def api(self, vendor: str) -> songspec.Songspec:
        return songspec.Songspec(
            vendor, api_key="test", base_url="https://vendor.test", transport=httpx.MockTransport(self.handle)
        )

    def sent(self, method: str) -> list[httpx.Request]:
        return [r for r in self.requests if r.method == method]


# ====================================================================== TTAPI Producer
TTAPI = "ttapi-producer"
ttapi_fixture = fixture_loader(TTAPI)


def test_ttapi_403_account_blocked_refuses_a_submit_once_and_clearly() -> None:
    blocked = ttapi_fixture("error_403_account_blocked")
    vendor = Vendor(lambda request: (blocked["status"], blocked["body"]))
    with pytest.raises(AuthenticationError) as caught:
        vendor.api(TTAPI).submit({"sound_prompt": "lo-fi piano"})
    assert caught.value.status_code == 403
    assert "Account Block" in str(caught.value)
    assert len(vendor.requests) == 1, "a blocked account is not a transient fault: no resend"


def test_ttapi_403_while_waiting_stops_the_wait_at_once() -> None:
    accepted, blocked = ttapi_fixture("submit_response_guide"), ttapi_fixture("error_403_account_blocked")

    def answer(request: httpx.Request) -> tuple[int, Any]:
        if request.method == "POST":
            return 200, accepted["body"]
        return blocked["status"], blocked["body"]

    vendor = Vendor(answer)
    api = vendor.api(TTAPI)
    task = api.submit({"sound_prompt": "lo-fi piano"})
    assert task.task_id == "b8bd3ff0-4349-4b71-8938-5e13aefa64fe"
    with pytest.raises(AuthenticationError):
        api.wait(task, timeout=60)
    assert len(vendor.sent("GET")) == 1, "the wait stopped on the first 403 instead of polling on"


@pytest.mark.parametrize(
    ("operation", "body", "submit_fixture", "job_id"),
    [
        # The current reference pages answer with data.job_id (here the stems page, verbatim).
        ("separate_stems", {"music_id": "989b625f-c691-45d0-8eca-05e9bb0b59ee"}, "submit_job_id_spelling", "job_id"),
        # The response guide and the older pages answer with data.jobId.
        (
            "generate_music",
            {"sound_prompt": "lo-fi piano"},
            "submit_response_guide",
            "b8bd3ff0-4349-4b71-8938-5e13aefa64fe",
        ),
    ],
)
def test_ttapi_submit_answer_in_either_spelling_is_waited_for_to_its_songs(
    operation: str, body: dict[str, Any], submit_fixture: str, job_id: str
) -> None:
    accepted, finished = ttapi_fixture(submit_fixture), ttapi_fixture("fetch_success")

    def answer(request: httpx.Request) -> tuple[int, Any]:
        return (200, accepted["body"]) if request.method == "POST" else (200, finished["body"])

    vendor = Vendor(answer)
    api = vendor.api(TTAPI)
    result = api.wait(api.submit(body, operation=operation), timeout=60)
    assert [r.url.params["jobId"] for r in vendor.sent("GET")] == [job_id]
    assert result.state is TaskState.SUCCEEDED
    assert [t.id for t in result.tracks] == ["989b625f-c691-45d0-8eca-05e9bb0b59ee"]
    assert result.tracks[0].audio_url == "https://audio_url"


def test_ttapi_every_submit_links_to_fetch_by_both_documented_spellings() -> None:
    """Schemathesis follows the links; each spelling is backed by a documented submit answer."""
    spec = yaml.safe_load((ROOT / "generated" / "openapi" / f"{TTAPI}.yaml").read_text(encoding="utf-8"))
    links = spec["components"]["links"]
    documented = [
        ttapi_fixture(p.stem)["body"]
        for p in (FIXTURES / TTAPI).glob("submit_*.json")
        if ttapi_fixture(p.stem)["status"] == 200
    ]
    for path, item in spec["paths"].items():
        post = item.get("post")
        if not post:
            continue
        declared = post["responses"]["200"].get("links", {})
        pointers = set()
        for link in declared.values():
            link = links[link["$ref"].rsplit("/", 1)[-1]] if "$ref" in link else link
            assert link["operationId"] == "fetch_job"
            pointers.add(link["parameters"]["jobId"])
        assert pointers == {"$response.body#/data/jobId", "$response.body#/data/job_id"}, path
    for pointer in ("jobId", "job_id"):
        assert any(pointer in (body.get("data") or {}) for body in documented), pointer


# ====================================================================== AceDataCloud Producer
ACEDATA = "acedata-producer"
acedata_fixture = fixture_loader(ACEDATA)
SONG_ID = "38d3b9e2-0dfb-4338-b2a7-15e45656ed32"  # a data[].id of the vendor's custom-generation example


def accepting_vendor() -> Vendor:
    accepted = acedata_fixture("audios_callback_accepted")
    return Vendor(lambda request: (200, accepted["body"]))


def official_sdk_body(**given: Any) -> dict[str, Any]:
    """The body AceDataCloud's Python SDK sends from `client.producer.generate(...)`, built as its
    generated provider builds it (AceDataCloud/SDK@0504c2ad, python/src/acedatacloud/resources/
    providers/producer.py): every number the caller did not give is sent as `false`."""
    body: dict[str, Any] = {"lyric": given.pop("lyric"), "action": given.pop("action"), "prompt": given.pop("prompt")}
    for name in ("model", "title", "custom", "audio_id"):
        if name in given:
            body[name] = given.pop(name)
    body["continue_at"] = given.pop("continue_at", False)
    if "seed" in given:
        body["seed"] = given.pop("seed")
    for name in ("instrumental", "sound_strength", "lyrics_strength", "weirdness"):
        body[name] = given.pop(name, False)
    body["replace_section_end"] = given.pop("replace_section_end", False)
    body["replace_section_start"] = given.pop("replace_section_start", False)
    body["async"] = True
    assert not given
    return body


def test_acedata_a_number_sent_as_false_by_the_official_sdk_is_refused_naming_each_field() -> None:
    """x-decision on AudiosRequest: refused, not dropped; nothing reaches the vendor."""
    vendor = accepting_vendor()
    body = official_sdk_body(lyric="", action="generate", prompt="A song for Christmas", model="FUZZ-2.0 Pro")
    with pytest.raises(RequestValidationError) as caught:
        vendor.api(ACEDATA).submit(body)
    message = str(caught.value)
    for field in ("sound_strength", "lyrics_strength", "weirdness"):
        assert f'{field}: false is not of type "number"' in message
    for field in ("continue_at", "replace_section_start", "replace_section_end"):
        assert field in message  # not fields of `generate` at all
    assert vendor.requests == []


def test_acedata_the_same_call_with_the_unset_numbers_left_out_is_sent() -> None:
    vendor = accepting_vendor()
    body = official_sdk_body(lyric="", action="generate", prompt="A song for Christmas", model="FUZZ-2.0 Pro")
    for name in (
        "continue_at",
        "sound_strength",
        "lyrics_strength",
        "weirdness",
        "replace_section_start",
        "replace_section_end",
    ):
        del body[name]
    task = vendor.api(ACEDATA).submit(body)
    assert task.task_id == "1a6ac2ad-10f2-4e2b-b500-66ec27fe82ad"
    assert json.loads(vendor.requests[0].content) == body


def test_acedata_a_false_number_in_an_action_body_names_that_field() -> None:
    vendor = accepting_vendor()
    with pytest.raises(RequestValidationError, match=r'weirdness: false is not of type "number"'):
        vendor.api(ACEDATA).submit(
            {"action": "swap_vocals", "audio_id": SONG_ID, "lyric": "[Verse] la", "weirdness": False}
        )
    assert vendor.requests == []


@pytest.mark.parametrize("action", ["swap_vocals", "swap_instrumentals"])
def test_acedata_cover_strength_is_sent_with_the_swaps(action: str) -> None:
    vendor = accepting_vendor()
    body = {"action": action, "audio_id": SONG_ID, "prompt": "female vocals, airy", "cover_strength": 0.8}
    vendor.api(ACEDATA).submit(body)
    assert json.loads(vendor.requests[0].content)["cover_strength"] == 0.8


@pytest.mark.parametrize("action", ["cover", "upload_cover"])
def test_acedata_cover_strength_is_refused_on_the_cover_actions(action: str) -> None:
    vendor = accepting_vendor()
    body = {"action": action, "audio_id": SONG_ID, "lyric": "[Verse] la", "custom": True, "cover_strength": 0.8}
    with pytest.raises(RequestValidationError, match="cover_strength"):
        vendor.api(ACEDATA).submit(body)
    assert vendor.requests == []


def test_acedata_lyrics_without_custom_mode_are_refused_naming_prompt() -> None:
    vendor = accepting_vendor()
    with pytest.raises(RequestValidationError, match='"prompt" is a required property'):
        vendor.api(ACEDATA).submit({"action": "generate", "lyric": "[Verse]\nWoke up with the sun in my eyes"})
    assert vendor.requests == []


@pytest.mark.parametrize(
    "body",
    [
        acedata_fixture("audios_generate_custom_request")["body"],  # the guide's custom-mode call
        acedata_fixture("audios_generate_prompt_request")["body"],  # the guide's inspiration-mode call
        {"action": "generate", "custom": True, "instrumental": True, "prompt": "lo-fi piano"},
    ],
    ids=["custom_lyric", "prompt", "custom_instrumental_prompt"],
)
def test_acedata_generate_bodies_the_vendor_documents_are_sent(body: dict[str, Any]) -> None:
    vendor = accepting_vendor()
    vendor.api(ACEDATA).submit(body)
    assert len(vendor.sent("POST")) == 1


def test_acedata_custom_mode_needs_lyrics() -> None:
    vendor = accepting_vendor()
    with pytest.raises(RequestValidationError, match='"lyric" is a required property'):
        vendor.api(ACEDATA).submit({"action": "generate", "custom": True, "prompt": "lo-fi piano"})


@pytest.mark.parametrize("action", ["replace_section", "upload_replace_section"])
def test_acedata_replace_section_end_may_be_left_out(action: str) -> None:
    vendor = accepting_vendor()
    body = {"action": action, "audio_id": SONG_ID, "replace_section_start": 3, "lyric": "[Verse] la", "custom": True}
    vendor.api(ACEDATA).submit(body)
    assert "replace_section_end" not in json.loads(vendor.requests[0].content)


def test_acedata_the_documented_task_record_finishes_a_wait_with_its_songs() -> None:
    accepted, record = acedata_fixture("audios_callback_accepted"), acedata_fixture("tasks_retrieve_response")

    def answer(request: httpx.Request) -> tuple[int, Any]:
        return (200, accepted["body"]) if request.url.path == "/producer/audios" else (200, record["body"])

    vendor = Vendor(answer)
    result = vendor.api(ACEDATA).generate("A song for Christmas", timeout=60)
    assert result.state is TaskState.SUCCEEDED
    assert [t.id for t in result.tracks] == [song["id"] for song in record["body"]["response"]["data"]]
    assert json.loads(vendor.sent("POST")[-1].content) == {"action": "retrieve", "id": accepted["body"]["task_id"]}


def test_acedata_used_up_balance_is_reported_as_such() -> None:
    used_up = acedata_fixture("error_403_used_up")
    vendor = Vendor(lambda request: (used_up["status"], used_up["body"]))
    with pytest.raises(InsufficientBalanceError):
        vendor.api(ACEDATA).submit({"action": "generate", "prompt": "A song for Christmas"})
    assert len(vendor.requests) == 1
