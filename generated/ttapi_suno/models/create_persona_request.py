from __future__ import annotations

from collections.abc import Mapping
from typing import Any, Self, TypeVar

from attrs import define as _attrs_define

from ..types import UNSET, Unset

T = TypeVar("T", bound="CreatePersonaRequest")


@_attrs_define
class CreatePersonaRequest:
    """A persona (singer style) from a song. For a Persona-v2 VOX persona, first get `vox_audio_id`
    from `extract_vox`. **Rule:** with `vox_audio_id`, `vocal_start_s` and `vocal_end_s` are
    required (the values sent to `extract_vox`).

    """

    music_id: str
    """ A song's `musicId` (from `data.musics[].musicId` of a finished job, or `data.music_id` of an upload). """
    name: str
    """ The persona's name. """
    describe: str | Unset = UNSET
    """ A description. """
    vox_audio_id: str | Unset = UNSET
    """ The `data.id` of an `extract_vox` answer. """
    vocal_start_s: float | Unset = UNSET
    """ A time in seconds. """
    vocal_end_s: float | Unset = UNSET
    """ A time in seconds. """
    styles: str | Unset = UNSET
    """ Style. """

    def to_dict(self) -> dict[str, Any]:
        music_id = self.music_id

        name = self.name

        describe = self.describe

        vox_audio_id = self.vox_audio_id

        vocal_start_s = self.vocal_start_s

        vocal_end_s = self.vocal_end_s

        styles = self.styles

        field_dict: dict[str, Any] = {}

        field_dict.update(
            {
                "music_id": music_id,
                "name": name,
            }
        )
        if describe is not UNSET:
            field_dict["describe"] = describe
        if vox_audio_id is not UNSET:
            field_dict["vox_audio_id"] = vox_audio_id
        if vocal_start_s is not UNSET:
            field_dict["vocal_start_s"] = vocal_start_s
        if vocal_end_s is not UNSET:
            field_dict["vocal_end_s"] = vocal_end_s
        if styles is not UNSET:
            field_dict["styles"] = styles

        return field_dict

    @classmethod
    def from_dict(cls, src_dict: Mapping[str, Any]) -> Self:
        d = dict(src_dict)
        music_id = d.pop("music_id")

        name = d.pop("name")

        describe = d.pop("describe", UNSET)

        vox_audio_id = d.pop("vox_audio_id", UNSET)

        vocal_start_s = d.pop("vocal_start_s", UNSET)

        vocal_end_s = d.pop("vocal_end_s", UNSET)

        styles = d.pop("styles", UNSET)

        create_persona_request = cls(
            music_id=music_id,
            name=name,
            describe=describe,
            vox_audio_id=vox_audio_id,
            vocal_start_s=vocal_start_s,
            vocal_end_s=vocal_end_s,
            styles=styles,
        )

        return create_persona_request
