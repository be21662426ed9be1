from __future__ import annotations

from collections.abc import Mapping
from typing import TYPE_CHECKING, Any, Self, TypeVar

from attrs import define as _attrs_define
from attrs import field as _attrs_field

from ..types import UNSET, Unset

if TYPE_CHECKING:
    from ..models.error_detail import ErrorDetail
    from ..models.mp_4_result import Mp4Result


T = TypeVar("T", bound="Mp4Response")


@_attrs_define
class Mp4Response:
    success: bool | Unset = UNSET
    task_id: str | Unset = UNSET
    trace_id: str | Unset = UNSET
    data: Mp4Result | Unset = UNSET
    error: ErrorDetail | Unset = UNSET
    additional_properties: dict[str, Any] = _attrs_field(init=False, factory=dict)

    def to_dict(self) -> dict[str, Any]:
        success = self.success

        task_id = self.task_id

        trace_id = self.trace_id

        data: dict[str, Any] | Unset = UNSET
        if not isinstance(self.data, Unset):
            data = self.data.to_dict()

        error: dict[str, Any] | Unset = UNSET
        if not isinstance(self.error, Unset):
            error = self.error.to_dict()

        field_dict: dict[str, Any] = {}
        field_dict.update(self.additional_properties)
        field_dict.update({})
        if success is not UNSET:
            field_dict["success"] = success
        if task_id is not UNSET:
            field_dict["task_id"] = task_id
        if trace_id is not UNSET:
            field_dict["trace_id"] = trace_id
        if data is not UNSET:
            field_dict["data"] = data
        if error is not UNSET:
            field_dict["error"] = error

        return field_dict

    @classmethod
    def from_dict(cls, src_dict: Mapping[str, Any]) -> Self:
        from ..models.error_detail import ErrorDetail
        from ..models.mp_4_result import Mp4Result

        d = dict(src_dict)
        success = d.pop("success", UNSET)

        task_id = d.pop("task_id", UNSET)

        trace_id = d.pop("trace_id", UNSET)

        _data = d.pop("data", UNSET)
        data: Mp4Result | Unset
        if isinstance(_data, Unset):
            data = UNSET
        else:
            data = Mp4Result.from_dict(_data)

        _error = d.pop("error", UNSET)
        error: ErrorDetail | Unset
        if isinstance(_error, Unset):
            error = UNSET
        else:
            error = ErrorDetail.from_dict(_error)

        mp_4_response = cls(
            success=success,
            task_id=task_id,
            trace_id=trace_id,
            data=data,
            error=error,
        )

        mp_4_response.additional_properties = d
        return mp_4_response

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
