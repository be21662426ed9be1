from __future__ import annotations

from collections.abc import Mapping
from typing import Any, Self, TypeVar

from attrs import define as _attrs_define

T = TypeVar("T", bound="UploadAudioRequest")


@_attrs_define
class UploadAudioRequest:
    """Upload your own audio (by URL) so later tasks can use it. **Body inferred** (CCAPI shows
    none): TTAPI's `/producer/v1/upload` body (`audio_url`, required), without TTAPI's callback.

    """

    audio_url: str
    """ Where the audio is downloaded from. """

    def to_dict(self) -> dict[str, Any]:
        audio_url = self.audio_url

        field_dict: dict[str, Any] = {}

        field_dict.update(
            {
                "audio_url": audio_url,
            }
        )

        return field_dict

    @classmethod
    def from_dict(cls, src_dict: Mapping[str, Any]) -> Self:
        d = dict(src_dict)
        audio_url = d.pop("audio_url")

        upload_audio_request = cls(
            audio_url=audio_url,
        )

        return upload_audio_request
