"""TTAPI's job format, the same for its Producer and Suno APIs (specs/ttapi-producer, specs/ttapi-suno).

What the two share, and is therefore written once here: the `{status, message, data}` envelope and
its states, a submit answer carrying the new job's id as `data.jobId` or `data.job_id` (the
vendor's pages spell it both ways), a 2xx answer with `status: FAILED` being a refusal, one job
fetched at a time by `jobId`, and a callback body equal to the fetch result. What differs is the
song record (Producer's `durations` and `lyrics`, Suno's `duration` and `prompt`): each API's codec
maps a song in `track()`; the models are read from the vendor's own package (`Codec.models`), by the
class names both TTAPI specs share.
"""

from __future__ import annotations

from collections.abc import Sequence
from typing import Any, ClassVar

from .._errors import APIError, InvalidRequestError
from .._exchange import Exchange
from .._types import TaskResult, TaskState, Track, as_text, parse_progress, unset_to_none
from ._codec import Codec


class TTAPICodec(Codec):
    states = {
        "PENDING_QUEUE": TaskState.QUEUED,
        "ON_QUEUE": TaskState.RUNNING,
        "SUCCESS": TaskState.SUCCEEDED,
        "FAILED": TaskState.FAILED,
    }
    submit_model_names: ClassVar[tuple[str, ...]] = ("SubmitResponse",)
    """The generated answers of the submit operations that carry a job id."""

    # The generated models, by the names both TTAPI specs give them (loaded on first use).
    @property
    def submit_models(self) -> tuple[type[Any], ...]:
        return tuple(getattr(self.models, name) for name in self.submit_model_names)

    @property
    def job_model(self) -> Any:
        """The fetch result (also the callback body)."""
        return self.models.Job

    @property
    def job_data_model(self) -> Any:
        return self.models.JobData

    @property
    def music_model(self) -> Any:
        return self.models.Music

    def track(self, music: Any, model: str | None) -> Track:
        """One generated song record as a Track."""
        raise NotImplementedError

    # ------------------------------------------------------------------ requests
    def fetch_arguments(self, task_id: str) -> dict[str, Any]:
        return {"job_id": task_id}

    # ------------------------------------------------------------------ answers
    def submitted_task_id(self, answer: Exchange) -> str | None:
        model = answer.parsed
        if not isinstance(model, self.submit_models):
            return None
        data = unset_to_none(model.data)
        if data is None:
            return None
        # The vendor's pages disagree on the spelling (SubmitData x-decision in specs/ttapi-producer).
        return as_text(getattr(data, "jobId", None)) or as_text(getattr(data, "job_id", None))

    def submit_refusal(self, answer: Exchange) -> APIError | None:
        model = answer.parsed
        if isinstance(model, self.submit_models) and self.state(model.status) is TaskState.FAILED:
            assert answer.status is not None
            message = as_text(model.message) or "submit refused"
            return InvalidRequestError(message, vendor=self.vendor, status_code=answer.status, body=answer.json)
        return None

    def fetch_results(self, answer: Exchange, asked: Sequence[str]) -> dict[str, TaskResult]:
        if not isinstance(answer.parsed, self.job_model):
            return {}
        [task_id] = asked  # a fetch answers for the id it was asked about
        return {task_id: self._result(answer.parsed, task_id)}

    def callback_result(self, body: Any) -> TaskResult:
        if not isinstance(body, dict):
            raise ValueError("a callback body is a JSON object")
        job = self.job_model.from_dict(body)
        data = job.data if isinstance(job.data, self.job_data_model) else None
        task_id = as_text(data.job_id if data else None) or as_text(job.job_id)
        if not task_id:
            raise ValueError("the callback names no job")
        return self._result(job, task_id)

    def _result(self, job: Any, task_id: str) -> TaskResult:
        data = job.data if isinstance(job.data, self.job_data_model) else None
        state = self.state(job.status)
        musics = unset_to_none(data.musics) if data else None
        model = as_text(data.mv) if data else None
        tracks = tuple(self.track(music, model) for music in (musics or []) if isinstance(music, self.music_model))
        message = as_text(job.message)
        progress = parse_progress(data.progress if data else None)
        return TaskResult(
            vendor=self.vendor,
            task_id=task_id,
            state=state,
            tracks=tracks,
            progress=100.0 if state is TaskState.SUCCEEDED else progress,
            reason=message if state is TaskState.FAILED else None,
            raw_state=as_text(job.status),
            raw=job.to_dict(),
        )
