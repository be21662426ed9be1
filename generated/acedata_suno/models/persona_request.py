from __future__ import annotations

from collections.abc import Mapping
from typing import Any, Self, TypeVar

from attrs import define as _attrs_define

from ..types import UNSET, Unset

T = TypeVar("T", bound="PersonaRequest")


@_attrs_define
class PersonaRequest:
    audio_id: str
    """ A generated song whose singer becomes the persona. """
    name: str
    """ The persona's name. """
    description: str | Unset = UNSET
    vox_audio_id: str | Unset = UNSET
    """ Persona-v2-vox: the `data.id` of `get_vox`. """
    vocal_start: float | Unset = UNSET
    """ Start of the vocal segment, seconds. """
    vocal_end: float | Unset = UNSET
    """ End of the vocal segment, seconds. """

    def to_dict(self) -> dict[str, Any]:
        audio_id = self.audio_id

        name = self.name

        description = self.description

        vox_audio_id = self.vox_audio_id

        vocal_start = self.vocal_start

        vocal_end = self.vocal_end

        field_dict: dict[str, Any] = {}

        field_dict.update(
            {
                "audio_id": audio_id,
                "name": name,
            }
        )
        if description is not UNSET:
            field_dict["description"] = description
        if vox_audio_id is not UNSET:
            field_dict["vox_audio_id"] = vox_audio_id
        if vocal_start is not UNSET:
            field_dict["vocal_start"] = vocal_start
        if vocal_end is not UNSET:
            field_dict["vocal_end"] = vocal_end

        return field_dict

    @classmethod
    def from_dict(cls, src_dict: Mapping[str, Any]) -> Self:
        d = dict(src_dict)
        audio_id = d.pop("audio_id")

        name = d.pop("name")

        description = d.pop("description", UNSET)

        vox_audio_id = d.pop("vox_audio_id", UNSET)

        vocal_start = d.pop("vocal_start", UNSET)

        vocal_end = d.pop("vocal_end", UNSET)

        persona_request = cls(
            audio_id=audio_id,
            name=name,
            description=description,
            vox_audio_id=vox_audio_id,
            vocal_start=vocal_start,
            vocal_end=vocal_end,
        )

        return persona_request
