"""TTAPI Producer (specs/ttapi-producer): jobs under /producer/v1/, polled one at a time by jobId.
Reads the generated models: `SubmitResponse` for a submit, `Job` for a fetch and a callback."""

from __future__ import annotations

from collections.abc import Sequence
from typing import Any

from ttapi_producer.models.job import Job
from ttapi_producer.models.job_data import JobData
from ttapi_producer.models.music import Music
from ttapi_producer.models.submit_response import SubmitResponse
from ttapi_producer.types import Unset

from .._errors import APIError, InvalidRequestError
from .._exchange import Exchange
from .._types import TaskResult, TaskState, Track, as_float, as_text, parse_progress
from ._codec import Codec


def _value(value: Any) -> Any:
    return None if isinstance(value, Unset) else value


class TTAPIProducerCodec(Codec):
    wire_format = "ttapi-producer"
    states = {
        "PENDING_QUEUE": TaskState.QUEUED,
        "ON_QUEUE": TaskState.RUNNING,
        "SUCCESS": TaskState.SUCCEEDED,
        "FAILED": TaskState.FAILED,
    }

    def fetch_arguments(self, task_id: str) -> dict[str, Any]:
        return {"job_id": task_id}

    def submitted_task_id(self, answer: Exchange) -> str | None:
        model = answer.parsed
        if not isinstance(model, SubmitResponse) or model.data is None or isinstance(model.data, Unset):
            return None
        # The vendor's pages disagree on the spelling (specs/ttapi-producer SubmitData x-decision).
        return as_text(_value(model.data.jobId)) or as_text(_value(model.data.job_id))

    def submit_refusal(self, answer: Exchange) -> APIError | None:
        model = answer.parsed
        if isinstance(model, SubmitResponse) and self.state(model.status) is TaskState.FAILED:
            assert answer.status is not None
            message = as_text(_value(model.message)) or "submit refused"
            return InvalidRequestError(message, vendor=self.vendor, status_code=answer.status, body=answer.json)
        return None

    def fetch_results(self, answer: Exchange, asked: Sequence[str]) -> dict[str, TaskResult]:
        if not isinstance(answer.parsed, Job):
            return {}
        [task_id] = asked  # a fetch answers for the id it was asked about
        return {task_id: self._result(answer.parsed, task_id)}

    def callback_result(self, body: Any) -> TaskResult:
        if not isinstance(body, dict):
            raise ValueError("a callback body is a JSON object")
        job = Job.from_dict(body)
        data = job.data if isinstance(job.data, JobData) else None
        task_id = as_text(_value(data.job_id) if data else None) or as_text(_value(job.job_id))
        if not task_id:
            raise ValueError("the callback names no job")
        return self._result(job, task_id)

    def _result(self, job: Job, task_id: str) -> TaskResult:
        data = job.data if isinstance(job.data, JobData) else None
        state = self.state(job.status)
        musics = _value(data.musics) if data else None
        model = as_text(_value(data.mv)) if data else None
        tracks = tuple(_track(music, model) for music in (musics or []) if isinstance(music, Music))
        message = as_text(_value(job.message))
        return TaskResult(
            vendor=self.vendor,
            task_id=task_id,
            state=state,
            tracks=tracks,
            progress=100.0 if state is TaskState.SUCCEEDED else parse_progress(_value(data.progress) if data else None),
            reason=message if state is TaskState.FAILED else None,
            raw_state=as_text(job.status),
            raw=job.to_dict(),
        )


def _track(music: Music, model: str | None) -> Track:
    return Track(
        id=as_text(_value(music.music_id)) or "",
        title=as_text(_value(music.title)),
        audio_url=as_text(_value(music.audio_url)),
        video_url=as_text(_value(music.video_url)),
        image_url=as_text(_value(music.image_url)),
        lyrics=as_text(_value(music.lyrics)),
        duration=as_float(_value(music.durations)),
        model=model,
        seed=as_text(_value(music.seed)),
        raw=music.to_dict(),
    )
