from __future__ import annotations

from collections.abc import Mapping
from typing import Any, Self, TypeVar

from attrs import define as _attrs_define

from ..models.upload_finish_request_upload_type import UploadFinishRequestUploadType

T = TypeVar("T", bound="UploadFinishRequest")


@_attrs_define
class UploadFinishRequest:
    """Body of `POST /suno/uploads/audio/{upload_id}/upload-finish`: step 3, after the file was sent to S3."""

    upload_type: UploadFinishRequestUploadType
    """ Always `file_upload`. """
    upload_filename: str
    """ The file's name, e.g. `song.mp3`. """

    def to_dict(self) -> dict[str, Any]:
        upload_type = self.upload_type.value

        upload_filename = self.upload_filename

        field_dict: dict[str, Any] = {}

        field_dict.update(
            {
                "upload_type": upload_type,
                "upload_filename": upload_filename,
            }
        )

        return field_dict

    @classmethod
    def from_dict(cls, src_dict: Mapping[str, Any]) -> Self:
        d = dict(src_dict)
        upload_type = UploadFinishRequestUploadType(d.pop("upload_type"))

        upload_filename = d.pop("upload_filename")

        upload_finish_request = cls(
            upload_type=upload_type,
            upload_filename=upload_filename,
        )

        return upload_finish_request
