from __future__ import annotations

from collections.abc import Mapping
from typing import (
    Any,
    Literal,
    Self,
    TypeVar,
    cast,
)

from attrs import define as _attrs_define

from ..types import UNSET, Unset

T = TypeVar("T", bound="CustomModelGenerateRequest")


@_attrs_define
class CustomModelGenerateRequest:
    """`action: generate`: a song from a `ready` model (0.90 credits when it succeeds)."""

    id: str
    """ The model id. """
    action: Literal["generate"] = "generate"
    title: str | Unset = UNSET
    """ Song title (custom mode). At most 100 characters from chirp-v4-5 on, 80 before. """
    lyric: str | Unset = UNSET
    """ Custom mode (`custom: true`) lyrics, section tags such as `[Verse]` inside. At most 5000
    characters from `chirp-v4-5` on, 3000 for `chirp-v3-5` and `chirp-v4` (the server checks that).
     """
    style: str | Unset = UNSET
    """ Music style (custom mode), e.g. "Synthwave, Electronic, Dreamy". At most 1000 characters from chirp-v4-5 on,
    200 before. """

    def to_dict(self) -> dict[str, Any]:
        action = self.action

        id = self.id

        title = self.title

        lyric = self.lyric

        style = self.style

        field_dict: dict[str, Any] = {}

        field_dict.update(
            {
                "action": action,
                "id": id,
            }
        )
        if title is not UNSET:
            field_dict["title"] = title
        if lyric is not UNSET:
            field_dict["lyric"] = lyric
        if style is not UNSET:
            field_dict["style"] = style

        return field_dict

    @classmethod
    def from_dict(cls, src_dict: Mapping[str, Any]) -> Self:
        d = dict(src_dict)
        action = cast(Literal["generate"], d.pop("action"))
        if action != "generate":
            raise ValueError(f"action must match const 'generate', got '{action}'")

        id = d.pop("id")

        title = d.pop("title", UNSET)

        lyric = d.pop("lyric", UNSET)

        style = d.pop("style", UNSET)

        custom_model_generate_request = cls(
            action=action,
            id=id,
            title=title,
            lyric=lyric,
            style=style,
        )

        return custom_model_generate_request
