from __future__ import annotations

from collections.abc import Mapping
from typing import Any, Self, TypeVar, cast

from attrs import define as _attrs_define
from attrs import field as _attrs_field

from ..types import UNSET, Unset

T = TypeVar("T", bound="AlignedWord")


@_attrs_define
class AlignedWord:
    word: None | str | Unset = UNSET
    success: bool | None | Unset = UNSET
    start_s: float | None | Unset = UNSET
    end_s: float | None | Unset = UNSET
    p_align: float | None | Unset = UNSET
    additional_properties: dict[str, Any] = _attrs_field(init=False, factory=dict)

    def to_dict(self) -> dict[str, Any]:
        word: None | str | Unset
        if isinstance(self.word, Unset):
            word = UNSET
        else:
            word = self.word

        success: bool | None | Unset
        if isinstance(self.success, Unset):
            success = UNSET
        else:
            success = self.success

        start_s: float | None | Unset
        if isinstance(self.start_s, Unset):
            start_s = UNSET
        else:
            start_s = self.start_s

        end_s: float | None | Unset
        if isinstance(self.end_s, Unset):
            end_s = UNSET
        else:
            end_s = self.end_s

        p_align: float | None | Unset
        if isinstance(self.p_align, Unset):
            p_align = UNSET
        else:
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

        def _parse_word(data: object) -> None | str | Unset:
            if data is None:
                return data
            if isinstance(data, Unset):
                return data
            return cast(None | str | Unset, data)

        word = _parse_word(d.pop("word", UNSET))

        def _parse_success(data: object) -> bool | None | Unset:
            if data is None:
                return data
            if isinstance(data, Unset):
                return data
            return cast(bool | None | Unset, data)

        success = _parse_success(d.pop("success", UNSET))

        def _parse_start_s(data: object) -> float | None | Unset:
            if data is None:
                return data
            if isinstance(data, Unset):
                return data
            return cast(float | None | Unset, data)

        start_s = _parse_start_s(d.pop("start_s", UNSET))

        def _parse_end_s(data: object) -> float | None | Unset:
            if data is None:
                return data
            if isinstance(data, Unset):
                return data
            return cast(float | None | Unset, data)

        end_s = _parse_end_s(d.pop("end_s", UNSET))

        def _parse_p_align(data: object) -> float | None | Unset:
            if data is None:
                return data
            if isinstance(data, Unset):
                return data
            return cast(float | None | Unset, data)

        p_align = _parse_p_align(d.pop("p_align", UNSET))

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
