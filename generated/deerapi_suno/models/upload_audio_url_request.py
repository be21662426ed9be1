from __future__ import annotations

from collections.abc import Mapping
from typing import Any, Self, TypeVar

from attrs import define as _attrs_define

T = TypeVar("T", bound="UploadAudioUrlRequest")


@_attrs_define
class UploadAudioUrlRequest:
    """Body of `POST /suno/uploads/audio-url`."""

    url: str
    """ Where the relay downloads the audio from. """

    def to_dict(self) -> dict[str, Any]:
        url = self.url

        field_dict: dict[str, Any] = {}

        field_dict.update(
            {
                "url": url,
            }
        )

        return field_dict

    @classmethod
    def from_dict(cls, src_dict: Mapping[str, Any]) -> Self:
        d = dict(src_dict)
        url = d.pop("url")

        upload_audio_url_request = cls(
            url=url,
        )

        return upload_audio_url_request
