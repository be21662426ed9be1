from __future__ import annotations

from collections.abc import Mapping
from typing import TYPE_CHECKING, Any, Self, TypeVar, cast

from attrs import define as _attrs_define
from attrs import field as _attrs_field

from ..types import UNSET, Unset

if TYPE_CHECKING:
    from ..models.clip import Clip
    from ..models.persona_clip import PersonaClip


T = TypeVar("T", bound="Persona")


@_attrs_define
class Persona:
    """Raw Suno persona (no envelope). Use `id` as `persona_id`."""

    id: None | str | Unset = UNSET
    """ The persona id. """
    name: None | str | Unset = UNSET
    description: None | str | Unset = UNSET
    image_s3_id: None | str | Unset = UNSET
    root_clip_id: None | str | Unset = UNSET
    clip: Clip | None | Unset = UNSET
    user_display_name: None | str | Unset = UNSET
    user_handle: None | str | Unset = UNSET
    user_image_url: None | str | Unset = UNSET
    persona_clips: list[PersonaClip] | None | Unset = UNSET
    additional_properties: dict[str, Any] = _attrs_field(init=False, factory=dict)

    def to_dict(self) -> dict[str, Any]:
        from ..models.clip import Clip

        id: None | str | Unset
        if isinstance(self.id, Unset):
            id = UNSET
        else:
            id = self.id

        name: None | str | Unset
        if isinstance(self.name, Unset):
            name = UNSET
        else:
            name = self.name

        description: None | str | Unset
        if isinstance(self.description, Unset):
            description = UNSET
        else:
            description = self.description

        image_s3_id: None | str | Unset
        if isinstance(self.image_s3_id, Unset):
            image_s3_id = UNSET
        else:
            image_s3_id = self.image_s3_id

        root_clip_id: None | str | Unset
        if isinstance(self.root_clip_id, Unset):
            root_clip_id = UNSET
        else:
            root_clip_id = self.root_clip_id

        clip: dict[str, Any] | None | Unset
        if isinstance(self.clip, Unset):
            clip = UNSET
        elif isinstance(self.clip, Clip):
            clip = self.clip.to_dict()
        else:
            clip = self.clip

        user_display_name: None | str | Unset
        if isinstance(self.user_display_name, Unset):
            user_display_name = UNSET
        else:
            user_display_name = self.user_display_name

        user_handle: None | str | Unset
        if isinstance(self.user_handle, Unset):
            user_handle = UNSET
        else:
            user_handle = self.user_handle

        user_image_url: None | str | Unset
        if isinstance(self.user_image_url, Unset):
            user_image_url = UNSET
        else:
            user_image_url = self.user_image_url

        persona_clips: list[dict[str, Any]] | None | Unset
        if isinstance(self.persona_clips, Unset):
            persona_clips = UNSET
        elif isinstance(self.persona_clips, list):
            persona_clips = []
            for persona_clips_type_0_item_data in self.persona_clips:
                persona_clips_type_0_item = persona_clips_type_0_item_data.to_dict()
                persona_clips.append(persona_clips_type_0_item)

        else:
            persona_clips = self.persona_clips

        field_dict: dict[str, Any] = {}
        field_dict.update(self.additional_properties)
        field_dict.update({})
        if id is not UNSET:
            field_dict["id"] = id
        if name is not UNSET:
            field_dict["name"] = name
        if description is not UNSET:
            field_dict["description"] = description
        if image_s3_id is not UNSET:
            field_dict["image_s3_id"] = image_s3_id
        if root_clip_id is not UNSET:
            field_dict["root_clip_id"] = root_clip_id
        if clip is not UNSET:
            field_dict["clip"] = clip
        if user_display_name is not UNSET:
            field_dict["user_display_name"] = user_display_name
        if user_handle is not UNSET:
            field_dict["user_handle"] = user_handle
        if user_image_url is not UNSET:
            field_dict["user_image_url"] = user_image_url
        if persona_clips is not UNSET:
            field_dict["persona_clips"] = persona_clips

        return field_dict

    @classmethod
    def from_dict(cls, src_dict: Mapping[str, Any]) -> Self:
        from ..models.clip import Clip
        from ..models.persona_clip import PersonaClip

        d = dict(src_dict)

        def _parse_id(data: object) -> None | str | Unset:
            if data is None:
                return data
            if isinstance(data, Unset):
                return data
            return cast(None | str | Unset, data)

        id = _parse_id(d.pop("id", UNSET))

        def _parse_name(data: object) -> None | str | Unset:
            if data is None:
                return data
            if isinstance(data, Unset):
                return data
            return cast(None | str | Unset, data)

        name = _parse_name(d.pop("name", UNSET))

        def _parse_description(data: object) -> None | str | Unset:
            if data is None:
                return data
            if isinstance(data, Unset):
                return data
            return cast(None | str | Unset, data)

        description = _parse_description(d.pop("description", UNSET))

        def _parse_image_s3_id(data: object) -> None | str | Unset:
            if data is None:
                return data
            if isinstance(data, Unset):
                return data
            return cast(None | str | Unset, data)

        image_s3_id = _parse_image_s3_id(d.pop("image_s3_id", UNSET))

        def _parse_root_clip_id(data: object) -> None | str | Unset:
            if data is None:
                return data
            if isinstance(data, Unset):
                return data
            return cast(None | str | Unset, data)

        root_clip_id = _parse_root_clip_id(d.pop("root_clip_id", UNSET))

        def _parse_clip(data: object) -> Clip | None | Unset:
            if data is None:
                return data
            if isinstance(data, Unset):
                return data
            try:
                if not isinstance(data, dict):
                    raise TypeError()
                clip_type_0 = Clip.from_dict(data)

                return clip_type_0
            except (TypeError, ValueError, AttributeError, KeyError):
                pass
            return cast(Clip | None | Unset, data)

        clip = _parse_clip(d.pop("clip", UNSET))

        def _parse_user_display_name(data: object) -> None | str | Unset:
            if data is None:
                return data
            if isinstance(data, Unset):
                return data
            return cast(None | str | Unset, data)

        user_display_name = _parse_user_display_name(d.pop("user_display_name", UNSET))

        def _parse_user_handle(data: object) -> None | str | Unset:
            if data is None:
                return data
            if isinstance(data, Unset):
                return data
            return cast(None | str | Unset, data)

        user_handle = _parse_user_handle(d.pop("user_handle", UNSET))

        def _parse_user_image_url(data: object) -> None | str | Unset:
            if data is None:
                return data
            if isinstance(data, Unset):
                return data
            return cast(None | str | Unset, data)

        user_image_url = _parse_user_image_url(d.pop("user_image_url", UNSET))

        def _parse_persona_clips(data: object) -> list[PersonaClip] | None | Unset:
            if data is None:
                return data
            if isinstance(data, Unset):
                return data
            try:
                if not isinstance(data, list):
                    raise TypeError()
                persona_clips_type_0 = []
                _persona_clips_type_0 = data
                for persona_clips_type_0_item_data in _persona_clips_type_0:
                    persona_clips_type_0_item = PersonaClip.from_dict(
                        persona_clips_type_0_item_data
                    )

                    persona_clips_type_0.append(persona_clips_type_0_item)

                return persona_clips_type_0
            except (TypeError, ValueError, AttributeError, KeyError):
                pass
            return cast(list[PersonaClip] | None | Unset, data)

        persona_clips = _parse_persona_clips(d.pop("persona_clips", UNSET))

        persona = cls(
            id=id,
            name=name,
            description=description,
            image_s3_id=image_s3_id,
            root_clip_id=root_clip_id,
            clip=clip,
            user_display_name=user_display_name,
            user_handle=user_handle,
            user_image_url=user_image_url,
            persona_clips=persona_clips,
        )

        persona.additional_properties = d
        return persona

    @property
    def additional_keys(self) -> list[str]:
        return list(self.additional_properties.keys())

    def __getitem__(self, key: str) -> Any:
        return self.additional_properties[key]

    def __setitem__(self, key: str, value: Any) -> None:
        self.additional_properties[key] = value

    def __delitem__(self, key: str) -> None:
        del self.additional_properties[key]

    def __contains__(self, key: str) -> bool:
        return key in self.additional_properties
