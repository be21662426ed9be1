"""Real vendor traffic parses through the generated clients without an exception.

Vendors add states, add fields, drop optional fields, send null, send numbers as strings and use
status codes outside http.HTTPStatus. Each test feeds one such payload through a generated endpoint
over httpx.MockTransport, exactly as a live response would arrive.
"""

from __future__ import annotations

import copy
import json
from http import HTTPStatus
from pathlib import Path

import httpx
import pytest

from songspec.clients.ttapi_producer import Client
from songspec.clients.ttapi_producer.api.jobs import fetch_job
from songspec.clients.ttapi_producer.api.music import generate_music
from songspec.clients.ttapi_producer.errors import UnexpectedStatus
from songspec.clients.ttapi_producer.models import GenerateMusicRequest, Job, JobStatus, ProducerModel
from songspec.clients.ttapi_producer.types import UNSET

FIXTURES = Path(__file__).resolve().parent.parent / "contract_tests" / "fixtures" / "ttapi-producer"
DOCUMENTED_JOB = json.loads((FIXTURES / "fetch_success.json").read_text())["body"]


def client_answering(status: int, body: object) -> Client:
    content = body if isinstance(body, bytes) else json.dumps(body).encode()
    transport = httpx.MockTransport(
        lambda request: httpx.Response(status, content=content, headers={"content-type": "application/json"})
    )
    return Client(base_url="https://api.ttapi.io", httpx_args={"transport": transport})


def fetch(body: object, status: int = 200):
    return fetch_job.sync_detailed(client=client_answering(status, body), job_id="ed1a1b01")


def documented_job() -> dict:
    return copy.deepcopy(DOCUMENTED_JOB)


def test_unknown_job_state_parses_and_keeps_its_value() -> None:
    body = documented_job() | {"status": "RENDERING"}
    job = fetch(body).parsed
    assert isinstance(job, Job)
    assert job.status == "RENDERING"
    assert job.status.is_known is False
    assert job.to_dict() == body


def test_known_job_state_is_a_normal_member() -> None:
    job = fetch(documented_job()).parsed
    assert job.status is JobStatus.SUCCESS
    assert job.status.is_known


def test_unknown_enum_value_does_not_become_a_known_member() -> None:
    assert ProducerModel("FUZZ-3.0") not in list(ProducerModel)
    assert ProducerModel("FUZZ-3.0") != ProducerModel.FUZZ_2_0


def test_extra_fields_are_kept() -> None:
    body = documented_job()
    body["data"]["musics"][0]["stems"] = [{"name": "vocals", "url": "https://cdn/v.mp3"}]
    body["data"]["region"] = "eu"
    job = fetch(body).parsed
    assert job.data.musics[0].additional_properties["stems"][0]["name"] == "vocals"
    assert job.data.additional_properties["region"] == "eu"
    assert job.to_dict() == body


def test_missing_optional_fields_parse_as_unset() -> None:
    body = {"status": "ON_QUEUE", "data": {"jobId": "ed1a1b01", "progress": "20%"}}
    job = fetch(body).parsed
    assert job.message is UNSET
    assert job.data.musics is UNSET
    assert job.to_dict() == body


def test_nulls_parse() -> None:
    body = {"status": "ON_QUEUE", "message": None, "data": None}
    job = fetch(body).parsed
    assert job.message is None and job.data is None
    body = documented_job()
    body["data"]["musics"][0].update(videoUrl=None, topic=None, durations=None, title=None)
    assert fetch(body).parsed.to_dict() == body


def test_numbers_sent_as_strings_or_numbers_both_parse() -> None:
    as_strings = fetch(documented_job()).parsed
    assert as_strings.data.musics[0].durations == "199.13433106575962"
    assert as_strings.data.quota == "3"
    body = documented_job()
    body["data"]["quota"] = 3
    body["data"]["musics"][0].update(durations=199.13, seed=1680274481)
    as_numbers = fetch(body).parsed
    assert as_numbers.data.musics[0].durations == 199.13
    assert as_numbers.to_dict() == body


def test_non_standard_499_reaches_the_caller_parsed() -> None:
    answer = {"status": "FAILED", "message": "queue exhausted", "data": None}
    response = generate_music.sync_detailed(
        client=client_answering(499, answer), body=GenerateMusicRequest(sound_prompt="lo-fi")
    )
    assert response.status_code == 499
    assert not isinstance(response.status_code, HTTPStatus)
    assert response.parsed.message == "queue exhausted"


@pytest.mark.parametrize("status", [520, 522, 524])
def test_cloudflare_52x_does_not_crash_the_endpoint(status: int) -> None:
    response = fetch(b"<html>origin unreachable</html>", status=status)
    assert response.status_code == status
    assert response.parsed is None  # undeclared: raw body kept in response.content
    assert b"origin unreachable" in response.content


def test_undeclared_status_raises_unexpected_status_when_asked() -> None:
    transport = httpx.MockTransport(lambda request: httpx.Response(522, content=b"<html>timeout</html>"))
    strict = Client(
        base_url="https://api.ttapi.io", httpx_args={"transport": transport}, raise_on_unexpected_status=True
    )
    with pytest.raises(UnexpectedStatus) as raised:
        fetch_job.sync_detailed(client=strict, job_id="x")
    assert raised.value.status_code == 522


def test_submit_accepts_both_id_spellings() -> None:
    body = GenerateMusicRequest(sound_prompt="lo-fi")
    for data in ({"jobId": "a1"}, {"job_id": "a1"}):
        answer = {"status": "SUCCESS", "message": "success", "data": data}
        parsed = generate_music.sync(client=client_answering(200, answer), body=body)
        assert "a1" in (parsed.data.jobId, parsed.data.job_id)
        assert parsed.to_dict() == answer
