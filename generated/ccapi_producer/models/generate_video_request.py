from __future__ import annotations

from collections.abc import Mapping
from typing import Any, Self, TypeVar

from attrs import define as _attrs_define

from ..models.video_preset import VideoPreset
from ..types import UNSET, Unset

T = TypeVar("T", bound="GenerateVideoRequest")


@_attrs_define
class GenerateVideoRequest:
    """Render a video for a finished clip. **Body inferred** (CCAPI shows none): TTAPI's
    `/producer/v1/generate-video` body (`preset`) with the parent id as `clip_id`, as in the
    documented STEMS body.

    """

    clip_id: str
    """ A Producer clip id: `data.data.clips[].clip_id` of a finished task (a UUID in every example).
    This is the upstream clip's id, not CCAPI's `task_...` id.
     """
    preset: VideoPreset | Unset = UNSET
    """ Video style preset (TTAPI's documented range; TTAPI's default is `simple`). """

    def to_dict(self) -> dict[str, Any]:
        clip_id = self.clip_id

        preset: str | Unset = UNSET
        if not isinstance(self.preset, Unset):
            preset = self.preset.value

        field_dict: dict[str, Any] = {}

        field_dict.update(
            {
                "clip_id": clip_id,
            }
        )
        if preset is not UNSET:
            field_dict["preset"] = preset

        return field_dict

    @classmethod
    def from_dict(cls, src_dict: Mapping[str, Any]) -> Self:
        d = dict(src_dict)
        clip_id = d.pop("clip_id")

        _preset = d.pop("preset", UNSET)
        preset: VideoPreset | Unset
        if isinstance(_preset, Unset):
            preset = UNSET
        else:
            preset = VideoPreset(_preset)

        generate_video_request = cls(
            clip_id=clip_id,
            preset=preset,
        )

        return generate_video_request
