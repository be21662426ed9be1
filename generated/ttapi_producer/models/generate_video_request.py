from __future__ import annotations

from collections.abc import Mapping
from typing import Any, Self, TypeVar

from attrs import define as _attrs_define

from ..models.video_preset import VideoPreset
from ..types import UNSET, Unset

T = TypeVar("T", bound="GenerateVideoRequest")


@_attrs_define
class GenerateVideoRequest:
    """Render a video for a finished song. Free."""

    music_id: str
    """ The parent song's `musicId` (from `data.musics[].musicId` of a finished job). """
    preset: VideoPreset | Unset = UNSET
    """ Video style preset. Default `simple`. """

    def to_dict(self) -> dict[str, Any]:
        music_id = self.music_id

        preset: str | Unset = UNSET
        if not isinstance(self.preset, Unset):
            preset = self.preset.value

        field_dict: dict[str, Any] = {}

        field_dict.update(
            {
                "music_id": music_id,
            }
        )
        if preset is not UNSET:
            field_dict["preset"] = preset

        return field_dict

    @classmethod
    def from_dict(cls, src_dict: Mapping[str, Any]) -> Self:
        d = dict(src_dict)
        music_id = d.pop("music_id")

        _preset = d.pop("preset", UNSET)
        preset: VideoPreset | Unset
        if isinstance(_preset, Unset):
            preset = UNSET
        else:
            preset = VideoPreset(_preset)

        generate_video_request = cls(
            music_id=music_id,
            preset=preset,
        )

        return generate_video_request
