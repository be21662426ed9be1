from __future__ import annotations

from collections.abc import Mapping
from typing import Any, Self, TypeVar

from attrs import define as _attrs_define

T = TypeVar("T", bound="AudioIdRequest")


@_attrs_define
class AudioIdRequest:
    audio_id: str
    """ The source song: a `data[].id` of an earlier result, or the `data.audio_id` of `upload_audio`
    for the `upload_*`, `underpainting`, `overpainting` and `samples` actions.
     """

    def to_dict(self) -> dict[str, Any]:
        audio_id = self.audio_id

        field_dict: dict[str, Any] = {}

        field_dict.update(
            {
                "audio_id": audio_id,
            }
        )

        return field_dict

    @classmethod
    def from_dict(cls, src_dict: Mapping[str, Any]) -> Self:
        d = dict(src_dict)
        audio_id = d.pop("audio_id")

        audio_id_request = cls(
            audio_id=audio_id,
        )

        return audio_id_request
