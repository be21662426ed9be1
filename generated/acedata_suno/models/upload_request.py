from __future__ import annotations

from collections.abc import Mapping
from typing import Any, Self, TypeVar

from attrs import define as _attrs_define

T = TypeVar("T", bound="UploadRequest")


@_attrs_define
class UploadRequest:
    audio_url: str
    """ Public URL of the audio (mp3 is supported). """

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

        upload_request = cls(
            audio_url=audio_url,
        )

        return upload_request
