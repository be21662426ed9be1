from __future__ import annotations

from collections.abc import Mapping
from typing import Any, Self, TypeVar

from attrs import define as _attrs_define

from ..types import UNSET, Unset

T = TypeVar("T", bound="VoiceRequest")


@_attrs_define
class VoiceRequest:
    audio_url: str
    """ Public URL of an MP3 or WAV, at least 10 seconds, one speaker's clear voice without
    background noise or music.
     """
    name: str | Unset = UNSET
    """ The voice's name. """
    description: str | Unset = UNSET

    def to_dict(self) -> dict[str, Any]:
        audio_url = self.audio_url

        name = self.name

        description = self.description

        field_dict: dict[str, Any] = {}

        field_dict.update(
            {
                "audio_url": audio_url,
            }
        )
        if name is not UNSET:
            field_dict["name"] = name
        if description is not UNSET:
            field_dict["description"] = description

        return field_dict

    @classmethod
    def from_dict(cls, src_dict: Mapping[str, Any]) -> Self:
        d = dict(src_dict)
        audio_url = d.pop("audio_url")

        name = d.pop("name", UNSET)

        description = d.pop("description", UNSET)

        voice_request = cls(
            audio_url=audio_url,
            name=name,
            description=description,
        )

        return voice_request
