from __future__ import annotations

from collections.abc import Mapping
from typing import Any, Self, TypeVar

from attrs import define as _attrs_define

from ..types import UNSET, Unset

T = TypeVar("T", bound="GenerateLyricsRequest")


@_attrs_define
class GenerateLyricsRequest:
    """Body of `POST /suno/submit/lyrics`. An empty prompt is rejected (400 `prompt_empty`)."""

    prompt: str
    """ What the lyrics should be about. """
    notify_hook: str | Unset = UNSET
    """ Callback URL. The relay is said to POST to it when the task ends, but no source documents the
    body, signing or retries, and open-source new-api does not implement Suno callbacks: poll
    `fetch_task` and treat the callback as a hint.
     """

    def to_dict(self) -> dict[str, Any]:
        prompt = self.prompt

        notify_hook = self.notify_hook

        field_dict: dict[str, Any] = {}

        field_dict.update(
            {
                "prompt": prompt,
            }
        )
        if notify_hook is not UNSET:
            field_dict["notify_hook"] = notify_hook

        return field_dict

    @classmethod
    def from_dict(cls, src_dict: Mapping[str, Any]) -> Self:
        d = dict(src_dict)
        prompt = d.pop("prompt")

        notify_hook = d.pop("notify_hook", UNSET)

        generate_lyrics_request = cls(
            prompt=prompt,
            notify_hook=notify_hook,
        )

        return generate_lyrics_request
