from __future__ import annotations

from collections.abc import Mapping
from typing import Any, Self, TypeVar

from attrs import define as _attrs_define

from ..models.create_voice_persona_request_persona_type import (
    CreateVoicePersonaRequestPersonaType,
)
from ..models.singer_skill_level import SingerSkillLevel
from ..types import UNSET, Unset

T = TypeVar("T", bound="CreateVoicePersonaRequest")


@_attrs_define
class CreateVoicePersonaRequest:
    """Body of `POST /suno/persona/voice/create`: a persona built from a recorded voice ("vox").
    The ids come from Suno's voice recording and verification flow, which no relay describes.

    """

    name: str
    persona_type: CreateVoicePersonaRequestPersonaType
    """ Always `vox`. """
    vox_audio_id: str
    voice_recording_id: str
    verification_id: str
    description: str | Unset = UNSET
    image_s3_id: str | Unset = UNSET
    """ The persona's image as a data URI. """
    is_public: bool | Unset = UNSET
    """ Forced to false by DeerAPI. """
    vocal_start_s: float | Unset = UNSET
    vocal_end_s: float | Unset = UNSET
    user_input_styles: str | Unset = UNSET
    """ Styles the voice suits; the format is not documented. """
    source: str | Unset = UNSET
    singer_skill_level: SingerSkillLevel | Unset = UNSET
    """ The singer's skill level for a voice persona. """
    is_voice_recording: bool | Unset = UNSET

    def to_dict(self) -> dict[str, Any]:
        name = self.name

        persona_type = self.persona_type.value

        vox_audio_id = self.vox_audio_id

        voice_recording_id = self.voice_recording_id

        verification_id = self.verification_id

        description = self.description

        image_s3_id = self.image_s3_id

        is_public = self.is_public

        vocal_start_s = self.vocal_start_s

        vocal_end_s = self.vocal_end_s

        user_input_styles = self.user_input_styles

        source = self.source

        singer_skill_level: str | Unset = UNSET
        if not isinstance(self.singer_skill_level, Unset):
            singer_skill_level = self.singer_skill_level.value

        is_voice_recording = self.is_voice_recording

        field_dict: dict[str, Any] = {}

        field_dict.update(
            {
                "name": name,
                "persona_type": persona_type,
                "vox_audio_id": vox_audio_id,
                "voice_recording_id": voice_recording_id,
                "verification_id": verification_id,
            }
        )
        if description is not UNSET:
            field_dict["description"] = description
        if image_s3_id is not UNSET:
            field_dict["image_s3_id"] = image_s3_id
        if is_public is not UNSET:
            field_dict["is_public"] = is_public
        if vocal_start_s is not UNSET:
            field_dict["vocal_start_s"] = vocal_start_s
        if vocal_end_s is not UNSET:
            field_dict["vocal_end_s"] = vocal_end_s
        if user_input_styles is not UNSET:
            field_dict["user_input_styles"] = user_input_styles
        if source is not UNSET:
            field_dict["source"] = source
        if singer_skill_level is not UNSET:
            field_dict["singer_skill_level"] = singer_skill_level
        if is_voice_recording is not UNSET:
            field_dict["is_voice_recording"] = is_voice_recording

        return field_dict

    @classmethod
    def from_dict(cls, src_dict: Mapping[str, Any]) -> Self:
        d = dict(src_dict)
        name = d.pop("name")

        persona_type = CreateVoicePersonaRequestPersonaType(d.pop("persona_type"))

        vox_audio_id = d.pop("vox_audio_id")

        voice_recording_id = d.pop("voice_recording_id")

        verification_id = d.pop("verification_id")

        description = d.pop("description", UNSET)

        image_s3_id = d.pop("image_s3_id", UNSET)

        is_public = d.pop("is_public", UNSET)

        vocal_start_s = d.pop("vocal_start_s", UNSET)

        vocal_end_s = d.pop("vocal_end_s", UNSET)

        user_input_styles = d.pop("user_input_styles", UNSET)

        source = d.pop("source", UNSET)

        _singer_skill_level = d.pop("singer_skill_level", UNSET)
        singer_skill_level: SingerSkillLevel | Unset
        if isinstance(_singer_skill_level, Unset):
            singer_skill_level = UNSET
        else:
            singer_skill_level = SingerSkillLevel(_singer_skill_level)

        is_voice_recording = d.pop("is_voice_recording", UNSET)

        create_voice_persona_request = cls(
            name=name,
            persona_type=persona_type,
            vox_audio_id=vox_audio_id,
            voice_recording_id=voice_recording_id,
            verification_id=verification_id,
            description=description,
            image_s3_id=image_s3_id,
            is_public=is_public,
            vocal_start_s=vocal_start_s,
            vocal_end_s=vocal_end_s,
            user_input_styles=user_input_styles,
            source=source,
            singer_skill_level=singer_skill_level,
            is_voice_recording=is_voice_recording,
        )

        return create_voice_persona_request
