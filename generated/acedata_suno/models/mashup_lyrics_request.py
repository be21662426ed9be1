from __future__ import annotations

from collections.abc import Mapping
from typing import Any, Self, TypeVar

from attrs import define as _attrs_define

T = TypeVar("T", bound="MashupLyricsRequest")


@_attrs_define
class MashupLyricsRequest:
    lyrics_a: str
    """ The first song's lyrics. """
    lyrics_b: str
    """ The second song's lyrics. """

    def to_dict(self) -> dict[str, Any]:
        lyrics_a = self.lyrics_a

        lyrics_b = self.lyrics_b

        field_dict: dict[str, Any] = {}

        field_dict.update(
            {
                "lyrics_a": lyrics_a,
                "lyrics_b": lyrics_b,
            }
        )

        return field_dict

    @classmethod
    def from_dict(cls, src_dict: Mapping[str, Any]) -> Self:
        d = dict(src_dict)
        lyrics_a = d.pop("lyrics_a")

        lyrics_b = d.pop("lyrics_b")

        mashup_lyrics_request = cls(
            lyrics_a=lyrics_a,
            lyrics_b=lyrics_b,
        )

        return mashup_lyrics_request
