from __future__ import annotations

from collections.abc import Mapping
from typing import Any, Self, TypeVar

from attrs import define as _attrs_define

from ..models.audio_format import AudioFormat

T = TypeVar("T", bound="DownloadRequest")


@_attrs_define
class DownloadRequest:
    """Get a finished song in another audio format."""

    music_id: str
    """ The parent song's `musicId` (from `data.musics[].musicId` of a finished job). """
    format_: AudioFormat
    """ Download format. """

    def to_dict(self) -> dict[str, Any]:
        music_id = self.music_id

        format_ = self.format_.value

        field_dict: dict[str, Any] = {}

        field_dict.update(
            {
                "music_id": music_id,
                "format": format_,
            }
        )

        return field_dict

    @classmethod
    def from_dict(cls, src_dict: Mapping[str, Any]) -> Self:
        d = dict(src_dict)
        music_id = d.pop("music_id")

        format_ = AudioFormat(d.pop("format"))

        download_request = cls(
            music_id=music_id,
            format_=format_,
        )

        return download_request
