from __future__ import annotations

from collections.abc import Mapping
from typing import Any, Self, TypeVar

from attrs import define as _attrs_define

from ..models.lyrics_model import LyricsModel
from ..types import UNSET, Unset

T = TypeVar("T", bound="LyricsRequest")


@_attrs_define
class LyricsRequest:
    prompt: str
    """ What the lyrics should be about. """
    model: LyricsModel | Unset = UNSET
    """ The lyrics model, `default` when omitted (platform spec). """

    def to_dict(self) -> dict[str, Any]:
        prompt = self.prompt

        model: str | Unset = UNSET
        if not isinstance(self.model, Unset):
            model = self.model.value

        field_dict: dict[str, Any] = {}

        field_dict.update(
            {
                "prompt": prompt,
            }
        )
        if model is not UNSET:
            field_dict["model"] = model

        return field_dict

    @classmethod
    def from_dict(cls, src_dict: Mapping[str, Any]) -> Self:
        d = dict(src_dict)
        prompt = d.pop("prompt")

        _model = d.pop("model", UNSET)
        model: LyricsModel | Unset
        if isinstance(_model, Unset):
            model = UNSET
        else:
            model = LyricsModel(_model)

        lyrics_request = cls(
            prompt=prompt,
            model=model,
        )

        return lyrics_request
