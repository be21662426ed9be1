from __future__ import annotations

from collections.abc import Mapping
from typing import Any, Self, TypeVar

from attrs import define as _attrs_define

T = TypeVar("T", bound="GenerateLyricsRequest")


@_attrs_define
class GenerateLyricsRequest:
    """Body of `POST /suno/submit/LYRICS`. **Inferred** from new-api: the LYRICS action refuses an
    empty `prompt` (400 `prompt_empty`). CCAPI's "Generate Lyrics" page was not captured.

    """

    prompt: str
    """ What the lyrics should be about. """

    def to_dict(self) -> dict[str, Any]:
        prompt = self.prompt

        field_dict: dict[str, Any] = {}

        field_dict.update(
            {
                "prompt": prompt,
            }
        )

        return field_dict

    @classmethod
    def from_dict(cls, src_dict: Mapping[str, Any]) -> Self:
        d = dict(src_dict)
        prompt = d.pop("prompt")

        generate_lyrics_request = cls(
            prompt=prompt,
        )

        return generate_lyrics_request
