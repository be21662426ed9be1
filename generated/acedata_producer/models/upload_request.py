from __future__ import annotations

from collections.abc import Mapping
from typing import Any, Self, TypeVar

from attrs import define as _attrs_define

from ..types import UNSET, Unset

T = TypeVar("T", bound="UploadRequest")


@_attrs_define
class UploadRequest:
    audio_url: str
    """ Publicly reachable URL of the reference audio (the guide says mp3 is supported). """
    callback_url: str | Unset = UNSET
    """ Inferred: the vendor's generated SDK passes an optional `callback_url` to this endpoint;
    the API reference does not declare it and the callback body is undocumented.
     """

    def to_dict(self) -> dict[str, Any]:
        audio_url = self.audio_url

        callback_url = self.callback_url

        field_dict: dict[str, Any] = {}

        field_dict.update(
            {
                "audio_url": audio_url,
            }
        )
        if callback_url is not UNSET:
            field_dict["callback_url"] = callback_url

        return field_dict

    @classmethod
    def from_dict(cls, src_dict: Mapping[str, Any]) -> Self:
        d = dict(src_dict)
        audio_url = d.pop("audio_url")

        callback_url = d.pop("callback_url", UNSET)

        upload_request = cls(
            audio_url=audio_url,
            callback_url=callback_url,
        )

        return upload_request
