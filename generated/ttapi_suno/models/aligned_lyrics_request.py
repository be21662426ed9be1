from __future__ import annotations

from collections.abc import Mapping
from typing import Any, Self, TypeVar

from attrs import define as _attrs_define

T = TypeVar("T", bound="AlignedLyricsRequest")


@_attrs_define
class AlignedLyricsRequest:
    """The song whose lyric timeline is wanted (a `musicId`, not a `jobId`)."""

    music_id: str
    """ A song's `musicId` (from `data.musics[].musicId` of a finished job, or `data.music_id` of an upload). """

    def to_dict(self) -> dict[str, Any]:
        music_id = self.music_id

        field_dict: dict[str, Any] = {}

        field_dict.update(
            {
                "music_id": music_id,
            }
        )

        return field_dict

    @classmethod
    def from_dict(cls, src_dict: Mapping[str, Any]) -> Self:
        d = dict(src_dict)
        music_id = d.pop("music_id")

        aligned_lyrics_request = cls(
            music_id=music_id,
        )

        return aligned_lyrics_request
