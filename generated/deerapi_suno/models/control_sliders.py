from __future__ import annotations

from collections.abc import Mapping
from typing import Any, Self, TypeVar

from attrs import define as _attrs_define

from ..types import UNSET, Unset

T = TypeVar("T", bound="ControlSliders")


@_attrs_define
class ControlSliders:
    style_weight: float | Unset = UNSET
    weirdness_constraint: float | Unset = UNSET
    audio_weight: float | Unset = UNSET

    def to_dict(self) -> dict[str, Any]:
        style_weight = self.style_weight

        weirdness_constraint = self.weirdness_constraint

        audio_weight = self.audio_weight

        field_dict: dict[str, Any] = {}

        field_dict.update({})
        if style_weight is not UNSET:
            field_dict["style_weight"] = style_weight
        if weirdness_constraint is not UNSET:
            field_dict["weirdness_constraint"] = weirdness_constraint
        if audio_weight is not UNSET:
            field_dict["audio_weight"] = audio_weight

        return field_dict

    @classmethod
    def from_dict(cls, src_dict: Mapping[str, Any]) -> Self:
        d = dict(src_dict)
        style_weight = d.pop("style_weight", UNSET)

        weirdness_constraint = d.pop("weirdness_constraint", UNSET)

        audio_weight = d.pop("audio_weight", UNSET)

        control_sliders = cls(
            style_weight=style_weight,
            weirdness_constraint=weirdness_constraint,
            audio_weight=audio_weight,
        )

        return control_sliders
