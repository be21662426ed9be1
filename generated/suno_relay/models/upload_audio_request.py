from __future__ import annotations

from collections.abc import Mapping
from typing import Any, Self, TypeVar

from attrs import define as _attrs_define

T = TypeVar("T", bound="UploadAudioRequest")


@_attrs_define
class UploadAudioRequest:
    """Body of `POST /suno/uploads/audio`: step 1 of the local-file upload, the file's extension."""

    extension: str
    """ The audio file's extension, e.g. `mp3`. """

    def to_dict(self) -> dict[str, Any]:
        extension = self.extension

        field_dict: dict[str, Any] = {}

        field_dict.update(
            {
                "extension": extension,
            }
        )

        return field_dict

    @classmethod
    def from_dict(cls, src_dict: Mapping[str, Any]) -> Self:
        d = dict(src_dict)
        extension = d.pop("extension")

        upload_audio_request = cls(
            extension=extension,
        )

        return upload_audio_request
