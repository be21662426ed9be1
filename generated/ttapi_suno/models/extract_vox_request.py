from __future__ import annotations

from collections.abc import Mapping
from typing import Any, Self, TypeVar

from attrs import define as _attrs_define

from ..types import UNSET, Unset

T = TypeVar("T", bound="ExtractVoxRequest")


@_attrs_define
class ExtractVoxRequest:
    """The singer's voice segment of a song, for `create_persona`'s `vox_audio_id`. The page's
    descriptions of `vocal_start_s` and `vocal_end_s` are copied from the persona page.

    """

    music_id: str
    """ A song's `musicId` (from `data.musics[].musicId` of a finished job, or `data.music_id` of an upload). """
    vocal_start_s: float | Unset = UNSET
    """ A time in seconds. """
    vocal_end_s: float | Unset = UNSET
    """ A time in seconds. """

    def to_dict(self) -> dict[str, Any]:
        music_id = self.music_id

        vocal_start_s = self.vocal_start_s

        vocal_end_s = self.vocal_end_s

        field_dict: dict[str, Any] = {}

        field_dict.update(
            {
                "music_id": music_id,
            }
        )
        if vocal_start_s is not UNSET:
            field_dict["vocal_start_s"] = vocal_start_s
        if vocal_end_s is not UNSET:
            field_dict["vocal_end_s"] = vocal_end_s

        return field_dict

    @classmethod
    def from_dict(cls, src_dict: Mapping[str, Any]) -> Self:
        d = dict(src_dict)
        music_id = d.pop("music_id")

        vocal_start_s = d.pop("vocal_start_s", UNSET)

        vocal_end_s = d.pop("vocal_end_s", UNSET)

        extract_vox_request = cls(
            music_id=music_id,
            vocal_start_s=vocal_start_s,
            vocal_end_s=vocal_end_s,
        )

        return extract_vox_request
