from __future__ import annotations

from collections.abc import Mapping
from typing import Any, Self, TypeVar, cast

from attrs import define as _attrs_define
from attrs import field as _attrs_field

from ..types import UNSET, Unset

T = TypeVar("T", bound="TaskProperties")


@_attrs_define
class TaskProperties:
    """new-api's record of the request (model names as asked and as sent upstream)."""

    input_: None | str | Unset = UNSET
    upstream_model_name: None | str | Unset = UNSET
    """ e.g. `producer_music`, `suno_music`. """
    origin_model_name: None | str | Unset = UNSET
    additional_properties: dict[str, Any] = _attrs_field(init=False, factory=dict)

    def to_dict(self) -> dict[str, Any]:
        input_: None | str | Unset
        if isinstance(self.input_, Unset):
            input_ = UNSET
        else:
            input_ = self.input_

        upstream_model_name: None | str | Unset
        if isinstance(self.upstream_model_name, Unset):
            upstream_model_name = UNSET
        else:
            upstream_model_name = self.upstream_model_name

        origin_model_name: None | str | Unset
        if isinstance(self.origin_model_name, Unset):
            origin_model_name = UNSET
        else:
            origin_model_name = self.origin_model_name

        field_dict: dict[str, Any] = {}
        field_dict.update(self.additional_properties)
        field_dict.update({})
        if input_ is not UNSET:
            field_dict["input"] = input_
        if upstream_model_name is not UNSET:
            field_dict["upstream_model_name"] = upstream_model_name
        if origin_model_name is not UNSET:
            field_dict["origin_model_name"] = origin_model_name

        return field_dict

    @classmethod
    def from_dict(cls, src_dict: Mapping[str, Any]) -> Self:
        d = dict(src_dict)

        def _parse_input_(data: object) -> None | str | Unset:
            if data is None:
                return data
            if isinstance(data, Unset):
                return data
            return cast(None | str | Unset, data)

        input_ = _parse_input_(d.pop("input", UNSET))

        def _parse_upstream_model_name(data: object) -> None | str | Unset:
            if data is None:
                return data
            if isinstance(data, Unset):
                return data
            return cast(None | str | Unset, data)

        upstream_model_name = _parse_upstream_model_name(
            d.pop("upstream_model_name", UNSET)
        )

        def _parse_origin_model_name(data: object) -> None | str | Unset:
            if data is None:
                return data
            if isinstance(data, Unset):
                return data
            return cast(None | str | Unset, data)

        origin_model_name = _parse_origin_model_name(d.pop("origin_model_name", UNSET))

        task_properties = cls(
            input_=input_,
            upstream_model_name=upstream_model_name,
            origin_model_name=origin_model_name,
        )

        task_properties.additional_properties = d
        return task_properties

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
