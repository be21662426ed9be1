from __future__ import annotations

from collections.abc import Mapping
from typing import Any, Self, TypeVar, cast

from attrs import define as _attrs_define

T = TypeVar("T", bound="CreatePersonaRequest")


@_attrs_define
class CreatePersonaRequest:
    """Body of `POST /suno/persona/create` (all fields required according to the gpt-best page)."""

    root_clip_id: str
    """ The clip whose voice and style the persona takes. """
    name: str
    description: str
    clips: list[str]
    """ Clip ids attached to the persona. """
    is_public: bool

    def to_dict(self) -> dict[str, Any]:
        root_clip_id = self.root_clip_id

        name = self.name

        description = self.description

        clips = self.clips

        is_public = self.is_public

        field_dict: dict[str, Any] = {}

        field_dict.update(
            {
                "root_clip_id": root_clip_id,
                "name": name,
                "description": description,
                "clips": clips,
                "is_public": is_public,
            }
        )

        return field_dict

    @classmethod
    def from_dict(cls, src_dict: Mapping[str, Any]) -> Self:
        d = dict(src_dict)
        root_clip_id = d.pop("root_clip_id")

        name = d.pop("name")

        description = d.pop("description")

        clips = cast(list[str], d.pop("clips"))

        is_public = d.pop("is_public")

        create_persona_request = cls(
            root_clip_id=root_clip_id,
            name=name,
            description=description,
            clips=clips,
            is_public=is_public,
        )

        return create_persona_request
