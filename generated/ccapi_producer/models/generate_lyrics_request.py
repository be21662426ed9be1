from __future__ import annotations

from collections.abc import Mapping
from typing import Any, Self, TypeVar

from attrs import define as _attrs_define

T = TypeVar("T", bound="GenerateLyricsRequest")


@_attrs_define
class GenerateLyricsRequest:
    """Generate lyrics from a prompt. **Body inferred** (CCAPI shows none): the single `prompt` field
    of TTAPI's `/producer/v1/lyrics`, which is also the Generate Music body's name for the
    description.

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
