from __future__ import annotations

from collections.abc import Mapping
from typing import TYPE_CHECKING, Any, Self, TypeVar, cast

from attrs import define as _attrs_define

from ..types import UNSET, Unset

if TYPE_CHECKING:
    from ..models.control_sliders import ControlSliders


T = TypeVar("T", bound="AdvancedMetadata")


@_attrs_define
class AdvancedMetadata:
    """ "Advanced controls". Documented only by a summary of the gpt-best pages (a secondary source);
    the slider values are between 0 and 1.

    """

    create_mode: str | Unset = UNSET
    control_sliders: ControlSliders | Unset = UNSET
    can_control_sliders: list[str] | Unset = UNSET
    vocal_gender: str | Unset = UNSET
    is_remix: bool | Unset = UNSET

    def to_dict(self) -> dict[str, Any]:
        create_mode = self.create_mode

        control_sliders: dict[str, Any] | Unset = UNSET
        if not isinstance(self.control_sliders, Unset):
            control_sliders = self.control_sliders.to_dict()

        can_control_sliders: list[str] | Unset = UNSET
        if not isinstance(self.can_control_sliders, Unset):
            can_control_sliders = self.can_control_sliders

        vocal_gender = self.vocal_gender

        is_remix = self.is_remix

        field_dict: dict[str, Any] = {}

        field_dict.update({})
        if create_mode is not UNSET:
            field_dict["create_mode"] = create_mode
        if control_sliders is not UNSET:
            field_dict["control_sliders"] = control_sliders
        if can_control_sliders is not UNSET:
            field_dict["can_control_sliders"] = can_control_sliders
        if vocal_gender is not UNSET:
            field_dict["vocal_gender"] = vocal_gender
        if is_remix is not UNSET:
            field_dict["is_remix"] = is_remix

        return field_dict

    @classmethod
    def from_dict(cls, src_dict: Mapping[str, Any]) -> Self:
        from ..models.control_sliders import ControlSliders

        d = dict(src_dict)
        create_mode = d.pop("create_mode", UNSET)

        _control_sliders = d.pop("control_sliders", UNSET)
        control_sliders: ControlSliders | Unset
        if isinstance(_control_sliders, Unset):
            control_sliders = UNSET
        else:
            control_sliders = ControlSliders.from_dict(_control_sliders)

        can_control_sliders = cast(list[str], d.pop("can_control_sliders", UNSET))

        vocal_gender = d.pop("vocal_gender", UNSET)

        is_remix = d.pop("is_remix", UNSET)

        advanced_metadata = cls(
            create_mode=create_mode,
            control_sliders=control_sliders,
            can_control_sliders=can_control_sliders,
            vocal_gender=vocal_gender,
            is_remix=is_remix,
        )

        return advanced_metadata
