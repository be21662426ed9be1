from __future__ import annotations

from collections.abc import Mapping
from typing import Any, Self, TypeVar

from attrs import define as _attrs_define
from attrs import field as _attrs_field

from ..types import UNSET, Unset

T = TypeVar("T", bound="AlignedWord")


@_attrs_define
class AlignedWord:
    word: str | Unset = UNSET
    success: bool | Unset = UNSET
    """ Whether this word was aligned. """
    start_s: float | Unset = UNSET
    end_s: float | Unset = UNSET
    p_align: float | Unset = UNSET
    """ Alignment confidence, 0 to 1. """
    additional_properties: dict[str, Any] = _attrs_field(init=False, factory=dict)

    def to_dict(self) -> dict[str, Any]:
        word = self.word

        success = self.success

        start_s = self.start_s

        end_s = self.end_s

        p_align = self.p_align

        field_dict: dict[str, Any] = {}
        field_dict.update(self.additional_properties)
        field_dict.update({})
        if word is not UNSET:
            field_dict["word"] = word
        if success is not UNSET:
            field_dict["success"] = success
        if start_s is not UNSET:
            field_dict["start_s"] = start_s
        if end_s is not UNSET:
            field_dict["end_s"] = end_s
        if p_align is not UNSET:
            field_dict["p_align"] = p_align

        return field_dict

    @classmethod
    def from_dict(cls, src_dict: Mapping[str, Any]) -> Self:
        d = dict(src_dict)
        word = d.pop("word", UNSET)

        success = d.pop("success", UNSET)

        start_s = d.pop("start_s", UNSET)

        end_s = d.pop("end_s", UNSET)

        p_align = d.pop("p_align", UNSET)

        aligned_word = cls(
            word=word,
            success=success,
            start_s=start_s,
            end_s=end_s,
            p_align=p_align,
        )

        aligned_word.additional_properties = d
        return aligned_word

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
