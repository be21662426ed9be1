"""TTAPI Suno (specs/ttapi-suno): jobs under /suno/v1/, polled one at a time by jobId on /suno/v2/fetch.
TTAPI's job format is shared with its Producer API (`ttapi.py`); here the generated models, the
generation body (inspiration or custom mode) and what a Suno song record holds."""

from __future__ import annotations

import functools
from typing import Any

from .._specs import load_spec
from .._types import Track, as_float, as_text
from .ttapi import TTAPICodec


class TTAPISunoCodec(TTAPICodec):
    wire_format = "ttapi-suno"
    # An asynchronous upload's job id would arrive like every other submit's (UploadData, inferred).
    submit_model_names = ("SubmitResponse", "UploadResponse")
    style_field = "tags"

    @functools.cached_property
    def default_model(self) -> str:
        """The spec's documented default `mv` (SunoModel's `default` and x-decision); the field is
        required, so it is sent."""
        return str(load_spec(self.vendor)["components"]["schemas"]["SunoModel"]["default"])

    # ------------------------------------------------------------------ requests
    def generation_body(self, prompt: str | None, lyrics: str | None, options: Any) -> dict[str, Any]:
        """Inspiration mode (`custom: false`, the prompt in `gpt_description_prompt`) for a prompt
        alone; custom mode (`custom: true`, the lyrics in `prompt`, the prompt as the style in
        `tags`) when lyrics are given. `custom`, `instrumental` and `mv` are required by every page,
        so they are filled in unless the options say otherwise."""
        body = super().generation_body(prompt, lyrics, options)
        body.setdefault("custom", lyrics is not None)
        body.setdefault("instrumental", False)
        body.setdefault("mv", self.default_model)
        return body

    # ------------------------------------------------------------------ reading answers
    def track(self, music: Any, model: str | None) -> Track:
        return Track(
            id=as_text(music.music_id) or "",
            title=as_text(music.title),
            audio_url=as_text(music.audio_url),
            video_url=as_text(music.video_url),
            image_url=as_text(music.image_url),
            # A Suno song's `prompt` is its lyrics (the request's custom-mode `prompt`; inferred,
            # the pages show placeholders).
            lyrics=as_text(music.prompt),
            duration=as_float(music.duration),
            model=model,
            seed=None,  # TTAPI's Suno record has no seed
            raw=music.to_dict(),
        )
