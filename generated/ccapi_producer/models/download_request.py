from __future__ import annotations

from collections.abc import Mapping
from typing import Any, Self, TypeVar

from attrs import define as _attrs_define

from ..models.audio_format import AudioFormat

T = TypeVar("T", bound="DownloadRequest")


@_attrs_define
class DownloadRequest:
    """Get a finished clip in another audio format. **Body inferred** (CCAPI shows none): TTAPI's
    `/producer/v1/download` body (`format`, required) with the parent id as `clip_id`, as in the
    documented STEMS body.

    """

    clip_id: str
    """ A Producer clip id: `data.data.clips[].clip_id` of a finished task (a UUID in every example).
    This is the upstream clip's id, not CCAPI's `task_...` id.
     """
    format_: AudioFormat
    """ Download format (TTAPI's documented range). """

    def to_dict(self) -> dict[str, Any]:
        clip_id = self.clip_id

        format_ = self.format_.value

        field_dict: dict[str, Any] = {}

        field_dict.update(
            {
                "clip_id": clip_id,
                "format": format_,
            }
        )

        return field_dict

    @classmethod
    def from_dict(cls, src_dict: Mapping[str, Any]) -> Self:
        d = dict(src_dict)
        clip_id = d.pop("clip_id")

        format_ = AudioFormat(d.pop("format"))

        download_request = cls(
            clip_id=clip_id,
            format_=format_,
        )

        return download_request
