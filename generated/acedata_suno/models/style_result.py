from __future__ import annotations

from collections.abc import Mapping
from typing import Any, Self, TypeVar, cast

from attrs import define as _attrs_define
from attrs import field as _attrs_field

from ..types import UNSET, Unset

T = TypeVar("T", bound="StyleResult")


@_attrs_define
class StyleResult:
    upsampled_tags: None | str | Unset = UNSET
    """ The expanded style, for `style` of `generate_music`. """
    additional_properties: dict[str, Any] = _attrs_field(init=False, factory=dict)

    def to_dict(self) -> dict[str, Any]:
        upsampled_tags: None | str | Unset
        if isinstance(self.upsampled_tags, Unset):
            upsampled_tags = UNSET
        else:
            upsampled_tags = self.upsampled_tags

        field_dict: dict[str, Any] = {}
        field_dict.update(self.additional_properties)
        field_dict.update({})
        if upsampled_tags is not UNSET:
            field_dict["upsampled_tags"] = upsampled_tags

        return field_dict

    @classmethod
    def from_dict(cls, src_dict: Mapping[str, Any]) -> Self:
        d = dict(src_dict)

        def _parse_upsampled_tags(data: object) -> None | str | Unset:
            if data is None:
                return data
            if isinstance(data, Unset):
                return data
            return cast(None | str | Unset, data)

        upsampled_tags = _parse_upsampled_tags(d.pop("upsampled_tags", UNSET))

        style_result = cls(
            upsampled_tags=upsampled_tags,
        )

        style_result.additional_properties = d
        return style_result

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
