"""TTAPI Suno (specs/ttapi-suno): jobs under /suno/v1/, polled one at a time by jobId on /suno/v2/fetch.
TTAPI's job format is shared with its Producer API (`ttapi.py`); here the generated models, the
generation body (inspiration or custom mode) and what a Suno song record holds."""

from __future__ import annotations

from typing import Any

from ttapi_suno.models.job import Job
from ttapi_suno.models.job_data import JobData
from ttapi_suno.models.music import Music
from ttapi_suno.models.submit_response import SubmitResponse
from ttapi_suno.models.suno_model import SunoModel
from ttapi_suno.models.upload_response import UploadResponse
from ttapi_suno.types import Unset

from .._types import Track, as_float, as_text
from .ttapi import TTAPICodec

DEFAULT_MODEL = SunoModel.CHIRP_V5.value
"""The spec's documented default `mv` (SunoModel's x-decision); the field is required, so it is sent."""


class TTAPISunoCodec(TTAPICodec):
    wire_format = "ttapi-suno"
    # An asynchronous upload's job id would arrive like every other submit's (UploadData, inferred).
    submit_models = (SubmitResponse, UploadResponse)
    job_model = Job
    job_data_model = JobData
    music_model = Music
    unset = Unset

    # ------------------------------------------------------------------ requests
    def generation_body(self, prompt: str | None, lyrics: str | None, options: Any) -> dict[str, Any]:
        """Inspiration mode (`custom: false`, the prompt in `gpt_description_prompt`) for a prompt
        alone; custom mode (`custom: true`, the lyrics in `prompt`, the prompt as the style in
        `tags`) when lyrics are given. `custom`, `instrumental` and `mv` are required by every page,
        so they are filled in unless the options say otherwise."""
        body = dict(options)
        if lyrics is not None:
            body[self.profile.lyrics_field or "prompt"] = lyrics
            if prompt is not None:
                body["tags"] = prompt
            body.setdefault("custom", True)
        elif prompt is not None:
            body[self.profile.prompt_field] = prompt
            body.setdefault("custom", False)
        body.setdefault("instrumental", False)
        body.setdefault("mv", DEFAULT_MODEL)
        return body

    # ------------------------------------------------------------------ reading answers
    def track(self, music: Any, model: str | None) -> Track:
        return Track(
            id=as_text(self.value(music.music_id)) or "",
            title=as_text(self.value(music.title)),
            audio_url=as_text(self.value(music.audio_url)),
            video_url=as_text(self.value(music.video_url)),
            image_url=as_text(self.value(music.image_url)),
            # A Suno song's `prompt` is its lyrics (the request's custom-mode `prompt`; inferred,
            # the pages show placeholders).
            lyrics=as_text(self.value(music.prompt)),
            duration=as_float(self.value(music.duration)),
            model=model,
            seed=None,  # TTAPI's Suno record has no seed
            raw=music.to_dict(),
        )
