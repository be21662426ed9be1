from __future__ import annotations

from collections.abc import Mapping
from typing import Any, Self, TypeVar, cast

from attrs import define as _attrs_define
from attrs import field as _attrs_field

from ..types import UNSET, Unset

T = TypeVar("T", bound="ClipHistoryEntry")


@_attrs_define
class ClipHistoryEntry:
    """One step of the clip's lineage (`metadata.history[]`)."""

    id: None | str | Unset = UNSET
    type_: None | str | Unset = UNSET
    source: None | str | Unset = UNSET
    infill: bool | None | Unset = UNSET
    stem_type_id: int | None | Unset = UNSET
    stem_type_group_name: None | str | Unset = UNSET
    stem_task: None | str | Unset = UNSET
    stem_from_id: None | str | Unset = UNSET
    additional_properties: dict[str, Any] = _attrs_field(init=False, factory=dict)

    def to_dict(self) -> dict[str, Any]:
        id: None | str | Unset
        if isinstance(self.id, Unset):
            id = UNSET
        else:
            id = self.id

        type_: None | str | Unset
        if isinstance(self.type_, Unset):
            type_ = UNSET
        else:
            type_ = self.type_

        source: None | str | Unset
        if isinstance(self.source, Unset):
            source = UNSET
        else:
            source = self.source

        infill: bool | None | Unset
        if isinstance(self.infill, Unset):
            infill = UNSET
        else:
            infill = self.infill

        stem_type_id: int | None | Unset
        if isinstance(self.stem_type_id, Unset):
            stem_type_id = UNSET
        else:
            stem_type_id = self.stem_type_id

        stem_type_group_name: None | str | Unset
        if isinstance(self.stem_type_group_name, Unset):
            stem_type_group_name = UNSET
        else:
            stem_type_group_name = self.stem_type_group_name

        stem_task: None | str | Unset
        if isinstance(self.stem_task, Unset):
            stem_task = UNSET
        else:
            stem_task = self.stem_task

        stem_from_id: None | str | Unset
        if isinstance(self.stem_from_id, Unset):
            stem_from_id = UNSET
        else:
            stem_from_id = self.stem_from_id

        field_dict: dict[str, Any] = {}
        field_dict.update(self.additional_properties)
        field_dict.update({})
        if id is not UNSET:
            field_dict["id"] = id
        if type_ is not UNSET:
            field_dict["type"] = type_
        if source is not UNSET:
            field_dict["source"] = source
        if infill is not UNSET:
            field_dict["infill"] = infill
        if stem_type_id is not UNSET:
            field_dict["stem_type_id"] = stem_type_id
        if stem_type_group_name is not UNSET:
            field_dict["stem_type_group_name"] = stem_type_group_name
        if stem_task is not UNSET:
            field_dict["stem_task"] = stem_task
        if stem_from_id is not UNSET:
            field_dict["stem_from_id"] = stem_from_id

        return field_dict

    @classmethod
    def from_dict(cls, src_dict: Mapping[str, Any]) -> Self:
        d = dict(src_dict)

        def _parse_id(data: object) -> None | str | Unset:
            if data is None:
                return data
            if isinstance(data, Unset):
                return data
            return cast(None | str | Unset, data)

        id = _parse_id(d.pop("id", UNSET))

        def _parse_type_(data: object) -> None | str | Unset:
            if data is None:
                return data
            if isinstance(data, Unset):
                return data
            return cast(None | str | Unset, data)

        type_ = _parse_type_(d.pop("type", UNSET))

        def _parse_source(data: object) -> None | str | Unset:
            if data is None:
                return data
            if isinstance(data, Unset):
                return data
            return cast(None | str | Unset, data)

        source = _parse_source(d.pop("source", UNSET))

        def _parse_infill(data: object) -> bool | None | Unset:
            if data is None:
                return data
            if isinstance(data, Unset):
                return data
            return cast(bool | None | Unset, data)

        infill = _parse_infill(d.pop("infill", UNSET))

        def _parse_stem_type_id(data: object) -> int | None | Unset:
            if data is None:
                return data
            if isinstance(data, Unset):
                return data
            return cast(int | None | Unset, data)

        stem_type_id = _parse_stem_type_id(d.pop("stem_type_id", UNSET))

        def _parse_stem_type_group_name(data: object) -> None | str | Unset:
            if data is None:
                return data
            if isinstance(data, Unset):
                return data
            return cast(None | str | Unset, data)

        stem_type_group_name = _parse_stem_type_group_name(
            d.pop("stem_type_group_name", UNSET)
        )

        def _parse_stem_task(data: object) -> None | str | Unset:
            if data is None:
                return data
            if isinstance(data, Unset):
                return data
            return cast(None | str | Unset, data)

        stem_task = _parse_stem_task(d.pop("stem_task", UNSET))

        def _parse_stem_from_id(data: object) -> None | str | Unset:
            if data is None:
                return data
            if isinstance(data, Unset):
                return data
            return cast(None | str | Unset, data)

        stem_from_id = _parse_stem_from_id(d.pop("stem_from_id", UNSET))

        clip_history_entry = cls(
            id=id,
            type_=type_,
            source=source,
            infill=infill,
            stem_type_id=stem_type_id,
            stem_type_group_name=stem_type_group_name,
            stem_task=stem_task,
            stem_from_id=stem_from_id,
        )

        clip_history_entry.additional_properties = d
        return clip_history_entry

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
